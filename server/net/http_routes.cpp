#include "net/http_routes.hpp"

#include <string>
#include <utility>

#include "net/content_coding.hpp"
#include "net/prometheus.hpp"
#include "net/query_string.hpp"
#include "net/static_files.hpp"
#include "protocol/encode_templates.hpp"

namespace kring::net {
namespace http = boost::beast::http;
namespace {

constexpr std::string_view server_name = "kring";

template <class Body>
void common_headers(http::response<Body>& response, const HttpRequest& request) {
  response.set(http::field::server, server_name);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  response.keep_alive(request.keep_alive());
}

http::message_generator text(const HttpRequest& request, http::status status,
                             std::string_view content_type, std::string body) {
  http::response<http::string_body> response{status, request.version()};
  decorate(response, request);
  response.set(http::field::content_type, content_type);
  if (request.method() == http::verb::head) {
    response.content_length(body.size());
  } else {
    response.body() = std::move(body);
    response.prepare_payload();
  }
  return response;
}

// Shown at "/" when the static directory holds no index.html, so a newcomer who
// opens a printed link learns what is missing instead of seeing a bare 404.
constexpr std::string_view no_client_page =
    "<!doctype html><meta charset=utf-8><title>Kring</title>"
    "<h1>Kring is running</h1>"
    "<p>The browser client is not in the static directory (--static-dir, default "
    "web-client/dist). The WebSocket protocol is served at <code>/ws</code>; health at "
    "<a href=/healthz>/healthz</a>, metrics at <a href=/metrics>/metrics</a>.</p>";

// The headers every file of the web client carries, whatever its coding.
template <class Body>
void static_headers(http::response<Body>& response, const HttpRequest& request,
                    std::string_view type, std::string_view relative, ContentCoding coding,
                    std::uint64_t size) {
  common_headers(response, request);
  response.set(http::field::content_type, type);
  response.set(http::field::cache_control, cache_control_for(relative));
  response.set(http::field::vary, "Accept-Encoding");
  response.set("Content-Security-Policy", content_security_policy);
  if (coding != ContentCoding::identity) {
    response.set(http::field::content_encoding, encoding_name(coding));
  }
  response.content_length(size);
}

http::message_generator static_file(const HttpRequest& request, const ServerContext& context) {
  const std::string_view target = request.target();
  const std::string_view target_path = target.substr(0, target.find_first_of("?#"));
  const auto path = resolve_static(context.static_root, target_path);
  if (!path && target_path == "/") {
    return text(request, http::status::ok, "text/html; charset=utf-8", std::string(no_client_page));
  }
  if (!path) return plain(request, http::status::not_found, "not found\n");
  const std::string relative = static_relative_path(target_path);
  // The stored copies are looked up like the file itself, so a copy can
  // never lead outside the static root either.
  const std::string plain_target(target_path.back() == '/' ? std::string(target_path) + "index.html"
                                                           : std::string(target_path));
  const StoredCopies copies{resolve_static(context.static_root, plain_target + ".br").has_value(),
                            resolve_static(context.static_root, plain_target + ".gz").has_value()};
  const ContentCoding coding = choose_coding(request[http::field::accept_encoding], copies);
  const std::string stored = path->native() + std::string(stored_suffix(coding));

  boost::beast::error_code ec;
  http::file_body::value_type file;
  file.open(stored.c_str(), boost::beast::file_mode::scan, ec);
  if (ec) return plain(request, http::status::not_found, "not found\n");
  const std::uint64_t size = file.size();
  const std::string_view type = mime_type(path->native());
  if (request.method() == http::verb::head) {
    http::response<http::empty_body> response{http::status::ok, request.version()};
    static_headers(response, request, type, relative, coding, size);
    return response;
  }
  http::response<http::file_body> response{std::piecewise_construct,
                                           std::make_tuple(std::move(file)),
                                           std::make_tuple(http::status::ok, request.version())};
  static_headers(response, request, type, relative, coding, size);
  return response;
}

// The template catalogue for ?lang=en, else Dutch (the method's language).
http::message_generator templates(const HttpRequest& request) {
  const bool english = query_param(request.target(), "lang") == std::string_view{"en"};
  return text(request, http::status::ok, "application/x-protobuf",
              protocol::encode_template_catalogue(english ? core::Language::english
                                                          : core::Language::dutch));
}

}  // namespace

void decorate(http::response<http::string_body>& response, const HttpRequest& request) {
  common_headers(response, request);
  response.set(http::field::cache_control, "no-store");
}

http::message_generator plain(const HttpRequest& request, http::status status,
                              std::string_view body) {
  return text(request, status, "text/plain; charset=utf-8", std::string(body));
}

http::message_generator respond(const HttpRequest& request, ServerContext& context) {
  base::Metrics::add(context.metrics.http_requests);
  if (request.method() != http::verb::get && request.method() != http::verb::head) {
    auto refused =
        http::response<http::string_body>{http::status::method_not_allowed, request.version()};
    common_headers(refused, request);
    refused.set(http::field::allow, "GET, HEAD");
    refused.set(http::field::content_type, "text/plain; charset=utf-8");
    refused.body() = "method not allowed\n";
    refused.prepare_payload();
    return refused;
  }
  const std::string_view target = request.target();
  const std::string_view path = target.substr(0, target.find('?'));
  if (path == "/healthz") {
    if (context.stopping.load())
      return plain(request, http::status::service_unavailable, "stopping\n");
    return plain(request, http::status::ok, "ok");
  }
  if (path == "/metrics") {
    return text(
        request, http::status::ok, "text/plain; version=0.0.4; charset=utf-8",
        render_prometheus(context.metrics, context.registry.room_count(), context.node_name));
  }
  if (path == "/templates") return templates(request);
  if (path == "/ws") {
    return plain(request, http::status::upgrade_required, "websocket upgrade required\n");
  }
  return static_file(request, context);
}

}  // namespace kring::net
