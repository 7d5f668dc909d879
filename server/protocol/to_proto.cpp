#include "protocol/to_proto.hpp"

#include "protocol/wire_enums.hpp"

namespace kring::protocol {

namespace {

void add_strings(const std::vector<std::string>& values,
                 google::protobuf::RepeatedPtrField<std::string>* out) {
  out->Reserve(static_cast<int>(values.size()));
  for (const std::string& value : values) out->Add()->assign(value);
}

}  // namespace

void to_proto(const core::Zone& zone, v1::Zone* out) {
  out->set_id(zone.id);
  out->set_label(zone.label);
  out->set_row(zone.row);
  out->set_column(zone.column);
}

void to_proto(const core::VoteOption& option, v1::VoteOption* out) {
  out->set_id(option.id);
  out->set_label(option.label);
}

void to_proto(const core::TallyEntry& entry, v1::TallyEntry* out) {
  out->set_option_id(entry.option_id);
  out->set_count(entry.count);
}

void to_proto(const core::Card& card, v1::Card* out) {
  out->set_voter_name(card.voter_name);
  out->set_option_id(card.option_id);
}

void to_proto(const core::Phase& phase, v1::Phase* out) {
  out->set_title(phase.title);
  out->set_planned_seconds(phase.planned_seconds);
  for (const core::Focus& activity : phase.activities) to_proto(activity, out->add_activities());
}

void to_proto(const core::Timer& timer, v1::Timer* out) {
  out->set_phase_index(timer.phase_index);
  out->set_running(timer.running);
  out->set_started_at_ms(timer.started_at_ms);
  out->set_elapsed_ms(timer.elapsed_ms);
  out->set_extended_seconds(timer.extended_seconds);
  out->mutable_actual_ms()->Add(timer.actual_ms.begin(), timer.actual_ms.end());
}

void to_proto(const core::view::BoardView& view, v1::Board* out) {
  const core::Board& board = view.board;
  out->set_id(board.id);
  out->set_title(board.title);
  out->set_kind(to_proto(board.kind));
  out->set_writing_mode(to_proto(board.writing_mode));
  append_all(board.zones, out->mutable_zones());
  add_strings(board.row_labels, out->mutable_row_labels());
  add_strings(board.column_labels, out->mutable_column_labels());
  out->set_writing_open(board.writing_open);
  out->set_revealed(board.revealed);
  out->set_participants_may_move(board.participants_may_move);
  out->set_hidden_count(view.hidden_count);
  out->set_writer_count(view.writer_count);
}

void to_proto(const core::Note& note, v1::Note* out) {
  out->set_id(note.id);
  out->set_board_id(note.board_id);
  out->set_zone_id(note.zone_id);
  out->set_text(note.text);
  out->mutable_merged_ids()->Add(note.merged_ids.begin(), note.merged_ids.end());
}

void to_proto(const core::view::VoteView& view, v1::Vote* out) {
  const core::Vote& vote = view.vote;
  out->set_id(vote.id);
  out->set_title(vote.title);
  out->set_audience(to_proto(vote.audience));
  out->set_mode(to_proto(vote.mode));
  append_all(vote.options, out->mutable_options());
  out->set_status(to_proto(vote.status));
  out->set_voted_count(view.voted_count);
  out->set_eligible_count(view.eligible_count);
  out->set_dilemma_id(vote.dilemma_id);
}

void to_proto(const core::VoteResult& result, v1::VoteResult* out) {
  out->set_vote_id(result.vote_id);
  append_all(result.tally, out->mutable_tally());
  append_all(result.cards, out->mutable_cards());
}

void to_proto(const core::Member& member, v1::Member* out) {
  out->set_id(member.id);
  out->set_role(to_proto(member.role));
  out->set_display_name(member.display_name);
}

void to_proto(const core::Focus& focus, v1::Focus* out) {
  out->set_kind(to_proto(focus.kind));
  out->set_board_id(focus.board_id);
  out->set_dilemma_id(focus.dilemma_id);
  out->set_vote_id(focus.vote_id);
  out->set_bundle_id(focus.bundle_id);
}

void to_proto(const core::Dilemma& dilemma, v1::Dilemma* out) {
  out->set_id(dilemma.id);
  out->set_title(dilemma.title);
  out->set_context(dilemma.context);
  add_strings(dilemma.scenarios, out->mutable_scenarios());
  out->set_strategy_scenario(dilemma.strategy_scenario);
  out->set_board_id(dilemma.board_id);
  out->set_poll_id(dilemma.poll_id);
  out->set_outcome(to_proto(dilemma.outcome));
  out->set_chosen_scenario(dilemma.chosen_scenario);
  out->set_proposal_id(dilemma.proposal_id);
  if (dilemma.source.room_id != 0) to_proto(dilemma.source, out->mutable_source());
}

void to_proto(const core::DilemmaSource& source, v1::DilemmaSource* out) {
  out->set_room_id(source.room_id);
  out->set_dilemma_id(source.dilemma_id);
  out->set_job_family(source.job_family);
  for (const std::uint32_t count : source.poll_counts) out->add_poll_counts(count);
  out->set_poll_ballots(source.poll_ballots);
}

void to_proto(const core::ProgrammeRoom& room, v1::ProgrammeRoom* out) {
  out->set_room_id(room.room_id);
  out->set_job_family(room.job_family);
  out->set_board_meeting(room.board_meeting);
  out->set_feedback(room.feedback);
  out->set_news_version(room.news_version);
  out->set_delivered_version(room.delivered_version);
  out->set_gone(room.gone);
}

void to_proto(const core::ReleasedDecision& decision, v1::ReleasedDecision* out) {
  out->set_room_id(decision.room_id);
  out->set_dilemma_id(decision.dilemma_id);
  out->set_title(decision.title);
  out->set_kind(to_proto(decision.kind));
  out->set_decision(decision.decision);
  out->set_reason(decision.reason);
  out->set_scenario(decision.scenario);
  out->set_follows_strategy(decision.follows_strategy);
  for (const std::uint32_t count : decision.board_counts) out->add_board_counts(count);
}

void to_proto(const core::ProgrammeNews& news, v1::ProgrammeNews* out) {
  out->set_programme_id(news.programme_id);
  out->set_version(news.version);
  out->set_programme_title(news.programme_title);
  out->set_job_family(news.job_family);
  out->set_board_meeting(news.board_meeting);
  out->set_strategy(news.strategy);
  append_all(news.decisions, out->mutable_decisions());
  out->set_feedback(news.feedback);
}

void to_proto(const core::Proposal& proposal, v1::Proposal* out) {
  out->set_id(proposal.id);
  out->set_title(proposal.title);
  out->set_context(proposal.context);
  add_strings(proposal.scenarios, out->mutable_scenarios());
  out->set_status(to_proto(proposal.status));
}

void to_proto(const core::BundleItem& item, v1::BundleItem* out) {
  out->set_dilemma_id(item.dilemma_id);
  out->set_kind(to_proto(item.kind));
  out->set_vote_id(item.vote_id);
  out->set_decision(item.decision);
  out->set_decision_reason(item.decision_reason);
  for (const core::VoteId id : item.earlier_vote_ids) out->add_earlier_vote_ids(id);
}

void to_proto(const core::Bundle& bundle, v1::Bundle* out) {
  out->set_id(bundle.id);
  out->set_title(bundle.title);
  out->set_mode(to_proto(bundle.mode));
  append_all(bundle.items, out->mutable_items());
}

void to_proto(const core::CriteriaScores& scores, v1::CriteriaScores* out) {
  out->set_likelihood(scores.likelihood);
  out->set_visibility(scores.visibility);
  out->set_fits_vision(scores.fits_vision);
  out->set_reach(scores.reach);
  out->set_concreteness(scores.concreteness);
}

void to_proto(const core::RankingEntry& entry, v1::RankingEntry* out) {
  out->set_action_id(entry.action_id);
  out->set_scorers(entry.scorers);
  to_proto(entry.sums, out->mutable_sums());
}

void to_proto(const core::view::ActionView& view, v1::Action* out) {
  const core::Action& action = view.action;
  out->set_id(action.id);
  out->set_note_id(action.note_id);
  out->set_title(action.title);
  out->set_goal(action.goal);
  out->set_target_group(action.target_group);
  out->set_specific(action.specific);
  out->set_measurable(action.measurable);
  out->set_acceptable(action.acceptable);
  out->set_realistic(action.realistic);
  out->set_deadline(action.deadline);
  out->set_owner(action.owner);
  out->set_term(to_proto(action.term));
  add_strings(action.pros, out->mutable_pros());
  add_strings(action.cons, out->mutable_cons());
  out->set_circle_zone(action.circle_zone);
  out->set_scorers(view.scorers);
}

void to_proto(const core::Snapshot& snapshot, v1::Snapshot* out) {
  out->set_epoch(snapshot.epoch);
  out->set_seq(snapshot.seq);
  out->set_title(snapshot.title);
  append_all(snapshot.phases, out->mutable_phases());
  to_proto(snapshot.timer, out->mutable_timer());
  append_all(snapshot.boards, out->mutable_boards());
  append_all(snapshot.notes, out->mutable_notes());
  append_all(snapshot.votes, out->mutable_votes());
  append_all(snapshot.results, out->mutable_results());
  append_all(snapshot.members, out->mutable_members());
  out->set_participant_code(snapshot.participant_code);
  out->set_board_code(snapshot.board_code);
  out->set_strategy(snapshot.strategy);
  append_all(snapshot.dilemmas, out->mutable_dilemmas());
  append_all(snapshot.proposals, out->mutable_proposals());
  out->set_strategy_marks_shown(snapshot.strategy_marks_shown);
  append_all(snapshot.bundles, out->mutable_bundles());
  append_all(snapshot.actions, out->mutable_actions());
  append_all(snapshot.ranking, out->mutable_ranking());
  out->set_min_group_size(snapshot.min_group_size);
  to_proto(snapshot.focus, out->mutable_focus());
  out->set_auto_reveal(snapshot.auto_reveal);
  out->set_projector_link_seq(snapshot.projector_link_seq);
  out->set_kind(to_proto(snapshot.kind));
  append_all(snapshot.programme_rooms, out->mutable_programme_rooms());
  append_all(snapshot.released, out->mutable_released());
  if (snapshot.news.programme_id != 0) to_proto(snapshot.news, out->mutable_news());
}

}  // namespace kring::protocol
