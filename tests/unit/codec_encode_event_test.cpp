// encode_event for every view::Body alternative: encode, parse back with the
// generated ServerMessage, check every field.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "codec_test_support.hpp"
#include "core/views.hpp"

namespace kring::protocol::testing {
namespace codec_encode_event_test {
namespace {

namespace view = core::view;
namespace ev = core::ev;
using Payload = v1::RoomEvent::PayloadCase;

core::Timer sample_timer() {
  return core::Timer{2, true, 1'700'000'123'456, 90'500, 120, {301'000, 1'799'999}};
}

void expect_timer(const v1::Timer& timer) {
  EXPECT_EQ(timer.phase_index(), 2u);
  EXPECT_TRUE(timer.running());
  EXPECT_EQ(timer.started_at_ms(), 1'700'000'123'456);
  EXPECT_EQ(timer.elapsed_ms(), 90'500);
  EXPECT_EQ(timer.extended_seconds(), 120u);
  ASSERT_EQ(timer.actual_ms_size(), 2);
  EXPECT_EQ(timer.actual_ms(0), 301'000);
  EXPECT_EQ(timer.actual_ms(1), 1'799'999);
}

core::Note sample_note(core::NoteId id, std::string text) {
  return core::Note{id, 4, 3, std::move(text), {id + 100, id + 200}};
}

void expect_note(const v1::Note& note, core::NoteId id, const std::string& text) {
  EXPECT_EQ(note.id(), id);
  EXPECT_EQ(note.board_id(), 4u);
  EXPECT_EQ(note.zone_id(), 3u);
  EXPECT_EQ(note.text(), text);
  ASSERT_EQ(note.merged_ids_size(), 2);
  EXPECT_EQ(note.merged_ids(0), id + 100);
  EXPECT_EQ(note.merged_ids(1), id + 200);
}

view::BoardView sample_board() {
  core::Board board;
  board.id = 4;
  board.title = "Gezondheidsmatrix";
  board.kind = core::BoardKind::matrix;
  board.writing_mode = core::WritingMode::private_first;
  board.zones = {{1, "team/goed", 0, 0}, {2, "team/slecht", 0, 1}, {3, "werk/goed", 1, 0}};
  board.row_labels = {"team", "werk"};
  board.column_labels = {"goed", "slecht"};
  board.writing_open = true;
  board.revealed = false;
  board.participants_may_move = true;
  return view::BoardView{board, 6};
}

void expect_board(const v1::Board& board) {
  EXPECT_EQ(board.id(), 4u);
  EXPECT_EQ(board.title(), "Gezondheidsmatrix");
  EXPECT_EQ(board.kind(), v1::BOARD_KIND_MATRIX);
  EXPECT_EQ(board.writing_mode(), v1::WRITING_MODE_PRIVATE_FIRST);
  ASSERT_EQ(board.zones_size(), 3);
  EXPECT_EQ(board.zones(1).id(), 2u);
  EXPECT_EQ(board.zones(1).label(), "team/slecht");
  EXPECT_EQ(board.zones(1).row(), 0u);
  EXPECT_EQ(board.zones(1).column(), 1u);
  EXPECT_EQ(board.zones(2).row(), 1u);
  EXPECT_EQ(board.zones(2).column(), 0u);
  ASSERT_EQ(board.row_labels_size(), 2);
  EXPECT_EQ(board.row_labels(1), "werk");
  ASSERT_EQ(board.column_labels_size(), 2);
  EXPECT_EQ(board.column_labels(0), "goed");
  EXPECT_TRUE(board.writing_open());
  EXPECT_FALSE(board.revealed());
  EXPECT_TRUE(board.participants_may_move());
  EXPECT_EQ(board.hidden_count(), 6u);
}

view::VoteView sample_vote() {
  return view::VoteView{core::Vote{9,
                                   "Welk scenario?",
                                   core::VoteAudience::board,
                                   core::BallotMode::secret,
                                   {{1, "Scenario 1"}, {2, "Scenario 2"}},
                                   core::VoteStatus::closed,
                                   12},
                        3, 5};
}

void expect_vote(const v1::Vote& vote) {
  EXPECT_EQ(vote.id(), 9u);
  EXPECT_EQ(vote.title(), "Welk scenario?");
  EXPECT_EQ(vote.audience(), v1::VOTE_AUDIENCE_BOARD);
  EXPECT_EQ(vote.mode(), v1::BALLOT_MODE_SECRET);
  ASSERT_EQ(vote.options_size(), 2);
  EXPECT_EQ(vote.options(1).id(), 2u);
  EXPECT_EQ(vote.options(1).label(), "Scenario 2");
  EXPECT_EQ(vote.status(), v1::VOTE_STATUS_CLOSED);
  EXPECT_EQ(vote.voted_count(), 3u);
  EXPECT_EQ(vote.eligible_count(), 5u);
  EXPECT_EQ(vote.dilemma_id(), 12u);
}

core::Dilemma sample_dilemma() {
  return core::Dilemma{7,
                       "Mag de postbode een praatje maken?",
                       "Efficiency staat op 1",
                       {"nooit", "als het kan", "altijd"},
                       3,
                       5,
                       9,
                       core::DilemmaOutcome::consensus,
                       2,
                       11};
}

void expect_dilemma(const v1::Dilemma& dilemma) {
  EXPECT_EQ(dilemma.id(), 7u);
  EXPECT_EQ(dilemma.title(), "Mag de postbode een praatje maken?");
  EXPECT_EQ(dilemma.context(), "Efficiency staat op 1");
  ASSERT_EQ(dilemma.scenarios_size(), 3);
  EXPECT_EQ(dilemma.scenarios(2), "altijd");
  EXPECT_EQ(dilemma.strategy_scenario(), 3u);
  EXPECT_EQ(dilemma.board_id(), 5u);
  EXPECT_EQ(dilemma.poll_id(), 9u);
  EXPECT_EQ(dilemma.outcome(), v1::DILEMMA_OUTCOME_CONSENSUS);
  EXPECT_EQ(dilemma.chosen_scenario(), 2u);
  EXPECT_EQ(dilemma.proposal_id(), 11u);
}

struct EventCase {
  const char* name;
  view::Body body;
  Payload payload;
  std::function<void(const v1::RoomEvent&)> check;
};

std::vector<EventCase> event_cases() {
  return {
      {"sealed", view::Sealed{}, Payload::PAYLOAD_NOT_SET, [](const v1::RoomEvent&) {}},
      {"member_joined", view::MemberJoined{core::Member{12, core::Role::board_member, "Cas"}, 7, 3},
       Payload::kMemberJoined,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.member_joined().member().id(), 12u);
         EXPECT_EQ(e.member_joined().member().role(), v1::ROLE_BOARD_MEMBER);
         EXPECT_EQ(e.member_joined().member().display_name(), "Cas");
         EXPECT_EQ(e.member_joined().participant_count(), 7u);
         EXPECT_EQ(e.member_joined().board_member_count(), 3u);
       }},
      {"agenda_set", ev::AgendaSet{{{"Check-in", 300}, {"Terugblik", 1800}}, sample_timer()},
       Payload::kAgendaSet,
       [](const v1::RoomEvent& e) {
         ASSERT_EQ(e.agenda_set().phases_size(), 2);
         EXPECT_EQ(e.agenda_set().phases(0).title(), "Check-in");
         EXPECT_EQ(e.agenda_set().phases(0).planned_seconds(), 300u);
         EXPECT_EQ(e.agenda_set().phases(1).title(), "Terugblik");
         EXPECT_EQ(e.agenda_set().phases(1).planned_seconds(), 1800u);
         expect_timer(e.agenda_set().timer());
       }},
      {"timer_changed", ev::TimerChanged{sample_timer()}, Payload::kTimerChanged,
       [](const v1::RoomEvent& e) { expect_timer(e.timer_changed().timer()); }},
      {"board_added", view::BoardAdded{sample_board()}, Payload::kBoardAdded,
       [](const v1::RoomEvent& e) { expect_board(e.board_added().board()); }},
      {"writing_changed", ev::WritingChanged{big, true}, Payload::kWritingChanged,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.writing_changed().board_id(), big);
         EXPECT_TRUE(e.writing_changed().open());
       }},
      {"board_revealed",
       view::BoardRevealed{4, {sample_note(31, "tweede"), sample_note(30, "eerste")}},
       Payload::kBoardRevealed,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.board_revealed().board_id(), 4u);
         ASSERT_EQ(e.board_revealed().notes_size(), 2);  // order kept as given
         expect_note(e.board_revealed().notes(0), 31, "tweede");
         expect_note(e.board_revealed().notes(1), 30, "eerste");
       }},
      {"note_added", view::NoteAdded{sample_note(big, "Meer pauzes \xE2\x98\x95")},
       Payload::kNoteAdded,
       [](const v1::RoomEvent& e) {
         expect_note(e.note_added().note(), big, "Meer pauzes \xE2\x98\x95");
       }},
      {"hidden_note_count", view::HiddenNoteCount{4, 17, 5}, Payload::kHiddenNoteCount,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.hidden_note_count().board_id(), 4u);
         EXPECT_EQ(e.hidden_note_count().hidden_count(), 17u);
         EXPECT_EQ(e.hidden_note_count().writer_count(), 5u);
       }},
      {"note_edited", ev::NoteEdited{33, "nieuwe tekst"}, Payload::kNoteEdited,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.note_edited().note_id(), 33u);
         EXPECT_EQ(e.note_edited().text(), "nieuwe tekst");
       }},
      {"note_removed", ev::NoteRemoved{34}, Payload::kNoteRemoved,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.note_removed().note_id(), 34u); }},
      {"note_moved", ev::NoteMoved{35, 2}, Payload::kNoteMoved,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.note_moved().note_id(), 35u);
         EXPECT_EQ(e.note_moved().zone_id(), 2u);
       }},
      {"notes_merged", view::NotesMerged{36, 37, "eerste\n\ntweede"}, Payload::kNotesMerged,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.notes_merged().into_note_id(), 36u);
         EXPECT_EQ(e.notes_merged().note_id(), 37u);
         EXPECT_EQ(e.notes_merged().text(), "eerste\n\ntweede");
       }},
      {"vote_opened", view::VoteOpened{sample_vote()}, Payload::kVoteOpened,
       [](const v1::RoomEvent& e) { expect_vote(e.vote_opened().vote()); }},
      {"vote_progress", view::VoteProgress{9, 4, 5}, Payload::kVoteProgress,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.vote_progress().vote_id(), 9u);
         EXPECT_EQ(e.vote_progress().voted_count(), 4u);
         EXPECT_EQ(e.vote_progress().eligible_count(), 5u);
       }},
      {"vote_closed", ev::VoteClosed{9}, Payload::kVoteClosed,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.vote_closed().vote_id(), 9u); }},
      {"vote_revealed",
       view::VoteRevealed{core::VoteResult{9, {{1, 2}, {2, 0}}, {{"Anna", 1}, {"#2", 1}}}},
       Payload::kVoteRevealed,
       [](const v1::RoomEvent& e) {
         const v1::VoteResult& result = e.vote_revealed().result();
         EXPECT_EQ(result.vote_id(), 9u);
         ASSERT_EQ(result.tally_size(), 2);
         EXPECT_EQ(result.tally(0).option_id(), 1u);
         EXPECT_EQ(result.tally(0).count(), 2u);
         EXPECT_EQ(result.tally(1).option_id(), 2u);
         EXPECT_EQ(result.tally(1).count(), 0u);
         ASSERT_EQ(result.cards_size(), 2);
         EXPECT_EQ(result.cards(0).voter_name(), "Anna");
         EXPECT_EQ(result.cards(0).option_id(), 1u);
         EXPECT_EQ(result.cards(1).voter_name(), "#2");
       }},
      {"strategy_set", ev::StrategySet{"Betaalbaar en dichtbij"}, Payload::kStrategySet,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.strategy_set().text(), "Betaalbaar en dichtbij");
       }},
      {"dilemma_added", view::DilemmaAdded{sample_dilemma(), sample_board()},
       Payload::kDilemmaAdded,
       [](const v1::RoomEvent& e) {
         expect_dilemma(e.dilemma_added().dilemma());
         expect_board(e.dilemma_added().board());
       }},
      {"dilemma_edited", ev::DilemmaEdited{sample_dilemma()}, Payload::kDilemmaEdited,
       [](const v1::RoomEvent& e) { expect_dilemma(e.dilemma_edited().dilemma()); }},
      {"outcome_recorded", ev::OutcomeRecorded{7, core::DilemmaOutcome::no_consensus, 0},
       Payload::kOutcomeRecorded,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.outcome_recorded().dilemma_id(), 7u);
         EXPECT_EQ(e.outcome_recorded().outcome(), v1::DILEMMA_OUTCOME_NO_CONSENSUS);
         EXPECT_EQ(e.outcome_recorded().chosen_scenario(), 0u);
       }},
      {"strategy_marks_shown", view::StrategyMarksShown{{{1, 3}, {2, 0}}},
       Payload::kStrategyMarksShown,
       [](const v1::RoomEvent& e) {
         const v1::StrategyMarksShown& shown = e.strategy_marks_shown();
         ASSERT_EQ(shown.marks_size(), 2);
         EXPECT_EQ(shown.marks(0).dilemma_id(), 1u);
         EXPECT_EQ(shown.marks(0).scenario(), 3u);
         EXPECT_EQ(shown.marks(1).dilemma_id(), 2u);
         EXPECT_EQ(shown.marks(1).scenario(), 0u);
       }},
      {"proposal_submitted",
       ev::ProposalSubmitted{
           core::Proposal{4, "Dubbel glas?", "", {"ja"}, core::ProposalStatus::open}},
       Payload::kProposalSubmitted,
       [](const v1::RoomEvent& e) {
         const v1::Proposal& proposal = e.proposal_submitted().proposal();
         EXPECT_EQ(proposal.id(), 4u);
         EXPECT_EQ(proposal.title(), "Dubbel glas?");
         ASSERT_EQ(proposal.scenarios_size(), 1);
         EXPECT_EQ(proposal.status(), v1::PROPOSAL_STATUS_OPEN);
       }},
      {"proposal_dismissed", ev::ProposalDismissed{4}, Payload::kProposalDismissed,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.proposal_dismissed().proposal_id(), 4u); }},
      {"bundle_created",
       view::BundleCreated{core::Bundle{2,
                                        "Bestuur",
                                        core::BallotMode::secret,
                                        {{7, core::BundleItemKind::approval, 9, 0, "", {}},
                                         {8, core::BundleItemKind::choice, 10, 3, "Omdat.", {2}}}},
                           {sample_vote()}},
       Payload::kBundleCreated,
       [](const v1::RoomEvent& e) {
         const v1::Bundle& bundle = e.bundle_created().bundle();
         EXPECT_EQ(bundle.id(), 2u);
         EXPECT_EQ(bundle.title(), "Bestuur");
         EXPECT_EQ(bundle.mode(), v1::BALLOT_MODE_SECRET);
         ASSERT_EQ(bundle.items_size(), 2);
         EXPECT_EQ(bundle.items(0).dilemma_id(), 7u);
         EXPECT_EQ(bundle.items(0).kind(), v1::BUNDLE_ITEM_KIND_APPROVAL);
         EXPECT_EQ(bundle.items(0).vote_id(), 9u);
         EXPECT_EQ(bundle.items(1).kind(), v1::BUNDLE_ITEM_KIND_CHOICE);
         EXPECT_EQ(bundle.items(1).decision(), 3u);
         EXPECT_EQ(bundle.items(1).decision_reason(), "Omdat.");
         ASSERT_EQ(bundle.items(1).earlier_vote_ids_size(), 1);
         EXPECT_EQ(bundle.items(1).earlier_vote_ids(0), 2u);
         ASSERT_EQ(e.bundle_created().votes_size(), 1);
         expect_vote(e.bundle_created().votes(0));
       }},
      {"bundle_revealed",
       view::BundleRevealed{2, {core::VoteResult{9, {{1, 2}}, {}}, core::VoteResult{10, {}, {}}}},
       Payload::kBundleRevealed,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.bundle_revealed().bundle_id(), 2u);
         ASSERT_EQ(e.bundle_revealed().results_size(), 2);
         EXPECT_EQ(e.bundle_revealed().results(0).vote_id(), 9u);
         EXPECT_EQ(e.bundle_revealed().results(0).tally(0).count(), 2u);
         EXPECT_EQ(e.bundle_revealed().results(1).vote_id(), 10u);
       }},
      {"decision_recorded", ev::DecisionRecorded{2, 8, 1, "Omdat het kan."},
       Payload::kDecisionRecorded,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.decision_recorded().bundle_id(), 2u);
         EXPECT_EQ(e.decision_recorded().dilemma_id(), 8u);
         EXPECT_EQ(e.decision_recorded().decision(), 1u);
         EXPECT_EQ(e.decision_recorded().reason(), "Omdat het kan.");
       }},
      {"bundle_round_opened", view::BundleRoundOpened{2, 8, sample_vote()},
       Payload::kBundleRoundOpened,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.bundle_round_opened().bundle_id(), 2u);
         EXPECT_EQ(e.bundle_round_opened().dilemma_id(), 8u);
         expect_vote(e.bundle_round_opened().vote());
       }},
      {"action_saved",
       view::ActionSaved{view::ActionView{core::Action{6,
                                                       12,
                                                       "Spreekuur",
                                                       "rust",
                                                       "team",
                                                       "dinsdag",
                                                       "aantal",
                                                       "ja",
                                                       "uur",
                                                       "2027-01-31",
                                                       "teamleider",
                                                       core::ActionTerm::long_term,
                                                       {"a", "b"},
                                                       {"c"},
                                                       3},
                                          4}},
       Payload::kActionSaved,
       [](const v1::RoomEvent& e) {
         const v1::Action& a = e.action_saved().action();
         EXPECT_EQ(a.id(), 6u);
         EXPECT_EQ(a.note_id(), 12u);
         EXPECT_EQ(a.title(), "Spreekuur");
         EXPECT_EQ(a.goal(), "rust");
         EXPECT_EQ(a.target_group(), "team");
         EXPECT_EQ(a.specific(), "dinsdag");
         EXPECT_EQ(a.measurable(), "aantal");
         EXPECT_EQ(a.acceptable(), "ja");
         EXPECT_EQ(a.realistic(), "uur");
         EXPECT_EQ(a.deadline(), "2027-01-31");
         EXPECT_EQ(a.owner(), "teamleider");
         EXPECT_EQ(a.term(), v1::ACTION_TERM_LONG);
         ASSERT_EQ(a.pros_size(), 2);
         EXPECT_EQ(a.pros(1), "b");
         ASSERT_EQ(a.cons_size(), 1);
         EXPECT_EQ(a.circle_zone(), 3u);
         EXPECT_EQ(a.scorers(), 4u);
       }},
      {"action_removed", ev::ActionRemoved{6}, Payload::kActionRemoved,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.action_removed().action_id(), 6u); }},
      {"action_score_progress", view::ActionScoreProgress{6, 5}, Payload::kActionScoreProgress,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.action_score_progress().action_id(), 6u);
         EXPECT_EQ(e.action_score_progress().scorers(), 5u);
       }},
      {"ranking_revealed",
       ev::RankingRevealed{{core::RankingEntry{6, 2, core::CriteriaScores{9, 8, 7, 5, 4}},
                            core::RankingEntry{7, 0, {}}}},
       Payload::kRankingRevealed,
       [](const v1::RoomEvent& e) {
         ASSERT_EQ(e.ranking_revealed().entries_size(), 2);
         const v1::RankingEntry& first = e.ranking_revealed().entries(0);
         EXPECT_EQ(first.action_id(), 6u);
         EXPECT_EQ(first.scorers(), 2u);
         EXPECT_EQ(first.sums().likelihood(), 9u);
         EXPECT_EQ(first.sums().visibility(), 8u);
         EXPECT_EQ(first.sums().fits_vision(), 7u);
         EXPECT_EQ(first.sums().reach(), 5u);
         EXPECT_EQ(first.sums().concreteness(), 4u);
         EXPECT_EQ(e.ranking_revealed().entries(1).action_id(), 7u);
       }},
      {"min_group_size_set", ev::MinGroupSizeSet{4}, Payload::kMinGroupSizeSet,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.min_group_size_set().size(), 4u); }},
      {"auto_reveal_set", ev::AutoRevealSet{true}, Payload::kAutoRevealSet,
       [](const v1::RoomEvent& e) { EXPECT_TRUE(e.auto_reveal_set().on()); }},
      {"projector_link_replaced", view::ProjectorLinkReplaced{}, Payload::kProjectorLinkReplaced,
       [](const v1::RoomEvent& e) { EXPECT_TRUE(e.has_projector_link_replaced()); }},
      {"activity_placed", ev::ActivityPlaced{core::Focus{core::FocusKind::board, 4, 0, 0, 0}, 2},
       Payload::kActivityPlaced,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.activity_placed().activity().kind(), v1::FOCUS_KIND_BOARD);
         EXPECT_EQ(e.activity_placed().activity().board_id(), 4u);
         EXPECT_EQ(e.activity_placed().phase_number(), 2u);
       }},
      {"focus_set", ev::FocusSet{core::Focus{core::FocusKind::bundle_item, 0, 2, 0, 1}, true},
       Payload::kFocusSet,
       [](const v1::RoomEvent& e) {
         const v1::Focus& focus = e.focus_set().focus();
         EXPECT_EQ(focus.kind(), v1::FOCUS_KIND_BUNDLE_ITEM);
         EXPECT_EQ(focus.board_id(), 0u);
         EXPECT_EQ(focus.dilemma_id(), 2u);
         EXPECT_EQ(focus.vote_id(), 0u);
         EXPECT_EQ(focus.bundle_id(), 1u);
         EXPECT_TRUE(e.focus_set().writing_opened());
       }},
      {"room_attached", ev::RoomAttached{901, "Zorg", true}, Payload::kRoomAttached,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.room_attached().room_id(), 901u);
         EXPECT_EQ(e.room_attached().job_family(), "Zorg");
         EXPECT_TRUE(e.room_attached().board_meeting());
       }},
      {"feedback_set", ev::FeedbackSet{901, "Dank"}, Payload::kFeedbackSet,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.feedback_set().room_id(), 901u);
         EXPECT_EQ(e.feedback_set().text(), "Dank");
       }},
      {"decisions_released",
       ev::DecisionsReleased{{core::ReleasedDecision{
           901, 2, "Overwerk?", core::BundleItemKind::choice, 2, "Zelden", 2, true, {0, 3, 1}}}},
       Payload::kDecisionsReleased,
       [](const v1::RoomEvent& e) {
         ASSERT_EQ(e.decisions_released().decisions_size(), 1);
         const v1::ReleasedDecision& d = e.decisions_released().decisions(0);
         EXPECT_EQ(d.room_id(), 901u);
         EXPECT_EQ(d.dilemma_id(), 2u);
         EXPECT_EQ(d.title(), "Overwerk?");
         EXPECT_EQ(d.kind(), v1::BUNDLE_ITEM_KIND_CHOICE);
         EXPECT_EQ(d.decision(), 2u);
         EXPECT_EQ(d.reason(), "Zelden");
         EXPECT_EQ(d.scenario(), 2u);
         EXPECT_TRUE(d.follows_strategy());
         EXPECT_EQ(d.board_counts_size(), 3);
         EXPECT_EQ(d.board_counts(1), 3u);
       }},
      {"news_delivered", ev::NewsDelivered{901, 17}, Payload::kNewsDelivered,
       [](const v1::RoomEvent& e) {
         EXPECT_EQ(e.news_delivered().room_id(), 901u);
         EXPECT_EQ(e.news_delivered().version(), 17u);
       }},
      {"programme_room_gone", ev::ProgrammeRoomGone{902}, Payload::kProgrammeRoomGone,
       [](const v1::RoomEvent& e) { EXPECT_EQ(e.programme_room_gone().room_id(), 902u); }},
      {"news_received",
       ev::NewsReceived{
           core::ProgrammeNews{900, 17, "Traject", "Zorg", false, "De client", {}, "Dank"}},
       Payload::kNewsReceived,
       [](const v1::RoomEvent& e) {
         const v1::ProgrammeNews& news = e.news_received().news();
         EXPECT_EQ(news.programme_id(), 900u);
         EXPECT_EQ(news.version(), 17u);
         EXPECT_EQ(news.programme_title(), "Traject");
         EXPECT_EQ(news.job_family(), "Zorg");
         EXPECT_FALSE(news.board_meeting());
         EXPECT_EQ(news.strategy(), "De client");
         EXPECT_EQ(news.feedback(), "Dank");
       }},
      {"dilemma_imported",
       ev::DilemmaImported{core::Dilemma{3,
                                         "Thuiswerken?",
                                         "",
                                         {"nee", "soms", "ja"},
                                         0,
                                         0,
                                         0,
                                         core::DilemmaOutcome::consensus,
                                         3,
                                         0,
                                         core::DilemmaSource{901, 1, "Zorg", {1, 0, 4}, 5}}},
       Payload::kDilemmaImported,
       [](const v1::RoomEvent& e) {
         const v1::Dilemma& d = e.dilemma_imported().dilemma();
         EXPECT_EQ(d.id(), 3u);
         EXPECT_EQ(d.chosen_scenario(), 3u);
         EXPECT_EQ(d.source().room_id(), 901u);
         EXPECT_EQ(d.source().dilemma_id(), 1u);
         EXPECT_EQ(d.source().job_family(), "Zorg");
         EXPECT_EQ(d.source().poll_counts_size(), 3);
         EXPECT_EQ(d.source().poll_counts(2), 4u);
         EXPECT_EQ(d.source().poll_ballots(), 5u);
       }},
  };
}

TEST(CodecEncodeEvent, EveryViewKind) {
  std::uint64_t seq = 100;
  for (const EventCase& c : event_cases()) {
    SCOPED_TRACE(c.name);
    ++seq;
    const core::ClientEvent event{0xE90C, seq, 1'700'000'000'123, c.body};
    const v1::ServerMessage message = parsed(encode_event(event));
    EXPECT_EQ(message.request_id(), 0u);  // pushed
    ASSERT_EQ(message.payload_case(), v1::ServerMessage::kEvent);
    const v1::RoomEvent& out = message.event();
    EXPECT_EQ(out.epoch(), 0xE90Cu);
    EXPECT_EQ(out.seq(), seq);
    EXPECT_EQ(out.at_ms(), 1'700'000'000'123);
    ASSERT_EQ(out.payload_case(), c.payload);
    c.check(out);
  }
}

TEST(CodecEncodeEvent, TableCoversEveryViewKind) {
  std::set<std::size_t> kinds;
  std::set<int> payloads;
  for (const EventCase& c : event_cases()) {
    kinds.insert(c.body.index());
    payloads.insert(static_cast<int>(c.payload));
  }
  EXPECT_EQ(kinds.size(), std::variant_size_v<view::Body>);
  const auto* oneof = v1::RoomEvent::descriptor()->FindOneofByName("payload");
  ASSERT_NE(oneof, nullptr);
  // Every wire payload, plus "not set" for sealed events.
  EXPECT_EQ(payloads.size(), static_cast<std::size_t>(oneof->field_count()) + 1);
}

TEST(CodecEncodeEvent, SealedEventCarriesOnlyItsPosition) {
  const std::string frame = encode_event(core::ClientEvent{3, 4, 5, view::Sealed{}});
  v1::ServerMessage expected;
  expected.mutable_event()->set_epoch(3);
  expected.mutable_event()->set_seq(4);
  expected.mutable_event()->set_at_ms(5);
  EXPECT_EQ(frame, as_batch(expected));
}

TEST(CodecEncodeEvent, EmptyCollectionsAndDefaults) {
  const v1::ServerMessage message =
      parsed(encode_event(core::ClientEvent{0, 1, 0, view::BoardRevealed{8, {}}}));
  EXPECT_EQ(message.event().board_revealed().board_id(), 8u);
  EXPECT_EQ(message.event().board_revealed().notes_size(), 0);
}

}  // namespace
}  // namespace codec_encode_event_test
}  // namespace kring::protocol::testing
