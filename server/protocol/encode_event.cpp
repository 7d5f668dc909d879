// encode_event: one audience's view of one room event -> ServerMessage.event.
// Runs once per event per audience; the frame is then shared by every
// recipient of that audience.
#include <variant>

#include "protocol/codec.hpp"
#include "protocol/server_message.hpp"
#include "protocol/to_proto.hpp"
#include "protocol/wire_enums.hpp"

namespace kring::protocol {

namespace {

namespace view = core::view;
namespace ev = core::ev;

// Sets the RoomEvent payload matching each view::Body alternative.
struct PayloadWriter {
  v1::RoomEvent& out;

  // Sealed: the payload stays unset; the client only advances its position.
  void operator()(const view::Sealed&) const {}

  void operator()(const view::MemberJoined& joined) const {
    v1::MemberJoined* msg = out.mutable_member_joined();
    to_proto(joined.member, msg->mutable_member());
    msg->set_participant_count(joined.participant_count);
    msg->set_board_member_count(joined.board_member_count);
  }
  void operator()(const ev::AgendaSet& agenda) const {
    v1::AgendaSet* msg = out.mutable_agenda_set();
    append_all(agenda.phases, msg->mutable_phases());
    to_proto(agenda.timer, msg->mutable_timer());
  }
  void operator()(const ev::TimerChanged& changed) const {
    to_proto(changed.timer, out.mutable_timer_changed()->mutable_timer());
  }
  void operator()(const view::BoardAdded& added) const {
    to_proto(added.board, out.mutable_board_added()->mutable_board());
  }
  void operator()(const ev::WritingChanged& changed) const {
    v1::WritingChanged* msg = out.mutable_writing_changed();
    msg->set_board_id(changed.board_id);
    msg->set_open(changed.open);
  }
  void operator()(const view::BoardRevealed& revealed) const {
    v1::BoardRevealed* msg = out.mutable_board_revealed();
    msg->set_board_id(revealed.board_id);
    append_all(revealed.notes, msg->mutable_notes());
  }
  void operator()(const view::NoteAdded& added) const {
    to_proto(added.note, out.mutable_note_added()->mutable_note());
  }
  void operator()(const view::HiddenNoteCount& count) const {
    v1::HiddenNoteCount* msg = out.mutable_hidden_note_count();
    msg->set_board_id(count.board_id);
    msg->set_hidden_count(count.hidden_count);
    msg->set_writer_count(count.writer_count);
  }
  void operator()(const ev::NoteEdited& edited) const {
    v1::NoteEdited* msg = out.mutable_note_edited();
    msg->set_note_id(edited.note_id);
    msg->set_text(edited.text);
  }
  void operator()(const ev::NoteRemoved& removed) const {
    out.mutable_note_removed()->set_note_id(removed.note_id);
  }
  void operator()(const ev::NoteMoved& moved) const {
    v1::NoteMoved* msg = out.mutable_note_moved();
    msg->set_note_id(moved.note_id);
    msg->set_zone_id(moved.zone_id);
  }
  void operator()(const view::NotesMerged& merged) const {
    v1::NotesMerged* msg = out.mutable_notes_merged();
    msg->set_into_note_id(merged.into_note_id);
    msg->set_note_id(merged.note_id);
    msg->set_text(merged.text);
  }
  void operator()(const view::VoteOpened& opened) const {
    to_proto(opened.vote, out.mutable_vote_opened()->mutable_vote());
  }
  // Counts only: the view type has no choice to leak, and this keeps it so.
  void operator()(const view::VoteProgress& progress) const {
    v1::VoteProgress* msg = out.mutable_vote_progress();
    msg->set_vote_id(progress.vote_id);
    msg->set_voted_count(progress.voted_count);
    msg->set_eligible_count(progress.eligible_count);
  }
  void operator()(const ev::VoteClosed& closed) const {
    out.mutable_vote_closed()->set_vote_id(closed.vote_id);
  }
  void operator()(const view::VoteRevealed& revealed) const {
    to_proto(revealed.result, out.mutable_vote_revealed()->mutable_result());
  }
  void operator()(const ev::StrategySet& set) const {
    out.mutable_strategy_set()->set_text(set.text);
  }
  void operator()(const view::DilemmaAdded& added) const {
    v1::DilemmaAdded* msg = out.mutable_dilemma_added();
    to_proto(added.dilemma, msg->mutable_dilemma());
    to_proto(added.board, msg->mutable_board());
  }
  void operator()(const ev::DilemmaEdited& edited) const {
    to_proto(edited.dilemma, out.mutable_dilemma_edited()->mutable_dilemma());
  }
  void operator()(const ev::OutcomeRecorded& recorded) const {
    v1::OutcomeRecorded* msg = out.mutable_outcome_recorded();
    msg->set_dilemma_id(recorded.dilemma_id);
    msg->set_outcome(to_proto(recorded.outcome));
    msg->set_chosen_scenario(recorded.chosen_scenario);
  }
  void operator()(const view::StrategyMarksShown& shown) const {
    v1::StrategyMarksShown* msg = out.mutable_strategy_marks_shown();
    for (const view::StrategyMark& mark : shown.marks) {
      v1::StrategyMark* m = msg->add_marks();
      m->set_dilemma_id(mark.dilemma_id);
      m->set_scenario(mark.scenario);
    }
  }
  void operator()(const ev::ProposalSubmitted& submitted) const {
    to_proto(submitted.proposal, out.mutable_proposal_submitted()->mutable_proposal());
  }
  void operator()(const ev::ProposalDismissed& dismissed) const {
    out.mutable_proposal_dismissed()->set_proposal_id(dismissed.proposal_id);
  }
  void operator()(const view::BundleCreated& created) const {
    v1::BundleCreated* msg = out.mutable_bundle_created();
    to_proto(created.bundle, msg->mutable_bundle());
    append_all(created.votes, msg->mutable_votes());
  }
  void operator()(const view::BundleRevealed& revealed) const {
    v1::BundleRevealed* msg = out.mutable_bundle_revealed();
    msg->set_bundle_id(revealed.bundle_id);
    append_all(revealed.results, msg->mutable_results());
  }
  void operator()(const ev::DecisionRecorded& recorded) const {
    v1::DecisionRecorded* msg = out.mutable_decision_recorded();
    msg->set_bundle_id(recorded.bundle_id);
    msg->set_dilemma_id(recorded.dilemma_id);
    msg->set_decision(recorded.decision);
    msg->set_reason(recorded.reason);
  }
  void operator()(const view::BundleRoundOpened& opened) const {
    v1::BundleRoundOpened* msg = out.mutable_bundle_round_opened();
    msg->set_bundle_id(opened.bundle_id);
    msg->set_dilemma_id(opened.dilemma_id);
    to_proto(opened.vote, msg->mutable_vote());
  }
  void operator()(const view::ActionSaved& saved) const {
    to_proto(saved.action, out.mutable_action_saved()->mutable_action());
  }
  void operator()(const ev::ActionRemoved& removed) const {
    out.mutable_action_removed()->set_action_id(removed.action_id);
  }
  void operator()(const view::ActionScoreProgress& progress) const {
    v1::ActionScoreProgress* msg = out.mutable_action_score_progress();
    msg->set_action_id(progress.action_id);
    msg->set_scorers(progress.scorers);
  }
  void operator()(const ev::RankingRevealed& revealed) const {
    append_all(revealed.entries, out.mutable_ranking_revealed()->mutable_entries());
  }
  void operator()(const ev::MinGroupSizeSet& set) const {
    out.mutable_min_group_size_set()->set_size(set.size);
  }
  void operator()(const ev::AutoRevealSet& set) const {
    out.mutable_auto_reveal_set()->set_on(set.on);
  }
  void operator()(const view::ProjectorLinkReplaced&) const {
    out.mutable_projector_link_replaced();
  }
  void operator()(const ev::ActivityPlaced& placed) const {
    v1::ActivityPlaced* out_placed = out.mutable_activity_placed();
    to_proto(placed.activity, out_placed->mutable_activity());
    out_placed->set_phase_number(placed.phase_number);
  }
  void operator()(const ev::RoomAttached& attached) const {
    v1::RoomAttached* msg = out.mutable_room_attached();
    msg->set_room_id(attached.room_id);
    msg->set_job_family(attached.job_family);
    msg->set_board_meeting(attached.board_meeting);
  }
  void operator()(const ev::FeedbackSet& set) const {
    v1::FeedbackSet* msg = out.mutable_feedback_set();
    msg->set_room_id(set.room_id);
    msg->set_text(set.text);
  }
  void operator()(const ev::DecisionsReleased& released) const {
    append_all(released.decisions, out.mutable_decisions_released()->mutable_decisions());
  }
  void operator()(const ev::NewsDelivered& delivered) const {
    v1::NewsDelivered* msg = out.mutable_news_delivered();
    msg->set_room_id(delivered.room_id);
    msg->set_version(delivered.version);
  }
  void operator()(const ev::ProgrammeRoomGone& gone) const {
    out.mutable_programme_room_gone()->set_room_id(gone.room_id);
  }
  void operator()(const ev::NewsReceived& received) const {
    to_proto(received.news, out.mutable_news_received()->mutable_news());
  }
  void operator()(const ev::DilemmaImported& imported) const {
    to_proto(imported.dilemma, out.mutable_dilemma_imported()->mutable_dilemma());
  }
  void operator()(const ev::FocusSet& set) const {
    v1::FocusSet* focus_set = out.mutable_focus_set();
    to_proto(set.focus, focus_set->mutable_focus());
    focus_set->set_writing_opened(set.writing_opened);
  }
};

}  // namespace

std::string encode_event(const core::ClientEvent& event) {
  // Pushed, not a reply: request_id 0.
  return serialize_server_message(0, [&event](v1::ServerMessage& message) {
    v1::RoomEvent* out = message.mutable_event();
    out->set_epoch(event.epoch);
    out->set_seq(event.seq);
    out->set_at_ms(event.at_ms);
    std::visit(PayloadWriter{*out}, event.body);
  });
}

}  // namespace kring::protocol
