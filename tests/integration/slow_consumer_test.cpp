// "A flood or slow client hurts only itself": a device that stops reading is
// closed once what the node holds for it passes the bound, while the others
// receive every event; when it reads again it finds the close, comes back
// and resumes with no gap.
//
// The stalled device keeps the system's default socket: the node caps its
// kernel send buffer (--socket-send-buffer-bytes, 128 KiB), so the backlog
// reaches the node's send queue instead of megabytes of kernel buffers.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
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
// The device stops reading for at most this long; the room keeps posting
// about 100 kB/s meanwhile.
constexpr auto longest_stall = std::chrono::seconds(60);
// What may pile up for the stalled device before it is closed, in notes of
// about 1 kB: its own receive buffer (the system default, 128 KiB here), the
// node's capped kernel send buffer (2 x 128 KiB) and the send queue (64 KiB)
// come to about 450. With the kernel's autotuning instead it took about 3,900.
constexpr int most_notes_behind = 1000;
// The server allows 30 messages per second per connection (burst 60); the
// writers stay under it so that no note is refused.
constexpr double writer_rate_per_second = 25;
constexpr double writer_burst = 40;

double slow_consumers_closed(std::uint16_t port) {
  return metric_value(http_get(port, "/metrics").body, "kring_slow_consumers_closed_total");
}

double open_connections(std::uint16_t port) {
  return metric_value(http_get(port, "/metrics").body, "kring_connections");
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

TEST(SlowConsumer, ClientThatStopsReadingIsClosedOthersReceiveEveryEventAndItResumes) {
  ServerProcess server({"--send-queue-bytes", "65536"});
  {
    Workshop workshop(server.port(), "Slow consumer");
    Device& reader = workshop.add_participant("Lezer");
    std::vector<Device*> writers{&workshop.facilitator()};
    for (const char* name : {"Schrijver 1", "Schrijver 2", "Schrijver 3"}) {
      writers.push_back(&workshop.add_participant(name));
    }
    Device& stalled = workshop.add_participant("Slaper");
    const auto board =
        workshop.add_board(cmd::add_columns_board("Vloed", v1::WRITING_MODE_OPEN, {"Alles"}));
    workshop.sync_all(board.seq);
    ASSERT_EQ(slow_consumers_closed(server.port()), 0);
    const double connections_before = open_connections(server.port());

    // From here on the stalled device reads nothing; the others keep up.
    const auto stalled_at = std::chrono::steady_clock::now();
    const std::string filler(960, 'v');
    std::vector<Pacer> pacers(writers.size());
    std::uint64_t last = board.seq;
    int written = 0;
    while (std::chrono::steady_clock::now() - stalled_at < longest_stall &&
           slow_consumers_closed(server.port()) < 1) {
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
    const double stalled_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - stalled_at).count();
    ::testing::Test::RecordProperty("notes_written", written);
    ASSERT_GE(slow_consumers_closed(server.port()), 1)
        << "no slow consumer was closed after " << written << " notes in " << stalled_seconds
        << " s";
    std::printf("slow consumer closed after %.1f s and %d notes of about 1 kB\n", stalled_seconds,
                written);
    EXPECT_LE(written, most_notes_behind) << "the backlog grew beyond what the node should hold";

    // The stalled device finds a prefix of the stream, then the close. (Read
    // now: the server waits only a few seconds for the close handshake.)
    const std::optional<CloseInfo> closed = stalled->wait_for_close();
    ASSERT_TRUE(closed.has_value()) << "the stalled connection is still open";
    EXPECT_TRUE(closed->close_frame) << closed->describe();
    EXPECT_EQ(closed->code, policy_violation) << closed->describe();
    EXPECT_LT(stalled->last_seq(), last);
    EXPECT_TRUE(contiguous(stalled->events(), stalled->first_event_seq(), stalled->last_seq()));
    // Its session is gone, and with it what the node held for it (the node
    // counts it closed once its side of the close is done, just after ours).
    const auto close_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (open_connections(server.port()) > connections_before - 1 &&
           std::chrono::steady_clock::now() < close_deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_EQ(open_connections(server.port()), connections_before - 1);

    // It comes back where it stopped, with no gap: the events it missed when
    // the node still holds them all (half the send queue's worth), else the
    // room as a snapshot that holds every note (docs/protocol.md, resume).
    v1::StreamPosition left_at;
    left_at.set_epoch(stalled->events().back().epoch());
    left_at.set_seq(stalled->last_seq());
    v1::JoinRoom resume = participant_join(workshop, "Slaper", stalled.joined.member_secret());
    *resume.mutable_resume_from() = left_at;
    std::unique_ptr<WsClient> back = connect_with_hello(server.port());
    const v1::Joined rejoined = back->join(resume);
    back->drain_events_until(last);
    if (rejoined.recovered()) {
      EXPECT_TRUE(contiguous(back->events(), left_at.seq() + 1, last));
    } else {
      EXPECT_GE(rejoined.snapshot().seq(), left_at.seq());
      EXPECT_TRUE(contiguous(back->events(), rejoined.snapshot().seq() + 1, back->last_seq()));
      EXPECT_EQ(rejoined.snapshot().notes_size() + static_cast<int>(back->events().size()), written)
          << "every note, in the snapshot or after it";
    }
    std::printf("it came back %s, %llu events behind\n",
                rejoined.recovered() ? "with the events it missed" : "with a snapshot",
                static_cast<unsigned long long>(last - left_at.seq()));

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
