// http_session: one HTTP/1.1 connection. Reads requests one at a time, answers
// them (http_routes; /record through record_route), and hands the socket to a WebSocket session
// when a request upgrades at /ws with an allowed Origin. Runs on its socket's strand.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <optional>
#include <string>

#include "net/http_routes.hpp"
#include "net/server_context.hpp"

namespace kring::net {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(boost::asio::ip::tcp::socket&& socket, ServerContext& context,
              std::string client_address);

  void run();

 private:
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes);
  void upgrade(HttpRequest request);
  void serve_record(HttpRequest request);
  void send(boost::beast::http::message_generator response);
  void on_write(bool keep_alive, boost::beast::error_code ec, std::size_t bytes);
  void do_close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  // A parser serves one request; a fresh one is made for each.
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  ServerContext& context_;
  const std::string client_address_;
};

}  // namespace kring::net
