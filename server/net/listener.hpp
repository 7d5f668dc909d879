// listener: accepts TCP connections and starts an HTTP session for each, on a
// strand of its own.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>
#include <memory>

#include "net/server_context.hpp"

namespace kring::net {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // Binds and listens at once; throws boost::system::system_error on failure
  // (address in use, bad address), before anything runs.
  Listener(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint,
           ServerContext& context);

  // The bound endpoint (with the real port when 0 was asked for).
  boost::asio::ip::tcp::endpoint local_endpoint() const;

  void run();
  // Stops accepting. Thread-safe.
  void stop();

 private:
  void do_accept();
  void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  // Pause after a failed accept (e.g. out of file descriptors) instead of spinning.
  boost::asio::steady_timer backoff_;
  ServerContext& context_;
};

}  // namespace kring::net
