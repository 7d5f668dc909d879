// The focus and the projector link across two nodes sharing one Redis: the facilitator on node A
// sets it, a device on node B follows at once, a late joiner on B lands on it, and a device that
// moves from A to B with its stream position gets the FocusSet it missed, in order, with no gap;
// the ballot that completes a vote under auto-reveal reveals it on both nodes.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace focus_two_nodes_test {
namespace {

namespace v1 = kring::v1;

std::unique_ptr<ServerProcess> start_node(const RedisServer& redis, const std::string& name) {
  std::vector<std::string> args = redis.node_args();
  args.insert(args.end(), {"--node-name", name});
  return std::make_unique<ServerProcess>(args);
}

std::vector<v1::Focus> focuses(const std::vector<v1::RoomEvent>& events) {
  std::vector<v1::Focus> out;
  for (const v1::RoomEvent& event : events) {
    if (event.has_focus_set()) out.push_back(event.focus_set().focus());
  }
  return out;
}

TEST(FocusOnTwoNodes, DevicesOnTheOtherNodeFollowJoinAndResumeOnIt) {
  RedisServer redis;
  std::unique_ptr<ServerProcess> node_a = start_node(redis, "node-a");
  std::unique_ptr<ServerProcess> node_b = start_node(redis, "node-b");
  {
    Workshop workshop(node_a->port(), "Twee nodes");
    WsClient& facilitator = *workshop.facilitator();
    const auto board =
        workshop.add_board(cmd::add_columns_board("Notities", v1::WRITING_MODE_OPEN, {"Een"}));

    // Bram on node B and Ans on node A, from the start.
    std::unique_ptr<WsClient> bram = connect_with_hello(node_b->port());
    bram->join(participant_join(workshop, "Bram"));
    std::unique_ptr<WsClient> ans = connect_with_hello(node_a->port());
    const v1::Joined ans_joined = ans->join(participant_join(workshop, "Ans"));

    const std::uint64_t welcome =
        facilitator.command_ok(cmd::set_focus(v1::FOCUS_KIND_WELCOME)).seq();
    bram->drain_events_until(welcome);
    ans->drain_events_until(welcome);
    ASSERT_EQ(focuses(bram->events()).size(), 1u);
    EXPECT_EQ(focuses(bram->events())[0].kind(), v1::FOCUS_KIND_WELCOME);

    // Ans leaves node A; while she is away the room moves on twice.
    v1::StreamPosition left_at;
    left_at.set_epoch(ans->events().back().epoch());
    left_at.set_seq(ans->last_seq());
    ans->drop();
    facilitator.command_ok(cmd::set_focus(v1::FOCUS_KIND_STRATEGY));
    const std::uint64_t on_board =
        facilitator.command_ok(cmd::set_focus(v1::FOCUS_KIND_BOARD, board.board_id)).seq();

    // Bram on B saw both, in order.
    bram->drain_events_until(on_board);
    const auto seen = focuses(bram->events());
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[1].kind(), v1::FOCUS_KIND_STRATEGY);
    EXPECT_EQ(seen[2].kind(), v1::FOCUS_KIND_BOARD);
    EXPECT_EQ(seen[2].board_id(), board.board_id);

    // A late joiner on B lands on the board.
    std::unique_ptr<WsClient> late = connect_with_hello(node_b->port());
    const v1::Joined late_joined = late->join(participant_join(workshop, "Laat"));
    ASSERT_TRUE(late_joined.has_snapshot());
    EXPECT_EQ(late_joined.snapshot().focus().kind(), v1::FOCUS_KIND_BOARD);
    EXPECT_EQ(late_joined.snapshot().focus().board_id(), board.board_id);

    // Ans comes back on B with her position: the two FocusSets, no gap.
    v1::JoinRoom resume = participant_join(workshop, "Ans", ans_joined.member_secret());
    *resume.mutable_resume_from() = left_at;
    std::unique_ptr<WsClient> back = connect_with_hello(node_b->port());
    const v1::Joined rejoined = back->join(resume);
    ASSERT_TRUE(rejoined.recovered());
    back->drain_events_until(on_board);
    EXPECT_TRUE(contiguous(back->events(), left_at.seq() + 1, on_board));
    const auto missed = focuses(back->events());
    ASSERT_EQ(missed.size(), 2u);
    EXPECT_EQ(missed[0].kind(), v1::FOCUS_KIND_STRATEGY);
    EXPECT_EQ(missed[1].kind(), v1::FOCUS_KIND_BOARD);
  }
  EXPECT_TRUE(node_a->stop().clean());
  EXPECT_TRUE(node_b->stop().clean());
}

// A projector link made anew on node A: the projector on node B is sent away,
// its token finds no room there, and the new token lets a projector in on B.
TEST(ProjectorLinkOnTwoNodes, TheOldProjectorOnTheOtherNodeIsSentAwayAndTheNewTokenWorksThere) {
  RedisServer redis;
  std::unique_ptr<ServerProcess> node_a = start_node(redis, "node-a");
  std::unique_ptr<ServerProcess> node_b = start_node(redis, "node-b");
  {
    Workshop workshop(node_a->port(), "Projector op B");
    std::unique_ptr<WsClient> projector_b = connect_with_hello(node_b->port());
    projector_b->join_as_projector(workshop.room());
    const std::string new_token = "zyxwvutsrqponmlkjihgfedcba";
    v1::RoomCommand reissue;
    reissue.mutable_reissue_projector_token()->set_projector_token(new_token);
    workshop.facilitator()->command_ok(reissue);

    ASSERT_TRUE(projector_b->wait_for_close().has_value()) << "the projector on B stayed";
    EXPECT_EQ(projector_b->going_away_count(), 1);
    v1::ClientMessage old_join;
    old_join.mutable_join_room()->set_projector_token(workshop.room().projector_token());
    std::unique_ptr<WsClient> old_again = connect_with_hello(node_b->port());
    const v1::ServerMessage refused = old_again->request(old_join);
    ASSERT_TRUE(refused.has_error());
    EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);
    v1::ClientMessage new_join;
    new_join.mutable_join_room()->set_projector_token(new_token);
    std::unique_ptr<WsClient> new_projector = connect_with_hello(node_b->port());
    EXPECT_TRUE(new_projector->request(new_join).has_joined());
  }
  EXPECT_TRUE(node_a->stop().clean());
  EXPECT_TRUE(node_b->stop().clean());
}

// Auto-reveal across nodes: the ballot that completes the vote lands on node B,
// and the device on node A receives that seq as the reveal, like the one on B.
TEST(AutoRevealOnTwoNodes, TheCompletingBallotOnOneNodeRevealsOnTheOther) {
  RedisServer redis;
  std::unique_ptr<ServerProcess> node_a = start_node(redis, "node-a");
  std::unique_ptr<ServerProcess> node_b = start_node(redis, "node-b");
  {
    Workshop workshop(node_a->port(), "Twee nodes");
    WsClient& facilitator = *workshop.facilitator();
    facilitator.command_ok(cmd::set_auto_reveal(true));
    std::unique_ptr<WsClient> ans = connect_with_hello(node_a->port());
    ans->join(participant_join(workshop, "Ans"));
    std::unique_ptr<WsClient> bram = connect_with_hello(node_b->port());
    bram->join(participant_join(workshop, "Bram"));
    facilitator.command_ok(cmd::set_min_group_size(2));
    const v1::Ack poll = facilitator.command_ok(cmd::open_vote(
        "Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET, {"A", "B"}));
    const std::uint64_t first = ans->command_ok(cmd::cast_vote(poll.created_id(), 1)).seq();
    // Bram votes once his phone shows the vote, as a person would: node B
    // may apply the vote's opening a moment after node A acknowledged it.
    bram->drain_events_until(poll.seq());
    const std::uint64_t last = bram->command_ok(cmd::cast_vote(poll.created_id(), 2)).seq();
    for (WsClient* device : {ans.get(), bram.get(), &facilitator}) {
      device->drain_events_until(last);
      EXPECT_TRUE(find_event(device->events(), first)->has_vote_progress());
      const v1::RoomEvent* reveal = find_event(device->events(), last);
      ASSERT_NE(reveal, nullptr);
      ASSERT_TRUE(reveal->has_vote_revealed()) << reveal->ShortDebugString();
      EXPECT_EQ(reveal->vote_revealed().result().tally_size(), 2);
    }
  }
  EXPECT_TRUE(node_a->stop().clean());
  EXPECT_TRUE(node_b->stop().clean());
}

}  // namespace
}  // namespace focus_two_nodes_test
}  // namespace kring::test
