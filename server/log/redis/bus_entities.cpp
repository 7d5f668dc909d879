#include "log/redis/bus_entities.hpp"

namespace kring::log::redis::bus {

void put(const core::Member& in, pb::Member& out) {
  out.set_id(in.id);
  out.set_role(to_proto_enum<pb::Role>(in.role));
  out.set_display_name(in.display_name);
}
bool get(const pb::Member& in, core::Member& out) {
  out.id = in.id();
  out.display_name = in.display_name();
  return from_proto_enum(in.role(), core::Role::projector, out.role);
}

void put(const core::Phase& in, pb::Phase& out) {
  out.set_title(in.title);
  out.set_planned_seconds(in.planned_seconds);
}
void get(const pb::Phase& in, core::Phase& out) {
  out.title = in.title();
  out.planned_seconds = in.planned_seconds();
}

void put(const core::Timer& in, pb::Timer& out) {
  out.set_phase_index(in.phase_index);
  out.set_running(in.running);
  out.set_started_at_ms(in.started_at_ms);
  out.set_elapsed_ms(in.elapsed_ms);
  out.set_extended_seconds(in.extended_seconds);
  for (const core::TimeMs ms : in.actual_ms) out.add_actual_ms(ms);
}
void get(const pb::Timer& in, core::Timer& out) {
  out.phase_index = in.phase_index();
  out.running = in.running();
  out.started_at_ms = in.started_at_ms();
  out.elapsed_ms = in.elapsed_ms();
  out.extended_seconds = in.extended_seconds();
  out.actual_ms.assign(in.actual_ms().begin(), in.actual_ms().end());
}

void put(const core::Board& in, pb::Board& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_kind(to_proto_enum<pb::BoardKind>(in.kind));
  out.set_writing_mode(to_proto_enum<pb::WritingMode>(in.writing_mode));
  for (const core::Zone& zone : in.zones) {
    pb::Zone& z = *out.add_zones();
    z.set_id(zone.id);
    z.set_label(zone.label);
    z.set_row(zone.row);
    z.set_column(zone.column);
  }
  for (const std::string& label : in.row_labels) out.add_row_labels(label);
  for (const std::string& label : in.column_labels) out.add_column_labels(label);
  out.set_writing_open(in.writing_open);
  out.set_revealed(in.revealed);
  out.set_participants_may_move(in.participants_may_move);
}
bool get(const pb::Board& in, core::Board& out) {
  out.id = in.id();
  out.title = in.title();
  for (const pb::Zone& z : in.zones()) {
    out.zones.push_back({z.id(), z.label(), z.row(), z.column()});
  }
  out.row_labels.assign(in.row_labels().begin(), in.row_labels().end());
  out.column_labels.assign(in.column_labels().begin(), in.column_labels().end());
  out.writing_open = in.writing_open();
  out.revealed = in.revealed();
  out.participants_may_move = in.participants_may_move();
  return from_proto_enum(in.kind(), core::BoardKind::matrix, out.kind) &&
         from_proto_enum(in.writing_mode(), core::WritingMode::private_first, out.writing_mode);
}

void put(const core::Note& in, pb::Note& out) {
  out.set_id(in.id);
  out.set_board_id(in.board_id);
  out.set_zone_id(in.zone_id);
  out.set_text(in.text);
  for (const core::NoteId id : in.merged_ids) out.add_merged_ids(id);
}
void get(const pb::Note& in, core::Note& out) {
  out.id = in.id();
  out.board_id = in.board_id();
  out.zone_id = in.zone_id();
  out.text = in.text();
  out.merged_ids.assign(in.merged_ids().begin(), in.merged_ids().end());
}

void put(const core::Vote& in, pb::Vote& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_audience(to_proto_enum<pb::VoteAudience>(in.audience));
  out.set_mode(to_proto_enum<pb::BallotMode>(in.mode));
  for (const core::VoteOption& option : in.options) {
    pb::VoteOption& o = *out.add_options();
    o.set_id(option.id);
    o.set_label(option.label);
  }
  out.set_status(to_proto_enum<pb::VoteStatus>(in.status));
  out.set_dilemma_id(in.dilemma_id);
}
bool get(const pb::Vote& in, core::Vote& out) {
  out.id = in.id();
  out.title = in.title();
  out.dilemma_id = in.dilemma_id();
  for (const pb::VoteOption& o : in.options()) out.options.push_back({o.id(), o.label()});
  return from_proto_enum(in.audience(), core::VoteAudience::board, out.audience) &&
         from_proto_enum(in.mode(), core::BallotMode::secret, out.mode) &&
         from_proto_enum(in.status(), core::VoteStatus::revealed, out.status);
}

void put(const core::Dilemma& in, pb::Dilemma& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_context(in.context);
  for (const std::string& scenario : in.scenarios) out.add_scenarios(scenario);
  out.set_strategy_scenario(in.strategy_scenario);
  out.set_board_id(in.board_id);
  out.set_poll_id(in.poll_id);
  out.set_outcome(to_proto_enum<pb::DilemmaOutcome>(in.outcome));
  out.set_chosen_scenario(in.chosen_scenario);
  out.set_proposal_id(in.proposal_id);
}
bool get(const pb::Dilemma& in, core::Dilemma& out) {
  out.id = in.id();
  out.title = in.title();
  out.context = in.context();
  out.scenarios.assign(in.scenarios().begin(), in.scenarios().end());
  out.strategy_scenario = in.strategy_scenario();
  out.board_id = in.board_id();
  out.poll_id = in.poll_id();
  out.chosen_scenario = in.chosen_scenario();
  out.proposal_id = in.proposal_id();
  return out.scenarios.size() == core::scenarios_per_dilemma &&
         from_proto_enum(in.outcome(), core::DilemmaOutcome::no_consensus, out.outcome);
}

void put(const core::Proposal& in, pb::Proposal& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_context(in.context);
  for (const std::string& scenario : in.scenarios) out.add_scenarios(scenario);
  out.set_status(to_proto_enum<pb::ProposalStatus>(in.status));
}
bool get(const pb::Proposal& in, core::Proposal& out) {
  out.id = in.id();
  out.title = in.title();
  out.context = in.context();
  out.scenarios.assign(in.scenarios().begin(), in.scenarios().end());
  return from_proto_enum(in.status(), core::ProposalStatus::dismissed, out.status);
}

void put(const core::Bundle& in, pb::Bundle& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_mode(to_proto_enum<pb::BallotMode>(in.mode));
  for (const core::BundleItem& item : in.items) {
    pb::BundleItem& i = *out.add_items();
    i.set_dilemma_id(item.dilemma_id);
    i.set_kind(to_proto_enum<pb::BundleItemKind>(item.kind));
    i.set_vote_id(item.vote_id);
    i.set_decision(item.decision);
  }
}
bool get(const pb::Bundle& in, core::Bundle& out) {
  out.id = in.id();
  out.title = in.title();
  for (const pb::BundleItem& i : in.items()) {
    core::BundleItem& item = out.items.emplace_back();
    item.dilemma_id = i.dilemma_id();
    item.vote_id = i.vote_id();
    item.decision = i.decision();
    if (!from_proto_enum(i.kind(), core::BundleItemKind::choice, item.kind)) return false;
  }
  return from_proto_enum(in.mode(), core::BallotMode::secret, out.mode);
}

void put(const core::Action& in, pb::Action& out) {
  out.set_id(in.id);
  out.set_note_id(in.note_id);
  out.set_title(in.title);
  out.set_goal(in.goal);
  out.set_target_group(in.target_group);
  out.set_specific(in.specific);
  out.set_measurable(in.measurable);
  out.set_acceptable(in.acceptable);
  out.set_realistic(in.realistic);
  out.set_deadline(in.deadline);
  out.set_owner(in.owner);
  out.set_term(to_proto_enum<pb::ActionTerm>(in.term));
  for (const std::string& pro : in.pros) out.add_pros(pro);
  for (const std::string& con : in.cons) out.add_cons(con);
  out.set_circle_zone(in.circle_zone);
}

bool get(const pb::Action& in, core::Action& out) {
  out.id = in.id();
  out.note_id = in.note_id();
  out.title = in.title();
  out.goal = in.goal();
  out.target_group = in.target_group();
  out.specific = in.specific();
  out.measurable = in.measurable();
  out.acceptable = in.acceptable();
  out.realistic = in.realistic();
  out.deadline = in.deadline();
  out.owner = in.owner();
  out.pros.assign(in.pros().begin(), in.pros().end());
  out.cons.assign(in.cons().begin(), in.cons().end());
  out.circle_zone = in.circle_zone();
  return from_proto_enum(in.term(), core::ActionTerm::long_term, out.term);
}

void put(const core::CriteriaScores& in, pb::CriteriaScores& out) {
  out.set_likelihood(in.likelihood);
  out.set_visibility(in.visibility);
  out.set_fits_vision(in.fits_vision);
  out.set_reach(in.reach);
  out.set_concreteness(in.concreteness);
}

void get(const pb::CriteriaScores& in, core::CriteriaScores& out) {
  out = core::CriteriaScores{in.likelihood(), in.visibility(), in.fits_vision(), in.reach(),
                             in.concreteness()};
}

void put(const core::RankingEntry& in, pb::RankingEntry& out) {
  out.set_action_id(in.action_id);
  out.set_scorers(in.scorers);
  put(in.sums, *out.mutable_sums());
}

void get(const pb::RankingEntry& in, core::RankingEntry& out) {
  out.action_id = in.action_id();
  out.scorers = in.scorers();
  get(in.sums(), out.sums);
}

core::SecretHash scorer_tag_of(const std::string& tag, core::MemberId legacy_member_id) {
  if (!tag.empty() || legacy_member_id == 0) return tag;
  return "legacy-member-" + std::to_string(legacy_member_id);
}

}  // namespace kring::log::redis::bus
