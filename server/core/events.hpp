// Events as the room log stores them: the complete truth, including what some
// audiences may not see (hidden note text, ballots, secret hashes). They never
// leave the server as they are: view_event() projects them per audience.
// apply() must be deterministic: every value (ids, shuffle order, timestamps)
// is decided once and carried in the event.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::core::ev {

struct RoomCreated {
  std::string title;
  SecretHash facilitator_hash;
  std::string participant_code;
  std::string board_code;
  SecretHash projector_hash;
  friend bool operator==(const RoomCreated&, const RoomCreated&) = default;
};
struct MemberJoined {
  Member member;
  SecretHash member_hash;
  friend bool operator==(const MemberJoined&, const MemberJoined&) = default;
};
struct AgendaSet {
  std::vector<Phase> phases;
  Timer timer;
  friend bool operator==(const AgendaSet&, const AgendaSet&) = default;
};
struct TimerChanged {
  Timer timer;
  friend bool operator==(const TimerChanged&, const TimerChanged&) = default;
};
struct BoardAdded {
  Board board;
  friend bool operator==(const BoardAdded&, const BoardAdded&) = default;
};
struct WritingChanged {
  BoardId board_id = 0;
  bool open = false;
  friend bool operator==(const WritingChanged&, const WritingChanged&) = default;
};
// order: every hidden note of the board, shuffled at decide time.
struct BoardRevealed {
  BoardId board_id = 0;
  std::vector<NoteId> order;
  friend bool operator==(const BoardRevealed&, const BoardRevealed&) = default;
};
// hidden: written on an unrevealed private-first board.
// writer_tag: on a writer's first hidden note on the board only, the writer's
// ballot_tag() for the board, so the room can count different writers. Later
// notes carry none, so no two notes are linked to one writer.
struct NoteAdded {
  Note note;
  SecretHash secret_hash;
  bool hidden = false;
  SecretHash writer_tag;
  friend bool operator==(const NoteAdded&, const NoteAdded&) = default;
};
struct NoteEdited {
  NoteId note_id = 0;
  std::string text;
  friend bool operator==(const NoteEdited&, const NoteEdited&) = default;
};
struct NoteRemoved {
  NoteId note_id = 0;
  friend bool operator==(const NoteRemoved&, const NoteRemoved&) = default;
};
struct NoteMoved {
  NoteId note_id = 0;
  ZoneId zone_id = 0;
  friend bool operator==(const NoteMoved&, const NoteMoved&) = default;
};
struct NotesMerged {
  NoteId into_note_id = 0;
  NoteId note_id = 0;
  friend bool operator==(const NotesMerged&, const NotesMerged&) = default;
};
struct VoteOpened {
  Vote vote;
  friend bool operator==(const VoteOpened&, const VoteOpened&) = default;
};
// Open cards: voter is set, ballot_tag empty (the cards name the voters at the
// reveal). Secret ballot: voter is 0 and the choice is filed under the voter's
// ballot_tag() for this vote, so no event names who chose what.
struct BallotCast {
  VoteId vote_id = 0;
  OptionId option_id = 0;
  MemberId voter = 0;
  SecretHash ballot_tag;
  friend bool operator==(const BallotCast&, const BallotCast&) = default;
};
struct VoteClosed {
  VoteId vote_id = 0;
  friend bool operator==(const VoteClosed&, const VoteClosed&) = default;
};
struct VoteRevealed {
  VoteId vote_id = 0;
  friend bool operator==(const VoteRevealed&, const VoteRevealed&) = default;
};

struct StrategySet {
  std::string text;
  friend bool operator==(const StrategySet&, const StrategySet&) = default;
};
// board: the dilemma's note board, added with it.
struct DilemmaAdded {
  Dilemma dilemma;
  Board board;
  friend bool operator==(const DilemmaAdded&, const DilemmaAdded&) = default;
};
// The dilemma's new title, context, scenarios and mark; other fields unchanged.
struct DilemmaEdited {
  Dilemma dilemma;
  friend bool operator==(const DilemmaEdited&, const DilemmaEdited&) = default;
};
struct OutcomeRecorded {
  DilemmaId dilemma_id = 0;
  DilemmaOutcome outcome = DilemmaOutcome::open;
  std::uint32_t chosen_scenario = 0;
  friend bool operator==(const OutcomeRecorded&, const OutcomeRecorded&) = default;
};
struct StrategyMarksShown {
  friend bool operator==(const StrategyMarksShown&, const StrategyMarksShown&) = default;
};
struct ProposalSubmitted {
  Proposal proposal;
  friend bool operator==(const ProposalSubmitted&, const ProposalSubmitted&) = default;
};
struct ProposalDismissed {
  ProposalId proposal_id = 0;
  friend bool operator==(const ProposalDismissed&, const ProposalDismissed&) = default;
};

// The bundle and its board votes (one per item, in item order), opened at once.
struct BundleCreated {
  Bundle bundle;
  std::vector<Vote> votes;
  friend bool operator==(const BundleCreated&, const BundleCreated&) = default;
};
// vote_ids: the bundle's votes not revealed before, revealed now together.
struct BundleRevealed {
  BundleId bundle_id = 0;
  std::vector<VoteId> vote_ids;
  friend bool operator==(const BundleRevealed&, const BundleRevealed&) = default;
};
struct DecisionRecorded {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
  OptionId decision = 0;
  friend bool operator==(const DecisionRecorded&, const DecisionRecorded&) = default;
};

// Created (id = actions + 1) or replaced.
struct ActionSaved {
  Action action;
  friend bool operator==(const ActionSaved&, const ActionSaved&) = default;
};
struct ActionRemoved {
  ActionId action_id = 0;
  friend bool operator==(const ActionRemoved&, const ActionRemoved&) = default;
};
// Filed under the scorer's ballot_tag() for this action, never under the
// member, so a later score replaces it; views show a count.
struct ActionScored {
  ActionId action_id = 0;
  SecretHash scorer_tag;
  CriteriaScores scores;
  friend bool operator==(const ActionScored&, const ActionScored&) = default;
};
struct MinGroupSizeSet {
  std::uint32_t size = 0;
  friend bool operator==(const MinGroupSizeSet&, const MinGroupSizeSet&) = default;
};
// Every live action, best first.
struct RankingRevealed {
  std::vector<RankingEntry> entries;
  friend bool operator==(const RankingRevealed&, const RankingRevealed&) = default;
};

using Body =
    std::variant<RoomCreated, MemberJoined, AgendaSet, TimerChanged, BoardAdded, WritingChanged,
                 BoardRevealed, NoteAdded, NoteEdited, NoteRemoved, NoteMoved, NotesMerged,
                 VoteOpened, BallotCast, VoteClosed, VoteRevealed, StrategySet, DilemmaAdded,
                 DilemmaEdited, OutcomeRecorded, StrategyMarksShown, ProposalSubmitted,
                 ProposalDismissed, BundleCreated, BundleRevealed, DecisionRecorded, ActionSaved,
                 ActionRemoved, ActionScored, RankingRevealed, MinGroupSizeSet>;

}  // namespace kring::core::ev

namespace kring::core {

struct Event {
  Seq seq = 0;  // assigned by the room log on append
  TimeMs at_ms = 0;
  std::string idempotency_key;  // of the command that caused it; empty for server-made
  ev::Body body;
  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace kring::core
