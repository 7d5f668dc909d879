// "A flood or slow client hurts only itself": a device that stops reading is
// closed once its send queue overflows, while the others receive every event.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/http_client.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace slow_consumer_test {
namespace {

namespace v1 = kring::v1;

constexpr std::uint16_t policy_violation = 1008;
// Past this many notes without a slow-consumer close the test gives up. The
// stalled socket advertises small segments and a small window, so the server's
// kernel buffers stay small and a few hundred notes overflow a 64 KiB queue.
constexpr int max_notes = 3000;
// The server allows 30 messages per second per connection (burst 60); the
// writers stay under it so that no note is refused.
constexpr double writer_rate_per_second = 25;
constexpr double writer_burst = 40;

double slow_consumers_closed(std::uint16_t port) {
  return metric_value(http_get(port, "/metrics").body, "kring_slow_consumers_closed_total");
}

// Paces one writer below the server's per-connection budget.
class Pacer {
 public:
  using Clock = std::chrono::steady_clock;
  bool try_take() {
    const auto now = Clock::now();
    const std::chrono::duration<double> passed = now - updated_;
    tokens_ = std::min(writer_burst, tokens_ + passed.count() * writer_rate_per_second);
    updated_ = now;
    if (tokens_ < 1) return false;
    tokens_ -= 1;
    return true;
  }

 private:
  double tokens_ = writer_burst;
  Clock::time_point updated_ = Clock::now();
};

TEST(SlowConsumer, ClientThatStopsReadingIsClosedWhileOthersReceiveEveryEvent) {
  ServerProcess server({"--send-queue-bytes", "65536"});
  {
    Workshop workshop(server.port(), "Slow consumer");
    Device& reader = workshop.add_participant("Lezer");
    std::vector<Device*> writers{&workshop.facilitator()};
    for (const char* name : {"Schrijver 1", "Schrijver 2", "Schrijver 3"}) {
      writers.push_back(&workshop.add_participant(name));
    }
    ConnectOptions stalled_socket;
    stalled_socket.receive_buffer_bytes = 4096;
    stalled_socket.max_segment_bytes = 536;
    Device& stalled = workshop.add_participant("Slaper", stalled_socket);
    const auto board =
        workshop.add_board(cmd::add_columns_board("Vloed", v1::WRITING_MODE_OPEN, {"Alles"}));
    workshop.sync_all(board.seq);
    ASSERT_EQ(slow_consumers_closed(server.port()), 0);

    // From here on the stalled device reads nothing; the others keep up.
    const std::string filler(960, 'v');
    std::vector<Pacer> pacers(writers.size());
    std::uint64_t last = board.seq;
    int written = 0;
    while (written < max_notes && slow_consumers_closed(server.port()) < 1) {
      std::vector<std::pair<Device*, std::uint64_t>> requests;
      for (std::size_t w = 0; w < writers.size(); ++w) {
        for (int i = 0; i < 10 && pacers[w].try_take(); ++i) {
          requests.emplace_back(
              writers[w],
              (*writers[w])
                  ->send_command(cmd::add_note(
                      board.board_id, 1, std::to_string(++written) + filler, random_bytes(16))));
        }
      }
      if (requests.empty()) {
        // Every writer has spent its budget: wait for the next token.
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        continue;
      }
      for (const auto& [writer, request] : requests) {
        const v1::ServerMessage reply = (*writer)->wait_for_reply(request);
        ASSERT_TRUE(reply.has_ack()) << writer->name << ": " << reply.ShortDebugString();
        last = std::max(last, reply.ack().seq());
      }
      reader->drain_events_until(last);
      for (Device* writer : writers) (*writer)->drain_events_until(last);
    }
    ::testing::Test::RecordProperty("notes_written", written);
    ASSERT_GE(slow_consumers_closed(server.port()), 1)
        << "no slow consumer was closed after " << written << " notes";

    // The stalled device finds a prefix of the stream, then the close. (Read
    // now: the server waits only a few seconds for the close handshake.)
    const std::optional<CloseInfo> closed = stalled->wait_for_close();
    ASSERT_TRUE(closed.has_value()) << "the stalled connection is still open";
    EXPECT_TRUE(closed->close_frame) << closed->describe();
    EXPECT_EQ(closed->code, policy_violation) << closed->describe();
    EXPECT_LT(stalled->last_seq(), last);
    EXPECT_TRUE(contiguous(stalled->events(), stalled->first_event_seq(), stalled->last_seq()));

    // The others got every event, in order, and are still served.
    const std::uint64_t after =
        workshop.facilitator()
            ->command_ok(cmd::add_note(board.board_id, 1, "after the flood", random_bytes(16)))
            .seq();
    reader->drain_events_until(after);
    EXPECT_TRUE(contiguous(reader->events(), reader->first_event_seq(), after));
    for (Device* writer : writers) {
      (*writer)->drain_events_until(after);
      EXPECT_TRUE(contiguous((*writer)->events(), (*writer)->first_event_seq(), after))
          << writer->name;
    }
    EXPECT_EQ(slow_consumers_closed(server.port()), 1) << "only the stalled device was closed";
  }
  const ExitStatus status = server.stop();
  EXPECT_TRUE(status.clean()) << "kring-server " << status.describe();
}

}  // namespace
}  // namespace slow_consumer_test
}  // namespace kring::test
