// Auto-reveal on the wire: until the last of m has voted every device gets a
// count (n/m) and no tally; the ballot that completes the vote reaches every
// device as the reveal itself, in the same seq; a late joiner learns that
// auto-reveal is on and gets the result in its snapshot.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace auto_reveal_test {
namespace {

namespace v1 = kring::v1;

TEST(AutoRevealOnTheWire, TheLastBallotRevealsForEveryDeviceAtOnce) {
  ServerProcess server;
  Workshop workshop(server.port(), "Vanzelf");
  std::vector<Device*> participants;
  for (const char* name : {"Anna", "Bram", "Cas"}) {
    participants.push_back(&workshop.add_participant(name));
  }
  workshop.add_projector();
  WsClient& facilitator = *workshop.facilitator().client;
  const std::uint64_t switched = facilitator.command_ok(cmd::set_auto_reveal(true)).seq();
  const v1::Ack opened = facilitator.command_ok(cmd::open_vote(
      "Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET, {"A", "B", "C"}));

  std::uint64_t last = 0;
  for (std::size_t i = 0; i < participants.size(); ++i) {
    last = (*participants[i])->command_ok(cmd::cast_vote(opened.created_id(), 1 + i % 2)).seq();
  }
  workshop.sync_all(last);
  for (Device* device : workshop.devices()) {
    const auto& events = (*device)->events();
    EXPECT_TRUE(find_event(events, switched)->auto_reveal_set().on()) << device->name;
    // Two counts, then the reveal: no tally before the third ballot.
    for (std::uint64_t seq = opened.seq() + 1; seq < last; ++seq) {
      const v1::RoomEvent* event = find_event(events, seq);
      ASSERT_NE(event, nullptr) << device->name;
      ASSERT_TRUE(event->has_vote_progress()) << device->name << " " << event->ShortDebugString();
      EXPECT_EQ(event->vote_progress().eligible_count(), 3u);
    }
    const v1::RoomEvent* reveal = find_event(events, last);
    ASSERT_TRUE(reveal->has_vote_revealed()) << device->name << " " << reveal->ShortDebugString();
    const v1::VoteResult& result = reveal->vote_revealed().result();
    EXPECT_EQ(result.vote_id(), opened.created_id());
    EXPECT_EQ(result.tally(0).count() + result.tally(1).count() + result.tally(2).count(), 3u);
    EXPECT_EQ(result.cards_size(), 0) << "a secret ballot names nobody";
  }

  // The manual override after the fact is refused: it is revealed already.
  const v1::ServerMessage again = facilitator.command(cmd::reveal_vote(opened.created_id()));
  ASSERT_TRUE(again.has_error());
  EXPECT_EQ(again.error().code(), v1::ERROR_CODE_WRONG_PHASE);

  std::unique_ptr<WsClient> late = connect_with_hello(server.port());
  const v1::Joined joined = late->join(participant_join(workshop, "Laat"));
  ASSERT_TRUE(joined.has_snapshot());
  EXPECT_TRUE(joined.snapshot().auto_reveal());
  ASSERT_EQ(joined.snapshot().results_size(), 1);
  EXPECT_EQ(joined.snapshot().results(0).vote_id(), opened.created_id());
}

}  // namespace
}  // namespace auto_reveal_test
}  // namespace kring::test
