// A synchronous WebSocket test client over a real TCP socket. Every call is
// bounded by a deadline (async Beast operations driven by this client's own
// io_context), so a test can fail but never hang. Every frame received is kept
// with its exact bytes, because secrecy tests assert on what went over the wire.
//
// Failures (timeout, unexpected close, unexpected reply) throw
// std::runtime_error with a description; GoogleTest reports it as a failure.
#pragma once

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kring/v1/envelope.pb.h"

namespace kring::test {

using namespace std::chrono_literals;

// Guard against hangs only; nothing asserts on how fast a reply comes.
inline constexpr std::chrono::milliseconds default_timeout = 15s;

// One ServerMessage of a ServerBatch frame, or a frame that was not one.
struct Frame {
  // Exactly the message's bytes as they arrived; the whole frame's payload
  // when it was not a well-formed batch.
  std::string bytes;
  bool binary = true;
  bool parsed = false;  // bytes decoded as a ServerMessage
  kring::v1::ServerMessage message;
};

struct CloseInfo {
  bool close_frame = false;  // the peer sent a WebSocket close frame
  std::uint16_t code = 0;    // its close code, when close_frame
  std::string reason;
  std::string error;  // the transport error that ended the stream
  std::string describe() const;
};

struct ConnectOptions {
  std::string target = "/ws";
  std::optional<std::string> origin;
  // SO_RCVBUF set before connect; 0 keeps the system default.
  int receive_buffer_bytes = 0;
  // TCP_MAXSEG set before connect, so the server's kernel sizes its send
  // buffer for small segments; 0 keeps the default.
  int max_segment_bytes = 0;
};

class WsClient {
 public:
  explicit WsClient(std::uint16_t port, ConnectOptions options = {});
  ~WsClient();

  WsClient(const WsClient&) = delete;
  WsClient& operator=(const WsClient&) = delete;

  // --- raw frames ---------------------------------------------------------
  void send_raw(std::string_view bytes, bool binary = true);
  void send(const kring::v1::ClientMessage& message);
  // The next frame not yet consumed, or nullopt when the connection ended or
  // nothing came before the timeout. Events and GoingAway are also routed.
  std::optional<Frame> next_frame(std::chrono::milliseconds timeout = default_timeout);
  // Every message received so far, consumed or not, in arrival order.
  const std::vector<Frame>& frames() const { return frames_; }

  // --- requests and replies (ws_client_requests.cpp) -------------------------
  std::uint64_t next_request_id() { return ++last_request_id_; }
  // Sends `message` (giving it a fresh request_id when it has none) and returns
  // the reply that echoes its request_id. Pushed frames (request_id 0) seen
  // meanwhile are routed: events to events(), going_away counted.
  kring::v1::ServerMessage request(kring::v1::ClientMessage message,
                                   std::chrono::milliseconds timeout = default_timeout);
  kring::v1::ServerMessage wait_for_reply(std::uint64_t request_id,
                                          std::chrono::milliseconds timeout = default_timeout);

  // The next frame that is not a RoomEvent (events meanwhile are routed):
  // how to read a reply whose request_id may be 0.
  kring::v1::ServerMessage next_reply(std::chrono::milliseconds timeout = default_timeout);

  kring::v1::Welcome hello();
  kring::v1::RoomCreated create_room(const std::string& title,
                                     kring::v1::RoomKind kind = kring::v1::ROOM_KIND_UNSPECIFIED);
  // Joins with `join`; throws when the reply is not Joined.
  kring::v1::Joined join(const kring::v1::JoinRoom& join);
  kring::v1::Joined join_as_facilitator(const kring::v1::RoomCreated& room);
  kring::v1::Joined join_as_participant(const kring::v1::RoomCreated& room,
                                        const std::string& name);
  kring::v1::Joined join_as_board_member(const kring::v1::RoomCreated& room,
                                         const std::string& name);
  kring::v1::Joined join_as_projector(const kring::v1::RoomCreated& room);

  // Sends a RoomCommand. A command without an idempotency key gets a fresh
  // random 16-byte one; a command that has one (a retry) keeps it.
  // Returns the request_id used.
  std::uint64_t send_command(kring::v1::RoomCommand command);
  // Sends and waits for the Ack or Error.
  kring::v1::ServerMessage command(kring::v1::RoomCommand command,
                                   std::chrono::milliseconds timeout = default_timeout);
  // Sends and requires an Ack; throws with the Error otherwise.
  kring::v1::Ack command_ok(kring::v1::RoomCommand command,
                            std::chrono::milliseconds timeout = default_timeout);
  // Sends a Ping and waits for its Pong: every frame the server queued for
  // this connection before the Pong has then been consumed (and routed).
  void sync(std::chrono::milliseconds timeout = default_timeout);

  // --- pushed messages -----------------------------------------------------
  // Room events received so far (routed by request/wait/drain), in order.
  const std::vector<kring::v1::RoomEvent>& events() const { return events_; }
  // The raw frame of each entry of events(), same index.
  const std::vector<std::string>& event_bytes() const { return event_bytes_; }
  // The position of this connection: the last event seq received, or where
  // its Joined put it (snapshot.seq, or resume_from.seq when recovered).
  std::uint64_t last_seq() const {
    return events_.empty() ? base_seq_ : std::max(base_seq_, events_.back().seq());
  }
  bool has_joined() const { return joined_; }
  // The first seq this connection is owed as an event after its Joined.
  std::uint64_t first_event_seq() const { return base_seq_ + 1; }
  // Consumes frames until an event with seq >= `seq` has arrived.
  void drain_events_until(std::uint64_t seq, std::chrono::milliseconds timeout = default_timeout);
  int going_away_count() const { return going_away_count_; }
  // Consumed replies (not events, not GoingAway) that no caller waited for.
  const std::vector<kring::v1::ServerMessage>& stray_replies() const { return stray_replies_; }

  // --- ending ------------------------------------------------------------
  // Consumes (and routes) frames until the connection ends; nullopt on timeout.
  std::optional<CloseInfo> wait_for_close(std::chrono::milliseconds timeout = default_timeout);
  // Polite close: close frame, then wait for the server's.
  void close();
  // Drops the TCP connection without a close frame.
  void drop();
  bool is_open() const { return !ended_.has_value(); }
  const std::optional<CloseInfo>& close_info() const { return ended_; }

 private:
  void start_read();
  // Runs the io_context until `done()` or the deadline; false on timeout.
  bool run_until(const std::function<bool()>& done, std::chrono::steady_clock::time_point deadline);
  // The next unconsumed frame (reading one if needed); pushed frames are routed.
  // nullopt when the connection ended or the deadline passed.
  std::optional<Frame> consume_frame(std::chrono::steady_clock::time_point deadline);
  // Files a pushed frame: events to events(), going_away counted.
  void route(const Frame& frame);
  // Keeps a consumed reply nobody waited for in stray_replies().
  void keep_if_stray(const Frame& frame);
  // Closes the socket and completes every pending handler now.
  void abort_pending();
  [[noreturn]] void fail(const std::string& what) const;

  boost::asio::io_context ioc_;
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer read_buffer_;
  bool read_pending_ = false;
  std::vector<Frame> frames_;
  std::size_t consumed_ = 0;
  std::optional<CloseInfo> ended_;

  std::uint64_t last_request_id_ = 0;
  std::uint64_t base_seq_ = 0;
  bool joined_ = false;
  std::vector<kring::v1::RoomEvent> events_;
  std::vector<std::string> event_bytes_;
  std::vector<kring::v1::ServerMessage> stray_replies_;
  int going_away_count_ = 0;
  std::uint16_t port_;
};

}  // namespace kring::test
