// decode_client round trips for every RoomCommand kind: built with the
// generated API, serialized, decoded, every field of the core::Command checked.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "codec_test_support.hpp"
#include "core/commands.hpp"

namespace kring::protocol::testing {
namespace codec_decode_command_test {
namespace {

namespace cmd = core::cmd;

// Field-by-field views of each command, so two bodies compare without the
// core having to define operator== on commands.
auto fields(const cmd::CreateRoom& c) {
  return std::tie(c.title, c.facilitator_hash, c.participant_code, c.board_code, c.projector_hash);
}
auto fields(const cmd::JoinMember& c) { return std::tie(c.role, c.display_name, c.member_hash); }
auto fields(const cmd::SetAgenda& c) { return std::tie(c.phases); }
auto fields(const cmd::StartTimer&) { return std::tuple<>(); }
auto fields(const cmd::PauseTimer&) { return std::tuple<>(); }
auto fields(const cmd::ExtendTimer& c) { return std::tie(c.seconds); }
auto fields(const cmd::NextPhase&) { return std::tuple<>(); }
auto fields(const cmd::AddBoard& c) {
  return std::tie(c.title, c.kind, c.writing_mode, c.column_labels, c.row_labels,
                  c.participants_may_move);
}
auto fields(const cmd::SetWriting& c) { return std::tie(c.board_id, c.open); }
auto fields(const cmd::RevealBoard& c) { return std::tie(c.board_id, c.confirm_small_group); }
auto fields(const cmd::MergeNotes& c) { return std::tie(c.into_note_id, c.note_id); }
auto fields(const cmd::RemoveNote& c) { return std::tie(c.note_id); }
auto fields(const cmd::OpenVote& c) {
  return std::tie(c.title, c.audience, c.mode, c.options, c.dilemma_id);
}
auto fields(const cmd::CloseVote& c) { return std::tie(c.vote_id); }
auto fields(const cmd::RevealVote& c) { return std::tie(c.vote_id); }
auto fields(const cmd::AddNote& c) {
  return std::tie(c.board_id, c.zone_id, c.text, c.note_secret);
}
auto fields(const cmd::EditNote& c) { return std::tie(c.note_id, c.text, c.note_secret); }
auto fields(const cmd::DeleteNote& c) { return std::tie(c.note_id, c.note_secret); }
auto fields(const cmd::MoveNote& c) { return std::tie(c.note_id, c.zone_id, c.note_secret); }
auto fields(const cmd::CastVote& c) { return std::tie(c.vote_id, c.option_id); }
auto fields(const cmd::SetStrategy& c) { return std::tie(c.text); }
auto fields(const cmd::AddDilemma& c) {
  return std::tie(c.title, c.context, c.scenarios, c.strategy_scenario, c.proposal_id);
}
auto fields(const cmd::EditDilemma& c) {
  return std::tie(c.dilemma_id, c.title, c.context, c.scenarios, c.strategy_scenario);
}
auto fields(const cmd::RecordOutcome& c) {
  return std::tie(c.dilemma_id, c.outcome, c.chosen_scenario);
}
auto fields(const cmd::ShowStrategyMarks&) { return std::tuple<>(); }
auto fields(const cmd::DismissProposal& c) { return std::tie(c.proposal_id); }
auto fields(const cmd::SubmitProposal& c) { return std::tie(c.title, c.context, c.scenarios); }
auto fields(const cmd::CreateBundle& c) { return std::tie(c.title, c.mode, c.dilemma_ids); }
auto fields(const cmd::RevealBundle& c) { return std::tie(c.bundle_id); }
auto fields(const cmd::RecordDecision& c) {
  return std::tie(c.bundle_id, c.dilemma_id, c.decision, c.reason);
}
auto fields(const cmd::OpenBundleRound& c) { return std::tie(c.bundle_id, c.dilemma_id); }
auto fields(const cmd::SaveAction& c) { return std::tie(c.action_id, c.action); }
auto fields(const cmd::RemoveAction& c) { return std::tie(c.action_id); }
auto fields(const cmd::ScoreAction& c) { return std::tie(c.action_id, c.scores); }
auto fields(const cmd::RevealRanking&) { return std::tuple<>(); }
auto fields(const cmd::SetMinGroupSize& c) { return std::tie(c.size); }
auto fields(const cmd::SetAutoReveal& c) { return std::tie(c.on); }
auto fields(const cmd::SetFocus& c) { return std::tie(c.focus, c.open_writing); }
auto fields(const cmd::PlaceActivity& c) { return std::tie(c.activity, c.phase_number); }
auto fields(const cmd::ReissueProjectorToken& c) { return std::tie(c.projector_token); }
auto fields(const cmd::SetFeedback& c) { return std::tie(c.room_id, c.text); }
// Resolved by the node or server-made: never decoded from the wire.
template <class Resolved>
requires std::is_same_v<Resolved, cmd::AttachRoom> ||
    std::is_same_v<Resolved, cmd::ReleaseDecisions> || std::is_same_v<Resolved, cmd::ConfirmNews> ||
    std::is_same_v<Resolved, cmd::MarkRoomGone> || std::is_same_v<Resolved, cmd::ReceiveNews> ||
    std::is_same_v<Resolved, cmd::ImportDilemma>
auto fields(const Resolved&) {
  ADD_FAILURE() << "a command the wire never carries was decoded";
  return std::tuple<>();
}

bool same_body(const cmd::Body& actual, const cmd::Body& expected) {
  if (actual.index() != expected.index()) return false;
  return std::visit(
      [&expected](const auto& left) {
        using Kind = std::decay_t<decltype(left)>;
        return fields(left) == fields(std::get<Kind>(expected));
      },
      actual);
}

struct CommandCase {
  const char* name;
  std::function<void(v1::RoomCommand&)> fill;
  cmd::Body expected;
};

const std::string secret_a = raw_bytes(16, 0x00);  // starts with NUL, not UTF-8
const std::string secret_b = raw_bytes(64, 0xF0);

std::vector<CommandCase> command_cases() {
  return {
      {"set_agenda",
       [](v1::RoomCommand& c) {
         v1::Phase* first = c.mutable_set_agenda()->add_phases();
         first->set_title("Check-in");
         first->set_planned_seconds(300);
         v1::Phase* second = c.mutable_set_agenda()->add_phases();
         second->set_title("Terugblik \xF0\x9F\x8C\x80");  // U+1F300
         second->set_planned_seconds(28800);
       },
       cmd::SetAgenda{{{"Check-in", 300}, {"Terugblik \xF0\x9F\x8C\x80", 28800}}}},
      {"set_agenda_empty", [](v1::RoomCommand& c) { c.mutable_set_agenda(); }, cmd::SetAgenda{}},
      {"set_agenda_with_activities",
       [](v1::RoomCommand& c) {
         v1::Phase* phase = c.mutable_set_agenda()->add_phases();
         phase->set_title("Waar staan we vandaag?");
         phase->set_planned_seconds(5400);
         v1::Focus* board = phase->add_activities();
         board->set_kind(v1::FOCUS_KIND_BOARD);
         board->set_board_id(2);
         phase->add_activities()->set_kind(v1::FOCUS_KIND_STRATEGY);
       },
       cmd::SetAgenda{{core::Phase{"Waar staan we vandaag?",
                                   5400,
                                   {core::Focus{core::FocusKind::board, 2, 0, 0, 0},
                                    core::Focus{core::FocusKind::strategy, 0, 0, 0, 0}}}}}},
      {"start_timer", [](v1::RoomCommand& c) { c.mutable_start_timer(); }, cmd::StartTimer{}},
      {"pause_timer", [](v1::RoomCommand& c) { c.mutable_pause_timer(); }, cmd::PauseTimer{}},
      {"extend_timer", [](v1::RoomCommand& c) { c.mutable_extend_timer()->set_seconds(3600); },
       cmd::ExtendTimer{3600}},
      {"next_phase", [](v1::RoomCommand& c) { c.mutable_next_phase(); }, cmd::NextPhase{}},
      {"add_board_matrix_private",
       [](v1::RoomCommand& c) {
         v1::AddBoard* add = c.mutable_add_board();
         add->set_title("Gezondheidsmatrix");
         add->set_kind(v1::BOARD_KIND_MATRIX);
         add->set_writing_mode(v1::WRITING_MODE_PRIVATE_FIRST);
         add->add_column_labels("goed");
         add->add_column_labels("matig");
         add->add_row_labels("team");
         add->add_row_labels("werk");
         add->add_row_labels("");
         add->set_participants_may_move(true);
       },
       cmd::AddBoard{"Gezondheidsmatrix",
                     core::BoardKind::matrix,
                     core::WritingMode::private_first,
                     {"goed", "matig"},
                     {"team", "werk", ""},
                     true}},
      {"add_board_columns_open",
       [](v1::RoomCommand& c) {
         v1::AddBoard* add = c.mutable_add_board();
         add->set_title("3B");
         add->set_kind(v1::BOARD_KIND_COLUMNS);
         add->set_writing_mode(v1::WRITING_MODE_OPEN);
         add->add_column_labels("behouden");
         add->add_column_labels("bannen");
         add->add_column_labels("bereiken");
       },
       cmd::AddBoard{"3B",
                     core::BoardKind::columns,
                     core::WritingMode::open,
                     {"behouden", "bannen", "bereiken"},
                     {},
                     false}},
      {"add_board_circles",
       [](v1::RoomCommand& c) {
         v1::AddBoard* add = c.mutable_add_board();
         add->set_kind(v1::BOARD_KIND_CIRCLES);
         add->set_writing_mode(v1::WRITING_MODE_OPEN);
       },
       cmd::AddBoard{"", core::BoardKind::circles, core::WritingMode::open, {}, {}, false}},
      {"set_writing",
       [](v1::RoomCommand& c) {
         c.mutable_set_writing()->set_board_id(big);
         c.mutable_set_writing()->set_open(true);
       },
       cmd::SetWriting{big, true}},
      {"set_writing_close", [](v1::RoomCommand& c) { c.mutable_set_writing()->set_board_id(3); },
       cmd::SetWriting{3, false}},
      {"reveal_board", [](v1::RoomCommand& c) { c.mutable_reveal_board()->set_board_id(7); },
       cmd::RevealBoard{7, false}},
      {"reveal_board_confirmed",
       [](v1::RoomCommand& c) {
         c.mutable_reveal_board()->set_board_id(7);
         c.mutable_reveal_board()->set_confirm_small_group(true);
       },
       cmd::RevealBoard{7, true}},
      {"merge_notes",
       [](v1::RoomCommand& c) {
         c.mutable_merge_notes()->set_into_note_id(11);
         c.mutable_merge_notes()->set_note_id(big - 1);
       },
       cmd::MergeNotes{11, big - 1}},
      {"remove_note", [](v1::RoomCommand& c) { c.mutable_remove_note()->set_note_id(13); },
       cmd::RemoveNote{13}},
      {"open_vote_board_secret",
       [](v1::RoomCommand& c) {
         v1::OpenVote* open = c.mutable_open_vote();
         open->set_title("Welk scenario?");
         open->set_audience(v1::VOTE_AUDIENCE_BOARD);
         open->set_mode(v1::BALLOT_MODE_SECRET);
         open->add_options("Scenario 1");
         open->add_options("Scenario 2");
         open->add_options("\xE2\x9C\x93");  // U+2713
       },
       cmd::OpenVote{"Welk scenario?",
                     core::VoteAudience::board,
                     core::BallotMode::secret,
                     {"Scenario 1", "Scenario 2", "\xE2\x9C\x93"}}},
      {"open_vote_participants_open_cards",
       [](v1::RoomCommand& c) {
         v1::OpenVote* open = c.mutable_open_vote();
         open->set_title("Pizza?");
         open->set_audience(v1::VOTE_AUDIENCE_PARTICIPANTS);
         open->set_mode(v1::BALLOT_MODE_OPEN_CARDS);
         open->add_options("ja");
         open->add_options("nee");
       },
       cmd::OpenVote{"Pizza?",
                     core::VoteAudience::participants,
                     core::BallotMode::open_cards,
                     {"ja", "nee"}}},
      {"close_vote", [](v1::RoomCommand& c) { c.mutable_close_vote()->set_vote_id(21); },
       cmd::CloseVote{21}},
      {"reveal_vote", [](v1::RoomCommand& c) { c.mutable_reveal_vote()->set_vote_id(big); },
       cmd::RevealVote{big}},
      {"add_note",
       [](v1::RoomCommand& c) {
         v1::AddNote* add = c.mutable_add_note();
         add->set_board_id(5);
         add->set_zone_id(4);
         add->set_text("Meer pauzes \xE2\x98\x95\n\nen koffie");
         add->set_note_secret(secret_a);
       },
       cmd::AddNote{5, 4, "Meer pauzes \xE2\x98\x95\n\nen koffie", secret_a}},
      {"edit_note",
       [](v1::RoomCommand& c) {
         v1::EditNote* edit = c.mutable_edit_note();
         edit->set_note_id(big);
         edit->set_text("korter");
         edit->set_note_secret(secret_b);
       },
       cmd::EditNote{big, "korter", secret_b}},
      {"delete_note",
       [](v1::RoomCommand& c) {
         c.mutable_delete_note()->set_note_id(99);
         c.mutable_delete_note()->set_note_secret(secret_a);
       },
       cmd::DeleteNote{99, secret_a}},
      {"move_note_by_author",
       [](v1::RoomCommand& c) {
         v1::MoveNote* move = c.mutable_move_note();
         move->set_note_id(42);
         move->set_zone_id(std::numeric_limits<std::uint32_t>::max());
         move->set_note_secret(secret_b);
       },
       cmd::MoveNote{42, std::numeric_limits<std::uint32_t>::max(), secret_b}},
      {"move_note_without_secret",
       [](v1::RoomCommand& c) {
         c.mutable_move_note()->set_note_id(42);
         c.mutable_move_note()->set_zone_id(2);
       },
       cmd::MoveNote{42, 2, ""}},
      {"cast_vote",
       [](v1::RoomCommand& c) {
         v1::CastVote* cast = c.mutable_cast_vote();
         cast->set_vote_id(8);
         cast->set_option_id(10);
       },
       cmd::CastVote{8, 10}},
      {"open_vote_on_a_dilemma",
       [](v1::RoomCommand& c) {
         v1::OpenVote* open = c.mutable_open_vote();
         open->set_audience(v1::VOTE_AUDIENCE_PARTICIPANTS);
         open->set_mode(v1::BALLOT_MODE_SECRET);
         open->set_dilemma_id(4);
       },
       cmd::OpenVote{"", core::VoteAudience::participants, core::BallotMode::secret, {}, 4}},
      {"set_strategy",
       [](v1::RoomCommand& c) { c.mutable_set_strategy()->set_text("Betaalbaar wonen"); },
       cmd::SetStrategy{"Betaalbaar wonen"}},
      {"add_dilemma",
       [](v1::RoomCommand& c) {
         v1::AddDilemma* add = c.mutable_add_dilemma();
         add->set_title("Dubbel glas?");
         add->set_context("Bij schilderwerk");
         add->add_scenarios("nooit");
         add->add_scenarios("soms");
         add->add_scenarios("altijd");
         add->set_strategy_scenario(3);
         add->set_proposal_id(big);
       },
       cmd::AddDilemma{"Dubbel glas?", "Bij schilderwerk", {"nooit", "soms", "altijd"}, 3, big}},
      {"edit_dilemma",
       [](v1::RoomCommand& c) {
         v1::EditDilemma* edit = c.mutable_edit_dilemma();
         edit->set_dilemma_id(2);
         edit->set_title("Praatje?");
         edit->add_scenarios("a");
         edit->set_strategy_scenario(1);
       },
       cmd::EditDilemma{2, "Praatje?", "", {"a"}, 1}},
      {"record_outcome",
       [](v1::RoomCommand& c) {
         v1::RecordOutcome* record = c.mutable_record_outcome();
         record->set_dilemma_id(3);
         record->set_outcome(v1::DILEMMA_OUTCOME_CONSENSUS);
         record->set_chosen_scenario(2);
       },
       cmd::RecordOutcome{3, core::DilemmaOutcome::consensus, 2}},
      {"show_strategy_marks", [](v1::RoomCommand& c) { c.mutable_show_strategy_marks(); },
       cmd::ShowStrategyMarks{}},
      {"dismiss_proposal",
       [](v1::RoomCommand& c) { c.mutable_dismiss_proposal()->set_proposal_id(6); },
       cmd::DismissProposal{6}},
      {"submit_proposal",
       [](v1::RoomCommand& c) {
         v1::SubmitProposal* submit = c.mutable_submit_proposal();
         submit->set_title("Praatje met de klant");
         submit->add_scenarios("kort");
       },
       cmd::SubmitProposal{"Praatje met de klant", "", {"kort"}}},
      {"create_bundle",
       [](v1::RoomCommand& c) {
         v1::CreateBundle* create = c.mutable_create_bundle();
         create->set_title("Bestuur maart");
         create->set_mode(v1::BALLOT_MODE_OPEN_CARDS);
         create->add_dilemma_ids(2);
         create->add_dilemma_ids(big);
       },
       cmd::CreateBundle{"Bestuur maart", core::BallotMode::open_cards, {2, big}}},
      {"reveal_bundle", [](v1::RoomCommand& c) { c.mutable_reveal_bundle()->set_bundle_id(3); },
       cmd::RevealBundle{3}},
      {"record_decision",
       [](v1::RoomCommand& c) {
         v1::RecordDecision* record = c.mutable_record_decision();
         record->set_bundle_id(1);
         record->set_dilemma_id(2);
         record->set_decision(3);
         record->set_reason("Past bij de strategie.");
       },
       cmd::RecordDecision{1, 2, 3, "Past bij de strategie."}},
      {"open_bundle_round",
       [](v1::RoomCommand& c) {
         c.mutable_open_bundle_round()->set_bundle_id(1);
         c.mutable_open_bundle_round()->set_dilemma_id(2);
       },
       cmd::OpenBundleRound{1, 2}},
      {"save_action_full",
       [](v1::RoomCommand& c) {
         v1::SaveAction* save = c.mutable_save_action();
         save->set_action_id(4);
         v1::Action* action = save->mutable_action();
         action->set_id(99);  // ignored: the command's action_id names the action
         action->set_note_id(big);
         action->set_title("Wekelijks spreekuur");
         action->set_goal("minder losse vragen");
         action->set_target_group("collega's");
         action->set_specific("dinsdag 10-11");
         action->set_measurable("aantal vragen");
         action->set_acceptable("team akkoord");
         action->set_realistic("een uur per week");
         action->set_deadline("2027-03-01");
         action->set_owner("teamleider");
         action->set_term(v1::ACTION_TERM_LONG);
         action->add_pros("rust");
         action->add_cons("");
         action->add_cons("tijd");
         action->set_circle_zone(2);
       },
       cmd::SaveAction{4, core::Action{0,
                                       big,
                                       "Wekelijks spreekuur",
                                       "minder losse vragen",
                                       "collega's",
                                       "dinsdag 10-11",
                                       "aantal vragen",
                                       "team akkoord",
                                       "een uur per week",
                                       "2027-03-01",
                                       "teamleider",
                                       core::ActionTerm::long_term,
                                       {"rust"},
                                       {"", "tijd"},
                                       2}}},
      {"save_action_minimal",
       [](v1::RoomCommand& c) {
         c.mutable_save_action()->mutable_action()->set_term(v1::ACTION_TERM_SHORT);
       },
       cmd::SaveAction{0, core::Action{}}},
      {"remove_action", [](v1::RoomCommand& c) { c.mutable_remove_action()->set_action_id(7); },
       cmd::RemoveAction{7}},
      {"score_action",
       [](v1::RoomCommand& c) {
         v1::ScoreAction* score = c.mutable_score_action();
         score->set_action_id(2);
         v1::CriteriaScores* scores = score->mutable_scores();
         scores->set_likelihood(5);
         scores->set_visibility(1);
         scores->set_fits_vision(3);
         scores->set_reach(2);
         scores->set_concreteness(4);
       },
       cmd::ScoreAction{2, core::CriteriaScores{5, 1, 3, 2, 4}}},
      {"reveal_ranking", [](v1::RoomCommand& c) { c.mutable_reveal_ranking(); },
       cmd::RevealRanking{}},
      {"set_min_group_size",
       [](v1::RoomCommand& c) { c.mutable_set_min_group_size()->set_size(4); },
       cmd::SetMinGroupSize{4}},
      {"set_auto_reveal", [](v1::RoomCommand& c) { c.mutable_set_auto_reveal()->set_on(true); },
       cmd::SetAutoReveal{true}},
      {"set_focus",
       [](v1::RoomCommand& c) {
         v1::Focus* focus = c.mutable_set_focus()->mutable_focus();
         focus->set_kind(v1::FOCUS_KIND_BUNDLE_ITEM);
         focus->set_dilemma_id(3);
         focus->set_bundle_id(2);
         c.mutable_set_focus()->set_open_writing(true);
       },
       cmd::SetFocus{core::Focus{core::FocusKind::bundle_item, 0, 3, 0, 2}, true}},
      {"place_activity",
       [](v1::RoomCommand& c) {
         v1::Focus* activity = c.mutable_place_activity()->mutable_activity();
         activity->set_kind(v1::FOCUS_KIND_DILEMMA);
         activity->set_dilemma_id(7);
         c.mutable_place_activity()->set_phase_number(2);
       },
       cmd::PlaceActivity{core::Focus{core::FocusKind::dilemma, 0, 7, 0, 0}, 2}},
      {"reissue_projector_token",
       [](v1::RoomCommand& c) {
         c.mutable_reissue_projector_token()->set_projector_token("abcdefghijklmnopqrstuvwxyz");
       },
       cmd::ReissueProjectorToken{"abcdefghijklmnopqrstuvwxyz"}},
      {"set_focus none", [](v1::RoomCommand& c) { c.mutable_set_focus(); },
       cmd::SetFocus{core::Focus{}, false}},
      {"set_feedback",
       [](v1::RoomCommand& c) {
         c.mutable_set_feedback()->set_room_id(41);
         c.mutable_set_feedback()->set_text("Dank jullie wel");
       },
       cmd::SetFeedback{41, "Dank jullie wel"}},
  };
}

TEST(CodecDecodeCommand, EveryCommandKindRoundTrips) {
  const std::string key = raw_bytes(32, 0xC3);
  std::uint64_t request_id = 1;
  for (const CommandCase& c : command_cases()) {
    SCOPED_TRACE(c.name);
    v1::ClientMessage message;
    message.set_request_id(++request_id);
    message.mutable_command()->set_idempotency_key(key);
    c.fill(*message.mutable_command());

    const ClientMessage result = decoded(frame_of(message));
    EXPECT_EQ(result.request_id, request_id);
    const core::Command command = payload_as<core::Command>(result);
    EXPECT_EQ(command.idempotency_key, key);
    EXPECT_TRUE(same_body(command.body, c.expected))
        << "decoded body kind " << command.body.index() << ", expected " << c.expected.index();
  }
}

// The table must name every wire command and every client-made command body,
// so a command added to the schema or the core cannot go untested.
TEST(CodecDecodeCommand, TableCoversEveryCommand) {
  std::set<int> wire_cases;
  std::set<std::size_t> body_kinds;
  for (const CommandCase& c : command_cases()) {
    v1::RoomCommand command;
    c.fill(command);
    wire_cases.insert(static_cast<int>(command.command_case()));
    body_kinds.insert(c.expected.index());
  }
  const auto* oneof = v1::RoomCommand::descriptor()->FindOneofByName("command");
  ASSERT_NE(oneof, nullptr);
  // DeleteRoom and the programme lead's commands that reach other rooms decode
  // to payloads of their own (codec_decode_client_test): the wire commands not
  // in the table.
  for (const int resolved :
       {v1::RoomCommand::kDeleteRoom, v1::RoomCommand::kAttachRoom,
        v1::RoomCommand::kReleaseDecisions, v1::RoomCommand::kImportDilemmas}) {
    EXPECT_FALSE(wire_cases.contains(resolved)) << resolved;
  }
  EXPECT_EQ(wire_cases.size() + 4, static_cast<std::size_t>(oneof->field_count()));
  // CreateRoom, JoinMember and the programme's deliveries are made by the
  // server; AttachRoom and ReleaseDecisions by the node from what the lead sent.
  EXPECT_EQ(body_kinds.size(), std::variant_size_v<cmd::Body> - 8);
  EXPECT_FALSE(body_kinds.contains(cmd::Body(cmd::CreateRoom{}).index()));
  EXPECT_FALSE(body_kinds.contains(cmd::Body(cmd::JoinMember{}).index()));
}

TEST(CodecDecodeCommand, IdempotencyKeyIsCopiedAsRawBytes) {
  for (const std::string& key :
       {std::string(), std::string(1, '\0'), raw_bytes(64, 0x80), std::string(200, '\xFF')}) {
    v1::ClientMessage message;
    message.set_request_id(5);
    message.mutable_command()->set_idempotency_key(key);
    message.mutable_command()->mutable_start_timer();
    const core::Command command = payload_as<core::Command>(decoded(frame_of(message)));
    EXPECT_EQ(command.idempotency_key, key);  // bounds are the core's concern, not the codec's
  }
}

}  // namespace
}  // namespace codec_decode_command_test
}  // namespace kring::protocol::testing
