// bus_codec: every ev::* alternative survives encode -> decode unchanged,
// including secret hashes as raw bytes, the hidden flag and ballots.
#include "log/redis/bus_codec.hpp"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "enums/proto_enums.hpp"
#include "kring/bus/v1/events.pb.h"

namespace kring::log::redis {
namespace bus_codec_test {
namespace {

using namespace core;

// 32 bytes including NUL and high bytes: hashes are binary, not text.
std::string raw_hash(char seed) {
  std::string hash(32, '\0');
  for (std::size_t i = 0; i < hash.size(); ++i) hash[i] = static_cast<char>(seed + 7 * i);
  hash[3] = '\0';
  return hash;
}

std::vector<ev::Body> every_body() {
  Timer timer{2, true, 1'700'000'000'123, 4500, 60, {1000, 2000}};
  Board board{7,
              "Retro",
              BoardKind::matrix,
              WritingMode::private_first,
              {{1, "a", 0, 1}, {2, "b", 1, 0}},
              {"r1", "r2"},
              {"c1"},
              true,
              false,
              true};
  Note note{11, 7, 2, "hidden text", {12, 13}};
  Vote vote{
      5, "Pick", VoteAudience::board, BallotMode::secret, {{1, "x"}, {2, "y"}}, VoteStatus::closed,
      4};
  Dilemma dilemma{
      4, "Praatje?", "context", {"nee", "soms", "ja"}, 3, 7, 5, DilemmaOutcome::no_consensus, 0, 2};
  const ReleasedDecision released{901, 2,     "Overwerk?", BundleItemKind::approval, 2, "Nee",
                                  0,   false, {1, 3, 0}};
  Dilemma imported = dilemma;
  imported.source = DilemmaSource{901, 4, "Zorg", {2, 0, 5}, 7};
  return {
      ev::RoomCreated{"Room", raw_hash('a'), "PCODE", "BCODE", raw_hash('b'), "Europe/Amsterdam",
                      RoomKind::programme},
      ev::MemberJoined{{3, Role::board_member, "Ann"}, raw_hash('c')},
      ev::AgendaSet{{{"Intro", 300}, {"Vote", 120}}, timer},
      ev::TimerChanged{timer},
      ev::BoardAdded{board},
      ev::WritingChanged{7, true},
      ev::BoardRevealed{7, {13, 11, 12}},
      ev::NoteAdded{note, raw_hash('d'), true, raw_hash('w')},
      ev::NoteEdited{11, "edited"},
      ev::NoteRemoved{11},
      ev::NoteMoved{11, 2},
      ev::NotesMerged{11, 12},
      ev::VoteOpened{vote},
      ev::BallotCast{5, 2, 0, raw_hash('e'), {5, 7}},
      ev::VoteClosed{5},
      ev::VoteRevealed{5},
      ev::StrategySet{"Dichtbij de huurder"},
      ev::DilemmaAdded{dilemma, board},
      ev::DilemmaEdited{dilemma},
      ev::OutcomeRecorded{4, DilemmaOutcome::consensus, 3},
      ev::StrategyMarksShown{},
      ev::ProposalSubmitted{Proposal{2, "Glas", "", {"a", "b"}, ProposalStatus::adopted}},
      ev::ProposalDismissed{2},
      ev::BundleCreated{Bundle{1,
                               "Bestuur",
                               BallotMode::open_cards,
                               {{4, BundleItemKind::choice, 5, 0, "", {}},
                                {6, BundleItemKind::approval, 7, 2, "Omdat het kan.", {3, 5}}}},
                        {vote, vote}},
      ev::BundleRevealed{1, {5, 7}},
      ev::DecisionRecorded{1, 4, 3, "Past bij de strategie."},
      ev::BundleRoundOpened{1, 4, vote},
      ev::ActionSaved{Action{3,
                             11,
                             "Spreekuur",
                             "rust",
                             "team",
                             "s",
                             "m",
                             "a",
                             "r",
                             "2027-02-01",
                             "teamleider",
                             ActionTerm::long_term,
                             {"p1", "p2"},
                             {"c1"},
                             2}},
      ev::ActionRemoved{3},
      ev::ActionScored{3, raw_hash('s'), CriteriaScores{5, 4, 3, 2, 1}},
      ev::MinGroupSizeSet{4},
      ev::FocusSet{Focus{FocusKind::bundle_item, 0, 2, 0, 1}, false},
      ev::ActivityPlaced{Focus{FocusKind::board, 3, 0, 0, 0}, 2},
      ev::ProjectorTokenReissued{raw_hash('p')},
      ev::AutoRevealSet{true},
      ev::RankingRevealed{
          {RankingEntry{3, 2, CriteriaScores{9, 8, 7, 6, 5}}, RankingEntry{4, 0, {}}}},
      ev::RoomAttached{901, "Zorg", true},
      ev::FeedbackSet{901, "Dank"},
      ev::DecisionsReleased{{released, released}},
      ev::NewsDelivered{901, 17},
      ev::ProgrammeRoomGone{902},
      ev::NewsReceived{
          ProgrammeNews{900, 17, "Traject", "Zorg", true, "De client", {released}, "Dank"}},
      ev::DilemmaImported{imported},
  };
}

TEST(BusCodec, EveryAlternativeRoundTrips) {
  const std::vector<ev::Body> bodies = every_body();
  ASSERT_EQ(bodies.size(), std::variant_size_v<ev::Body>);
  Seq seq = 0;
  for (const ev::Body& body : bodies) {
    ++seq;
    const Event event{seq, 1'700'000'000'000 + static_cast<TimeMs>(seq),
                      "key-" + std::to_string(seq), body};
    const auto decoded = decode_stored_event(seq, encode_stored_event(event));
    ASSERT_TRUE(decoded.has_value()) << "alternative " << body.index();
    EXPECT_EQ(*decoded, event) << "alternative " << body.index();
  }
}

// Every value of every enum an event carries, stored and read back. The values
// are the integers the shared mapping knows (enums/proto_enums.hpp), so an enum
// that grows is covered without touching this test.
template <typename Core, typename Each>
void for_every_value(Each each) {
  for (int i = 0; static_cast<int>(enums::to_proto(static_cast<Core>(i))) != 0; ++i) {
    each(static_cast<Core>(i));
  }
}

template <typename Alternative>
Alternative sample_of(const std::vector<ev::Body>& bodies) {
  for (const ev::Body& body : bodies) {
    if (const auto* found = std::get_if<Alternative>(&body)) return *found;
  }
  ADD_FAILURE() << "every_body() has no sample of an alternative";
  return {};
}

bool round_trips(const ev::Body& body) {
  const Event event{1, 1'700'000'000'000, "key", body};
  const auto decoded = decode_stored_event(1, encode_stored_event(event));
  return decoded.has_value() && *decoded == event;
}

TEST(BusCodec, EveryEnumValueRoundTrips) {
  const std::vector<ev::Body> bodies = every_body();
  int checked = 0;
  for_every_value<Role>([&](Role role) {
    EXPECT_TRUE(round_trips(ev::MemberJoined{{3, role, "Ann"}, raw_hash('c')}));
    ++checked;
  });
  auto board = sample_of<ev::BoardAdded>(bodies).board;
  for_every_value<BoardKind>([&](BoardKind kind) {
    for_every_value<WritingMode>([&](WritingMode mode) {
      board.kind = kind;
      board.writing_mode = mode;
      EXPECT_TRUE(round_trips(ev::BoardAdded{board}));
      ++checked;
    });
  });
  auto vote = sample_of<ev::VoteOpened>(bodies).vote;
  for_every_value<VoteAudience>([&](VoteAudience audience) {
    for_every_value<BallotMode>([&](BallotMode mode) {
      for_every_value<VoteStatus>([&](VoteStatus status) {
        vote.audience = audience;
        vote.mode = mode;
        vote.status = status;
        EXPECT_TRUE(round_trips(ev::VoteOpened{vote}));
        ++checked;
      });
    });
  });
  for_every_value<DilemmaOutcome>([&](DilemmaOutcome outcome) {
    EXPECT_TRUE(round_trips(ev::OutcomeRecorded{4, outcome, 3}));
    ++checked;
  });
  for_every_value<ProposalStatus>([&](ProposalStatus status) {
    EXPECT_TRUE(round_trips(ev::ProposalSubmitted{Proposal{2, "Glas", "", {"a"}, status}}));
    ++checked;
  });
  for_every_value<BundleItemKind>([&](BundleItemKind kind) {
    EXPECT_TRUE(round_trips(ev::BundleCreated{
        Bundle{1, "Bestuur", BallotMode::secret, {{4, kind, 5, 0, "", {}}}}, {}}));
    ++checked;
  });
  for_every_value<ActionTerm>([&](ActionTerm term) {
    auto action = sample_of<ev::ActionSaved>(bodies).action;
    action.term = term;
    EXPECT_TRUE(round_trips(ev::ActionSaved{action}));
    ++checked;
  });
  // FocusKind's `none` sits on 0, so its values run up to the last one.
  for (int i = 0; i <= static_cast<int>(FocusKind::conclusion); ++i) {
    EXPECT_TRUE(round_trips(ev::FocusSet{Focus{static_cast<FocusKind>(i), 1, 2, 3, 4}, true}));
    ++checked;
  }
  // 4 roles, 3 x 2 boards, 2 x 2 x 3 votes, 3 outcomes, 3 statuses, 2 kinds, 2 terms,
  // 10 focus kinds.
  EXPECT_EQ(checked, 4 + 6 + 12 + 3 + 3 + 2 + 2 + 10);
}

TEST(BusCodec, SeqComesFromTheStoreNotTheBytes) {
  const Event event{99, 1, "", ev::NoteRemoved{1}};
  const auto decoded = decode_stored_event(4, encode_stored_event(event));
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->seq, 4u);
}

TEST(BusCodec, OpenCardsBallotKeepsItsVoter) {
  const Event event{1, 1, "k", ev::BallotCast{5, 2, 3, {}}};
  EXPECT_EQ(decode_stored_event(1, encode_stored_event(event)), event);
}

// Older versions stored a secret ballot's voter beside its ballot hash, and a
// score under its member id: read back, the voter is dropped and the score
// gets a stand-in key, so neither link survives into memory.
TEST(BusCodec, RecordsOfEarlierVersionsLoseTheirMemberLink) {
  kring::bus::v1::StoredEvent ballot;
  ballot.mutable_ballot_cast()->set_vote_id(5);
  ballot.mutable_ballot_cast()->set_option_id(2);
  ballot.mutable_ballot_cast()->set_voter(3);
  ballot.mutable_ballot_cast()->set_ballot_tag(raw_hash('e'));
  const auto read_ballot = decode_stored_event(1, ballot.SerializeAsString());
  ASSERT_TRUE(read_ballot.has_value());
  EXPECT_EQ(std::get<ev::BallotCast>(read_ballot->body), (ev::BallotCast{5, 2, 0, raw_hash('e')}));

  kring::bus::v1::StoredEvent score;
  score.mutable_action_scored()->set_action_id(4);
  score.mutable_action_scored()->set_legacy_member_id(9);
  score.mutable_action_scored()->mutable_scores()->set_likelihood(5);
  const auto read_score = decode_stored_event(1, score.SerializeAsString());
  ASSERT_TRUE(read_score.has_value());
  const auto& scored = std::get<ev::ActionScored>(read_score->body);
  EXPECT_FALSE(scored.scorer_tag.empty());
  EXPECT_EQ(scored.scores.likelihood, 5u);
}

TEST(BusCodec, RejectsGarbageAndEmptyBody) {
  EXPECT_FALSE(decode_stored_event(1, std::string("\xff\xff\xff", 3)).has_value());
  EXPECT_FALSE(decode_stored_event(1, "").has_value());  // no body set
}

}  // namespace
}  // namespace bus_codec_test
}  // namespace kring::log::redis
