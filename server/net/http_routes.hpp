// http_routes: the answers to plain HTTP requests (everything but the
// WebSocket upgrade): /healthz, /metrics and the web client's static files.
// /record answers asynchronously (record_route, driven by http_session).
#pragma once

#include <boost/beast/http.hpp>
#include <string_view>

#include "net/server_context.hpp"

namespace kring::net {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;

// GET and HEAD only; anything else is 405.
boost::beast::http::message_generator respond(const HttpRequest& request, ServerContext& context);

// The headers every generated answer carries: server name, nosniff, no
// referrer, keep-alive as asked, and Cache-Control: no-store.
void decorate(boost::beast::http::response<boost::beast::http::string_body>& response,
              const HttpRequest& request);

// A short text/plain answer with `status`, e.g. a refused upgrade.
boost::beast::http::message_generator plain(const HttpRequest& request,
                                            boost::beast::http::status status,
                                            std::string_view body);

}  // namespace kring::net
