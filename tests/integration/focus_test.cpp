// The focus on the wire, one node: every device receives FocusSet, a late
// joiner's snapshot carries the focus, a device that resumes gets the FocusSet
// it missed (or a snapshot with the focus), and focusing a private-first board
// puts no byte of a hidden note into any other device's frames.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace focus_test {
namespace {

namespace v1 = kring::v1;

// The FocusSet events among `events`.
std::vector<v1::FocusSet> focus_sets(const std::vector<v1::RoomEvent>& events) {
  std::vector<v1::FocusSet> out;
  for (const v1::RoomEvent& event : events) {
    if (event.has_focus_set()) out.push_back(event.focus_set());
  }
  return out;
}

// The error code a command is answered with (UNSPECIFIED when it was acknowledged).
v1::ErrorCode error_of(WsClient& client, v1::RoomCommand command) {
  const v1::ServerMessage answer = client.command(std::move(command));
  return answer.has_error() ? answer.error().code() : v1::ERROR_CODE_UNSPECIFIED;
}

TEST(FocusOnTheWire, EveryDeviceFollowsAndALateJoinerLandsOnIt) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Focus");
    Device& ans = workshop.add_participant("Ans");
    Device& dirk = workshop.add_board_member("Dirk");
    Device& projector = workshop.add_projector();
    const std::string hidden_text = "verborgen " + random_hex(8);
    const auto board = workshop.add_board(
        cmd::add_columns_board("3B", v1::WRITING_MODE_PRIVATE_FIRST, {"Behouden", "Bannen"}),
        false);

    // Focusing the closed board opens it for writing in the same step.
    const std::uint64_t focused =
        workshop.facilitator()
            ->command_ok(cmd::set_focus(v1::FOCUS_KIND_BOARD, board.board_id, true))
            .seq();
    const std::uint64_t written =
        ans->command_ok(cmd::add_note(board.board_id, 1, hidden_text, random_bytes(24))).seq();
    workshop.sync_all(written);
    for (Device* device : workshop.devices()) {
      const auto sets = focus_sets((*device)->events());
      ASSERT_EQ(sets.size(), 1u) << device->name;
      EXPECT_EQ(sets[0].focus().kind(), v1::FOCUS_KIND_BOARD) << device->name;
      EXPECT_EQ(sets[0].focus().board_id(), board.board_id) << device->name;
      EXPECT_TRUE(sets[0].writing_opened()) << device->name;
      EXPECT_EQ(find_event((*device)->events(), focused)->seq(), focused);
    }

    // A late joiner's snapshot: the focus, the board open, the note counted only.
    std::unique_ptr<WsClient> late = connect_with_hello(server.port());
    const v1::Joined joined = late->join(participant_join(workshop, "Laat"));
    ASSERT_TRUE(joined.has_snapshot());
    EXPECT_EQ(joined.snapshot().focus().kind(), v1::FOCUS_KIND_BOARD);
    EXPECT_EQ(joined.snapshot().focus().board_id(), board.board_id);
    ASSERT_EQ(joined.snapshot().boards_size(), 1);
    EXPECT_TRUE(joined.snapshot().boards(0).writing_open());
    EXPECT_EQ(joined.snapshot().boards(0).hidden_count(), 1u);
    EXPECT_EQ(joined.SerializeAsString().find(hidden_text), std::string::npos);

    // No other device's frames carry the hidden note, focused or not.
    for (Device* device : {&workshop.facilitator(), &dirk, &projector}) {
      for (const std::string& bytes : (*device)->event_bytes()) {
        EXPECT_EQ(bytes.find(hidden_text), std::string::npos) << device->name;
      }
    }
  }
  EXPECT_TRUE(server.stop().clean());
}

TEST(FocusOnTheWire, AResumedDeviceGetsTheFocusItMissed) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Focus hervat");
    Device& ans = workshop.add_participant("Ans");
    const std::uint64_t welcome =
        workshop.facilitator()->command_ok(cmd::set_focus(v1::FOCUS_KIND_WELCOME)).seq();
    ans->drain_events_until(welcome);
    v1::StreamPosition left_at;
    left_at.set_epoch(ans->events().back().epoch());
    left_at.set_seq(ans->last_seq());
    ans->drop();

    // While Ans is away the room moves on to the strategy.
    const std::uint64_t strategy =
        workshop.facilitator()->command_ok(cmd::set_focus(v1::FOCUS_KIND_STRATEGY)).seq();

    // Back with its position: exactly the missed FocusSet.
    v1::JoinRoom resume = participant_join(workshop, "Ans", ans.joined.member_secret());
    *resume.mutable_resume_from() = left_at;
    std::unique_ptr<WsClient> back = connect_with_hello(server.port());
    const v1::Joined rejoined = back->join(resume);
    EXPECT_TRUE(rejoined.recovered());
    back->drain_events_until(strategy);
    const auto sets = focus_sets(back->events());
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].focus().kind(), v1::FOCUS_KIND_STRATEGY);

    // Back from a position the server cannot serve (a reload that lost it):
    // a snapshot, which carries the focus.
    back->drop();
    v1::JoinRoom reload = participant_join(workshop, "Ans", ans.joined.member_secret());
    reload.mutable_resume_from()->set_epoch(left_at.epoch() + 7919);
    reload.mutable_resume_from()->set_seq(left_at.seq());
    std::unique_ptr<WsClient> reloaded = connect_with_hello(server.port());
    const v1::Joined fresh = reloaded->join(reload);
    EXPECT_FALSE(fresh.recovered());
    ASSERT_TRUE(fresh.has_snapshot());
    EXPECT_EQ(fresh.snapshot().focus().kind(), v1::FOCUS_KIND_STRATEGY);
    EXPECT_EQ(fresh.snapshot().seq(), strategy);
  }
  EXPECT_TRUE(server.stop().clean());
}

TEST(FocusOnTheWire, OnlyTheFacilitatorMovesItAndBadFocusesChangeNothing) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Focus regels");
    Device& ans = workshop.add_participant("Ans");
    Device& projector = workshop.add_projector();
    for (Device* device : {&ans, &projector}) {
      EXPECT_EQ(error_of(**device, cmd::set_focus(v1::FOCUS_KIND_WELCOME)),
                v1::ERROR_CODE_FORBIDDEN)
          << device->name;
    }
    WsClient& facilitator = *workshop.facilitator();
    EXPECT_EQ(error_of(facilitator, cmd::set_focus(v1::FOCUS_KIND_BOARD, 42)),
              v1::ERROR_CODE_NOT_FOUND);
    EXPECT_EQ(error_of(facilitator, cmd::set_focus(v1::FOCUS_KIND_WELCOME, 0, true)),
              v1::ERROR_CODE_INVALID_ARGUMENT);

    std::unique_ptr<WsClient> late = connect_with_hello(server.port());
    const v1::Joined joined = late->join(participant_join(workshop, "Laat"));
    EXPECT_EQ(joined.snapshot().focus().kind(), v1::FOCUS_KIND_UNSPECIFIED);
  }
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace focus_test
}  // namespace kring::test
