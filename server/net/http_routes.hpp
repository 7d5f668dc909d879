// http_routes: the answers to plain HTTP requests (everything but the
// WebSocket upgrade): /healthz, /metrics and the web client's static files.
#pragma once

#include <boost/beast/http.hpp>
#include <string_view>

#include "net/server_context.hpp"

namespace kring::net {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;

// GET and HEAD only; anything else is 405.
boost::beast::http::message_generator respond(const HttpRequest& request, ServerContext& context);

// A short text/plain answer with `status`, e.g. a refused upgrade.
boost::beast::http::message_generator plain(const HttpRequest& request,
                                            boost::beast::http::status status,
                                            std::string_view body);

}  // namespace kring::net
