// Commands as the core receives them: already decoded, not yet trusted.
// decide() validates every field against limits.hpp and the actor's role.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::core::cmd {

// Made by the server when a room is created (never sent by a client).
struct CreateRoom {
  std::string title;
  SecretHash facilitator_hash;
  std::string participant_code;
  std::string board_code;
  SecretHash projector_hash;
  std::string time_zone;  // IANA name (check_time_zone); empty: default_time_zone
  RoomKind kind = RoomKind::workshop;
};

// Made by the server when a participant or board member joins for the first
// time (a rejoin with a known member secret needs no command).
struct JoinMember {
  Role role = Role::participant;
  std::string display_name;
  SecretHash member_hash;
};

struct SetAgenda {
  std::vector<Phase> phases;
};
struct StartTimer {};
struct PauseTimer {};
struct ExtendTimer {
  std::uint32_t seconds = 0;
};
struct NextPhase {};

struct AddBoard {
  std::string title;
  BoardKind kind = BoardKind::columns;
  WritingMode writing_mode = WritingMode::open;
  std::vector<std::string> column_labels;
  std::vector<std::string> row_labels;
  bool participants_may_move = false;
};
struct SetWriting {
  BoardId board_id = 0;
  bool open = false;
};
struct RevealBoard {
  BoardId board_id = 0;
  bool confirm_small_group = false;
};
struct MergeNotes {
  NoteId into_note_id = 0;
  NoteId note_id = 0;
};
struct RemoveNote {
  NoteId note_id = 0;
};
struct OpenVote {
  std::string title;
  VoteAudience audience = VoteAudience::participants;
  BallotMode mode = BallotMode::open_cards;
  std::vector<std::string> options;
  // A group poll on this dilemma's scenarios: options must be empty (the
  // scenarios become options 1..3) and the audience is participants.
  DilemmaId dilemma_id = 0;
};
// Facilitator: the method's data.
struct SetMinGroupSize {
  std::uint32_t size = 0;
};
struct SetAutoReveal {
  bool on = false;
};
struct SetStrategy {
  std::string text;  // may be empty (clears it)
};
struct AddDilemma {
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;   // exactly 3
  std::uint32_t strategy_scenario = 0;  // 0 or 1..3
  ProposalId proposal_id = 0;           // the intake proposal it adopts, or 0
};
// Replaces title, context, scenarios and mark; only before its first poll.
struct EditDilemma {
  DilemmaId dilemma_id = 0;
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;
  std::uint32_t strategy_scenario = 0;
};
struct RecordOutcome {
  DilemmaId dilemma_id = 0;
  DilemmaOutcome outcome = DilemmaOutcome::open;
  std::uint32_t chosen_scenario = 0;  // 1..3 with consensus, else 0
};
struct ShowStrategyMarks {};
struct DismissProposal {
  ProposalId proposal_id = 0;
};
// Opens one board vote per dilemma (each must have an outcome): approval for a
// consensus, a choice between the scenarios without one.
struct CreateBundle {
  std::string title;
  BallotMode mode = BallotMode::open_cards;
  std::vector<DilemmaId> dilemma_ids;
};
// Reveals every not yet revealed vote of the bundle at once.
struct RevealBundle {
  BundleId bundle_id = 0;
};
struct RecordDecision {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
  OptionId decision = 0;  // see BundleItem::decision; 0 clears it (and the reason)
  std::string reason;     // optional, bounded
};
// Another round of an item's board vote: its vote is revealed and not decided
// (a tie the board wants to vote on again rather than leave to the chair).
struct OpenBundleRound {
  BundleId bundle_id = 0;
  DilemmaId dilemma_id = 0;
};
// Creates an action (action_id 0, facilitator) or replaces an action's fields
// (facilitator or participant). An empty title takes the note's text.
struct SaveAction {
  ActionId action_id = 0;
  Action action;  // its id is ignored
};
struct RemoveAction {
  ActionId action_id = 0;
};
// Participants: their scores of an action; a later score replaces theirs.
struct ScoreAction {
  ActionId action_id = 0;
  CriteriaScores scores;
};
// Publishes the ranking of every live action from the scores given so far.
struct RevealRanking {};
// Participants: a dilemma for the workshop, sent in anonymously.
struct SubmitProposal {
  std::string title;
  std::string context;
  std::vector<std::string> scenarios;  // 0..3
};

struct CloseVote {
  VoteId vote_id = 0;
};
struct RevealVote {
  VoteId vote_id = 0;
};

// The secrets below arrive in clear from the author's device; decide() hashes
// them and only the hash reaches an event.
struct AddNote {
  BoardId board_id = 0;
  ZoneId zone_id = 0;
  std::string text;
  std::string note_secret;
};
struct EditNote {
  NoteId note_id = 0;
  std::string text;
  std::string note_secret;
};
struct DeleteNote {
  NoteId note_id = 0;
  std::string note_secret;
};
struct MoveNote {
  NoteId note_id = 0;
  ZoneId zone_id = 0;
  std::string note_secret;  // empty unless the author moves a hidden note
};
struct CastVote {
  VoteId vote_id = 0;
  OptionId option_id = 0;
};
struct SetFocus {
  Focus focus;
  bool open_writing = false;  // also open the focused board for writing
};
// A new projector token made by the facilitator's device (see ProjectorTokenReissued).
struct ReissueProjectorToken {
  std::string projector_token;
};
struct PlaceActivity {
  Focus activity;
  std::uint32_t phase_number = 0;  // 1-based; 0 = out of the agenda
};

// The programme lead: room `room_id` joins the programme. The client sends
// the room's facilitator secret; the node resolves and checks it and passes
// only the id.
struct AttachRoom {
  RoomId room_id = 0;
  std::string job_family;
  bool board_meeting = false;
};
// The programme lead: the feedback text for one job family (empty clears it).
struct SetFeedback {
  RoomId room_id = 0;
  std::string text;
};
// The programme lead: release board decisions to their workshops. The client
// names the board meeting's items (or all); the node copies what the board
// meeting decided on them into `decisions`.
struct ReleaseDecisions {
  std::vector<ReleasedDecision> decisions;
};
// Server-made in a programme: room `room_id` acknowledged its package of `version`.
struct ConfirmNews {
  RoomId room_id = 0;
  Seq version = 0;
};
// Server-made in a programme: room `room_id` no longer exists.
struct MarkRoomGone {
  RoomId room_id = 0;
};
// Server-made in a workshop or board meeting: its programme's package.
struct ReceiveNews {
  ProgrammeNews news;
};
// Server-made in a board meeting: a copy of a workshop's dilemma (the node
// built it from the workshop's state; `source` names where from).
struct ImportDilemma {
  Dilemma dilemma;
};

using Body =
    std::variant<CreateRoom, JoinMember, SetAgenda, StartTimer, PauseTimer, ExtendTimer, NextPhase,
                 AddBoard, SetWriting, RevealBoard, MergeNotes, RemoveNote, OpenVote, CloseVote,
                 RevealVote, AddNote, EditNote, DeleteNote, MoveNote, CastVote, SetStrategy,
                 AddDilemma, EditDilemma, RecordOutcome, ShowStrategyMarks, DismissProposal,
                 SubmitProposal, CreateBundle, RevealBundle, RecordDecision, OpenBundleRound,
                 SaveAction, RemoveAction, ScoreAction, RevealRanking, SetMinGroupSize, SetFocus,
                 PlaceActivity, ReissueProjectorToken, SetAutoReveal, AttachRoom, SetFeedback,
                 ReleaseDecisions, ConfirmNews, MarkRoomGone, ReceiveNews, ImportDilemma>;

}  // namespace kring::core::cmd

namespace kring::core {

struct Command {
  // Client-made; empty only for server-made commands (CreateRoom, JoinMember
  // and the programme's deliveries: ConfirmNews, MarkRoomGone, ReceiveNews,
  // ImportDilemma).
  std::string idempotency_key;
  cmd::Body body;
};

// Who issues a command. Facilitators and projectors have member 0.
// ballot_key: ballot_key() of the member's device secret, held by its live
// connection only (never stored); files its secret ballots and scores under
// tags nobody can trace back to the member. Empty for non-members.
struct Actor {
  Role role = Role::participant;
  MemberId member = 0;
  SecretHash ballot_key;
};

}  // namespace kring::core
