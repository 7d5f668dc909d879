#include "support/http_client.hpp"

#include <strings.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <stdexcept>

namespace kring::test {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

void check(beast::error_code ec, const char* what) {
  if (ec) throw std::runtime_error(std::string("http client: ") + what + ": " + ec.message());
}

}  // namespace

std::string HttpResponse::header(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (strcasecmp(key.c_str(), name.c_str()) == 0) return value;
  }
  return {};
}

HttpResponse http_get(std::uint16_t port, const std::string& target,
                      const std::vector<std::pair<std::string, std::string>>& headers,
                      std::chrono::milliseconds timeout) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  // The stream's expiry bounds every async step below: together they cannot
  // outlast `timeout`.
  stream.expires_after(timeout);

  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  request.set(http::field::user_agent, "kring-integration-test");
  for (const auto& [name, value] : headers) request.set(name, value);

  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(16 * 1024 * 1024);
  beast::error_code result;
  const tcp::endpoint endpoint(net::ip::make_address_v4("127.0.0.1"), port);

  stream.async_connect(endpoint, [&](beast::error_code ec) {
    if (ec) {
      result = ec;
      return;
    }
    http::async_write(stream, request, [&](beast::error_code write_ec, std::size_t) {
      if (write_ec) {
        result = write_ec;
        return;
      }
      http::async_read(stream, buffer, parser,
                       [&](beast::error_code read_ec, std::size_t) { result = read_ec; });
    });
  });
  ioc.run();
  check(result, target.c_str());

  HttpResponse response;
  const auto& message = parser.get();
  response.status = message.result_int();
  response.body = message.body();
  for (const auto& field : message) {
    response.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  return response;
}

double metric_value(const std::string& body, const std::string& series) {
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    const std::string line = body.substr(start, end - start);
    start = end + 1;
    if (line.size() > series.size() && line.compare(0, series.size(), series) == 0 &&
        line[series.size()] == ' ') {
      return std::stod(line.substr(series.size() + 1));
    }
  }
  return -1;
}

unsigned websocket_upgrade_status(std::uint16_t port, const std::string& origin) {
  std::vector<std::pair<std::string, std::string>> headers{
      {"Connection", "Upgrade"},
      {"Upgrade", "websocket"},
      {"Sec-WebSocket-Version", "13"},
      {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
  };
  if (!origin.empty()) headers.emplace_back("Origin", origin);
  return http_get(port, "/ws", headers).status;
}

}  // namespace kring::test
