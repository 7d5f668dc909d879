// A programme in the core: the lead's commands on the programme, the package
// it owes each room (versioned, so a repeat lands once), the copy a board
// meeting imports (the group's spread only after its reveal), and the board's
// decisions as they go back to the workshops.
#include "core/access.hpp"
#include "core/lookup.hpp"
#include "core/programme.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_programme_test {
namespace {

constexpr RoomId programme_id = 900;
constexpr RoomId zorg_id = 901;
constexpr RoomId ict_id = 902;
constexpr RoomId board_id = 903;

bool settled(const Decision& decision) { return std::holds_alternative<Duplicate>(decision); }

// A programme with two workshops and a board meeting.
struct Programme {
  RoomFixture room{RoomKind::programme};
  Programme() {
    room.run(facilitator, cmd::SetStrategy{"Wij kiezen voor de client"});
    room.run(facilitator, cmd::AttachRoom{zorg_id, "Zorg", false});
    room.run(facilitator, cmd::AttachRoom{ict_id, "ICT", false});
    room.run(facilitator, cmd::AttachRoom{board_id, "Bestuursvergadering", true});
  }
  ProgrammeNews news(RoomId id) const { return *news_for(room.state, programme_id, id); }
};

// A workshop with dilemma 1 (consensus on 3, poll revealed 1/0/1) and
// dilemma 2 (no consensus, poll still hidden).
struct Workshop {
  RoomFixture room;
  Workshop() {
    const Actor a = room.join(Role::participant, "A");
    const Actor b = room.join(Role::participant, "B");
    room.run(facilitator, cmd::AddDilemma{"Thuiswerken?", "Context", {"nee", "soms", "ja"}, 3, 0});
    room.run(facilitator, cmd::AddDilemma{"Overwerk?", "", {"nooit", "zelden", "vaak"}, 2, 0});
    const Event poll =
        room.run(facilitator,
                 cmd::OpenVote{"Peiling", VoteAudience::participants, BallotMode::secret, {}, 1});
    const VoteId poll_id = std::get<ev::VoteOpened>(poll.body).vote.id;
    room.run(facilitator, cmd::SetMinGroupSize{1});
    room.run(a, cmd::CastVote{poll_id, 3});
    room.run(b, cmd::CastVote{poll_id, 1});
    room.run(facilitator, cmd::RevealVote{poll_id});
    const Event hidden_poll =
        room.run(facilitator,
                 cmd::OpenVote{"Peiling", VoteAudience::participants, BallotMode::secret, {}, 2});
    room.run(a, cmd::CastVote{std::get<ev::VoteOpened>(hidden_poll.body).vote.id, 2});
    room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
    room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});
  }
};

TEST(Programme, HoldsOnlyItsOwnCommandsAndSeatsOnlyItsLead) {
  Programme programme;
  RoomFixture& room = programme.room;
  EXPECT_EQ(room.state.kind, RoomKind::programme);
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::AddDilemma{"x", "", {"a", "b", "c"}, 0, 0}),
                    ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(
      room.decide_as(facilitator,
                     cmd::AddBoard{"b", BoardKind::columns, WritingMode::open, {"a"}, {}, false}),
      ErrorCode::forbidden));
  const Decision join =
      decide(room.state, Command{"", cmd::JoinMember{Role::participant, "P", "h"}}, facilitator,
             room.now, 1);
  EXPECT_TRUE(rejected_with(join, ErrorCode::forbidden));
  EXPECT_EQ(may_join_with(room.state, Role::facilitator, room.state.facilitator_hash),
            std::nullopt);
  const Check projector_join =
      may_join_with(room.state, Role::projector, room.state.projector_hash);
  ASSERT_TRUE(projector_join);
  EXPECT_EQ(projector_join->code, ErrorCode::forbidden);

  // And a workshop refuses the programme's commands.
  RoomFixture workshop;
  EXPECT_TRUE(rejected_with(workshop.decide_as(facilitator, cmd::AttachRoom{5, "Zorg", false}),
                            ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(workshop.decide_as(facilitator, cmd::SetFeedback{5, "x"}),
                            ErrorCode::forbidden));
}

TEST(Programme, AttachingChecksTheJobFamilyDuplicatesOneBoardMeetingAndTheBound) {
  Programme programme;
  RoomFixture& room = programme.room;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::AttachRoom{zorg_id, "Zorg 2", false}),
                            ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::AttachRoom{950, "Tweede", true}),
                            ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::AttachRoom{950, "", false}),
                            ErrorCode::invalid_argument));
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::AttachRoom{950, std::string(81, 'x'), false}),
                    ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(
      room.decide_as(Actor{Role::participant, 1, {}}, cmd::AttachRoom{950, "Zorg", false}),
      ErrorCode::forbidden));
  for (RoomId id = 1000; room.state.programme_rooms.size() < limits::max_programme_rooms; ++id) {
    room.run(facilitator, cmd::AttachRoom{id, "Familie " + std::to_string(id), false});
  }
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::AttachRoom{2000, "Eén te veel", false}),
                    ErrorCode::limit_reached));
}

// docs/operations.md's programme row: feedback per job family is at most 2000 bytes.
TEST(Programme, FeedbackPerJobFamilyIsBoundedTo2000Bytes) {
  Programme programme;
  RoomFixture& room = programme.room;
  room.run(facilitator, cmd::SetFeedback{zorg_id, std::string(limits::max_feedback_bytes, 'x')});
  EXPECT_EQ(programme.news(zorg_id).feedback.size(), 2000u);
  EXPECT_TRUE(rejected_with(
      room.decide_as(facilitator,
                     cmd::SetFeedback{zorg_id, std::string(limits::max_feedback_bytes + 1, 'x')}),
      ErrorCode::invalid_argument));
  EXPECT_EQ(programme.news(zorg_id).feedback.size(), 2000u);
}

TEST(Programme, EachRoomIsOwedOnePackageWhoseVersionMovesWithWhatChangesIt) {
  Programme programme;
  RoomFixture& room = programme.room;
  EXPECT_EQ(rooms_behind(room.state), (std::vector<RoomId>{zorg_id, ict_id, board_id}));
  const ProgrammeNews zorg = programme.news(zorg_id);
  EXPECT_EQ(zorg.programme_id, programme_id);
  EXPECT_EQ(zorg.programme_title, "Kleine keuzes");
  EXPECT_EQ(zorg.job_family, "Zorg");
  EXPECT_EQ(zorg.strategy, "Wij kiezen voor de client");
  EXPECT_FALSE(zorg.board_meeting);
  EXPECT_TRUE(programme.news(board_id).board_meeting);
  EXPECT_EQ(news_for(room.state, programme_id, 4242), std::nullopt);

  // Each room confirms; a repeat of the confirmation changes nothing.
  for (const RoomId id : {zorg_id, ict_id, board_id}) {
    ASSERT_TRUE(std::holds_alternative<Accepted>(
        room.deliver(cmd::ConfirmNews{id, programme.news(id).version})));
  }
  EXPECT_TRUE(rooms_behind(room.state).empty());
  EXPECT_TRUE(settled(room.deliver(cmd::ConfirmNews{zorg_id, zorg.version})));
  EXPECT_TRUE(rejected_with(room.deliver(cmd::ConfirmNews{zorg_id, room.state.seq + 5}),
                            ErrorCode::invalid_argument));

  // Feedback moves one room's package, the strategy every room's.
  room.run(facilitator, cmd::SetFeedback{zorg_id, "Dank voor jullie inzet"});
  EXPECT_EQ(rooms_behind(room.state), (std::vector<RoomId>{zorg_id}));
  EXPECT_EQ(programme.news(zorg_id).feedback, "Dank voor jullie inzet");
  EXPECT_GT(programme.news(zorg_id).version, zorg.version);
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetFeedback{board_id, "x"}),
                            ErrorCode::invalid_argument));
  room.run(facilitator, cmd::SetStrategy{"Wij kiezen voor de medewerker"});
  EXPECT_EQ(rooms_behind(room.state), (std::vector<RoomId>{zorg_id, ict_id, board_id}));

  // A deleted room is owed nothing more, and takes no feedback.
  room.deliver(cmd::MarkRoomGone{ict_id});
  EXPECT_EQ(rooms_behind(room.state), (std::vector<RoomId>{zorg_id, board_id}));
  EXPECT_TRUE(settled(room.deliver(cmd::MarkRoomGone{ict_id})));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetFeedback{ict_id, "x"}),
                            ErrorCode::not_found));
}

TEST(Programme, AWorkshopKeepsTheNewestPackageOnlyAndTakesTheProgrammesStrategy) {
  Programme programme;
  Workshop workshop;
  RoomFixture& room = workshop.room;
  room.run(facilitator, cmd::SetStrategy{"Eigen strategie"});
  const ProgrammeNews first = programme.news(zorg_id);
  const Decision received = room.deliver(cmd::ReceiveNews{first});
  ASSERT_TRUE(std::holds_alternative<Accepted>(received));
  EXPECT_EQ(room.state.news, first);
  EXPECT_EQ(room.state.strategy, "Wij kiezen voor de client");
  // The same package again, or an older one, changes nothing.
  const std::size_t events = room.log.size();
  EXPECT_TRUE(settled(room.deliver(cmd::ReceiveNews{first})));
  ProgrammeNews older = first;
  older.version -= 1;
  older.feedback = "oud";
  EXPECT_TRUE(settled(room.deliver(cmd::ReceiveNews{older})));
  EXPECT_EQ(room.log.size(), events);
  EXPECT_EQ(room.state.news, first);
  // A newer one replaces it.
  programme.room.run(facilitator, cmd::SetFeedback{zorg_id, "Dank"});
  ASSERT_TRUE(
      std::holds_alternative<Accepted>(room.deliver(cmd::ReceiveNews{programme.news(zorg_id)})));
  EXPECT_EQ(room.state.news.feedback, "Dank");
  // The programme holds the strategy; another programme gets nowhere.
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetStrategy{"Toch anders"}),
                            ErrorCode::forbidden));
  ProgrammeNews stranger = programme.news(zorg_id);
  stranger.programme_id = 77;
  stranger.version += 100;
  EXPECT_TRUE(rejected_with(room.deliver(cmd::ReceiveNews{stranger}), ErrorCode::forbidden));
  // Every device of the workshop sees the package as it is.
  for (Role role : {Role::facilitator, Role::participant, Role::board_member, Role::projector}) {
    EXPECT_EQ(view_snapshot(room.state, role, 1).news, room.state.news);
  }
}

TEST(Programme, AnImportCarriesTheGroupsSpreadOnlyOnceItsPollWasRevealed) {
  Workshop workshop;
  const auto revealed = import_copy(workshop.room.state, zorg_id, 1, "Zorg");
  const Dilemma& copy = std::get<Dilemma>(revealed);
  EXPECT_EQ(copy.title, "Thuiswerken?");
  EXPECT_EQ(copy.scenarios, (std::vector<std::string>{"nee", "soms", "ja"}));
  EXPECT_EQ(copy.strategy_scenario, 3u);
  EXPECT_EQ(copy.outcome, DilemmaOutcome::consensus);
  EXPECT_EQ(copy.chosen_scenario, 3u);
  EXPECT_EQ(copy.source.room_id, zorg_id);
  EXPECT_EQ(copy.source.dilemma_id, 1u);
  EXPECT_EQ(copy.source.job_family, "Zorg");
  EXPECT_EQ(copy.source.poll_counts, (std::vector<std::uint32_t>{1, 0, 1}));
  EXPECT_EQ(copy.source.poll_ballots, 2u);
  EXPECT_EQ(copy.board_id, 0u);
  EXPECT_EQ(copy.poll_id, 0u);

  // Dilemma 2's poll is still hidden: not even its count of ballots leaves.
  const Dilemma hidden = std::get<Dilemma>(import_copy(workshop.room.state, zorg_id, 2, "Zorg"));
  EXPECT_TRUE(hidden.source.poll_counts.empty());
  EXPECT_EQ(hidden.source.poll_ballots, 0u);

  EXPECT_TRUE(
      std::holds_alternative<Rejection>(import_copy(workshop.room.state, zorg_id, 9, "Zorg")));
  RoomFixture fresh;
  fresh.run(facilitator, cmd::AddDilemma{"Open", "", {"a", "b", "c"}, 0, 0});
  const auto open = import_copy(fresh.state, zorg_id, 1, "Zorg");
  ASSERT_TRUE(std::holds_alternative<Rejection>(open));
  EXPECT_EQ(std::get<Rejection>(open).code, ErrorCode::wrong_phase);
}

// The board meeting imports two dilemmas (one twice), bundles them, votes,
// decides; the release carries what holds now and whether it is the strategy's.
TEST(Programme, TheBoardMeetingDecidesOnImportsAndTheReleaseSaysWhatHolds) {
  Workshop workshop;
  RoomFixture board;
  const Dilemma first = std::get<Dilemma>(import_copy(workshop.room.state, zorg_id, 1, "Zorg"));
  const Dilemma second = std::get<Dilemma>(import_copy(workshop.room.state, zorg_id, 2, "Zorg"));
  const Decision imported = board.deliver(cmd::ImportDilemma{first});
  ASSERT_TRUE(std::holds_alternative<Accepted>(imported));
  EXPECT_EQ(std::get<Accepted>(imported).created_id, 1u);
  ASSERT_TRUE(std::holds_alternative<Accepted>(board.deliver(cmd::ImportDilemma{second})));
  // A repeat (a node died after appending it) answers the first copy's id.
  const Decision again = board.deliver(cmd::ImportDilemma{first});
  ASSERT_TRUE(settled(again));
  EXPECT_EQ(std::get<Duplicate>(again).ack.created_id, 1u);
  EXPECT_EQ(board.state.dilemmas.size(), 2u);

  // A participant of the board meeting sees no strategy mark before they are shown.
  const Event& import_event = board.log.at(board.log.size() - 1);
  const auto seen =
      std::get<ev::DilemmaImported>(view_event(board.state, import_event, Role::board_member));
  EXPECT_EQ(seen.dilemma.strategy_scenario, 0u);
  EXPECT_EQ(seen.dilemma.source.job_family, "Zorg");

  const Actor anna = board.join(Role::board_member, "Anna");
  const Actor bram = board.join(Role::board_member, "Bram");
  const Event created =
      board.run(facilitator, cmd::CreateBundle{"Bestuur", BallotMode::open_cards, {1, 2}});
  const Bundle bundle = std::get<ev::BundleCreated>(created.body).bundle;
  EXPECT_EQ(bundle.items[0].kind, BundleItemKind::approval);
  EXPECT_EQ(bundle.items[1].kind, BundleItemKind::choice);
  EXPECT_TRUE(decisions_to_release(board.state, 0).empty()) << "nothing decided yet";
  board.run(anna, cmd::CastVote{bundle.items[0].vote_id, approval_approve});
  board.run(bram, cmd::CastVote{bundle.items[0].vote_id, approval_reject});
  board.run(anna, cmd::CastVote{bundle.items[1].vote_id, 2});
  board.run(bram, cmd::CastVote{bundle.items[1].vote_id, 2});
  board.run(facilitator, cmd::RevealBundle{bundle.id});
  board.run(facilitator, cmd::RecordDecision{bundle.id, 1, approval_reject, "Te vroeg"});
  board.run(facilitator, cmd::RecordDecision{bundle.id, 2, 2, "Zelden is genoeg"});

  const std::vector<ReleasedDecision> all = decisions_to_release(board.state, 0);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].room_id, zorg_id);
  EXPECT_EQ(all[0].dilemma_id, 1u);
  EXPECT_EQ(all[0].kind, BundleItemKind::approval);
  EXPECT_EQ(all[0].decision, approval_reject);
  EXPECT_EQ(all[0].scenario, 0u) << "the consensus was rejected";
  EXPECT_FALSE(all[0].follows_strategy);
  EXPECT_EQ(all[0].reason, "Te vroeg");
  EXPECT_EQ(all[0].board_counts, (std::vector<std::uint32_t>{1, 1, 0}));
  EXPECT_EQ(all[1].dilemma_id, 2u);
  EXPECT_EQ(all[1].scenario, 2u);
  EXPECT_TRUE(all[1].follows_strategy) << "scenario 2 is dilemma 2's strategy mark";
  EXPECT_EQ(decisions_to_release(board.state, 2).size(), 1u);

  // The programme takes the release; a second release of one replaces it.
  Programme programme;
  programme.room.run(facilitator, cmd::ReleaseDecisions{all});
  EXPECT_EQ(programme.news(zorg_id).decisions, all);
  EXPECT_TRUE(programme.news(ict_id).decisions.empty());
  ReleasedDecision changed = all[1];
  changed.reason = "Toch: zelden";
  programme.room.run(facilitator, cmd::ReleaseDecisions{{changed}});
  ASSERT_EQ(programme.news(zorg_id).decisions.size(), 2u);
  EXPECT_EQ(programme.news(zorg_id).decisions[1].reason, "Toch: zelden");
}

TEST(Programme, AReleaseNamesDecidedDilemmasOfLiveWorkshops) {
  Programme programme;
  RoomFixture& room = programme.room;
  ReleasedDecision decision{
      zorg_id, 1,    "Thuiswerken?", BundleItemKind::approval, approval_approve, "",
      3,       true, {2, 0, 0}};
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::ReleaseDecisions{}), ErrorCode::wrong_phase));
  ReleasedDecision to_board = decision;
  to_board.room_id = board_id;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReleaseDecisions{{to_board}}),
                            ErrorCode::invalid_argument));
  ReleasedDecision unknown = decision;
  unknown.room_id = 4242;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReleaseDecisions{{unknown}}),
                            ErrorCode::not_found));
  ReleasedDecision undecided = decision;
  undecided.decision = 0;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReleaseDecisions{{undecided}}),
                            ErrorCode::invalid_argument));
  ReleasedDecision long_reason = decision;
  long_reason.reason = std::string(limits::max_decision_reason_bytes + 1, 'x');
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReleaseDecisions{{long_reason}}),
                            ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(
      room.decide_as(Actor{Role::participant, 1, {}}, cmd::ReleaseDecisions{{decision}}),
      ErrorCode::forbidden));
  room.run(facilitator, cmd::ReleaseDecisions{{decision}});
}

TEST(Programme, ItsEventsAndRoomsAreTheLeadsAlone) {
  Programme programme;
  RoomFixture& room = programme.room;
  for (const Event& event : room.log) {
    if (std::holds_alternative<ev::RoomAttached>(event.body)) {
      EXPECT_TRUE(std::holds_alternative<ev::RoomAttached>(
          view_event(room.state, event, Role::facilitator)));
      EXPECT_TRUE(
          std::holds_alternative<view::Sealed>(view_event(room.state, event, Role::projector)));
      EXPECT_TRUE(
          std::holds_alternative<view::Sealed>(view_event(room.state, event, Role::participant)));
    }
  }
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).programme_rooms.size(), 3u);
  EXPECT_TRUE(view_snapshot(room.state, Role::projector, 1).programme_rooms.empty());
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).kind, RoomKind::programme);
}

}  // namespace
}  // namespace core_programme_test
}  // namespace kring::core::testing
