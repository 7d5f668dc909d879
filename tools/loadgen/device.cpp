#include "device.hpp"

#include <netinet/in.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <charconv>
#include <cstdio>
#include <stdexcept>

#include "support/random_bytes.hpp"

namespace kring::loadgen {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using asio::ip::tcp;

namespace {

constexpr auto connect_timeout = std::chrono::seconds(20);
// Generous: under saturation a reply waits behind every event queued before it.
constexpr auto reply_timeout = std::chrono::seconds(180);
constexpr auto paused_poll = std::chrono::milliseconds(50);
constexpr std::size_t idempotency_key_bytes = 16;

}  // namespace

std::string stamped_text(std::size_t bytes) {
  std::string text = "t" + std::to_string(now_ns());
  if (text.size() < bytes) text.append(bytes - text.size(), '.');
  return text;
}

Device::Device(asio::io_context& ioc, Tally& tally, const Window& window)
    : ioc_(ioc), tally_(tally), window_(window), ws_(ioc), reply_ready_(ioc) {}

awaitable<void> Device::connect(NodeAddress node, asio::ip::address_v4 source) {
  auto& stream = beast::get_lowest_layer(ws_);
  auto& socket = stream.socket();
  socket.open(tcp::v4());
  if (source != asio::ip::address_v4::loopback()) {
    // Let connect() pick the port for (source, destination), not bind():
    // otherwise each source address offers only the ephemeral range once.
    socket.set_option(
        asio::detail::socket_option::boolean<IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT>(true));
    socket.bind(tcp::endpoint(source, 0));
  }
  socket.set_option(tcp::no_delay(true));
  stream.expires_after(connect_timeout);
  co_await stream.async_connect(tcp::endpoint(asio::ip::address_v4::loopback(), node.port),
                                asio::use_awaitable);
  stream.expires_never();  // the websocket stream applies its own timeouts from here
  ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
  co_await ws_.async_handshake("127.0.0.1:" + std::to_string(node.port), "/ws",
                               asio::use_awaitable);
  ws_.binary(true);
  open_ = true;
  asio::co_spawn(ioc_, read_loop(), asio::detached);

  v1::ClientMessage hello;
  hello.mutable_hello()->set_protocol_version(v1::PROTOCOL_VERSION_1);
  hello.mutable_hello()->set_client("kring-loadgen");
  const v1::ServerMessage reply = co_await call(std::move(hello));
  if (!reply.has_welcome()) throw std::runtime_error("hello not answered by Welcome");
}

awaitable<void> Device::send(const v1::ClientMessage& message) {
  message.SerializeToString(&outgoing_);
  co_await ws_.async_write(asio::buffer(outgoing_), asio::use_awaitable);
}

awaitable<v1::ServerMessage> Device::call(v1::ClientMessage message) {
  const std::uint64_t request_id = ++last_request_id_;
  message.set_request_id(request_id);
  awaited_request_id_ = request_id;
  reply_.reset();
  co_await send(message);
  reply_ready_.expires_after(reply_timeout);
  while (!reply_) {
    if (!open()) throw std::runtime_error("connection ended before the reply");
    const auto [ec] = co_await reply_ready_.async_wait(asio::as_tuple(asio::use_awaitable));
    if (!ec && !reply_) throw std::runtime_error("no reply in time");
  }
  awaited_request_id_ = 0;
  v1::ServerMessage reply = std::move(*reply_);
  reply_.reset();
  co_return reply;
}

awaitable<v1::Joined> Device::join(v1::JoinRoom join) {
  if (join.has_resume_from()) {
    epoch_ = join.resume_from().epoch();
    resume_from_seq_ = join.resume_from().seq();
  }
  v1::ClientMessage message;
  *message.mutable_join_room() = std::move(join);
  v1::ServerMessage reply = co_await call(std::move(message));
  if (!reply.has_joined()) throw std::runtime_error("join refused: " + reply.ShortDebugString());
  co_return reply.joined();
}

v1::ClientMessage Device::command_message(v1::RoomCommand command) {
  command.set_idempotency_key(test::random_bytes(idempotency_key_bytes));
  v1::ClientMessage message;
  *message.mutable_command() = std::move(command);
  return message;
}

awaitable<v1::Ack> Device::command(v1::RoomCommand command) {
  v1::ServerMessage reply = co_await call(command_message(std::move(command)));
  if (!reply.has_ack()) throw std::runtime_error("command refused: " + reply.ShortDebugString());
  co_return reply.ack();
}

void Device::drop() {
  close_expected_ = true;
  beast::error_code ignored;
  beast::get_lowest_layer(ws_).socket().close(ignored);
}

awaitable<void> Device::read_loop() {
  asio::steady_timer pause(ioc_);
  for (;;) {
    while (reading_paused_) {
      pause.expires_after(paused_poll);
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    const auto [ec, bytes] = co_await ws_.async_read(buffer_, asio::as_tuple(asio::use_awaitable));
    if (ec) break;
    const auto data = buffer_.cdata();
    on_frame(static_cast<const char*>(data.data()), data.size());
    buffer_.consume(buffer_.size());
  }
  open_ = false;
  if (!close_expected_) ++tally_.disconnects;
  reply_ready_.cancel();
}

void Device::on_frame(const char* data, std::size_t size) {
  // Reused, so parsing a batch reuses the messages' space of the last one.
  thread_local v1::ServerBatch batch;
  if (!batch.ParseFromArray(data, static_cast<int>(size))) {
    ++tally_.errors;
    return;
  }
  ++tally_.frames;
  tally_.messages += static_cast<std::uint64_t>(batch.messages_size());
  for (const v1::ServerMessage& message : batch.messages()) on_message(message);
}

void Device::on_message(const v1::ServerMessage& message) {
  if (message.has_event()) return on_event(message.event());
  if (message.request_id() != 0 && message.request_id() == awaited_request_id_) {
    if (message.has_joined()) on_joined(message.joined());
    reply_ = message;
    reply_ready_.cancel();
    return;
  }
  if (message.has_error()) {
    // The first few, so a run that counts errors says which.
    if (tally_.errors++ < 3) {
      std::fprintf(stderr, "loadgen: error reply: %s\n",
                   message.error().ShortDebugString().c_str());
    }
  }
  if (message.has_going_away()) ++tally_.going_away;
}

void Device::on_joined(const v1::Joined& joined) {
  joined_ = true;
  if (joined.recovered()) {
    // The missed events follow: the position is where this device resumed from.
    last_seq_ = resume_from_seq_;
    ++tally_.resumed;
  } else {
    epoch_ = joined.snapshot().epoch();
    last_seq_ = joined.snapshot().seq();
  }
}

void Device::on_event(const v1::RoomEvent& event) {
  if (!joined_) return;
  if (event.epoch() != 0) epoch_ = event.epoch();
  const std::uint64_t last = last_seq_.load(std::memory_order_relaxed);
  if (event.seq() <= last) {
    ++tally_.duplicates;
    return;
  }
  if (event.seq() != last + 1) ++tally_.gaps;
  last_seq_.store(event.seq(), std::memory_order_relaxed);

  if (event.has_note_edited()) time_if_stamped(event.note_edited().text());
  if (event.has_note_added()) time_if_stamped(event.note_added().note().text());
  if (event.has_vote_progress()) voted_count_ = event.vote_progress().voted_count();
  if (event.has_vote_revealed()) {
    revealed_at_ns_.store(now_ns(), std::memory_order_relaxed);
    revealed_vote_.store(event.vote_revealed().result().vote_id(), std::memory_order_release);
  }
}

void Device::time_if_stamped(const std::string& text) {
  if (text.size() < 2 || text[0] != 't') return;
  std::int64_t sent_ns = 0;
  const auto [end, ec] = std::from_chars(text.data() + 1, text.data() + text.size(), sent_ns);
  if (ec != std::errc()) return;
  const std::int64_t received_ns = now_ns();
  if (window_.contains(received_ns)) ++tally_.received;
  if (!window_.contains(sent_ns)) return;
  ++tally_.delivered;
  tally_.latency.record(received_ns - sent_ns);
}

}  // namespace kring::loadgen
