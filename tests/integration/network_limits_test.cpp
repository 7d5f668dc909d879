// The connection and node rows of docs/operations.md, "Limits and what
// happens past them", one test per row, named after it, each showing the
// documented behaviour on the real server. (The per-room rows are
// RoomLimits in tests/unit; the send queue row is SlowConsumer.)
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "log/memory/memory_log.hpp"
#include "support/commands.hpp"
#include "support/http_client.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace network_limits_test {
namespace {

namespace v1 = kring::v1;
using Clock = std::chrono::steady_clock;

v1::ClientMessage join_message(const std::string& participant_code, const std::string& name = "") {
  v1::ClientMessage message;
  message.mutable_join_room()->set_participant_code(participant_code);
  message.mutable_join_room()->set_display_name(name);
  return message;
}

v1::ErrorCode error_of(const v1::ServerMessage& reply) {
  return reply.has_error() ? reply.error().code() : v1::ERROR_CODE_UNSPECIFIED;
}

// A code of the right shape that names no room.
std::string unknown_code(int i) {
  std::string code = "ZZZZ" + std::to_string(1000 + i);
  for (char& c : code) {
    if (c == '0') c = 'A';
    if (c == '1') c = 'B';
  }
  return code;
}

// One failed lookup on a fresh connection (so no per-connection budget interferes).
v1::ErrorCode try_code(std::uint16_t port, const std::string& code) {
  auto client = connect_with_hello(port);
  return error_of(client->request(join_message(code)));
}

TEST(NetworkLimits, WebSocketFrame) {
  ServerProcess server;
  auto client = connect_with_hello(server.port());
  client->send_raw(std::string(64 * 1024 + 1, '\x0a'));
  const std::optional<CloseInfo> closed = client->wait_for_close();
  ASSERT_TRUE(closed.has_value());
  EXPECT_TRUE(closed->close_frame) << closed->describe();
  EXPECT_EQ(closed->code, 1009) << closed->describe();
}

// Seconds until the server ends `socket`, reading (and dropping) what it sends.
double seconds_until_dropped(boost::asio::ip::tcp::socket& socket) {
  const auto started = Clock::now();
  char bytes[512];
  boost::system::error_code ec;
  while (!ec) socket.read_some(boost::asio::buffer(bytes), ec);
  return std::chrono::duration<double>(Clock::now() - started).count();
}

// A raw TCP connection upgraded to a WebSocket by hand: it answers nothing,
// not even the server's pings.
void upgrade_by_hand(boost::asio::ip::tcp::socket& socket, std::uint16_t port) {
  socket.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  const std::string upgrade =
      "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  boost::asio::write(socket, boost::asio::buffer(upgrade));
  std::string response(12, '\0');
  boost::asio::read(socket, boost::asio::buffer(response));
  ASSERT_EQ(response, "HTTP/1.1 101");
}

TEST(NetworkLimits, HttpRequest) {
  ServerProcess server;
  boost::asio::io_context io;
  boost::asio::ip::tcp::socket socket(io);
  socket.connect({boost::asio::ip::make_address("127.0.0.1"), server.port()});
  const double waited = seconds_until_dropped(socket);  // we never send a request
  std::printf("silent TCP connection dropped after %.1f s\n", waited);
  EXPECT_GE(waited, 28.0);
  EXPECT_LE(waited, 35.0);
}

// A client frame with a zero mask key (so the payload goes as it is).
std::string masked_frame(const std::string& payload) {
  std::string frame = "\x82";
  if (payload.size() < 126) {
    frame.push_back(static_cast<char>(0x80 | payload.size()));
  } else {
    frame.push_back(static_cast<char>(0x80 | 126));
    frame.push_back(static_cast<char>(payload.size() >> 8));
    frame.push_back(static_cast<char>(payload.size() & 0xFF));
  }
  frame.append(4, '\0');
  return frame + payload;
}

TEST(NetworkLimits, WebSocketClosingHandshake) {
  ServerProcess server;
  Workshop workshop(server.port(), "Weg");
  boost::asio::io_context io;
  boost::asio::ip::tcp::socket socket(io);
  upgrade_by_hand(socket, server.port());
  v1::ClientMessage hello;
  hello.set_request_id(1);
  hello.mutable_hello()->set_protocol_version(v1::PROTOCOL_VERSION_1);
  v1::ClientMessage join = join_message(workshop.room().participant_code(), "Stil");
  join.set_request_id(2);
  boost::asio::write(socket, boost::asio::buffer(masked_frame(hello.SerializeAsString()) +
                                                 masked_frame(join.SerializeAsString())));
  // Seated once the facilitator sees the member join.
  WsClient& facilitator = *workshop.facilitator().client;
  facilitator.drain_events_until(facilitator.last_seq() + 1);
  // The room is deleted: the server sends RoomDeleted and Close, and waits for
  // this client's Close, which never comes.
  facilitator.command_ok(cmd::delete_room());
  const double waited = seconds_until_dropped(socket);
  std::printf("close handshake left unanswered: dropped after %.1f s\n", waited);
  EXPECT_GE(waited, 9.0);
  EXPECT_LE(waited, 15.0);
}

TEST(NetworkLimits, IdleConnection) {
  ServerProcess server;
  // A client that reads answers the server's pings and stays, however quiet.
  bool answering_client_kept = false;
  std::thread answering([&] {
    auto client = connect_with_hello(server.port());
    answering_client_kept = !client->wait_for_close(std::chrono::seconds(75)).has_value();
  });
  boost::asio::io_context io;
  boost::asio::ip::tcp::socket socket(io);
  upgrade_by_hand(socket, server.port());
  const double waited = seconds_until_dropped(socket);
  std::printf("connection that answers no ping dropped after %.1f s\n", waited);
  answering.join();
  EXPECT_GE(waited, 55.0);
  EXPECT_LE(waited, 70.0);
  EXPECT_TRUE(answering_client_kept) << "a client answering pings was dropped";
}

TEST(NetworkLimits, RequestsPerConnection) {
  ServerProcess server;
  Workshop workshop(server.port(), "Limieten");
  Device& participant = workshop.add_participant("Snel");
  const auto board = workshop.add_board(cmd::add_columns_board("b", v1::WRITING_MODE_OPEN, {"a"}));

  // A client a little over its budget (50 a second for 4 s against 30 a
  // second, burst 60) is refused the excess and stays open.
  int refused = 0;
  const auto start = Clock::now();
  for (int i = 0; i < 200; ++i) {
    std::this_thread::sleep_until(start + std::chrono::milliseconds(20 * i));
    const v1::ServerMessage reply =
        participant->command(cmd::add_note(board.board_id, 1, "n", random_bytes(16)));
    if (error_of(reply) == v1::ERROR_CODE_RATE_LIMITED) ++refused;
  }
  std::printf("50/s for 4 s: %d of 200 refused\n", refused);
  EXPECT_GT(refused, 0);
  EXPECT_TRUE(participant->is_open());

  // A flood spends the refusals' own budget and is closed with 1008.
  Device& flooder = workshop.add_participant("Vloed");
  v1::ClientMessage ping;
  ping.mutable_ping();
  for (int i = 0; i < 2000 && flooder->is_open(); ++i) {
    ping.set_request_id(static_cast<std::uint64_t>(i + 1));
    flooder->send(ping);
  }
  const std::optional<CloseInfo> closed = flooder->wait_for_close();
  ASSERT_TRUE(closed.has_value()) << "a flood of 2,000 frames stayed open";
  EXPECT_EQ(closed->code, 1008) << closed->describe();
  EXPECT_TRUE(participant->is_open()) << "only the flooder is closed";
}

TEST(NetworkLimits, FailedRoomLookupsPerClientAddress) {
  ServerProcess server;
  Workshop workshop(server.port(), "Kantoor");
  const std::string code = workshop.room().participant_code();
  // Ten typos from the office's one address spend its own budget...
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(try_code(server.port(), unknown_code(i)), v1::ERROR_CODE_ROOM_NOT_FOUND);
  }
  // ...and a colleague at the same address with the right code still joins.
  auto colleague = connect_with_hello(server.port());
  EXPECT_TRUE(colleague->request(join_message(code, "Collega")).has_joined());
  // Guessing goes on against the node-wide overflow (60), then is refused.
  int not_found = 0;
  v1::ErrorCode last = v1::ERROR_CODE_UNSPECIFIED;
  for (int i = 10; i < 100 && last != v1::ERROR_CODE_RATE_LIMITED; ++i) {
    last = try_code(server.port(), unknown_code(i));
    if (last == v1::ERROR_CODE_ROOM_NOT_FOUND) ++not_found;
  }
  std::printf("failed lookups answered after the address's 10: %d\n", not_found);
  EXPECT_EQ(last, v1::ERROR_CODE_RATE_LIMITED);
  EXPECT_GE(not_found, 60);
  EXPECT_LE(not_found, 62);  // the overflow refills at one a second while we guess
  // With both budgets spent, the address waits, even with the right code.
  EXPECT_EQ(try_code(server.port(), code), v1::ERROR_CODE_RATE_LIMITED);
}

TEST(NetworkLimits, RoomsCreatedPerConnection) {
  ServerProcess server;
  auto client = connect_with_hello(server.port());
  for (int i = 0; i < 5; ++i) client->create_room("Kamer " + std::to_string(i));
  v1::ClientMessage sixth;
  sixth.mutable_create_room()->set_title("Zesde");
  EXPECT_EQ(error_of(client->request(sixth)), v1::ERROR_CODE_LIMIT_REACHED);
}

TEST(NetworkLimits, RoomsPerNode) {
  ServerProcess server({"--max-rooms", "2"});
  connect_with_hello(server.port())->create_room("Een");
  connect_with_hello(server.port())->create_room("Twee");
  v1::ClientMessage third;
  third.mutable_create_room()->set_title("Drie");
  EXPECT_EQ(error_of(connect_with_hello(server.port())->request(third)),
            v1::ERROR_CODE_LIMIT_REACHED);
}

TEST(NetworkLimits, DisplayName) {
  ServerProcess server;
  Workshop workshop(server.port(), "Namen");
  const std::string code = workshop.room().participant_code();
  // 19 two-byte letters are 38 bytes; the 20th would end at byte 40, the
  // 21st cross it: the name is cut after 20 letters, never inside one.
  std::string long_name = "  ";
  for (int i = 0; i < 30; ++i) long_name += "\xc3\xa9";  // é
  const v1::ServerMessage joined =
      connect_with_hello(server.port())->request(join_message(code, long_name));
  ASSERT_TRUE(joined.has_joined()) << joined.ShortDebugString();
  const std::uint64_t id = joined.joined().member_id();
  std::string seen;
  for (const v1::Member& member : joined.joined().snapshot().members()) {
    if (member.id() == id) seen = member.display_name();
  }
  std::string expected;
  for (int i = 0; i < 20; ++i) expected += "\xc3\xa9";
  EXPECT_EQ(seen, expected);
  // Not UTF-8: protobuf refuses the string field, so the frame does not decode.
  auto client = connect_with_hello(server.port());
  v1::ClientMessage bad = join_message(code, "ok");
  bad.set_request_id(client->next_request_id());
  std::string bytes = bad.SerializeAsString();
  bytes[bytes.rfind("ok") + 1] = '\xff';
  client->send_raw(bytes);
  EXPECT_EQ(error_of(client->wait_for_reply(bad.request_id())), v1::ERROR_CODE_MALFORMED_FRAME);
}

TEST(NetworkLimits, FailedRecordLookupsPerClientAddress) {
  ServerProcess server;
  int unauthorized = 0;
  HttpResponse last;
  for (int i = 0; i < 100; ++i) {
    last =
        http_get(server.port(), "/record?format=md",
                 {{"Authorization", "Bearer " + std::string(26, static_cast<char>('B' + i % 20))}});
    if (last.status != 401u) break;
    ++unauthorized;
  }
  std::printf("wrong secrets answered 401 before 429: %d\n", unauthorized);
  EXPECT_EQ(last.status, 429u);
  EXPECT_EQ(last.header("Retry-After"), "60");
  EXPECT_GE(unauthorized, 70);
  EXPECT_LE(unauthorized, 72);
}

TEST(NetworkLimits, EventsPerRoomInMemory) {
  log::MemoryLog log;
  const core::Epoch epoch = log.create(7);
  const core::Event event{0, 1, "", core::ev::NoteRemoved{1}};  // the log does not look inside
  std::size_t appended = 0;
  log::AppendStatus last = log::AppendStatus::appended;
  for (core::Seq head = 0; head <= log::MemoryLog::default_max_events_per_room; ++head) {
    log.append(7, epoch, head, event, [&](log::AppendOutcome outcome) {
      last = outcome.status;
      if (outcome.status == log::AppendStatus::appended) ++appended;
    });
  }
  EXPECT_EQ(appended, 100'000u);
  // A room actor answers this with ERROR_CODE_STORAGE_UNAVAILABLE.
  EXPECT_EQ(last, log::AppendStatus::unavailable);
}

TEST(NetworkLimits, ResumeWindow) {
  ServerProcess server;
  Workshop workshop(server.port(), "Lang");
  const auto board = workshop.add_board(cmd::add_columns_board("b", v1::WRITING_MODE_OPEN, {"a"}));
  Device& early = workshop.add_participant("Vroeg");
  v1::StreamPosition left_at;
  left_at.set_epoch(early.joined.snapshot().epoch());
  left_at.set_seq(early.joined.head_seq());
  // 4,100 notes from 41 writers taking turns, each well under its own budget.
  std::vector<std::unique_ptr<WsClient>> writers;
  for (int i = 0; i < 41; ++i) {
    writers.push_back(connect_with_hello(server.port()));
    writers.back()->join_as_participant(workshop.room(), "w" + std::to_string(i));
  }
  std::uint64_t head = 0;
  for (int round = 0; round < 100; ++round) {
    std::vector<std::uint64_t> requests;
    for (auto& writer : writers) {
      requests.push_back(
          writer->send_command(cmd::add_note(board.board_id, 1, "n", random_bytes(16))));
    }
    for (std::size_t i = 0; i < writers.size(); ++i) {
      const v1::ServerMessage reply = writers[i]->wait_for_reply(requests[i]);
      ASSERT_TRUE(reply.has_ack()) << reply.ShortDebugString();
      head = std::max(head, reply.ack().seq());
    }
  }
  ASSERT_GT(head - left_at.seq(), 4096u);

  auto rejoin = [&](std::uint64_t seq) {
    v1::JoinRoom join;
    join.set_participant_code(workshop.room().participant_code());
    join.set_member_secret(early.joined.member_secret());
    *join.mutable_resume_from() = left_at;
    join.mutable_resume_from()->set_seq(seq);
    return connect_with_hello(server.port())->join(join);
  };
  EXPECT_FALSE(rejoin(left_at.seq()).recovered()) << "more than 4096 events behind: a snapshot";
  EXPECT_TRUE(rejoin(head - 4000).recovered()) << "4000 behind: the missed events";
}

}  // namespace
}  // namespace network_limits_test
}  // namespace kring::test
