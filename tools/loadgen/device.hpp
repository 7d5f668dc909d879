// device: one simulated browser. A WebSocket over a real TCP socket to a
// kring node, driven by C++20 coroutines on one generator thread's
// io_context (never touched from another thread, except the atomics below).
//
// Once connected, a read loop runs until the connection ends: it checks that
// room events arrive with seq exactly last + 1 (counting duplicates and gaps),
// times every event that carries a send timestamp (note text "t<ns>"), and
// hands the reply a call() waits for back to it. Writes are made by one
// coroutine at a time (the caller's contract), reads only by the read loop.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "kring/v1/envelope.pb.h"
#include "tally.hpp"

namespace kring::loadgen {

using boost::asio::awaitable;

struct NodeAddress {
  std::uint16_t port = 0;
};

class Device {
 public:
  Device(boost::asio::io_context& ioc, Tally& tally, const Window& window);

  boost::asio::io_context& context() { return ioc_; }
  // The tally of this device's thread; use it on that thread only.
  Tally& tally() { return tally_; }
  bool window_contains_now() const { return window_.contains(now_ns()); }

  // Connects from `source` (a 127.0.0.x address, so that many connections do
  // not run out of ports) to the node, upgrades to /ws, starts the read loop
  // and says Hello. Throws on failure.
  awaitable<void> connect(NodeAddress node, boost::asio::ip::address_v4 source);

  // Sends `message` with a fresh request_id and waits for the reply that
  // echoes it. Throws when the connection ends first or no reply comes in time.
  awaitable<v1::ServerMessage> call(v1::ClientMessage message);

  // Sends without waiting for the reply (its Ack is dropped, an Error counted).
  awaitable<void> send(const v1::ClientMessage& message);

  // Joins with `join` (resume_from set by the caller, if any); throws unless Joined.
  awaitable<v1::Joined> join(v1::JoinRoom join);

  // Sends a RoomCommand with a fresh idempotency key and waits for its Ack;
  // throws on an Error.
  awaitable<v1::Ack> command(v1::RoomCommand command);
  // The same message as command() would send, for send().
  v1::ClientMessage command_message(v1::RoomCommand command);

  // Stops reading (the `slow` preset): the server's queue for us then grows.
  void stop_reading() { reading_paused_ = true; }

  // Drops the TCP connection without a close frame (the `reconnect` preset).
  void drop();

  bool open() const { return open_.load(std::memory_order_relaxed); }
  std::uint64_t epoch() const { return epoch_; }
  std::uint64_t last_seq() const { return last_seq_.load(std::memory_order_relaxed); }
  std::uint32_t voted_count() const { return voted_count_.load(std::memory_order_relaxed); }
  // The vote last seen revealed, and when (now_ns()).
  std::uint64_t revealed_vote() const { return revealed_vote_.load(std::memory_order_acquire); }
  std::int64_t revealed_at_ns() const { return revealed_at_ns_.load(std::memory_order_relaxed); }

  // The connection may end from now on without counting as a disconnect.
  void expect_close() { close_expected_ = true; }

 private:
  awaitable<void> read_loop();
  // One ServerBatch frame: each of its messages in order.
  void on_frame(const char* data, std::size_t size);
  void on_message(const v1::ServerMessage& message);
  void on_joined(const v1::Joined& joined);
  void on_event(const v1::RoomEvent& event);
  void time_if_stamped(const std::string& text);

  boost::asio::io_context& ioc_;
  Tally& tally_;
  const Window& window_;
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer buffer_;
  std::string outgoing_;

  std::uint64_t last_request_id_ = 0;
  std::uint64_t awaited_request_id_ = 0;
  std::optional<v1::ServerMessage> reply_;
  boost::asio::steady_timer reply_ready_;

  bool joined_ = false;
  std::atomic<bool> reading_paused_{false};
  std::atomic<bool> close_expected_{false};
  std::atomic<bool> open_{false};
  std::uint64_t epoch_ = 0;
  std::uint64_t resume_from_seq_ = 0;  // of the join in progress, when it resumes
  std::atomic<std::uint64_t> last_seq_{0};
  std::atomic<std::uint32_t> voted_count_{0};
  std::atomic<std::uint64_t> revealed_vote_{0};
  std::atomic<std::int64_t> revealed_at_ns_{0};
};

// "t<now_ns>" padded with '.' to `bytes` (at least the stamp's length).
std::string stamped_text(std::size_t bytes);

}  // namespace kring::loadgen
