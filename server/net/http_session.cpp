#include "net/http_session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <utility>

#include "base/guarded.hpp"
#include "base/wall_clock.hpp"
#include "hub/replies.hpp"
#include "net/fail.hpp"
#include "net/record_route.hpp"
#include "net/ws_session.hpp"

namespace kring::net {
namespace beast = boost::beast;
namespace http = beast::http;
namespace {

constexpr auto read_timeout = std::chrono::seconds(30);
constexpr std::uint32_t max_header_bytes = 8 * 1024;
constexpr std::uint64_t max_body_bytes = 4 * 1024;

bool is_record_request(const HttpRequest& request) {
  const std::string_view target = request.target();
  return (request.method() == http::verb::get || request.method() == http::verb::head) &&
         target.substr(0, target.find('?')) == "/record";
}

core::TimeMs now_ms() { return base::wall_clock_ms(); }

}  // namespace

HttpSession::HttpSession(boost::asio::ip::tcp::socket&& socket, ServerContext& context,
                         std::string client_address)
    : stream_(std::move(socket)), context_(context), client_address_(std::move(client_address)) {}

void HttpSession::run() {
  boost::asio::dispatch(stream_.get_executor(),
                        beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::do_read() {
  parser_.emplace();
  parser_->header_limit(max_header_bytes);
  parser_->body_limit(max_body_bytes);
  stream_.expires_after(read_timeout);
  http::async_read(stream_, buffer_, *parser_,
                   beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code ec, std::size_t) {
  if (ec == http::error::end_of_stream) return do_close();
  if (ec) return fail(ec, "http read");
  base::guarded("http request", [&] {
    HttpRequest request = parser_->release();
    if (beast::websocket::is_upgrade(request)) return upgrade(std::move(request));
    if (is_record_request(request)) return serve_record(std::move(request));
    send(respond(request, context_));
  });
}

// Checks the upgrade, then gives the socket to a WebSocket session; this
// session ends here.
void HttpSession::upgrade(HttpRequest request) {
  base::Metrics::add(context_.metrics.http_requests);
  const std::string_view target = request.target();
  if (target.substr(0, target.find('?')) != "/ws") {
    return send(plain(request, http::status::not_found, "not found\n"));
  }
  std::optional<std::string_view> origin;
  if (const auto it = request.find(http::field::origin); it != request.end()) origin = it->value();
  if (!context_.origins.allows(origin, request[http::field::host])) {
    return send(plain(request, http::status::forbidden, "origin not allowed\n"));
  }
  if (context_.stopping.load()) {
    return send(plain(request, http::status::service_unavailable, "stopping\n"));
  }
  stream_.expires_never();
  std::make_shared<WsSession>(stream_.release_socket(), context_, client_address_)
      ->run(std::move(request));
}

// Finds the room and copies its state (on its strand), then renders the record
// here, on this session's strand, so a large record never holds up the room.
void HttpSession::serve_record(HttpRequest request) {
  base::Metrics::add(context_.metrics.http_requests);
  auto shared = std::make_shared<HttpRequest>(std::move(request));
  fetch_record(
      *shared, context_, client_address_, [self = shared_from_this(), shared](RecordAnswer answer) {
        boost::asio::post(self->stream_.get_executor(), [self, shared, answer = std::move(answer)] {
          base::guarded("http record",
                        [&] { self->send(record_response(*shared, answer, now_ms())); });
        });
      });
}

void HttpSession::send(http::message_generator response) {
  const bool keep_alive = response.keep_alive() && !context_.stopping.load();
  stream_.expires_after(read_timeout);
  beast::async_write(
      stream_, std::move(response),
      beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), keep_alive));
}

void HttpSession::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
  if (ec) return fail(ec, "http write");
  if (!keep_alive) return do_close();
  do_read();
}

void HttpSession::do_close() {
  beast::error_code ec;
  stream_.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
  stream_.socket().close(ec);
}

}  // namespace kring::net
