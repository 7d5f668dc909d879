// The room's entities as plain values. Mirrors kring.v1 model.proto where the
// client may see them; fields that must never leave the server (secret hashes,
// ballots) live only here and are dropped by view().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/schema.hpp"

namespace kring::core {

enum class Role { facilitator, participant, board_member, projector };
enum class BoardKind { columns, circles, matrix };
enum class WritingMode { open, private_first };
enum class VoteAudience { participants, board };
enum class BallotMode { open_cards, secret };
enum class VoteStatus { open, closed, revealed };
// What the group concluded on a dilemma; `open` until the facilitator records it.
enum class DilemmaOutcome { open, consensus, no_consensus };
enum class ProposalStatus { open, adopted, dismissed };
// What the board is asked about a dilemma: approve the group's consensus, or
// choose between the scenarios where the group found none.
enum class BundleItemKind { approval, choice };
enum class ActionTerm { short_term, long_term };
// What a room's log holds: a workshop (a job family's, or a board meeting) or
// a programme that holds several workshops and one board meeting together
// (docs/architecture.md, "A programme").
enum class RoomKind { workshop, programme };
// What the room looks at now (see Focus); `none` until the facilitator sets one.
enum class FocusKind {
  none,
  welcome,
  strategy,
  board,
  dilemma,
  vote,
  bundle_item,
  bundle,
  ranking,
  conclusion
};

// Hash of a device-held secret (SHA-256). Only hashes are ever stored.
using SecretHash = std::string;

struct Zone {
  ZoneId id = 0;
  std::string label;
  std::uint32_t row = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Zone&, const Zone&) = default;
};
constexpr auto schema_of(const Zone*) {
  return schema("Zone", row(1, &Zone::id), row(2, &Zone::label), row(3, &Zone::row),
                row(4, &Zone::column));
}

struct Board {
  BoardId id = 0;
  std::string title;
  BoardKind kind = BoardKind::columns;
  WritingMode writing_mode = WritingMode::open;
  std::vector<Zone> zones;
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  bool writing_open = false;
  bool revealed = false;
  bool participants_may_move = false;
  friend bool operator==(const Board&, const Board&) = default;
};
constexpr auto schema_of(const Board*) {
  return schema("Board", row(1, &Board::id), row(2, &Board::title), row(3, &Board::kind),
                row(4, &Board::writing_mode), row(5, &Board::zones), row(6, &Board::row_labels),
                row(7, &Board::column_labels), row(8, &Board::writing_open),
                row(9, &Board::revealed), row(10, &Board::participants_may_move));
}

struct Note {
  NoteId id = 0;
  BoardId board_id = 0;
  ZoneId zone_id = 0;
  std::string text;
  std::vector<NoteId> merged_ids;
  friend bool operator==(const Note&, const Note&) = default;
};
constexpr auto schema_of(const Note*) {
  return schema("Note", row(1, &Note::id), row(2, &Note::board_id), row(3, &Note::zone_id),
                row(4, &Note::text), row(5, &Note::merged_ids));
}

// The room's focus: a pointer set by the facilitator, never content. Only the
// ids its kind names are set (board: board_id; dilemma: dilemma_id; vote:
// vote_id; bundle: bundle_id; bundle_item: bundle_id and dilemma_id).
struct Focus {
  FocusKind kind = FocusKind::none;
  BoardId board_id = 0;
  DilemmaId dilemma_id = 0;
  VoteId vote_id = 0;
  BundleId bundle_id = 0;
  friend bool operator==(const Focus&, const Focus&) = default;
};
constexpr auto schema_of(const Focus*) {
  return schema("Focus", row(1, &Focus::kind), row(2, &Focus::board_id), row(3, &Focus::dilemma_id),
                row(4, &Focus::vote_id), row(5, &Focus::bundle_id));
}

struct Phase {
  std::string title;
  std::uint32_t planned_seconds = 0;
  // What the room does in this phase, in order: each a focus the facilitator
  // can put on screen (a board, a dilemma, a vote, a bundle, the ranking, ...).
  std::vector<Focus> activities = {};
  friend bool operator==(const Phase&, const Phase&) = default;
};
constexpr auto schema_of(const Phase*) {
  return schema("Phase", row(1, &Phase::title), row(2, &Phase::planned_seconds),
                row(3, &Phase::activities));
}

// The agenda clock as data (see kring.v1.Timer).
struct Timer {
  std::uint32_t phase_index = 0;
  bool running = false;
  TimeMs started_at_ms = 0;
  TimeMs elapsed_ms = 0;
  std::uint32_t extended_seconds = 0;
  std::vector<TimeMs> actual_ms;
  friend bool operator==(const Timer&, const Timer&) = default;
};
constexpr auto schema_of(const Timer*) {
  return schema("Timer", row(1, &Timer::phase_index), row(2, &Timer::running),
                row(3, &Timer::started_at_ms), row(4, &Timer::elapsed_ms),
                row(5, &Timer::extended_seconds), row(6, &Timer::actual_ms));
}

struct VoteOption {
  OptionId id = 0;
  std::string label;
  friend bool operator==(const VoteOption&, const VoteOption&) = default;
};
constexpr auto schema_of(const VoteOption*) {
  return schema("VoteOption", row(1, &VoteOption::id), row(2, &VoteOption::label));
}

struct Vote {
  VoteId id = 0;
  std::string title;
  VoteAudience audience = VoteAudience::participants;
  BallotMode mode = BallotMode::open_cards;
  std::vector<VoteOption> options;
  VoteStatus status = VoteStatus::open;
  // A group poll on a dilemma's scenarios (options 1..3 = scenarios 1..3); 0 otherwise.
  DilemmaId dilemma_id = 0;
  friend bool operator==(const Vote&, const Vote&) = default;
};
constexpr auto schema_of(const Vote*) {
  return schema("Vote", row(1, &Vote::id), row(2, &Vote::title), row(3, &Vote::audience),
                row(4, &Vote::mode), row(5, &Vote::options), row(6, &Vote::status),
                row(7, &Vote::dilemma_id));
}

struct TallyEntry {
  OptionId option_id = 0;
  std::uint32_t count = 0;
  friend bool operator==(const TallyEntry&, const TallyEntry&) = default;
};

struct Card {
  std::string voter_name;
  OptionId option_id = 0;
  friend bool operator==(const Card&, const Card&) = default;
};

struct VoteResult {
  VoteId vote_id = 0;
  std::vector<TallyEntry> tally;
  std::vector<Card> cards;  // empty for secret ballots
  friend bool operator==(const VoteResult&, const VoteResult&) = default;
};

// The three scenarios of every dilemma (the seeds' method: the third usually
// follows the strategy, but the facilitator marks whichever does).
inline constexpr std::size_t scenarios_per_dilemma = 3;

// A dilemma of the small-choices method, worked through in the workshop.
// Where a board meeting's imported dilemma came from (cmd::ImportDilemma), and
// what its group showed there: the poll's counts only once that poll was
// revealed, never a ballot.
struct DilemmaSource {
  RoomId room_id = 0;  // the workshop; 0 = the room's own dilemma
  DilemmaId dilemma_id = 0;
  std::string job_family;
  std::vector<std::uint32_t> poll_counts;  // per scenario; empty: no revealed poll
  std::uint32_t poll_ballots = 0;
  friend bool operator==(const DilemmaSource&, const DilemmaSource&) = default;
};
constexpr auto schema_of(const DilemmaSource*) {
  return schema("DilemmaSource", row(1, &DilemmaSource::room_id),
                row(2, &DilemmaSource::dilemma_id), row(3, &DilemmaSource::job_family),
                row(4, &DilemmaSource::poll_counts), row(5, &DilemmaSource::poll_ballots));
}

struct Dilemma {
  DilemmaId id = 0;
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;  // exactly scenarios_per_dilemma
  // 1..3: the scenario that follows the strategy; 0 = not marked. Views show
  // it to the facilitator, and to everybody else once the marks are shown.
  std::uint32_t strategy_scenario = 0;
  // Its note board: scenarios as rows x the method's prompts as columns.
  BoardId board_id = 0;
  // The latest group poll on its scenarios; 0 = none yet.
  VoteId poll_id = 0;
  DilemmaOutcome outcome = DilemmaOutcome::open;
  std::uint32_t chosen_scenario = 0;  // 1..3 with consensus, else 0
  // The intake proposal it was made from (facilitator only); 0 = none.
  ProposalId proposal_id = 0;
  // Imported into a board meeting: where from. Its own dilemmas: all zero.
  DilemmaSource source = {};
  friend bool operator==(const Dilemma&, const Dilemma&) = default;
};
constexpr auto schema_of(const Dilemma*) {
  return schema("Dilemma", row(1, &Dilemma::id), row(2, &Dilemma::title), row(3, &Dilemma::context),
                row(4, &Dilemma::scenarios), row(5, &Dilemma::strategy_scenario),
                row(6, &Dilemma::board_id), row(7, &Dilemma::poll_id), row(8, &Dilemma::outcome),
                row(9, &Dilemma::chosen_scenario), row(10, &Dilemma::proposal_id),
                row(11, &Dilemma::source));
}

// A dilemma sent in anonymously through the intake, before the workshop. The
// facilitator curates it into a Dilemma or dismisses it.
struct Proposal {
  ProposalId id = 0;
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;  // 0..3 suggestions
  ProposalStatus status = ProposalStatus::open;
  friend bool operator==(const Proposal&, const Proposal&) = default;
};
constexpr auto schema_of(const Proposal*) {
  return schema("Proposal", row(1, &Proposal::id), row(2, &Proposal::title),
                row(3, &Proposal::context), row(4, &Proposal::scenarios),
                row(5, &Proposal::status));
}

// Option ids of an approval vote (labels are keys the clients translate).
inline constexpr OptionId approval_approve = 1;
inline constexpr OptionId approval_reject = 2;
inline constexpr OptionId approval_abstain = 3;

struct BundleItem {
  DilemmaId dilemma_id = 0;
  BundleItemKind kind = BundleItemKind::approval;
  VoteId vote_id = 0;  // the board vote on this item
  // What the board decided, as an option of the item's vote: approval
  // approve/reject, choice the scenario 1..3. 0 = not decided yet.
  OptionId decision = 0;
  std::string decision_reason;  // why, in the facilitator's words (may be empty)
  // The board votes of earlier rounds (OpenBundleRound), oldest first.
  std::vector<VoteId> earlier_vote_ids;
  friend bool operator==(const BundleItem&, const BundleItem&) = default;
};
constexpr auto schema_of(const BundleItem*) {
  return schema("BundleItem", row(1, &BundleItem::dilemma_id), row(2, &BundleItem::kind),
                row(3, &BundleItem::vote_id), row(4, &BundleItem::decision),
                row(5, &BundleItem::decision_reason), row(6, &BundleItem::earlier_vote_ids));
}

// Dilemmas bundled for one board session; every item is a board vote, all
// hidden until the facilitator reveals an item or the whole bundle.
struct Bundle {
  BundleId id = 0;
  std::string title;
  BallotMode mode = BallotMode::open_cards;
  std::vector<BundleItem> items;
  friend bool operator==(const Bundle&, const Bundle&) = default;
};
constexpr auto schema_of(const Bundle*) {
  return schema("Bundle", row(1, &Bundle::id), row(2, &Bundle::title), row(3, &Bundle::mode),
                row(4, &Bundle::items));
}

// A room of a programme as the programme keeps it: a job family's workshop or
// the board meeting, and where the delivery of its package stands.
struct ProgrammeRoom {
  RoomId room_id = 0;
  std::string job_family;  // the board meeting's: its name
  bool board_meeting = false;
  std::string feedback;  // the programme lead's text for this job family
  // The seq of the programme's last event that changed this room's package
  // (ProgrammeNews), and the newest version the room acknowledged.
  Seq news_version = 0;
  Seq delivered_version = 0;
  bool gone = false;  // deleted: nothing more is delivered to it
  friend bool operator==(const ProgrammeRoom&, const ProgrammeRoom&) = default;
};
constexpr auto schema_of(const ProgrammeRoom*) {
  return schema("ProgrammeRoom", row(1, &ProgrammeRoom::room_id),
                row(2, &ProgrammeRoom::job_family), row(3, &ProgrammeRoom::board_meeting),
                row(4, &ProgrammeRoom::feedback), row(5, &ProgrammeRoom::news_version),
                row(6, &ProgrammeRoom::delivered_version), row(7, &ProgrammeRoom::gone));
}

// The board's decision on one imported dilemma, as released to its workshop.
struct ReleasedDecision {
  RoomId room_id = 0;        // the workshop
  DilemmaId dilemma_id = 0;  // the dilemma's id in that workshop
  std::string title;
  BundleItemKind kind = BundleItemKind::approval;
  OptionId decision = 0;  // as BundleItem::decision
  std::string reason;
  // The scenario that holds after the decision (1..3): the group's consensus
  // approved, or the board's choice; 0 when the board rejected the consensus.
  std::uint32_t scenario = 0;
  bool follows_strategy = false;            // `scenario` is the strategy's scenario
  std::vector<std::uint32_t> board_counts;  // the board's revealed count per option
  friend bool operator==(const ReleasedDecision&, const ReleasedDecision&) = default;
};
constexpr auto schema_of(const ReleasedDecision*) {
  return schema("ReleasedDecision", row(1, &ReleasedDecision::room_id),
                row(2, &ReleasedDecision::dilemma_id), row(3, &ReleasedDecision::title),
                row(4, &ReleasedDecision::kind), row(5, &ReleasedDecision::decision),
                row(6, &ReleasedDecision::reason), row(7, &ReleasedDecision::scenario),
                row(8, &ReleasedDecision::follows_strategy),
                row(9, &ReleasedDecision::board_counts));
}

// Everything a programme tells one of its rooms, as one package: a newer
// version replaces the one a room holds, an older or equal one changes
// nothing (cmd::ReceiveNews).
struct ProgrammeNews {
  RoomId programme_id = 0;
  Seq version = 0;
  std::string programme_title;
  std::string job_family;
  bool board_meeting = false;
  std::string strategy;
  std::vector<ReleasedDecision> decisions;  // on this room's dilemmas
  std::string feedback;
  friend bool operator==(const ProgrammeNews&, const ProgrammeNews&) = default;
};
constexpr auto schema_of(const ProgrammeNews*) {
  return schema("ProgrammeNews", row(1, &ProgrammeNews::programme_id),
                row(2, &ProgrammeNews::version), row(3, &ProgrammeNews::programme_title),
                row(4, &ProgrammeNews::job_family), row(5, &ProgrammeNews::board_meeting),
                row(6, &ProgrammeNews::strategy), row(7, &ProgrammeNews::decisions),
                row(8, &ProgrammeNews::feedback));
}

// An action the group commits to, made from a note or typed in: the seeds'
// SMART fields, an owner (a role or a name the group chose, not an author), a
// term, pros and cons, and where it sits in the circle of influence.
struct Action {
  ActionId id = 0;
  NoteId note_id = 0;  // the note it came from; 0 = typed in
  std::string title;
  std::string goal;
  std::string target_group;
  std::string specific;
  std::string measurable;
  std::string acceptable;
  std::string realistic;
  std::string deadline;  // YYYY-MM-DD or empty
  std::string owner;
  ActionTerm term = ActionTerm::short_term;
  std::vector<std::string> pros;
  std::vector<std::string> cons;
  // Circle of influence: 0 unsorted, 1 changeable, 2 partly changeable, 3 unchangeable.
  ZoneId circle_zone = 0;
  friend bool operator==(const Action&, const Action&) = default;
};
constexpr auto schema_of(const Action*) {
  return schema("Action", row(1, &Action::id), row(2, &Action::note_id), row(3, &Action::title),
                row(4, &Action::goal), row(5, &Action::target_group), row(6, &Action::specific),
                row(7, &Action::measurable), row(8, &Action::acceptable),
                row(9, &Action::realistic), row(10, &Action::deadline), row(11, &Action::owner),
                row(12, &Action::term), row(13, &Action::pros), row(14, &Action::cons),
                row(15, &Action::circle_zone));
}

// One participant's scores of one action on the seeds' criteria: likelihood
// of the problem, visibility, fits vision and values, concrete (5) vs policy
// (1), each 1..5; reach small / medium / large as 1..3.
struct CriteriaScores {
  std::uint32_t likelihood = 0;
  std::uint32_t visibility = 0;
  std::uint32_t fits_vision = 0;
  std::uint32_t reach = 0;
  std::uint32_t concreteness = 0;
  friend bool operator==(const CriteriaScores&, const CriteriaScores&) = default;
};
constexpr auto schema_of(const CriteriaScores*) {
  return schema("CriteriaScores", row(1, &CriteriaScores::likelihood),
                row(2, &CriteriaScores::visibility), row(3, &CriteriaScores::fits_vision),
                row(4, &CriteriaScores::reach), row(5, &CriteriaScores::concreteness));
}

// An action's place in the revealed ranking: the sums of its scores over its
// scorers (averages are sum / scorers). Ranked by the mean of likelihood +
// visibility + fits_vision + (2 * reach - 1) + concreteness, each 1..5.
struct RankingEntry {
  ActionId action_id = 0;
  std::uint32_t scorers = 0;
  CriteriaScores sums;
  friend bool operator==(const RankingEntry&, const RankingEntry&) = default;
};
constexpr auto schema_of(const RankingEntry*) {
  return schema("RankingEntry", row(1, &RankingEntry::action_id), row(2, &RankingEntry::scorers),
                row(3, &RankingEntry::sums));
}

struct Member {
  MemberId id = 0;
  Role role = Role::participant;
  std::string display_name;
  friend bool operator==(const Member&, const Member&) = default;
};
constexpr auto schema_of(const Member*) {
  return schema("Member", row(1, &Member::id), row(2, &Member::role),
                row(3, &Member::display_name));
}

}  // namespace kring::core
