#include "net/ws_session.hpp"

#include <boost/asio/post.hpp>
#include <chrono>
#include <string_view>
#include <utility>

#include "base/guarded.hpp"
#include "base/random.hpp"
#include "hub/capabilities.hpp"
#include "hub/replies.hpp"
#include "net/fail.hpp"
#include "net/frame_buffers.hpp"
#include "protocol/codec.hpp"

namespace kring::net {
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace {

constexpr std::size_t max_frame_bytes = 64 * 1024;
// What an idle connection's pending read holds; client messages are mostly
// smaller, a larger one grows the buffer in doubling steps.
constexpr std::size_t first_read_step = 256;
constexpr auto handshake_timeout = std::chrono::seconds(10);
constexpr auto idle_timeout = std::chrono::seconds(60);
// As long as the closing handshake may take (Beast applies handshake_timeout to it).
constexpr auto close_grace = std::chrono::seconds(10);

// Spread reconnects after a stop over a few seconds instead of one burst.
std::uint32_t retry_after_ms() {
  return 500 + static_cast<std::uint32_t>(base::random_u64() % 2000);
}

}  // namespace

WsSession::WsSession(boost::asio::ip::tcp::socket&& socket, ServerContext& context,
                     std::string client_address)
    : ws_(std::move(socket)),
      buffer_(first_read_step, max_frame_bytes),
      context_(context),
      client_address_(std::move(client_address)),
      outbox_(context.send_queue_bytes) {}

void WsSession::run(HttpRequest request) {
  ws_.set_option(websocket::stream_base::timeout{handshake_timeout, idle_timeout, true});
  websocket::permessage_deflate no_compression;
  no_compression.server_enable = false;
  no_compression.client_enable = false;
  ws_.set_option(no_compression);
  ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
    response.set(beast::http::field::server, "kring");
  }));
  ws_.read_message_max(max_frame_bytes);
  ws_.binary(true);
  // One frame per batch, however big: fragmenting would cost a write per 4 KiB.
  ws_.auto_fragment(false);
  ws_.async_accept(request, beast::bind_front_handler(&WsSession::on_accept, shared_from_this()));
}

void WsSession::on_accept(beast::error_code ec) {
  if (ec) return fail(ec, "ws accept");
  accepted_ = true;
  base::Metrics::add(context_.metrics.connections_open);
  base::Metrics::add(context_.metrics.connections_total);
  context_.sessions.add(this, weak_from_this());
  connection_.emplace(context_.registry, context_.metrics, weak_from_this(), client_address_,
                      context_.node_name, context_.public_url);
  // A stop that began during the handshake may have missed this session.
  if (context_.stopping.load()) go_away();
  do_read();
}

void WsSession::do_read() {
  ws_.async_read(buffer_, beast::bind_front_handler(&WsSession::on_read, shared_from_this()));
}

void WsSession::on_read(beast::error_code ec, std::size_t bytes) {
  if (ec) {
    fail(ec, "ws read");
    return finish();
  }
  if (!closing_) {
    base::Metrics::add(context_.metrics.frames_in);
    base::Metrics::add(context_.metrics.bytes_in, bytes);
    const auto data = buffer_.data();
    const std::string_view frame(static_cast<const char*>(data.data()), data.size());
    auto verdict = hub::ClientConnection::Verdict::keep_open;
    base::guarded("ws frame", [&] { verdict = connection_->on_frame(frame); });
    if (verdict == hub::ClientConnection::Verdict::close) {
      close_now(websocket::close_code::policy_error);
    }
  }
  buffer_.consume(buffer_.size());
  // Client messages are rare and small: free what this one grew, so the next
  // pending read holds only the first step.
  buffer_.shrink_to_fit();
  do_read();  // also after a close began: Beast needs a read to see the peer's close
}

void WsSession::deliver(std::shared_ptr<const std::string> frame) {
  if (!outbox_.push(std::move(frame))) return;  // the strand looks at the outbox anyway
  boost::asio::post(ws_.get_executor(), [self = shared_from_this()] {
    base::guarded("ws deliver", [&] { self->on_outbox_wake(); });
  });
}

void WsSession::close_going_away() {
  boost::asio::post(ws_.get_executor(), [self = shared_from_this()] {
    base::guarded("ws going away", [&] { self->go_away(); });
  });
}

void WsSession::close_room_deleted() {
  boost::asio::post(ws_.get_executor(), [self = shared_from_this()] {
    base::guarded("ws room deleted", [&] {
      // Queued frames (the deleter's Ack) still go out before the notice.
      self->finish_with(hub::make_frame(protocol::encode_room_deleted()),
                        websocket::close_code::normal, false);
    });
  });
}

void WsSession::on_outbox_wake() {
  if (!accepted_ || closing_ || finished_) return;
  if (outbox_.overflowed()) {
    base::Metrics::add(context_.metrics.slow_consumers_closed);
    return close_now(websocket::close_code::policy_error);
  }
  write_if_idle();
}

void WsSession::write_if_idle() {
  if (closing_ || finished_ || outbox_.writing()) return;
  do_write();
}

void WsSession::do_write() {
  const std::span<const Outbox::Frame> batch = outbox_.start_batch();
  if (batch.empty()) {
    if (close_after_flush_) start_close(*close_after_flush_);
    return;
  }
  base::Metrics::add(context_.metrics.messages_out, batch.size());
  ws_.async_write(FrameBuffers(batch),
                  beast::bind_front_handler(&WsSession::on_write, shared_from_this()));
}

void WsSession::on_write(beast::error_code ec, std::size_t bytes) {
  outbox_.finish_batch();
  if (ec) return fail(ec, "ws write");  // the read side ends the session
  base::Metrics::add(context_.metrics.frames_out);
  base::Metrics::add(context_.metrics.bytes_out, bytes);
  if (closing_ || finished_) return;
  // The next batch starts one strand hop later, not now: frames that rooms
  // leave meanwhile join it. Writing what waits at once sends a busy
  // connection one frame per write (measured: 1.1 messages per frame at
  // 100,000 deliveries/s instead of 1.8 to 2.1, and a fifth less throughput).
  boost::asio::post(ws_.get_executor(), [self = shared_from_this()] {
    base::guarded("ws write", [&] { self->write_if_idle(); });
  });
}

// Queued events are dropped: the client resumes from its last seq elsewhere.
void WsSession::go_away() {
  finish_with(hub::make_frame(protocol::encode_going_away(retry_after_ms())),
              websocket::close_code::service_restart, true);
}

void WsSession::finish_with(Outbox::Frame last, websocket::close_code code, bool drop_queued) {
  if (!accepted_ || closing_ || finished_ || close_after_flush_) return;
  outbox_.push_last(std::move(last), drop_queued);
  close_after_flush_ = code;
  write_if_idle();
}

void WsSession::close_now(websocket::close_code code) {
  if (closing_ || finished_) return;
  outbox_.seal_and_clear();
  start_close(code);
}

void WsSession::start_close(websocket::close_code code) {
  closing_ = true;
  if (!close_deadline_)
    close_deadline_ = std::make_unique<boost::asio::steady_timer>(ws_.get_executor());
  close_deadline_->expires_after(close_grace);
  close_deadline_->async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec) return;  // cancelled: the session finished in time
    beast::error_code ignored;
    self->ws_.next_layer().close(ignored);
  });
  ws_.async_close(code, [self = shared_from_this()](beast::error_code ec) {
    if (ec) fail(ec, "ws close");
  });
}

void WsSession::finish() {
  if (finished_) return;
  finished_ = true;
  if (close_deadline_) close_deadline_->cancel();
  outbox_.seal_and_clear();
  if (!accepted_) return;
  base::guarded("ws finish", [this] { connection_->on_closed(); });
  context_.sessions.remove(this);
  context_.metrics.connections_open.fetch_sub(1, std::memory_order_relaxed);
}

}  // namespace kring::net
