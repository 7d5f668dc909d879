// What a device may see: the client-facing shapes of events and snapshots.
// Produced only by view_event() and view_snapshot() in view.hpp, the one place
// that decides visibility. Nothing in here carries a secret hash, a hidden
// note's text or a ballot before its reveal.
#pragma once

#include <cstdint>
#include <variant>
#include <vector>

#include "core/events.hpp"
#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::core::view {

// An event this audience may not see anything of. Still delivered so that the
// client's position advances without a gap.
struct Sealed {
  friend bool operator==(const Sealed&, const Sealed&) = default;
};

struct BoardView {
  Board board;
  std::uint32_t hidden_count = 0;
  std::uint32_t writer_count = 0;  // different writers of hidden notes
  friend bool operator==(const BoardView&, const BoardView&) = default;
};

struct VoteView {
  Vote vote;
  std::uint32_t voted_count = 0;
  std::uint32_t eligible_count = 0;
  friend bool operator==(const VoteView&, const VoteView&) = default;
};

// An action and how many participants scored it (never what they scored).
struct ActionView {
  Action action;
  std::uint32_t scorers = 0;
  friend bool operator==(const ActionView&, const ActionView&) = default;
};
struct ActionSaved {
  ActionView action;
  friend bool operator==(const ActionSaved&, const ActionSaved&) = default;
};
// What every device learns of a score, the scorer's included.
struct ActionScoreProgress {
  ActionId action_id = 0;
  std::uint32_t scorers = 0;
  friend bool operator==(const ActionScoreProgress&, const ActionScoreProgress&) = default;
};

struct MemberJoined {
  Member member;
  std::uint32_t participant_count = 0;
  std::uint32_t board_member_count = 0;
  friend bool operator==(const MemberJoined&, const MemberJoined&) = default;
};
struct BoardAdded {
  BoardView board;
  friend bool operator==(const BoardAdded&, const BoardAdded&) = default;
};
struct BoardRevealed {
  BoardId board_id = 0;
  std::vector<Note> notes;  // in the shuffled order decided at reveal
  friend bool operator==(const BoardRevealed&, const BoardRevealed&) = default;
};
struct NoteAdded {
  Note note;
  friend bool operator==(const NoteAdded&, const NoteAdded&) = default;
};
struct HiddenNoteCount {
  BoardId board_id = 0;
  std::uint32_t hidden_count = 0;
  std::uint32_t writer_count = 0;
  friend bool operator==(const HiddenNoteCount&, const HiddenNoteCount&) = default;
};
struct VoteOpened {
  VoteView vote;
  friend bool operator==(const VoteOpened&, const VoteOpened&) = default;
};
struct VoteProgress {
  VoteId vote_id = 0;
  std::uint32_t voted_count = 0;
  std::uint32_t eligible_count = 0;
  friend bool operator==(const VoteProgress&, const VoteProgress&) = default;
};
struct VoteRevealed {
  VoteResult result;
  friend bool operator==(const VoteRevealed&, const VoteRevealed&) = default;
};

// The dilemma as this audience may see it (mark and proposal masked) with its board.
struct DilemmaAdded {
  Dilemma dilemma;
  BoardView board;
  friend bool operator==(const DilemmaAdded&, const DilemmaAdded&) = default;
};
struct StrategyMark {
  DilemmaId dilemma_id = 0;
  std::uint32_t scenario = 0;
  friend bool operator==(const StrategyMark&, const StrategyMark&) = default;
};
// Which scenario of each dilemma follows the strategy, now shown to everybody.
struct StrategyMarksShown {
  std::vector<StrategyMark> marks;
  friend bool operator==(const StrategyMarksShown&, const StrategyMarksShown&) = default;
};

// Two visible notes became one: the first now holds `text`, the second is gone.
// The text is sent so that no client re-implements the merge rule.
struct NotesMerged {
  NoteId into_note_id = 0;
  NoteId note_id = 0;
  std::string text;
  friend bool operator==(const NotesMerged&, const NotesMerged&) = default;
};

// The projector token was replaced (the event's seq says when); facilitator only.
struct ProjectorLinkReplaced {
  friend bool operator==(const ProjectorLinkReplaced&, const ProjectorLinkReplaced&) = default;
};

struct BundleCreated {
  Bundle bundle;
  std::vector<VoteView> votes;
  friend bool operator==(const BundleCreated&, const BundleCreated&) = default;
};
// Every result revealed by the bundle reveal, at once.
struct BundleRevealed {
  BundleId bundle_id = 0;
  std::vector<VoteResult> results;
  friend bool operator==(const BundleRevealed&, const BundleRevealed&) = default;
};

// The item's new round: its vote as every role may see it.
struct BundleRoundOpened {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
  VoteView vote;
  friend bool operator==(const BundleRoundOpened&, const BundleRoundOpened&) = default;
};

using Body = std::variant<
    Sealed, MemberJoined, ev::AgendaSet, ev::TimerChanged, BoardAdded, ev::WritingChanged,
    BoardRevealed, NoteAdded, HiddenNoteCount, ev::NoteEdited, ev::NoteRemoved, ev::NoteMoved,
    NotesMerged, VoteOpened, VoteProgress, ev::VoteClosed, VoteRevealed, ev::StrategySet,
    DilemmaAdded, ev::DilemmaEdited, ev::OutcomeRecorded, StrategyMarksShown, ev::ProposalSubmitted,
    ev::ProposalDismissed, BundleCreated, BundleRevealed, ev::DecisionRecorded, ActionSaved,
    ev::ActionRemoved, ActionScoreProgress, ev::RankingRevealed, ev::MinGroupSizeSet, ev::FocusSet,
    ev::ActivityPlaced, ev::AutoRevealSet, ProjectorLinkReplaced, BundleRoundOpened,
    ev::RoomAttached, ev::FeedbackSet, ev::DecisionsReleased, ev::NewsDelivered,
    ev::ProgrammeRoomGone, ev::NewsReceived, ev::DilemmaImported>;

}  // namespace kring::core::view

namespace kring::core {

struct ClientEvent {
  Epoch epoch = 0;
  Seq seq = 0;
  TimeMs at_ms = 0;
  view::Body body;
  friend bool operator==(const ClientEvent&, const ClientEvent&) = default;
};

struct Snapshot {
  Epoch epoch = 0;
  Seq seq = 0;
  std::string title;
  std::vector<Phase> phases;
  Timer timer;
  std::vector<view::BoardView> boards;
  std::vector<Note> notes;  // visible notes only
  std::vector<view::VoteView> votes;
  std::vector<VoteResult> results;
  std::vector<Member> members;
  std::string participant_code;
  std::string board_code;  // facilitator only
  std::string strategy;
  std::vector<Dilemma> dilemmas;    // marks masked until shown (but for the facilitator)
  std::vector<Proposal> proposals;  // facilitator only
  bool strategy_marks_shown = false;
  std::vector<Bundle> bundles;
  std::vector<view::ActionView> actions;  // live ones
  std::vector<RankingEntry> ranking;      // as last revealed
  std::uint32_t min_group_size = 0;       // k, see SetMinGroupSize
  Focus focus;                            // the same for every role
  bool auto_reveal = false;
  Seq projector_link_seq = 0;  // facilitator only, see RoomState
  RoomKind kind = RoomKind::workshop;
  // A programme (its lead alone joins it): its rooms and released decisions.
  std::vector<ProgrammeRoom> programme_rooms;
  std::vector<ReleasedDecision> released;
  // A room of a programme: the newest package (programme_id 0: none).
  ProgrammeNews news;
  friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

}  // namespace kring::core
