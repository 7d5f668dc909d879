// Events as the room log stores them: the complete truth, including what some
// audiences may not see (hidden note text, ballots, secret hashes). They never
// leave the server as they are: view_event() projects them per audience.
// apply() must be deterministic: every value (ids, shuffle order, timestamps)
// is decided once and carried in the event. Each event's schema_of() lists its
// fields as stored (core/schema.hpp).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/ids.hpp"
#include "core/model.hpp"
#include "core/schema.hpp"

namespace kring::core::ev {

struct RoomCreated {
  std::string title;
  SecretHash facilitator_hash;
  std::string participant_code;
  std::string board_code;
  SecretHash projector_hash;
  std::string time_zone;
  RoomKind kind = RoomKind::workshop;
  friend bool operator==(const RoomCreated&, const RoomCreated&) = default;
};
constexpr auto schema_of(const RoomCreated*) {
  return schema("RoomCreated", row(1, &RoomCreated::title), row(2, &RoomCreated::facilitator_hash),
                row(3, &RoomCreated::participant_code), row(4, &RoomCreated::board_code),
                row(5, &RoomCreated::projector_hash), row(6, &RoomCreated::time_zone),
                row(7, &RoomCreated::kind));
}
struct MemberJoined {
  Member member;
  SecretHash member_hash;
  friend bool operator==(const MemberJoined&, const MemberJoined&) = default;
};
constexpr auto schema_of(const MemberJoined*) {
  return schema("MemberJoined", row(1, &MemberJoined::member), row(2, &MemberJoined::member_hash));
}
struct AgendaSet {
  std::vector<Phase> phases;
  Timer timer;
  friend bool operator==(const AgendaSet&, const AgendaSet&) = default;
};
constexpr auto schema_of(const AgendaSet*) {
  return schema("AgendaSet", row(1, &AgendaSet::phases), row(2, &AgendaSet::timer));
}
struct TimerChanged {
  Timer timer;
  friend bool operator==(const TimerChanged&, const TimerChanged&) = default;
};
constexpr auto schema_of(const TimerChanged*) {
  return schema("TimerChanged", row(1, &TimerChanged::timer));
}
struct BoardAdded {
  Board board;
  friend bool operator==(const BoardAdded&, const BoardAdded&) = default;
};
constexpr auto schema_of(const BoardAdded*) {
  return schema("BoardAdded", row(1, &BoardAdded::board));
}
struct WritingChanged {
  BoardId board_id = 0;
  bool open = false;
  friend bool operator==(const WritingChanged&, const WritingChanged&) = default;
};
constexpr auto schema_of(const WritingChanged*) {
  return schema("WritingChanged", row(1, &WritingChanged::board_id), row(2, &WritingChanged::open));
}
// order: every hidden note of the board, shuffled at decide time.
struct BoardRevealed {
  BoardId board_id = 0;
  std::vector<NoteId> order;
  friend bool operator==(const BoardRevealed&, const BoardRevealed&) = default;
};
constexpr auto schema_of(const BoardRevealed*) {
  return schema("BoardRevealed", row(1, &BoardRevealed::board_id), row(2, &BoardRevealed::order));
}
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
constexpr auto schema_of(const NoteAdded*) {
  return schema("NoteAdded", row(1, &NoteAdded::note), row(2, &NoteAdded::secret_hash),
                row(3, &NoteAdded::hidden), row(4, &NoteAdded::writer_tag));
}
struct NoteEdited {
  NoteId note_id = 0;
  std::string text;
  friend bool operator==(const NoteEdited&, const NoteEdited&) = default;
};
constexpr auto schema_of(const NoteEdited*) {
  return schema("NoteEdited", row(1, &NoteEdited::note_id), row(2, &NoteEdited::text));
}
struct NoteRemoved {
  NoteId note_id = 0;
  friend bool operator==(const NoteRemoved&, const NoteRemoved&) = default;
};
constexpr auto schema_of(const NoteRemoved*) {
  return schema("NoteRemoved", row(1, &NoteRemoved::note_id));
}
struct NoteMoved {
  NoteId note_id = 0;
  ZoneId zone_id = 0;
  friend bool operator==(const NoteMoved&, const NoteMoved&) = default;
};
constexpr auto schema_of(const NoteMoved*) {
  return schema("NoteMoved", row(1, &NoteMoved::note_id), row(2, &NoteMoved::zone_id));
}
struct NotesMerged {
  NoteId into_note_id = 0;
  NoteId note_id = 0;
  friend bool operator==(const NotesMerged&, const NotesMerged&) = default;
};
constexpr auto schema_of(const NotesMerged*) {
  return schema("NotesMerged", row(1, &NotesMerged::into_note_id), row(2, &NotesMerged::note_id));
}
struct VoteOpened {
  Vote vote;
  friend bool operator==(const VoteOpened&, const VoteOpened&) = default;
};
constexpr auto schema_of(const VoteOpened*) {
  return schema("VoteOpened", row(1, &VoteOpened::vote));
}
// Open cards: voter is set, ballot_tag empty (the cards name the voters at the
// reveal). Secret ballot: voter is 0 and the choice is filed under the voter's
// ballot_tag() for this vote, so no event names who chose what.
// Under auto-reveal, revealed_vote_ids lists what this ballot completed and
// revealed in the same step: its vote, or every unrevealed vote of its bundle.
struct BallotCast {
  VoteId vote_id = 0;
  OptionId option_id = 0;
  MemberId voter = 0;
  SecretHash ballot_tag;
  std::vector<VoteId> revealed_vote_ids = {};
  friend bool operator==(const BallotCast&, const BallotCast&) = default;
};
constexpr auto schema_of(const BallotCast*) {
  return schema("BallotCast", row(1, &BallotCast::vote_id), row(2, &BallotCast::option_id),
                row(3, &BallotCast::voter), row(4, &BallotCast::ballot_tag),
                row(5, &BallotCast::revealed_vote_ids));
}
struct VoteClosed {
  VoteId vote_id = 0;
  friend bool operator==(const VoteClosed&, const VoteClosed&) = default;
};
constexpr auto schema_of(const VoteClosed*) {
  return schema("VoteClosed", row(1, &VoteClosed::vote_id));
}
struct VoteRevealed {
  VoteId vote_id = 0;
  friend bool operator==(const VoteRevealed&, const VoteRevealed&) = default;
};
constexpr auto schema_of(const VoteRevealed*) {
  return schema("VoteRevealed", row(1, &VoteRevealed::vote_id));
}

struct StrategySet {
  std::string text;
  friend bool operator==(const StrategySet&, const StrategySet&) = default;
};
constexpr auto schema_of(const StrategySet*) {
  return schema("StrategySet", row(1, &StrategySet::text));
}
// board: the dilemma's note board, added with it.
struct DilemmaAdded {
  Dilemma dilemma;
  Board board;
  friend bool operator==(const DilemmaAdded&, const DilemmaAdded&) = default;
};
constexpr auto schema_of(const DilemmaAdded*) {
  return schema("DilemmaAdded", row(1, &DilemmaAdded::dilemma), row(2, &DilemmaAdded::board));
}
// The dilemma's new title, context, scenarios and mark; other fields unchanged.
struct DilemmaEdited {
  Dilemma dilemma;
  friend bool operator==(const DilemmaEdited&, const DilemmaEdited&) = default;
};
constexpr auto schema_of(const DilemmaEdited*) {
  return schema("DilemmaEdited", row(1, &DilemmaEdited::dilemma));
}
struct OutcomeRecorded {
  DilemmaId dilemma_id = 0;
  DilemmaOutcome outcome = DilemmaOutcome::open;
  std::uint32_t chosen_scenario = 0;
  friend bool operator==(const OutcomeRecorded&, const OutcomeRecorded&) = default;
};
constexpr auto schema_of(const OutcomeRecorded*) {
  return schema("OutcomeRecorded", row(1, &OutcomeRecorded::dilemma_id),
                row(2, &OutcomeRecorded::outcome), row(3, &OutcomeRecorded::chosen_scenario));
}
struct StrategyMarksShown {
  friend bool operator==(const StrategyMarksShown&, const StrategyMarksShown&) = default;
};
constexpr auto schema_of(const StrategyMarksShown*) {
  return schema<StrategyMarksShown>("StrategyMarksShown");
}
struct ProposalSubmitted {
  Proposal proposal;
  friend bool operator==(const ProposalSubmitted&, const ProposalSubmitted&) = default;
};
constexpr auto schema_of(const ProposalSubmitted*) {
  return schema("ProposalSubmitted", row(1, &ProposalSubmitted::proposal));
}
struct ProposalDismissed {
  ProposalId proposal_id = 0;
  friend bool operator==(const ProposalDismissed&, const ProposalDismissed&) = default;
};
constexpr auto schema_of(const ProposalDismissed*) {
  return schema("ProposalDismissed", row(1, &ProposalDismissed::proposal_id));
}

// The bundle and its board votes (one per item, in item order), opened at once.
struct BundleCreated {
  Bundle bundle;
  std::vector<Vote> votes;
  friend bool operator==(const BundleCreated&, const BundleCreated&) = default;
};
constexpr auto schema_of(const BundleCreated*) {
  return schema("BundleCreated", row(1, &BundleCreated::bundle), row(2, &BundleCreated::votes));
}
// vote_ids: the bundle's votes not revealed before, revealed now together.
struct BundleRevealed {
  BundleId bundle_id = 0;
  std::vector<VoteId> vote_ids;
  friend bool operator==(const BundleRevealed&, const BundleRevealed&) = default;
};
constexpr auto schema_of(const BundleRevealed*) {
  return schema("BundleRevealed", row(1, &BundleRevealed::bundle_id),
                row(2, &BundleRevealed::vote_ids));
}
struct DecisionRecorded {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
  OptionId decision = 0;
  std::string reason;
  friend bool operator==(const DecisionRecorded&, const DecisionRecorded&) = default;
};
constexpr auto schema_of(const DecisionRecorded*) {
  return schema("DecisionRecorded", row(1, &DecisionRecorded::bundle_id),
                row(2, &DecisionRecorded::dilemma_id), row(3, &DecisionRecorded::decision),
                row(4, &DecisionRecorded::reason));
}
// The item's new board vote (id = votes + 1, open); the item's current vote
// becomes its last earlier one.
struct BundleRoundOpened {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
  Vote vote;
  friend bool operator==(const BundleRoundOpened&, const BundleRoundOpened&) = default;
};
constexpr auto schema_of(const BundleRoundOpened*) {
  return schema("BundleRoundOpened", row(1, &BundleRoundOpened::bundle_id),
                row(2, &BundleRoundOpened::dilemma_id), row(3, &BundleRoundOpened::vote));
}

// Created (id = actions + 1) or replaced.
struct ActionSaved {
  Action action;
  friend bool operator==(const ActionSaved&, const ActionSaved&) = default;
};
constexpr auto schema_of(const ActionSaved*) {
  return schema("ActionSaved", row(1, &ActionSaved::action));
}
struct ActionRemoved {
  ActionId action_id = 0;
  friend bool operator==(const ActionRemoved&, const ActionRemoved&) = default;
};
constexpr auto schema_of(const ActionRemoved*) {
  return schema("ActionRemoved", row(1, &ActionRemoved::action_id));
}
// Filed under the scorer's ballot_tag() for this action, never under the
// member, so a later score replaces it; views show a count.
struct ActionScored {
  ActionId action_id = 0;
  SecretHash scorer_tag;
  CriteriaScores scores;
  friend bool operator==(const ActionScored&, const ActionScored&) = default;
};
constexpr auto schema_of(const ActionScored*) {
  return schema("ActionScored", row(1, &ActionScored::action_id), row(4, &ActionScored::scorer_tag),
                row(3, &ActionScored::scores));
}
struct MinGroupSizeSet {
  std::uint32_t size = 0;
  friend bool operator==(const MinGroupSizeSet&, const MinGroupSizeSet&) = default;
};
constexpr auto schema_of(const MinGroupSizeSet*) {
  return schema("MinGroupSizeSet", row(1, &MinGroupSizeSet::size));
}
// While on, a ballot that completes its vote also reveals it (ev::BallotCast).
struct AutoRevealSet {
  bool on = false;
  friend bool operator==(const AutoRevealSet&, const AutoRevealSet&) = default;
};
constexpr auto schema_of(const AutoRevealSet*) {
  return schema("AutoRevealSet", row(1, &AutoRevealSet::on));
}
// The room's new focus; with writing_opened the focused board (or the focused
// dilemma's note board) opened for writing in the same step.
struct FocusSet {
  Focus focus;
  bool writing_opened = false;
  friend bool operator==(const FocusSet&, const FocusSet&) = default;
};
constexpr auto schema_of(const FocusSet*) {
  return schema("FocusSet", row(1, &FocusSet::focus), row(2, &FocusSet::writing_opened));
}
// The activity left every phase and, unless phase_number is 0, joined the end
// of that phase (1-based).
struct ActivityPlaced {
  Focus activity;
  std::uint32_t phase_number = 0;
  friend bool operator==(const ActivityPlaced&, const ActivityPlaced&) = default;
};
constexpr auto schema_of(const ActivityPlaced*) {
  return schema("ActivityPlaced", row(1, &ActivityPlaced::activity),
                row(2, &ActivityPlaced::phase_number));
}
// The projector token was replaced: only its hash is kept, and the old one no
// longer lets a projector in. Sealed for every device.
struct ProjectorTokenReissued {
  SecretHash projector_hash;
  friend bool operator==(const ProjectorTokenReissued&, const ProjectorTokenReissued&) = default;
};
constexpr auto schema_of(const ProjectorTokenReissued*) {
  return schema("ProjectorTokenReissued", row(1, &ProjectorTokenReissued::projector_hash));
}
// Every live action, best first.
struct RankingRevealed {
  std::vector<RankingEntry> entries;
  friend bool operator==(const RankingRevealed&, const RankingRevealed&) = default;
};
constexpr auto schema_of(const RankingRevealed*) {
  return schema("RankingRevealed", row(1, &RankingRevealed::entries));
}

// A programme: a room joined it (the node checked the room's facilitator
// secret before; only the id is kept).
struct RoomAttached {
  RoomId room_id = 0;
  std::string job_family;
  bool board_meeting = false;
  friend bool operator==(const RoomAttached&, const RoomAttached&) = default;
};
constexpr auto schema_of(const RoomAttached*) {
  return schema("RoomAttached", row(1, &RoomAttached::room_id), row(2, &RoomAttached::job_family),
                row(3, &RoomAttached::board_meeting));
}
// A programme: the lead's feedback text for one job family (empty clears it).
struct FeedbackSet {
  RoomId room_id = 0;
  std::string text;
  friend bool operator==(const FeedbackSet&, const FeedbackSet&) = default;
};
constexpr auto schema_of(const FeedbackSet*) {
  return schema("FeedbackSet", row(1, &FeedbackSet::room_id), row(2, &FeedbackSet::text));
}
// A programme: board decisions released to their workshops; each replaces an
// earlier release on the same (room, dilemma).
struct DecisionsReleased {
  std::vector<ReleasedDecision> decisions;
  friend bool operator==(const DecisionsReleased&, const DecisionsReleased&) = default;
};
constexpr auto schema_of(const DecisionsReleased*) {
  return schema("DecisionsReleased", row(1, &DecisionsReleased::decisions));
}
// A programme: room `room_id` acknowledged its package of `version`.
struct NewsDelivered {
  RoomId room_id = 0;
  Seq version = 0;
  friend bool operator==(const NewsDelivered&, const NewsDelivered&) = default;
};
constexpr auto schema_of(const NewsDelivered*) {
  return schema("NewsDelivered", row(1, &NewsDelivered::room_id), row(2, &NewsDelivered::version));
}
// A programme: room `room_id` was deleted; nothing more goes to it.
struct ProgrammeRoomGone {
  RoomId room_id = 0;
  friend bool operator==(const ProgrammeRoomGone&, const ProgrammeRoomGone&) = default;
};
constexpr auto schema_of(const ProgrammeRoomGone*) {
  return schema("ProgrammeRoomGone", row(1, &ProgrammeRoomGone::room_id));
}
// A workshop or board meeting: its programme's newest package.
struct NewsReceived {
  ProgrammeNews news;
  friend bool operator==(const NewsReceived&, const NewsReceived&) = default;
};
constexpr auto schema_of(const NewsReceived*) {
  return schema("NewsReceived", row(1, &NewsReceived::news));
}
// A board meeting: a dilemma copied from a workshop of its programme (its
// `source` set, no note board, no poll here).
struct DilemmaImported {
  Dilemma dilemma;
  friend bool operator==(const DilemmaImported&, const DilemmaImported&) = default;
};
constexpr auto schema_of(const DilemmaImported*) {
  return schema("DilemmaImported", row(1, &DilemmaImported::dilemma));
}

using Body =
    std::variant<RoomCreated, MemberJoined, AgendaSet, TimerChanged, BoardAdded, WritingChanged,
                 BoardRevealed, NoteAdded, NoteEdited, NoteRemoved, NoteMoved, NotesMerged,
                 VoteOpened, BallotCast, VoteClosed, VoteRevealed, StrategySet, DilemmaAdded,
                 DilemmaEdited, OutcomeRecorded, StrategyMarksShown, ProposalSubmitted,
                 ProposalDismissed, BundleCreated, BundleRevealed, DecisionRecorded, ActionSaved,
                 ActionRemoved, ActionScored, RankingRevealed, MinGroupSizeSet, FocusSet,
                 ActivityPlaced, ProjectorTokenReissued, AutoRevealSet, BundleRoundOpened,
                 RoomAttached, FeedbackSet, DecisionsReleased, NewsDelivered, ProgrammeRoomGone,
                 NewsReceived, DilemmaImported>;

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
