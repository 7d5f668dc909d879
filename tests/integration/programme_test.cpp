// A programme on the wire: a lead attaches two workshops and a board meeting,
// imports each workshop's dilemmas into the board meeting, the board votes
// and decides, the lead releases the decisions, and every workshop receives
// its own package once: its decisions, the feedback for its job family, the
// strategy. The imported copies carry a group's spread only where its poll
// was revealed; no device of one workshop receives a byte of another's
// dilemmas; and the lead's requests are refused, typed, to anybody else or
// when they name what is not there.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace programme_test {
namespace {

namespace v1 = kring::v1;
using namespace std::chrono_literals;

// Reads frames until an event `matches`, or fails after `timeout`.
const v1::RoomEvent& wait_for_event(WsClient& client,
                                    const std::function<bool(const v1::RoomEvent&)>& matches,
                                    std::chrono::milliseconds timeout = 10s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t seen = 0;
  for (;;) {
    const auto& events = client.events();
    for (; seen < events.size(); ++seen) {
      if (matches(events[seen])) return events[seen];
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error("the awaited event did not come");
    }
    client.next_frame(100ms);
  }
}

// Every event payload of `client` of this kind, in order.
std::vector<v1::RoomEvent> events_with(const WsClient& client, v1::RoomEvent::PayloadCase kind) {
  std::vector<v1::RoomEvent> found;
  for (const v1::RoomEvent& event : client.events()) {
    if (event.payload_case() == kind) found.push_back(event);
  }
  return found;
}

// A job family's workshop: dilemma 1 reached consensus on scenario 3 after a
// revealed poll (2 on 3, 1 on 1), dilemma 2 none, its poll still hidden.
struct JobFamily {
  JobFamily(std::uint16_t port, const std::string& family, const std::string& prefix)
      : workshop(port, "Workshop " + family) {
    participant = &workshop.add_participant(prefix + " deelnemer");
    other = &workshop.add_participant(prefix + " collega");
    third = &workshop.add_participant(prefix + " derde");
    Device& lead = workshop.facilitator();
    lead->command_ok(cmd::add_dilemma(prefix + " dilemma een", {"nee", "soms", "ja"}, 3));
    lead->command_ok(cmd::add_dilemma(prefix + " dilemma twee", {"nooit", "zelden", "vaak"}, 2));
    lead->command_ok(cmd::set_min_group_size(1));
    const v1::Ack poll = lead->command_ok(cmd::open_dilemma_poll(1, v1::BALLOT_MODE_SECRET));
    (*participant)->command_ok(cmd::cast_vote(poll.created_id(), 3));
    (*other)->command_ok(cmd::cast_vote(poll.created_id(), 3));
    (*third)->command_ok(cmd::cast_vote(poll.created_id(), 1));
    lead->command_ok(cmd::reveal_vote(poll.created_id()));
    const v1::Ack hidden = lead->command_ok(cmd::open_dilemma_poll(2, v1::BALLOT_MODE_SECRET));
    (*participant)->command_ok(cmd::cast_vote(hidden.created_id(), 2));
    lead->command_ok(cmd::record_outcome(1, v1::DILEMMA_OUTCOME_CONSENSUS, 3));
    lead->command_ok(cmd::record_outcome(2, v1::DILEMMA_OUTCOME_NO_CONSENSUS, 0));
  }
  Workshop workshop;
  Device* participant = nullptr;
  Device* other = nullptr;
  Device* third = nullptr;
  std::uint64_t room_id = 0;
};

class Programme : public ::testing::Test {
 protected:
  void SetUp() override {
    lead_ = connect_with_hello(server_.port());
    programme_ = lead_->create_room("Kleine keuzes 2027", v1::ROOM_KIND_PROGRAMME);
    lead_->join_as_facilitator(programme_);
    zorg_ = std::make_unique<JobFamily>(server_.port(), "Zorg", "Zorg");
    ict_ = std::make_unique<JobFamily>(server_.port(), "ICT", "ICT");
    board_ = std::make_unique<Workshop>(server_.port(), "Bestuursvergadering");
    for (const char* name : {"Dirk", "Eva", "Fleur"})
      members_.push_back(&board_->add_board_member(name));
  }

  // Attaches a room and returns its id, as the lead learns it.
  std::uint64_t attach(const Workshop& room, const std::string& family, bool board_meeting) {
    const v1::Ack ack = lead_->command_ok(
        cmd::attach_room(room.room().facilitator_secret(), family, board_meeting));
    lead_->drain_events_until(ack.seq());
    const v1::RoomEvent* attached = find_event(lead_->events(), ack.seq());
    if (attached == nullptr || !attached->has_room_attached()) {
      throw std::runtime_error("no room_attached for the lead");
    }
    return attached->room_attached().room_id();
  }

  void TearDown() override {
    lead_.reset();
    zorg_.reset();
    ict_.reset();
    board_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  ServerProcess server_;
  std::unique_ptr<WsClient> lead_;
  v1::RoomCreated programme_;
  std::unique_ptr<JobFamily> zorg_;
  std::unique_ptr<JobFamily> ict_;
  std::unique_ptr<Workshop> board_;
  std::vector<Device*> members_;
};

TEST_F(Programme, DecisionsGoBackToEachWorkshopOnceAndNothingCrossesBetweenWorkshops) {
  lead_->command_ok(cmd::set_strategy("Wij kiezen voor de client"));
  zorg_->room_id = attach(zorg_->workshop, "Zorg", false);
  ict_->room_id = attach(ict_->workshop, "ICT", false);
  const std::uint64_t board_id = attach(*board_, "Bestuursvergadering", true);
  EXPECT_NE(zorg_->room_id, ict_->room_id);

  // Every room hears from its programme: title, job family, strategy.
  for (JobFamily* family : {zorg_.get(), ict_.get()}) {
    const v1::RoomEvent& news = wait_for_event(
        **family->participant, [](const v1::RoomEvent& e) { return e.has_news_received(); });
    EXPECT_EQ(news.news_received().news().programme_title(), "Kleine keuzes 2027");
    EXPECT_EQ(news.news_received().news().strategy(), "Wij kiezen voor de client");
    EXPECT_FALSE(news.news_received().news().board_meeting());
  }
  EXPECT_EQ(wait_for_event(*members_[0]->client,
                           [](const v1::RoomEvent& e) { return e.has_news_received(); })
                .news_received()
                .news()
                .job_family(),
            "Bestuursvergadering");

  // Imports: acknowledged once in the board meeting; a repeat adds nothing.
  EXPECT_EQ(lead_->command_ok(cmd::import_dilemmas(zorg_->room_id, {1, 2})).created_id(), 2u);
  EXPECT_EQ(lead_->command_ok(cmd::import_dilemmas(ict_->room_id, {1, 2})).created_id(), 2u);
  lead_->command_ok(cmd::import_dilemmas(zorg_->room_id, {1, 2}));
  Device& chair = board_->facilitator();
  chair->sync();
  const std::vector<v1::RoomEvent> imports = events_with(*chair, v1::RoomEvent::kDilemmaImported);
  ASSERT_EQ(imports.size(), 4u);
  const v1::Dilemma& zorg_one = imports[0].dilemma_imported().dilemma();
  EXPECT_EQ(zorg_one.title(), "Zorg dilemma een");
  EXPECT_EQ(zorg_one.source().job_family(), "Zorg");
  EXPECT_EQ(zorg_one.source().room_id(), zorg_->room_id);
  EXPECT_EQ(zorg_one.outcome(), v1::DILEMMA_OUTCOME_CONSENSUS);
  ASSERT_EQ(zorg_one.source().poll_counts_size(), 3);
  EXPECT_EQ(zorg_one.source().poll_counts(0), 1u);
  EXPECT_EQ(zorg_one.source().poll_counts(2), 2u);
  // The second poll was never revealed: its copy says nothing of it.
  EXPECT_EQ(imports[1].dilemma_imported().dilemma().source().poll_counts_size(), 0);
  EXPECT_EQ(imports[1].dilemma_imported().dilemma().source().poll_ballots(), 0u);

  // The board meeting votes as in any room and decides.
  const v1::Ack bundle =
      chair->command_ok(cmd::create_bundle("RvB", v1::BALLOT_MODE_OPEN_CARDS, {1, 2, 3, 4}));
  board_->sync_all(bundle.seq());
  const v1::RoomEvent* created = find_event(chair->events(), bundle.seq());
  ASSERT_NE(created, nullptr);
  // Each member a different card: until the reveal every device of the board
  // meeting, the chair's included, gets counts only, in frames of one size.
  std::uint64_t last_card = 0;
  for (const v1::BundleItem& item : created->bundle_created().bundle().items()) {
    std::uint32_t card = 0;
    for (Device* member : members_) {
      last_card = (*member)->command_ok(cmd::cast_vote(item.vote_id(), ++card)).seq();
    }
  }
  board_->sync_all(last_card);
  for (Device* device : board_->devices()) {
    std::vector<std::size_t> sizes;
    const auto& events = (*device)->events();
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (events[i].seq() <= bundle.seq() || events[i].seq() > last_card) continue;
      EXPECT_TRUE(events[i].has_vote_progress()) << device->name;
      sizes.push_back((*device)->event_bytes()[i].size());
    }
    ASSERT_EQ(sizes.size(), 12u) << device->name;
    for (const std::size_t size : sizes) EXPECT_EQ(size, sizes.front()) << device->name;
  }
  chair->command_ok(cmd::reveal_bundle(bundle.created_id()));
  for (std::uint64_t dilemma = 1; dilemma <= 4; ++dilemma) {
    chair->command_ok(
        cmd::record_decision(bundle.created_id(), dilemma, 1, "Reden " + std::to_string(dilemma)));
  }
  lead_->command_ok(cmd::set_feedback(zorg_->room_id, "Dank, Zorg"));
  lead_->command_ok(cmd::release_decisions(0));

  // Each workshop: one package with its own two decisions and its feedback.
  for (JobFamily* family : {zorg_.get(), ict_.get()}) {
    const std::string prefix = family == zorg_.get() ? "Zorg" : "ICT";
    const v1::RoomEvent& news = wait_for_event(**family->participant, [](const v1::RoomEvent& e) {
      return e.has_news_received() && e.news_received().news().decisions_size() == 2;
    });
    const v1::ProgrammeNews& package = news.news_received().news();
    EXPECT_EQ(package.job_family(), prefix);
    EXPECT_EQ(package.decisions(0).title(), prefix + " dilemma een");
    EXPECT_EQ(package.decisions(0).kind(), v1::BUNDLE_ITEM_KIND_APPROVAL);
    EXPECT_EQ(package.decisions(0).scenario(), 3u) << "the approved consensus holds";
    EXPECT_TRUE(package.decisions(0).follows_strategy());
    EXPECT_EQ(package.decisions(1).kind(), v1::BUNDLE_ITEM_KIND_CHOICE);
    EXPECT_EQ(package.decisions(1).scenario(), 1u);
    EXPECT_FALSE(package.decisions(1).follows_strategy());
    EXPECT_EQ(package.feedback(), family == zorg_.get() ? "Dank, Zorg" : "");
    (*family->participant)->sync();
  }

  // Not a byte of one workshop's dilemmas reached the other's devices.
  for (Device* device : zorg_->workshop.devices()) {
    for (const std::string& bytes : (*device)->event_bytes()) {
      EXPECT_EQ(bytes.find("ICT dilemma"), std::string::npos) << device->name;
    }
  }
  for (Device* device : ict_->workshop.devices()) {
    for (const std::string& bytes : (*device)->event_bytes()) {
      EXPECT_EQ(bytes.find("Zorg dilemma"), std::string::npos) << device->name;
    }
  }

  // The lead sees every delivery confirmed.
  wait_for_event(*lead_, [&](const v1::RoomEvent& e) {
    return e.has_news_delivered() && e.news_delivered().room_id() == ict_->room_id && e.seq() > 0;
  });

  // The overview: every room as its facilitator sees it, tallies without cards.
  v1::ClientMessage ask;
  ask.mutable_get_programme_overview();
  const v1::ServerMessage answer = lead_->request(ask);
  ASSERT_TRUE(answer.has_programme_overview()) << answer.ShortDebugString();
  const v1::ProgrammeOverview& overview = answer.programme_overview();
  ASSERT_EQ(overview.rooms_size(), 3);
  const v1::RoomSummary& zorg = overview.rooms(0);
  EXPECT_EQ(zorg.room_id(), zorg_->room_id);
  EXPECT_EQ(zorg.job_family(), "Zorg");
  EXPECT_EQ(zorg.status(), v1::ROOM_STATUS_RUNNING);
  EXPECT_EQ(zorg.participants(), 3u);
  ASSERT_EQ(zorg.dilemmas_size(), 2);
  EXPECT_EQ(zorg.dilemmas(0).strategy_scenario(), 3u);
  EXPECT_EQ(zorg.dilemmas(1).outcome(), v1::DILEMMA_OUTCOME_NO_CONSENSUS);
  ASSERT_EQ(zorg.results_size(), 1) << "the hidden poll has no result";
  const v1::RoomSummary& board = overview.rooms(2);
  EXPECT_TRUE(board.board_meeting());
  EXPECT_EQ(board.room_id(), board_id);
  EXPECT_EQ(board.board_members(), 3u);
  ASSERT_EQ(board.bundles_size(), 1);
  EXPECT_EQ(board.bundles(0).items(0).decision_reason(), "Reden 1");
  ASSERT_EQ(board.results_size(), 4);
  for (const v1::VoteResult& result : board.results()) EXPECT_EQ(result.cards_size(), 0);

  // The lead's link downloads the programme's record; a workshop's has what came back.
  const HttpResponse record =
      http_get(server_.port(), "/record?format=md",
               {{"Authorization", "Bearer " + programme_.facilitator_secret()}});
  ASSERT_EQ(record.status, 200u) << record.body;
  EXPECT_NE(record.body.find("Trajectverslag"), std::string::npos);
  EXPECT_NE(record.body.find("Zorg dilemma een"), std::string::npos);
  EXPECT_NE(record.body.find("ICT dilemma twee"), std::string::npos);
  EXPECT_NE(record.body.find("Reden 4"), std::string::npos);
  EXPECT_NE(record.body.find("Dank, Zorg"), std::string::npos);
  for (const char* name : {"Dirk", "Eva", "Fleur", "Zorg deelnemer", "ICT collega"}) {
    EXPECT_EQ(record.body.find(name), std::string::npos) << name;
  }
  const HttpResponse sheet =
      http_get(server_.port(), "/record?format=xlsx",
               {{"Authorization", "Bearer " + programme_.facilitator_secret()}});
  EXPECT_EQ(sheet.status, 200u);
  EXPECT_EQ(sheet.body.substr(0, 2), "PK");
  const HttpResponse zorg_record =
      http_get(server_.port(), "/record?format=md",
               {{"Authorization", "Bearer " + zorg_->workshop.room().facilitator_secret()}});
  ASSERT_EQ(zorg_record.status, 200u);
  EXPECT_NE(zorg_record.body.find("Teruggave van het bestuur"), std::string::npos);
  EXPECT_NE(zorg_record.body.find("Dank, Zorg"), std::string::npos);
  EXPECT_EQ(zorg_record.body.find("ICT dilemma"), std::string::npos);
}

TEST_F(Programme, TheLeadsRequestsAreRefusedTypedToOthersAndForWhatIsNotThere) {
  // A workshop's facilitator is no lead, and a workshop is no programme.
  Device& zorg_lead = zorg_->workshop.facilitator();
  const v1::ServerMessage not_here =
      zorg_lead->command(cmd::attach_room(ict_->workshop.room().facilitator_secret(), "ICT"));
  ASSERT_TRUE(not_here.has_error());
  EXPECT_EQ(not_here.error().code(), v1::ERROR_CODE_FORBIDDEN);

  // Nobody joins a programme but its lead.
  std::unique_ptr<WsClient> stranger = connect_with_hello(server_.port());
  v1::JoinRoom join;
  join.set_participant_code(programme_.participant_code());
  join.set_display_name("Nieuwsgierig");
  v1::ClientMessage message;
  *message.mutable_join_room() = join;
  const v1::ServerMessage refused_join = stranger->request(message);
  ASSERT_TRUE(refused_join.has_error());
  EXPECT_EQ(refused_join.error().code(), v1::ERROR_CODE_FORBIDDEN);

  // A wrong facilitator link, a programme, nothing to import into or release.
  const v1::ServerMessage wrong =
      lead_->command(cmd::attach_room("no-such-secret-0123456789", "X"));
  ASSERT_TRUE(wrong.has_error());
  EXPECT_EQ(wrong.error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);
  const v1::ServerMessage itself =
      lead_->command(cmd::attach_room(programme_.facilitator_secret(), "Zelf"));
  ASSERT_TRUE(itself.has_error());
  EXPECT_EQ(itself.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
  zorg_->room_id = attach(zorg_->workshop, "Zorg", false);
  const v1::ServerMessage no_board = lead_->command(cmd::import_dilemmas(zorg_->room_id, {1}));
  ASSERT_TRUE(no_board.has_error());
  EXPECT_EQ(no_board.error().code(), v1::ERROR_CODE_WRONG_PHASE);
  attach(*board_, "Bestuursvergadering", true);
  const v1::ServerMessage nothing_decided = lead_->command(cmd::release_decisions(0));
  ASSERT_TRUE(nothing_decided.has_error());
  EXPECT_EQ(nothing_decided.error().code(), v1::ERROR_CODE_WRONG_PHASE);
  const v1::ServerMessage not_in_programme = lead_->command(cmd::import_dilemmas(424242, {1}));
  ASSERT_TRUE(not_in_programme.has_error());
  EXPECT_EQ(not_in_programme.error().code(), v1::ERROR_CODE_NOT_FOUND);
  const v1::ServerMessage no_dilemma = lead_->command(cmd::import_dilemmas(zorg_->room_id, {9}));
  ASSERT_TRUE(no_dilemma.has_error());
  EXPECT_EQ(no_dilemma.error().code(), v1::ERROR_CODE_NOT_FOUND);
  // A second board meeting, or the same room twice.
  const v1::ServerMessage twice =
      lead_->command(cmd::attach_room(zorg_->workshop.room().facilitator_secret(), "Zorg"));
  ASSERT_TRUE(twice.has_error());
  EXPECT_EQ(twice.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
  // The room changed nothing: the lead's programme still holds two rooms.
  std::unique_ptr<WsClient> again = connect_with_hello(server_.port());
  const v1::Joined rejoined = again->join_as_facilitator(programme_);
  EXPECT_EQ(rejoined.snapshot().programme_rooms_size(), 2);
  EXPECT_EQ(rejoined.snapshot().kind(), v1::ROOM_KIND_PROGRAMME);
}

// Deleting a workshop leaves the board meeting's copies and the programme
// says it is gone; deleting the programme deletes every room it holds.
TEST_F(Programme, DeletingAWorkshopLeavesTheCopiesAndDeletingTheProgrammeDeletesItsRooms) {
  zorg_->room_id = attach(zorg_->workshop, "Zorg", false);
  ict_->room_id = attach(ict_->workshop, "ICT", false);
  attach(*board_, "Bestuursvergadering", true);
  lead_->command_ok(cmd::import_dilemmas(zorg_->room_id, {1}));

  zorg_->workshop.facilitator()->command_ok(cmd::delete_room());
  wait_for_event(*lead_, [&](const v1::RoomEvent& e) {
    return e.has_programme_room_gone() && e.programme_room_gone().room_id() == zorg_->room_id;
  });
  std::unique_ptr<WsClient> late_member = connect_with_hello(server_.port());
  const v1::Joined board_view = late_member->join_as_board_member(board_->room(), "Later");
  ASSERT_EQ(board_view.snapshot().dilemmas_size(), 1) << "the board meeting keeps its copy";
  EXPECT_EQ(board_view.snapshot().dilemmas(0).source().job_family(), "Zorg");
  v1::ClientMessage ask;
  ask.mutable_get_programme_overview();
  const v1::ServerMessage answer = lead_->request(ask);
  ASSERT_TRUE(answer.has_programme_overview());
  EXPECT_EQ(answer.programme_overview().rooms(0).status(), v1::ROOM_STATUS_GONE);
  EXPECT_EQ(answer.programme_overview().rooms(1).status(), v1::ROOM_STATUS_RUNNING);

  // The programme goes with the rooms it still holds.
  lead_->command_ok(cmd::delete_room());
  for (Device* device : ict_->workshop.devices()) {
    EXPECT_TRUE((*device)->wait_for_close().has_value()) << device->name;
  }
  for (const v1::RoomCreated* room :
       std::vector<const v1::RoomCreated*>{&ict_->workshop.room(), &board_->room(), &programme_}) {
    std::unique_ptr<WsClient> again = connect_with_hello(server_.port());
    v1::ClientMessage join;
    join.mutable_join_room()->set_facilitator_secret(room->facilitator_secret());
    const v1::ServerMessage refused = again->request(join);
    ASSERT_TRUE(refused.has_error());
    EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);
  }
}

}  // namespace
}  // namespace programme_test
}  // namespace kring::test
