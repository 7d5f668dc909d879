// state_codec: a room state survives encode -> decode field by field, encodes
// to the same bytes again, looks the same to every role, and a room continued
// from the decoded state decides and applies exactly as the original.
#include "log/redis/state_codec.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "core/programme.hpp"
#include "redis/state_codec_support.hpp"

namespace kring::log::redis::testing {
namespace state_codec_test {
namespace {

const std::vector<Role> every_role = {Role::facilitator, Role::participant, Role::board_member,
                                      Role::projector};

// decode(encode(s)) equals s, and encoding it again gives the same bytes.
void expect_round_trip(const RoomState& state) {
  const std::string bytes = encode_room_state(state);
  const std::optional<RoomState> decoded = decode_room_state(bytes);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(joined(differences(state, *decoded)), "");
  EXPECT_EQ(encode_room_state(*decoded), bytes);
  for (const Role role : every_role) {
    EXPECT_EQ(view_snapshot(*decoded, role, 7), view_snapshot(state, role, 7))
        << "role " << static_cast<int>(role);
  }
}

TEST(StateCodec, EmptyAndFreshRoomsRoundTrip) {
  expect_round_trip(RoomState{});
  expect_round_trip(RoomFixture{}.state);
}

TEST(StateCodec, WorkshopRoundTripsFieldByField) {
  const Workshop workshop;
  const RoomState& state = workshop.room.state;
  // The workshop really holds what this test claims to cover.
  ASSERT_TRUE(state.timer.running);
  ASSERT_FALSE(state.timer.actual_ms.empty());
  ASSERT_EQ(state.hidden_count.at(workshop.circles), 0u);
  ASSERT_EQ(state.hidden_count.at(workshop.columns), 2u);
  ASSERT_FALSE(state.hidden_count.contains(workshop.matrix));
  ASSERT_TRUE(state.votes[workshop.open_cards - 1].result.has_value());
  ASSERT_EQ(state.votes[workshop.secret_ballot - 1].secret_choices.size(), 2u);
  std::size_t removed = 0, merged = 0, hidden = 0;
  for (const auto& [id, record] : state.notes) {
    removed += record.removed ? 1 : 0;
    merged += record.note.merged_ids.empty() ? 0 : 1;
    hidden += record.hidden && !record.removed ? 1 : 0;
  }
  ASSERT_EQ(removed, 3u);  // removed hidden, merged away, deleted visible
  ASSERT_EQ(merged, 1u);
  ASSERT_EQ(hidden, 2u);
  ASSERT_EQ(state.note_by_secret.size(), state.notes.size() - removed);
  ASSERT_EQ(state.dilemmas.size(), 2u);
  ASSERT_NE(state.dilemmas[0].poll_id, 0u);
  ASSERT_EQ(state.proposals.size(), 3u);
  ASSERT_EQ(state.proposals[0].status, ProposalStatus::adopted);
  ASSERT_EQ(state.proposals[1].status, ProposalStatus::dismissed);
  ASSERT_TRUE(state.strategy_marks_shown);
  ASSERT_EQ(state.bundles.size(), 1u);
  ASSERT_EQ(state.bundles[0].items[0].decision, approval_approve);

  expect_round_trip(state);
}

// A programme (rooms, a release, confirmations, a deleted room) and a board
// meeting that received its package and imported a dilemma.
TEST(StateCodec, AProgrammeAndItsBoardMeetingRoundTrip) {
  RoomFixture programme(RoomKind::programme);
  programme.run(facilitator, cmd::SetStrategy{"De client eerst"});
  programme.run(facilitator, cmd::AttachRoom{901, "Zorg", false});
  programme.run(facilitator, cmd::AttachRoom{902, "ICT", false});
  programme.run(facilitator, cmd::AttachRoom{903, "Bestuur", true});
  programme.run(facilitator, cmd::SetFeedback{901, "Dank"});
  programme.run(facilitator, cmd::ReleaseDecisions{{ReleasedDecision{901,
                                                                     1,
                                                                     "Thuiswerken?",
                                                                     BundleItemKind::approval,
                                                                     approval_approve,
                                                                     "Goed",
                                                                     3,
                                                                     true,
                                                                     {2, 0, 0}}}});
  programme.deliver(cmd::ConfirmNews{902, programme.state.programme_rooms[1].news_version});
  programme.deliver(cmd::MarkRoomGone{902});
  ASSERT_EQ(programme.state.programme_rooms.size(), 3u);
  ASSERT_EQ(programme.state.released.size(), 1u);
  expect_round_trip(programme.state);

  RoomFixture board;
  const std::optional<ProgrammeNews> news = news_for(programme.state, 900, 903);
  ASSERT_TRUE(news);
  ASSERT_TRUE(std::holds_alternative<Accepted>(board.deliver(cmd::ReceiveNews{*news})));
  Dilemma imported{0,
                   "Overwerk?",
                   "",
                   {"nooit", "zelden", "vaak"},
                   2,
                   0,
                   0,
                   DilemmaOutcome::no_consensus,
                   0,
                   0,
                   DilemmaSource{901, 2, "Zorg", {1, 3, 0}, 4}};
  ASSERT_TRUE(std::holds_alternative<Accepted>(board.deliver(cmd::ImportDilemma{imported})));
  ASSERT_EQ(board.state.news.programme_id, 900u);
  expect_round_trip(board.state);
}

TEST(StateCodec, RoundTripsAtTheIdempotencyMemoryBound) {
  Workshop workshop;
  workshop.remember_keys(limits::remembered_idempotency_keys + 100);
  ASSERT_EQ(workshop.room.state.key_order.size(), limits::remembered_idempotency_keys);
  expect_round_trip(workshop.room.state);
}

TEST(StateCodec, EqualStatesGiveEqualBytesWhateverTheHashOrder) {
  const Workshop workshop;
  RoomState shuffled = workshop.room.state;
  // Same content, different bucket layout and insertion order.
  std::unordered_map<SecretHash, NoteId> notes(shuffled.note_by_secret.begin(),
                                               shuffled.note_by_secret.end());
  notes.rehash(997);
  shuffled.note_by_secret = std::move(notes);
  std::unordered_map<BoardId, std::uint32_t> counts;
  counts.rehash(101);
  for (const BoardId board : {workshop.columns, workshop.circles}) {
    counts.emplace(board, workshop.room.state.hidden_count.at(board));
  }
  ASSERT_EQ(counts, workshop.room.state.hidden_count);
  shuffled.hidden_count = std::move(counts);
  EXPECT_EQ(encode_room_state(shuffled), encode_room_state(workshop.room.state));
}

// Runs `body` as `actor` with `key` on both rooms and expects the same outcome.
void expect_same_decision(RoomFixture& original, RoomFixture& restored, const Actor& actor,
                          const std::string& key, const cmd::Body& body, const char* what) {
  SCOPED_TRACE(what);
  const Command command{key, body};
  const Decision a = decide(original.state, command, actor, original.now, 4242);
  const Decision b = decide(restored.state, command, actor, restored.now, 4242);
  ASSERT_EQ(a.index(), b.index());
  if (const auto* accepted = std::get_if<Accepted>(&a)) {
    EXPECT_EQ(accepted->event, std::get<Accepted>(b).event);
    EXPECT_EQ(accepted->created_id, std::get<Accepted>(b).created_id);
    Event event = accepted->event;
    event.seq = original.state.seq + 1;
    apply(original.state, event);
    apply(restored.state, event);
    for (const Role role : every_role) {
      EXPECT_EQ(view_event(original.state, event, role), view_event(restored.state, event, role));
    }
  } else if (const auto* duplicate = std::get_if<Duplicate>(&a)) {
    EXPECT_EQ(duplicate->ack.seq, std::get<Duplicate>(b).ack.seq);
    EXPECT_EQ(duplicate->ack.created_id, std::get<Duplicate>(b).ack.created_id);
  } else {
    EXPECT_EQ(std::get<Rejection>(a), std::get<Rejection>(b));
  }
}

TEST(StateCodec, DecodedRoomCarriesOnLikeTheOriginal) {
  Workshop workshop;
  RoomFixture& original = workshop.room;
  RoomFixture restored = original;
  const std::optional<RoomState> decoded = decode_room_state(encode_room_state(original.state));
  ASSERT_TRUE(decoded.has_value());
  restored.state = *decoded;

  const std::string old_key = original.state.key_order.front();
  const std::string secret_h = Workshop::note_secret('h');
  const std::string fresh = "fresh-key-0000000";
  auto key = [n = 0]() mutable { return "continue-key-" + std::to_string(++n) + "-pad"; };

  ASSERT_TRUE(std::holds_alternative<Duplicate>(
      decide(original.state, Command{workshop.last_key, cmd::StartTimer{}}, facilitator, 0, 1)));
  expect_same_decision(original, restored, facilitator, workshop.last_key, cmd::PauseTimer{},
                       "retried last key");
  expect_same_decision(original, restored, facilitator, old_key, cmd::PauseTimer{},
                       "retried oldest key");
  expect_same_decision(original, restored, workshop.ans, key(),
                       cmd::EditNote{workshop.hidden_note, "herschreven", secret_h},
                       "author edits hidden note by secret");
  expect_same_decision(
      original, restored, workshop.cor, key(),
      cmd::EditNote{workshop.hidden_note, "niet van mij", Workshop::note_secret('i')},
      "wrong secret on a hidden note");
  expect_same_decision(original, restored, workshop.cor, key(),
                       cmd::AddNote{workshop.columns, 1, "zelfde geheim", secret_h},
                       "secret of a live note is taken");
  expect_same_decision(original, restored, workshop.cor, key(),
                       cmd::AddNote{workshop.columns, 1, "hergebruikt", Workshop::note_secret('b')},
                       "secret of a removed note is free again");
  expect_same_decision(original, restored, facilitator, key(),
                       cmd::RevealBoard{workshop.columns, true}, "reveal shuffles the same way");
  expect_same_decision(original, restored, workshop.eva, key(),
                       cmd::CastVote{workshop.secret_ballot, 1}, "changed ballot");
  expect_same_decision(original, restored, facilitator, key(),
                       cmd::RevealVote{workshop.secret_ballot}, "secret ballot revealed");
  expect_same_decision(original, restored, facilitator, key(), cmd::NextPhase{}, "next phase");
  expect_same_decision(original, restored, facilitator, fresh, cmd::PauseTimer{}, "pause");
  expect_same_decision(original, restored, facilitator, fresh, cmd::StartTimer{}, "retry pause");

  const std::vector<std::string> secrets = {secret_h, Workshop::note_secret('a'),
                                            Workshop::note_secret('b'), Workshop::note_secret('d')};
  EXPECT_EQ(claim_notes(restored.state, secrets), claim_notes(original.state, secrets));
  for (const char* member_secret : {"member-secret-1", "member-secret-4", "no-such-member"}) {
    EXPECT_EQ(find_member(restored.state, member_secret),
              find_member(original.state, member_secret));
  }
  EXPECT_EQ(joined(differences(original.state, restored.state)), "");
  EXPECT_EQ(encode_room_state(restored.state), encode_room_state(original.state));
}

TEST(StateCodec, ReportsSizeAndSpeed) {
  Workshop big;
  big.add_open_notes(40);
  big.remember_keys(limits::remembered_idempotency_keys);
  std::cout << "[state_codec] biggest test state (" << big.room.state.notes.size() << " notes, "
            << big.room.state.key_order.size()
            << " keys): " << encode_room_state(big.room.state).size() << " bytes\n";

  Workshop notes500;
  notes500.add_open_notes(500 - notes500.room.state.notes.size());
  const RoomState& state = notes500.room.state;
  ASSERT_EQ(state.notes.size(), 500u);
  constexpr int rounds = 20;
  using Clock = std::chrono::steady_clock;
  std::string bytes;
  const auto start = Clock::now();
  for (int i = 0; i < rounds; ++i) bytes = encode_room_state(state);
  const auto encoded = Clock::now();
  std::optional<RoomState> decoded;
  for (int i = 0; i < rounds; ++i) decoded = decode_room_state(bytes);
  const auto done = Clock::now();
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(joined(differences(state, *decoded)), "");
  auto micros = [](Clock::duration d) {
    return std::chrono::duration_cast<std::chrono::microseconds>(d).count() / rounds;
  };
  std::cout << "[state_codec] 500 notes, " << state.key_order.size() << " keys: " << bytes.size()
            << " bytes, encode " << micros(encoded - start) << " us, decode "
            << micros(done - encoded) << " us (mean of " << rounds << ", this build)\n";
}

}  // namespace
}  // namespace state_codec_test
}  // namespace kring::log::redis::testing
