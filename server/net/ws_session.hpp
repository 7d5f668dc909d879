// ws_session: one WebSocket connection at /ws. Binary frames of at most 64 KiB
// in (a bigger one closes with 1009), one ClientMessage each, handed to its
// ClientConnection; ServerMessages out through a byte-capped outbox. Any
// thread leaves frames in the outbox, which asks for one wake-up of the
// socket's strand per batch of arrivals. What waits when the socket is free
// goes out as one ServerBatch frame in one gathered write, so a busy connection
// costs one strand hop and one system call per batch, not one per message.
// Everything else runs on the socket's strand; close_going_away() and
// close_room_deleted() hop onto it from any thread.
//
// Closing: a client whose outbox overflows is closed with 1008 (slow consumer),
// a client that keeps flooding with 1008 too, a graceful stop sends GoingAway
// and closes with 1012. A close that the peer does not complete within a few
// seconds ends with the socket being shut.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/websocket.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hub/client_connection.hpp"
#include "hub/session_sink.hpp"
#include "net/http_routes.hpp"
#include "net/outbox.hpp"
#include "net/read_buffer.hpp"
#include "net/server_context.hpp"

namespace kring::net {

class WsSession : public hub::SessionSink, public std::enable_shared_from_this<WsSession> {
 public:
  WsSession(boost::asio::ip::tcp::socket&& socket, ServerContext& context,
            std::string client_address);

  // Completes the upgrade `request` asked for, then serves the connection.
  void run(HttpRequest request);

  void deliver(std::shared_ptr<const std::string> frame) override;
  void close_going_away() override;
  void close_room_deleted() override;

 private:
  void on_accept(boost::beast::error_code ec);
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes);
  // A push asked for the strand: closes a slow consumer, or writes.
  void on_outbox_wake();
  // Writes what waits, unless a write is in flight (its completion writes
  // what arrived meanwhile).
  void write_if_idle();
  void do_write();
  void on_write(boost::beast::error_code ec, std::size_t bytes);
  void go_away();
  // Sends `last` after the waiting frames (or instead of them, when
  // `drop_queued`), then closes with `code`.
  void finish_with(Outbox::Frame last, boost::beast::websocket::close_code code, bool drop_queued);
  // Drops what waits and closes with `code`.
  void close_now(boost::beast::websocket::close_code code);
  void start_close(boost::beast::websocket::close_code code);
  // The read loop ended: the connection is over.
  void finish();

  // Over the plain socket, not beast::tcp_stream: the WebSocket stream's own
  // timeouts cover the handshake and idle peers, and tcp_stream's state (two
  // timers, ~0.5 KiB) would be paid by every idle connection.
  boost::beast::websocket::stream<boost::asio::ip::tcp::socket> ws_;
  ReadBuffer buffer_;
  ServerContext& context_;
  const std::string client_address_;
  Outbox outbox_;  // also keeps the batch being written alive
  // Made when the close starts: an open session does not pay for a timer
  // (~120 bytes each of 15,000 idle connections; an optional would hold it inline).
  std::unique_ptr<boost::asio::steady_timer> close_deadline_;
  std::optional<hub::ClientConnection> connection_;
  // Set by a graceful stop: close with this code once the outbox is written.
  std::optional<boost::beast::websocket::close_code> close_after_flush_;
  bool accepted_ = false;
  bool closing_ = false;
  bool finished_ = false;
};

}  // namespace kring::net
