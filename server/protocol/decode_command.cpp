#include "protocol/decode_command.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "protocol/wire_enums.hpp"

namespace kring::protocol {

namespace {

namespace cmd = core::cmd;
using Decoded = std::variant<cmd::Body, core::Rejection>;

core::Rejection invalid(std::string detail) {
  return core::Rejection{core::ErrorCode::invalid_argument, std::move(detail)};
}

std::vector<std::string> take_strings(google::protobuf::RepeatedPtrField<std::string>* values) {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(values->size()));
  for (std::string& value : *values) out.push_back(std::move(value));
  return out;
}

std::optional<core::Focus> focus_of(const v1::Focus& in) {
  const std::optional<core::FocusKind> kind = focus_kind_from_proto(in.kind());
  if (!kind) return std::nullopt;
  return core::Focus{*kind, in.board_id(), in.dilemma_id(), in.vote_id(), in.bundle_id()};
}

Decoded set_agenda(v1::SetAgenda& in) {
  cmd::SetAgenda out;
  out.phases.reserve(static_cast<std::size_t>(in.phases_size()));
  for (v1::Phase& phase : *in.mutable_phases()) {
    // Braces, not emplace_back's parentheses: clang 14 (the fuzz build) has
    // no parenthesised aggregate initialisation.
    core::Phase& kept = out.phases.emplace_back(
        core::Phase{std::move(*phase.mutable_title()), phase.planned_seconds()});
    for (const v1::Focus& activity : phase.activities()) {
      std::optional<core::Focus> focus = focus_of(activity);
      if (!focus) return invalid("set_agenda activity kind is not a known FocusKind");
      kept.activities.push_back(*focus);
    }
  }
  return out;
}

Decoded add_board(v1::AddBoard& in) {
  const std::optional<core::BoardKind> kind = board_kind_from_proto(in.kind());
  if (!kind) return invalid("add_board.kind is not a known BoardKind");
  const std::optional<core::WritingMode> mode = writing_mode_from_proto(in.writing_mode());
  if (!mode) return invalid("add_board.writing_mode is not a known WritingMode");
  return cmd::AddBoard{std::move(*in.mutable_title()),
                       *kind,
                       *mode,
                       take_strings(in.mutable_column_labels()),
                       take_strings(in.mutable_row_labels()),
                       in.participants_may_move()};
}

Decoded open_vote(v1::OpenVote& in) {
  const std::optional<core::VoteAudience> audience = vote_audience_from_proto(in.audience());
  if (!audience) return invalid("open_vote.audience is not a known VoteAudience");
  const std::optional<core::BallotMode> mode = ballot_mode_from_proto(in.mode());
  if (!mode) return invalid("open_vote.mode is not a known BallotMode");
  return cmd::OpenVote{std::move(*in.mutable_title()), *audience, *mode,
                       take_strings(in.mutable_options()), in.dilemma_id()};
}

cmd::AddDilemma add_dilemma(v1::AddDilemma& in) {
  return cmd::AddDilemma{std::move(*in.mutable_title()), std::move(*in.mutable_context()),
                         take_strings(in.mutable_scenarios()), in.strategy_scenario(),
                         in.proposal_id()};
}

cmd::EditDilemma edit_dilemma(v1::EditDilemma& in) {
  return cmd::EditDilemma{in.dilemma_id(), std::move(*in.mutable_title()),
                          std::move(*in.mutable_context()), take_strings(in.mutable_scenarios()),
                          in.strategy_scenario()};
}

Decoded record_outcome(const v1::RecordOutcome& in) {
  const std::optional<core::DilemmaOutcome> outcome = dilemma_outcome_from_proto(in.outcome());
  if (!outcome) return invalid("record_outcome.outcome is not a known DilemmaOutcome");
  return cmd::RecordOutcome{in.dilemma_id(), *outcome, in.chosen_scenario()};
}

Decoded create_bundle(v1::CreateBundle& in) {
  const std::optional<core::BallotMode> mode = ballot_mode_from_proto(in.mode());
  if (!mode) return invalid("create_bundle.mode is not a known BallotMode");
  return cmd::CreateBundle{
      std::move(*in.mutable_title()), *mode, {in.dilemma_ids().begin(), in.dilemma_ids().end()}};
}

Decoded save_action(v1::SaveAction& in) {
  v1::Action& action = *in.mutable_action();
  const std::optional<core::ActionTerm> term = action_term_from_proto(action.term());
  if (!term) return invalid("save_action.action.term is not a known ActionTerm");
  cmd::SaveAction out;
  out.action_id = in.action_id();
  core::Action& a = out.action;
  a.note_id = action.note_id();
  a.title = std::move(*action.mutable_title());
  a.goal = std::move(*action.mutable_goal());
  a.target_group = std::move(*action.mutable_target_group());
  a.specific = std::move(*action.mutable_specific());
  a.measurable = std::move(*action.mutable_measurable());
  a.acceptable = std::move(*action.mutable_acceptable());
  a.realistic = std::move(*action.mutable_realistic());
  a.deadline = std::move(*action.mutable_deadline());
  a.owner = std::move(*action.mutable_owner());
  a.term = *term;
  a.pros = take_strings(action.mutable_pros());
  a.cons = take_strings(action.mutable_cons());
  a.circle_zone = action.circle_zone();
  return out;
}

cmd::ScoreAction score_action(const v1::ScoreAction& in) {
  const v1::CriteriaScores& s = in.scores();
  return cmd::ScoreAction{in.action_id(),
                          core::CriteriaScores{s.likelihood(), s.visibility(), s.fits_vision(),
                                               s.reach(), s.concreteness()}};
}

Decoded set_focus(const v1::SetFocus& in) {
  const std::optional<core::Focus> focus = focus_of(in.focus());
  if (!focus) return invalid("set_focus.focus.kind is not a known FocusKind");
  return cmd::SetFocus{*focus, in.open_writing()};
}

Decoded place_activity(const v1::PlaceActivity& in) {
  const std::optional<core::Focus> activity = focus_of(in.activity());
  if (!activity) return invalid("place_activity.activity.kind is not a known FocusKind");
  return cmd::PlaceActivity{*activity, in.phase_number()};
}

cmd::SubmitProposal submit_proposal(v1::SubmitProposal& in) {
  return cmd::SubmitProposal{std::move(*in.mutable_title()), std::move(*in.mutable_context()),
                             take_strings(in.mutable_scenarios())};
}

Decoded body_of(v1::RoomCommand& in) {
  using Case = v1::RoomCommand::CommandCase;
  switch (in.command_case()) {
    case Case::kSetAgenda:
      return set_agenda(*in.mutable_set_agenda());
    case Case::kStartTimer:
      return cmd::StartTimer{};
    case Case::kPauseTimer:
      return cmd::PauseTimer{};
    case Case::kExtendTimer:
      return cmd::ExtendTimer{in.extend_timer().seconds()};
    case Case::kNextPhase:
      return cmd::NextPhase{};
    case Case::kAddBoard:
      return add_board(*in.mutable_add_board());
    case Case::kSetWriting:
      return cmd::SetWriting{in.set_writing().board_id(), in.set_writing().open()};
    case Case::kRevealBoard:
      return cmd::RevealBoard{in.reveal_board().board_id(),
                              in.reveal_board().confirm_small_group()};
    case Case::kMergeNotes:
      return cmd::MergeNotes{in.merge_notes().into_note_id(), in.merge_notes().note_id()};
    case Case::kRemoveNote:
      return cmd::RemoveNote{in.remove_note().note_id()};
    case Case::kOpenVote:
      return open_vote(*in.mutable_open_vote());
    case Case::kCloseVote:
      return cmd::CloseVote{in.close_vote().vote_id()};
    case Case::kRevealVote:
      return cmd::RevealVote{in.reveal_vote().vote_id()};
    case Case::kAddNote: {
      v1::AddNote& add = *in.mutable_add_note();
      return cmd::AddNote{add.board_id(), add.zone_id(), std::move(*add.mutable_text()),
                          std::move(*add.mutable_note_secret())};
    }
    case Case::kEditNote: {
      v1::EditNote& edit = *in.mutable_edit_note();
      return cmd::EditNote{edit.note_id(), std::move(*edit.mutable_text()),
                           std::move(*edit.mutable_note_secret())};
    }
    case Case::kDeleteNote: {
      v1::DeleteNote& del = *in.mutable_delete_note();
      return cmd::DeleteNote{del.note_id(), std::move(*del.mutable_note_secret())};
    }
    case Case::kMoveNote: {
      v1::MoveNote& move = *in.mutable_move_note();
      return cmd::MoveNote{move.note_id(), move.zone_id(), std::move(*move.mutable_note_secret())};
    }
    case Case::kCastVote: {
      const v1::CastVote& cast = in.cast_vote();
      return cmd::CastVote{cast.vote_id(), cast.option_id()};
    }
    case Case::kSetStrategy:
      return cmd::SetStrategy{std::move(*in.mutable_set_strategy()->mutable_text())};
    case Case::kAddDilemma:
      return add_dilemma(*in.mutable_add_dilemma());
    case Case::kEditDilemma:
      return edit_dilemma(*in.mutable_edit_dilemma());
    case Case::kRecordOutcome:
      return record_outcome(in.record_outcome());
    case Case::kShowStrategyMarks:
      return cmd::ShowStrategyMarks{};
    case Case::kDismissProposal:
      return cmd::DismissProposal{in.dismiss_proposal().proposal_id()};
    case Case::kSubmitProposal:
      return submit_proposal(*in.mutable_submit_proposal());
    case Case::kCreateBundle:
      return create_bundle(*in.mutable_create_bundle());
    case Case::kRevealBundle:
      return cmd::RevealBundle{in.reveal_bundle().bundle_id()};
    case Case::kRecordDecision: {
      v1::RecordDecision& record = *in.mutable_record_decision();
      return cmd::RecordDecision{record.bundle_id(), record.dilemma_id(), record.decision(),
                                 std::move(*record.mutable_reason())};
    }
    case Case::kOpenBundleRound:
      return cmd::OpenBundleRound{in.open_bundle_round().bundle_id(),
                                  in.open_bundle_round().dilemma_id()};
    case Case::kSaveAction:
      return save_action(*in.mutable_save_action());
    case Case::kRemoveAction:
      return cmd::RemoveAction{in.remove_action().action_id()};
    case Case::kScoreAction:
      return score_action(in.score_action());
    case Case::kRevealRanking:
      return cmd::RevealRanking{};
    case Case::kSetMinGroupSize:
      return cmd::SetMinGroupSize{in.set_min_group_size().size()};
    case Case::kSetAutoReveal:
      return cmd::SetAutoReveal{in.set_auto_reveal().on()};
    case Case::kSetFocus:
      return set_focus(in.set_focus());
    case Case::kPlaceActivity:
      return place_activity(in.place_activity());
    case Case::kReissueProjectorToken:
      return cmd::ReissueProjectorToken{
          std::move(*in.mutable_reissue_projector_token()->mutable_projector_token())};
    case Case::kSetFeedback: {
      v1::SetFeedback& feedback = *in.mutable_set_feedback();
      return cmd::SetFeedback{feedback.room_id(), std::move(*feedback.mutable_text())};
    }
    case Case::kDeleteRoom:
    case Case::kAttachRoom:
    case Case::kReleaseDecisions:
    case Case::kImportDilemmas:
      break;  // decoded by decode_client: the node resolves them first
    case Case::COMMAND_NOT_SET:
      break;
  }
  // Also reached for a command field number this build does not know: the
  // parser keeps it as an unknown field and leaves the oneof unset.
  return core::Rejection{core::ErrorCode::unknown_payload, "room command has no known command"};
}

}  // namespace

std::variant<core::Command, core::Rejection> decode_command(v1::RoomCommand& command) {
  Decoded body = body_of(command);
  if (auto* rejection = std::get_if<core::Rejection>(&body)) return std::move(*rejection);
  return core::Command{std::move(*command.mutable_idempotency_key()),
                       std::move(std::get<cmd::Body>(body))};
}

}  // namespace kring::protocol
