#include "support/commands.hpp"

#include <utility>

namespace kring::test::cmd {

kring::v1::RoomCommand add_columns_board(const std::string& title, kring::v1::WritingMode mode,
                                         const std::vector<std::string>& columns) {
  kring::v1::RoomCommand command;
  kring::v1::AddBoard* board = command.mutable_add_board();
  board->set_title(title);
  board->set_kind(kring::v1::BOARD_KIND_COLUMNS);
  board->set_writing_mode(mode);
  for (const std::string& label : columns) board->add_column_labels(label);
  return command;
}

kring::v1::RoomCommand add_circles_board(const std::string& title, kring::v1::WritingMode mode,
                                         bool participants_may_move) {
  kring::v1::RoomCommand command;
  kring::v1::AddBoard* board = command.mutable_add_board();
  board->set_title(title);
  board->set_kind(kring::v1::BOARD_KIND_CIRCLES);
  board->set_writing_mode(mode);
  board->set_participants_may_move(participants_may_move);
  return command;
}

kring::v1::RoomCommand set_writing(std::uint64_t board_id, bool open) {
  kring::v1::RoomCommand command;
  command.mutable_set_writing()->set_board_id(board_id);
  command.mutable_set_writing()->set_open(open);
  return command;
}

kring::v1::RoomCommand reveal_board(std::uint64_t board_id, bool confirm_small_group) {
  kring::v1::RoomCommand command;
  command.mutable_reveal_board()->set_board_id(board_id);
  command.mutable_reveal_board()->set_confirm_small_group(confirm_small_group);
  return command;
}

kring::v1::RoomCommand set_auto_reveal(bool on) {
  kring::v1::RoomCommand command;
  command.mutable_set_auto_reveal()->set_on(on);
  return command;
}

kring::v1::RoomCommand set_min_group_size(std::uint32_t size) {
  kring::v1::RoomCommand command;
  command.mutable_set_min_group_size()->set_size(size);
  return command;
}

kring::v1::RoomCommand add_note(std::uint64_t board_id, std::uint32_t zone_id,
                                const std::string& text, const std::string& note_secret) {
  kring::v1::RoomCommand command;
  kring::v1::AddNote* note = command.mutable_add_note();
  note->set_board_id(board_id);
  note->set_zone_id(zone_id);
  note->set_text(text);
  note->set_note_secret(note_secret);
  return command;
}

kring::v1::RoomCommand edit_note(std::uint64_t note_id, const std::string& text,
                                 const std::string& note_secret) {
  kring::v1::RoomCommand command;
  command.mutable_edit_note()->set_note_id(note_id);
  command.mutable_edit_note()->set_text(text);
  command.mutable_edit_note()->set_note_secret(note_secret);
  return command;
}

kring::v1::RoomCommand delete_note(std::uint64_t note_id, const std::string& note_secret) {
  kring::v1::RoomCommand command;
  command.mutable_delete_note()->set_note_id(note_id);
  command.mutable_delete_note()->set_note_secret(note_secret);
  return command;
}

kring::v1::RoomCommand move_note(std::uint64_t note_id, std::uint32_t zone_id,
                                 const std::string& note_secret) {
  kring::v1::RoomCommand command;
  command.mutable_move_note()->set_note_id(note_id);
  command.mutable_move_note()->set_zone_id(zone_id);
  command.mutable_move_note()->set_note_secret(note_secret);
  return command;
}

kring::v1::RoomCommand remove_note(std::uint64_t note_id) {
  kring::v1::RoomCommand command;
  command.mutable_remove_note()->set_note_id(note_id);
  return command;
}

kring::v1::RoomCommand open_vote(const std::string& title, kring::v1::VoteAudience audience,
                                 kring::v1::BallotMode mode,
                                 const std::vector<std::string>& options) {
  kring::v1::RoomCommand command;
  kring::v1::OpenVote* vote = command.mutable_open_vote();
  vote->set_title(title);
  vote->set_audience(audience);
  vote->set_mode(mode);
  for (const std::string& option : options) vote->add_options(option);
  return command;
}

kring::v1::RoomCommand cast_vote(std::uint64_t vote_id, std::uint32_t option_id) {
  kring::v1::RoomCommand command;
  command.mutable_cast_vote()->set_vote_id(vote_id);
  command.mutable_cast_vote()->set_option_id(option_id);
  return command;
}

kring::v1::RoomCommand close_vote(std::uint64_t vote_id) {
  kring::v1::RoomCommand command;
  command.mutable_close_vote()->set_vote_id(vote_id);
  return command;
}

kring::v1::RoomCommand reveal_vote(std::uint64_t vote_id) {
  kring::v1::RoomCommand command;
  command.mutable_reveal_vote()->set_vote_id(vote_id);
  return command;
}

kring::v1::RoomCommand set_agenda(
    const std::vector<std::pair<std::string, std::uint32_t>>& phases) {
  kring::v1::RoomCommand command;
  for (const auto& [title, seconds] : phases) {
    kring::v1::Phase* phase = command.mutable_set_agenda()->add_phases();
    phase->set_title(title);
    phase->set_planned_seconds(seconds);
  }
  return command;
}

kring::v1::ClientMessage as_message(std::uint64_t request_id, kring::v1::RoomCommand command) {
  kring::v1::ClientMessage message;
  message.set_request_id(request_id);
  *message.mutable_command() = std::move(command);
  return message;
}

kring::v1::RoomCommand set_strategy(const std::string& text) {
  kring::v1::RoomCommand command;
  command.mutable_set_strategy()->set_text(text);
  return command;
}

kring::v1::RoomCommand add_dilemma(const std::string& title,
                                   const std::vector<std::string>& scenarios,
                                   std::uint32_t strategy_scenario, std::uint64_t proposal_id) {
  kring::v1::RoomCommand command;
  kring::v1::AddDilemma* add = command.mutable_add_dilemma();
  add->set_title(title);
  for (const std::string& scenario : scenarios) add->add_scenarios(scenario);
  add->set_strategy_scenario(strategy_scenario);
  add->set_proposal_id(proposal_id);
  return command;
}

kring::v1::RoomCommand open_dilemma_poll(std::uint64_t dilemma_id, kring::v1::BallotMode mode) {
  kring::v1::RoomCommand command;
  kring::v1::OpenVote* open = command.mutable_open_vote();
  open->set_dilemma_id(dilemma_id);
  open->set_audience(kring::v1::VOTE_AUDIENCE_PARTICIPANTS);
  open->set_mode(mode);
  return command;
}

kring::v1::RoomCommand record_outcome(std::uint64_t dilemma_id, kring::v1::DilemmaOutcome outcome,
                                      std::uint32_t chosen_scenario) {
  kring::v1::RoomCommand command;
  kring::v1::RecordOutcome* record = command.mutable_record_outcome();
  record->set_dilemma_id(dilemma_id);
  record->set_outcome(outcome);
  record->set_chosen_scenario(chosen_scenario);
  return command;
}

kring::v1::RoomCommand show_strategy_marks() {
  kring::v1::RoomCommand command;
  command.mutable_show_strategy_marks();
  return command;
}

kring::v1::RoomCommand submit_proposal(const std::string& title, const std::string& context) {
  kring::v1::RoomCommand command;
  command.mutable_submit_proposal()->set_title(title);
  command.mutable_submit_proposal()->set_context(context);
  return command;
}

kring::v1::RoomCommand create_bundle(const std::string& title, kring::v1::BallotMode mode,
                                     const std::vector<std::uint64_t>& dilemma_ids) {
  kring::v1::RoomCommand command;
  kring::v1::CreateBundle* create = command.mutable_create_bundle();
  create->set_title(title);
  create->set_mode(mode);
  for (std::uint64_t id : dilemma_ids) create->add_dilemma_ids(id);
  return command;
}

kring::v1::RoomCommand save_action(std::uint64_t action_id, std::uint64_t note_id,
                                   const std::string& title) {
  kring::v1::RoomCommand command;
  kring::v1::SaveAction* save = command.mutable_save_action();
  save->set_action_id(action_id);
  save->mutable_action()->set_note_id(note_id);
  save->mutable_action()->set_title(title);
  save->mutable_action()->set_term(kring::v1::ACTION_TERM_SHORT);
  return command;
}

kring::v1::RoomCommand score_action(std::uint64_t action_id, std::uint32_t likelihood,
                                    std::uint32_t visibility, std::uint32_t fits_vision,
                                    std::uint32_t reach, std::uint32_t concreteness) {
  kring::v1::RoomCommand command;
  kring::v1::ScoreAction* score = command.mutable_score_action();
  score->set_action_id(action_id);
  kring::v1::CriteriaScores* scores = score->mutable_scores();
  scores->set_likelihood(likelihood);
  scores->set_visibility(visibility);
  scores->set_fits_vision(fits_vision);
  scores->set_reach(reach);
  scores->set_concreteness(concreteness);
  return command;
}

kring::v1::RoomCommand reveal_ranking() {
  kring::v1::RoomCommand command;
  command.mutable_reveal_ranking();
  return command;
}

kring::v1::RoomCommand reveal_bundle(std::uint64_t bundle_id) {
  kring::v1::RoomCommand command;
  command.mutable_reveal_bundle()->set_bundle_id(bundle_id);
  return command;
}

kring::v1::RoomCommand attach_room(const std::string& facilitator_secret,
                                   const std::string& job_family, bool board_meeting) {
  kring::v1::RoomCommand command;
  kring::v1::AttachRoom* attach = command.mutable_attach_room();
  attach->set_facilitator_secret(facilitator_secret);
  attach->set_job_family(job_family);
  attach->set_board_meeting(board_meeting);
  return command;
}

kring::v1::RoomCommand set_feedback(std::uint64_t room_id, const std::string& text) {
  kring::v1::RoomCommand command;
  command.mutable_set_feedback()->set_room_id(room_id);
  command.mutable_set_feedback()->set_text(text);
  return command;
}

kring::v1::RoomCommand import_dilemmas(std::uint64_t room_id,
                                       const std::vector<std::uint64_t>& dilemma_ids) {
  kring::v1::RoomCommand command;
  command.mutable_import_dilemmas()->set_room_id(room_id);
  for (const std::uint64_t id : dilemma_ids) command.mutable_import_dilemmas()->add_dilemma_ids(id);
  return command;
}

kring::v1::RoomCommand release_decisions(std::uint64_t dilemma_id) {
  kring::v1::RoomCommand command;
  command.mutable_release_decisions()->set_dilemma_id(dilemma_id);
  return command;
}

kring::v1::RoomCommand delete_room() {
  kring::v1::RoomCommand command;
  command.mutable_delete_room();
  return command;
}

kring::v1::RoomCommand record_decision(std::uint64_t bundle_id, std::uint64_t dilemma_id,
                                       std::uint32_t decision, const std::string& reason) {
  kring::v1::RoomCommand command;
  kring::v1::RecordDecision* record = command.mutable_record_decision();
  record->set_bundle_id(bundle_id);
  record->set_dilemma_id(dilemma_id);
  record->set_decision(decision);
  record->set_reason(reason);
  return command;
}

kring::v1::RoomCommand open_bundle_round(std::uint64_t bundle_id, std::uint64_t dilemma_id) {
  kring::v1::RoomCommand command;
  command.mutable_open_bundle_round()->set_bundle_id(bundle_id);
  command.mutable_open_bundle_round()->set_dilemma_id(dilemma_id);
  return command;
}

kring::v1::RoomCommand set_focus(kring::v1::FocusKind kind, std::uint64_t id, bool open_writing) {
  kring::v1::RoomCommand command;
  kring::v1::SetFocus* set = command.mutable_set_focus();
  kring::v1::Focus* focus = set->mutable_focus();
  focus->set_kind(kind);
  switch (kind) {
    case kring::v1::FOCUS_KIND_BOARD:
      focus->set_board_id(id);
      break;
    case kring::v1::FOCUS_KIND_DILEMMA:
      focus->set_dilemma_id(id);
      break;
    case kring::v1::FOCUS_KIND_VOTE:
      focus->set_vote_id(id);
      break;
    case kring::v1::FOCUS_KIND_BUNDLE:
      focus->set_bundle_id(id);
      break;
    default:
      break;
  }
  set->set_open_writing(open_writing);
  return command;
}

}  // namespace kring::test::cmd
