#include "support/ws_client.hpp"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket/error.hpp>
#include <functional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "protocol/server_batch.hpp"

namespace kring::test {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using Clock = std::chrono::steady_clock;
using tcp = net::ip::tcp;

}  // namespace

std::string CloseInfo::describe() const {
  if (close_frame) return "close frame with code " + std::to_string(code) + " \"" + reason + "\"";
  return "connection ended without close frame (" + error + ")";
}

WsClient::WsClient(std::uint16_t port, ConnectOptions options) : ws_(ioc_), port_(port) {
  const auto deadline = Clock::now() + default_timeout;
  auto& socket = beast::get_lowest_layer(ws_).socket();
  socket.open(tcp::v4());
  if (options.receive_buffer_bytes > 0) {
    socket.set_option(net::socket_base::receive_buffer_size(options.receive_buffer_bytes));
  }
  if (options.max_segment_bytes > 0) {
    const int mss = options.max_segment_bytes;
    if (setsockopt(socket.native_handle(), IPPROTO_TCP, TCP_MAXSEG, &mss, sizeof mss) != 0) {
      fail("setsockopt TCP_MAXSEG failed");
    }
  }

  bool done = false;
  beast::error_code result;
  const tcp::endpoint endpoint(net::ip::make_address_v4("127.0.0.1"), port);
  beast::get_lowest_layer(ws_).async_connect(endpoint, [&](beast::error_code ec) {
    result = ec;
    done = true;
  });
  if (!run_until([&] { return done; }, deadline)) fail("connect timed out");
  if (result) fail("connect: " + result.message());

  ws_.set_option(websocket::stream_base::decorator(
      [origin = options.origin](websocket::request_type& request) {
        request.set(beast::http::field::user_agent, "kring-integration-test");
        if (origin) request.set(beast::http::field::origin, *origin);
      }));
  ws_.binary(true);
  websocket::response_type response;
  done = false;
  ws_.async_handshake(response, "127.0.0.1:" + std::to_string(port), options.target,
                      [&](beast::error_code ec) {
                        result = ec;
                        done = true;
                      });
  if (!run_until([&] { return done; }, deadline)) fail("websocket handshake timed out");
  if (result) {
    fail("websocket handshake: " + result.message() + " (HTTP " +
         std::to_string(response.result_int()) + ")");
  }
}

WsClient::~WsClient() {
  if (is_open()) drop();
}

void WsClient::fail(const std::string& what) const {
  throw std::runtime_error("ws client (port " + std::to_string(port_) + "): " + what);
}

bool WsClient::run_until(const std::function<bool()>& done, Clock::time_point deadline) {
  while (!done()) {
    if (ioc_.stopped()) ioc_.restart();
    if (ioc_.run_one_until(deadline) == 0) {
      if (done()) return true;
      if (Clock::now() >= deadline) return false;
      if (ioc_.stopped()) return false;  // no work left that could make `done` true
    }
  }
  return true;
}

void WsClient::abort_pending() {
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
  beast::get_lowest_layer(ws_).socket().close(ignored);
  // Let every pending handler complete (with operation_aborted) now, so none
  // runs later against a caller's stack that is gone.
  ioc_.restart();
  ioc_.run_for(std::chrono::seconds(2));
  if (!ended_) ended_ = CloseInfo{false, 0, "", "closed by the test client"};
}

void WsClient::start_read() {
  if (read_pending_ || ended_) return;
  read_pending_ = true;
  ws_.async_read(read_buffer_, [this](beast::error_code ec, std::size_t) {
    read_pending_ = false;
    if (ec) {
      CloseInfo info;
      // A close frame may have arrived even when the read ends in another
      // error: Beast answers it, and that write fails when the peer has
      // already torn the connection down (as it does after 1009).
      if (ec == websocket::error::closed || ws_.reason().code != websocket::close_code::none) {
        info.close_frame = true;
        info.code = ws_.reason().code;
        info.reason = std::string(ws_.reason().reason.data(), ws_.reason().reason.size());
      }
      info.error = ec.message();
      if (!ended_) ended_ = info;
      return;
    }
    const std::string bytes = beast::buffers_to_string(read_buffer_.data());
    read_buffer_.consume(read_buffer_.size());
    // A binary frame is a ServerBatch: each of its messages becomes a Frame
    // of its own, keeping that message's exact bytes.
    std::vector<std::string_view> messages;
    if (ws_.got_binary() && protocol::split_server_batch(bytes, messages) && !messages.empty()) {
      for (const std::string_view message : messages) {
        Frame frame;
        frame.bytes = std::string(message);
        frame.parsed = frame.message.ParseFromString(frame.bytes);
        frames_.push_back(std::move(frame));
      }
      return;
    }
    Frame frame;
    frame.bytes = bytes;
    frame.binary = ws_.got_binary();
    frames_.push_back(std::move(frame));
  });
}

std::optional<Frame> WsClient::consume_frame(Clock::time_point deadline) {
  while (consumed_ == frames_.size()) {
    if (ended_) return std::nullopt;
    start_read();
    if (!run_until([&] { return consumed_ < frames_.size() || ended_.has_value(); }, deadline)) {
      return std::nullopt;  // the read stays pending for a later call
    }
  }
  Frame frame = frames_[consumed_++];
  if (frame.parsed) route(frame);
  return frame;
}

void WsClient::route(const Frame& frame) {
  if (frame.message.has_event()) {
    events_.push_back(frame.message.event());
    event_bytes_.push_back(frame.bytes);
  } else if (frame.message.has_going_away()) {
    ++going_away_count_;
  }
}

void WsClient::keep_if_stray(const Frame& frame) {
  if (!frame.parsed) return;
  if (frame.message.has_event() || frame.message.has_going_away()) return;
  stray_replies_.push_back(frame.message);
}

void WsClient::send_raw(std::string_view bytes, bool binary) {
  if (ended_) fail("send on an ended connection: " + ended_->describe());
  ws_.binary(binary);
  bool done = false;
  beast::error_code result;
  ws_.async_write(net::buffer(bytes.data(), bytes.size()), [&](beast::error_code ec, std::size_t) {
    result = ec;
    done = true;
  });
  if (!run_until([&] { return done; }, Clock::now() + default_timeout)) {
    abort_pending();
    fail("send timed out");
  }
  ws_.binary(true);
  if (result) fail("send: " + result.message());
}

void WsClient::send(const kring::v1::ClientMessage& message) {
  send_raw(message.SerializeAsString(), true);
}

std::optional<Frame> WsClient::next_frame(std::chrono::milliseconds timeout) {
  return consume_frame(Clock::now() + timeout);
}

void WsClient::drain_events_until(std::uint64_t seq, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (last_seq() < seq) {
    std::optional<Frame> frame = consume_frame(deadline);
    if (!frame) {
      fail("waiting for event seq " + std::to_string(seq) + " (last " + std::to_string(last_seq()) +
           "): " + (ended_ ? ended_->describe() : std::string("timed out")));
    }
    keep_if_stray(*frame);
  }
}

std::optional<CloseInfo> WsClient::wait_for_close(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!ended_) {
    std::optional<Frame> frame = consume_frame(deadline);
    if (!frame) break;
    keep_if_stray(*frame);
  }
  return ended_;
}

void WsClient::close() {
  if (ended_) return;
  bool done = false;
  ws_.async_close(websocket::close_code::normal, [&](beast::error_code) { done = true; });
  if (!run_until([&] { return done; }, Clock::now() + default_timeout)) {
    abort_pending();
    fail("close timed out");
  }
  wait_for_close();
  if (!ended_) abort_pending();
}

void WsClient::drop() {
  if (ended_) return;
  abort_pending();
  ended_ = CloseInfo{false, 0, "", "dropped by the test client"};
}

}  // namespace kring::test
