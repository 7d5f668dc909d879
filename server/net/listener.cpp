#include "net/listener.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <chrono>
#include <utility>

#include "base/guarded.hpp"
#include "hub/replies.hpp"
#include "net/fail.hpp"
#include "net/http_session.hpp"

namespace kring::net {

Listener::Listener(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint,
                   ServerContext& context)
    : io_(io),
      acceptor_(boost::asio::make_strand(io)),
      backoff_(acceptor_.get_executor()),
      context_(context) {
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(boost::asio::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(boost::asio::socket_base::max_listen_connections);
}

boost::asio::ip::tcp::endpoint Listener::local_endpoint() const {
  return acceptor_.local_endpoint();
}

void Listener::run() {
  boost::asio::dispatch(acceptor_.get_executor(),
                        boost::beast::bind_front_handler(&Listener::do_accept, shared_from_this()));
}

void Listener::stop() {
  boost::asio::dispatch(acceptor_.get_executor(), [self = shared_from_this()] {
    boost::beast::error_code ignored;
    self->acceptor_.close(ignored);
    self->backoff_.cancel();
  });
}

void Listener::do_accept() {
  // Each connection gets its own strand: its handlers never run concurrently.
  acceptor_.async_accept(
      boost::asio::make_strand(io_),
      boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket) {
  if (ec == boost::asio::error::operation_aborted || !acceptor_.is_open()) return;  // stopped
  if (ec) {
    fail(ec, "accept");
    backoff_.expires_after(std::chrono::milliseconds(100));
    backoff_.async_wait([self = shared_from_this()](boost::beast::error_code wait_ec) {
      if (!wait_ec && self->acceptor_.is_open()) self->do_accept();
    });
    return;
  }
  base::guarded("accept", [&] {
    boost::beast::error_code endpoint_ec;
    const auto remote = socket.remote_endpoint(endpoint_ec);
    std::string client = endpoint_ec ? std::string("unknown") : remote.address().to_string();
    // Every write is a whole batch already; Nagle would only hold the next one
    // back until the peer's (delayed) ack, tens of milliseconds.
    boost::beast::error_code nodelay_ec;
    socket.set_option(boost::asio::ip::tcp::no_delay(true), nodelay_ec);
    if (context_.socket_send_buffer_bytes > 0) {
      boost::beast::error_code buffer_ec;
      socket.set_option(boost::asio::socket_base::send_buffer_size(
                            static_cast<int>(context_.socket_send_buffer_bytes)),
                        buffer_ec);
    }
    std::make_shared<HttpSession>(std::move(socket), context_, std::move(client))->run();
  });
  do_accept();
}

}  // namespace kring::net
