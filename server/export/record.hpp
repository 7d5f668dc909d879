// record: the decision record of one room, as neutral data every renderer
// (markdown, html, the spreadsheet's tables) reads. Built by build_record() from a RoomState; the
// only place that decides what of a room may leave it after the workshop.
//
// What it holds is what the facilitator may see once everything is over:
// visible notes only (a hidden note is never in it), no author of anything, no
// secret or hash, vote spreads only for revealed votes, and voter names only on
// revealed board votes with open cards (the board's public vote, as in the
// seeds). Group polls show the spread, never who chose what.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::record {

struct AgendaRow {
  std::string title;
  std::int64_t planned_seconds = 0;
  // Time used so far; nullopt for a phase not started yet.
  std::optional<std::int64_t> actual_seconds;
  bool in_progress = false;  // the current phase: actual is "so far"
};

struct SpreadRow {
  core::OptionId option_id = 0;
  std::string label;  // already in the record's language
  std::uint32_t count = 0;
};

// A revealed open card of a board vote: the member's display name (may be
// empty: a member who gave none) and the option they held up.
struct CardRow {
  std::string voter_name;
  std::string option_label;
};

struct PollRecord {
  core::VoteId vote_id = 0;
  std::string title;
  core::VoteAudience audience = core::VoteAudience::participants;
  core::BallotMode mode = core::BallotMode::open_cards;
  core::VoteStatus status = core::VoteStatus::open;
  core::DilemmaId dilemma_id = 0;
  std::uint32_t voters = 0;
  bool revealed = false;
  std::vector<SpreadRow> spread;  // revealed only
  std::vector<CardRow> cards;     // revealed board votes with open cards only
};

struct DilemmaRecord {
  core::DilemmaId id = 0;
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;
  std::uint32_t strategy_scenario = 0;  // 0: not marked
  core::DilemmaOutcome outcome = core::DilemmaOutcome::open;
  std::uint32_t chosen_scenario = 0;
  // With consensus on a marked dilemma: whether the choice follows the strategy.
  std::optional<bool> follows_strategy;
  std::optional<core::VoteId> poll;  // its latest group poll
};

struct BundleItemRecord {
  core::DilemmaId dilemma_id = 0;
  std::string dilemma_title;
  core::BundleItemKind kind = core::BundleItemKind::approval;
  core::VoteId vote_id = 0;                    // the last round's board vote
  std::vector<core::VoteId> earlier_vote_ids;  // earlier rounds, oldest first
  std::string decision;                        // in the record's language; empty: not decided
  std::string reason;                          // the board's reason, as the facilitator wrote it
};

struct BundleRecord {
  core::BundleId id = 0;
  std::string title;
  core::BallotMode mode = core::BallotMode::open_cards;
  std::vector<BundleItemRecord> items;
};

// Means with one decimal, as tenths (37 = 3.7), so renderers need no floats.
struct CriteriaMeans {
  std::uint32_t likelihood = 0;
  std::uint32_t visibility = 0;
  std::uint32_t fits_vision = 0;
  std::uint32_t reach = 0;  // 1..3 scale
  std::uint32_t concreteness = 0;
  std::uint32_t total = 0;  // 5..25 scale
};

struct ActionRecord {
  std::uint32_t rank = 0;  // 1 = best; unscored actions rank last, in id order
  core::ActionId id = 0;
  core::Action action;
  std::string circle;  // circle of influence zone, in the record's language
  std::uint32_t scorers = 0;
  std::optional<CriteriaMeans> means;  // nullopt when nobody scored it
};

struct NoteRow {
  std::string zone;
  std::string text;
};

struct BoardNotes {
  core::BoardId board_id = 0;
  std::string title;
  core::BoardKind kind = core::BoardKind::columns;
  std::vector<NoteRow> notes;  // visible notes, in display order
};

// What the programme's board meeting gave back to this workshop (a room of a
// programme): per dilemma of this room, the decision in words.
struct GivenBackRow {
  std::string dilemma_title;
  std::string decision;  // in the record's language, with the scenario's text
  std::string reason;
  bool follows_strategy = false;
};
struct GivenBack {
  std::string programme_title;
  std::string job_family;
  std::vector<GivenBackRow> decisions;
  std::string feedback;  // the programme lead's word for this job family
};

struct DecisionRecord {
  std::string title;
  core::TimeMs generated_at_ms = 0;
  // The same moment on the workshop's wall clock, and that zone's name.
  core::TimeMs generated_local_ms = 0;
  std::string time_zone = "UTC";
  std::string strategy;
  std::uint32_t participants = 0;
  std::uint32_t board_members = 0;
  std::vector<AgendaRow> agenda;
  std::vector<DilemmaRecord> dilemmas;
  std::vector<PollRecord> polls;
  std::vector<BundleRecord> bundles;
  std::vector<ActionRecord> actions;
  std::vector<BoardNotes> boards;
  // Set for a room of a programme, once the programme told it anything.
  std::optional<GivenBack> given_back;
};

}  // namespace kring::record
