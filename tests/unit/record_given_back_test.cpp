// A workshop of a programme: its decision record says what the board meeting
// gave back — per own dilemma the decision in words with the scenario's text,
// the reason and whether it follows the strategy, and the lead's word for the
// job family — in the document and as its own sheet. A room in no programme
// has neither.
#include <gtest/gtest.h>

#include <string>

#include "core/programme.hpp"
#include "export/build_record.hpp"
#include "export/markdown.hpp"
#include "export/tables.hpp"
#include "room_fixture.hpp"

namespace kring::record {
namespace record_given_back_test {
namespace {

using core::testing::facilitator;
using core::testing::RoomFixture;

struct ZorgWorkshop {
  RoomFixture room;
  ZorgWorkshop() {
    room.run(facilitator,
             core::cmd::AddDilemma{"Thuiswerken?", "", {"nooit", "soms", "altijd"}, 3, 0});
    room.run(facilitator, core::cmd::AddDilemma{"Overwerk?", "", {"nee", "zelden", "vaak"}, 2, 0});
  }
  void receive(std::vector<core::ReleasedDecision> decisions, std::string feedback) {
    core::ProgrammeNews news{900,   ++version,         "Traject 2027",       "Zorg",
                             false, "De client eerst", std::move(decisions), std::move(feedback)};
    room.deliver(core::cmd::ReceiveNews{news});
  }
  core::Seq version = 10;
};

TEST(RecordGivenBack, TheBoardsDecisionsAndTheLeadsWordAreInTheRecord) {
  ZorgWorkshop workshop;
  workshop.receive({core::ReleasedDecision{0,
                                           1,
                                           "Thuiswerken?",
                                           core::BundleItemKind::approval,
                                           core::approval_approve,
                                           "Past bij ons",
                                           3,
                                           true,
                                           {3, 0, 0}},
                    core::ReleasedDecision{0,
                                           2,
                                           "Overwerk?",
                                           core::BundleItemKind::choice,
                                           1,
                                           "Rust gaat voor",
                                           1,
                                           false,
                                           {2, 1, 0}}},
                   "Dank voor jullie inzet");
  const DecisionRecord record = build_record(workshop.room.state, workshop.room.now);
  ASSERT_TRUE(record.given_back);
  const std::string text = render_markdown(record);
  EXPECT_NE(text.find("Teruggave van het bestuur"), std::string::npos);
  EXPECT_NE(text.find("Traject 2027"), std::string::npos);
  EXPECT_NE(text.find("Akkoord met de consensus: scenario 3 (altijd)"), std::string::npos);
  EXPECT_NE(text.find("Gekozen: scenario 1 (nee)"), std::string::npos);
  EXPECT_NE(text.find("Rust gaat voor"), std::string::npos);
  EXPECT_NE(text.find("Dank voor jullie inzet"), std::string::npos);

  const std::vector<Table> tables = record_tables(record);
  ASSERT_EQ(tables.size(), 8u);
  EXPECT_EQ(tables[5].name, "Teruggave");
  ASSERT_EQ(tables[5].rows.size(), 2u);
  EXPECT_EQ(tables[5].rows[0][5], Cell(std::string("ja")));
  EXPECT_EQ(tables[5].rows[1][5], Cell(std::string("nee")));
}

TEST(RecordGivenBack, ARejectedConsensusSaysSoAndNothingReleasedYetSaysThat) {
  ZorgWorkshop workshop;
  workshop.receive({}, "");
  EXPECT_NE(render_markdown(build_record(workshop.room.state, workshop.room.now))
                .find("Het bestuur heeft nog niets teruggegeven."),
            std::string::npos);
  workshop.receive({core::ReleasedDecision{0,
                                           1,
                                           "Thuiswerken?",
                                           core::BundleItemKind::approval,
                                           core::approval_reject,
                                           "",
                                           0,
                                           false,
                                           {0, 3, 0}}},
                   "");
  EXPECT_NE(render_markdown(build_record(workshop.room.state, workshop.room.now))
                .find("Niet akkoord met de consensus"),
            std::string::npos);
}

TEST(RecordGivenBack, ARoomInNoProgrammeHasNoSuchPart) {
  ZorgWorkshop workshop;
  const DecisionRecord record = build_record(workshop.room.state, workshop.room.now);
  EXPECT_FALSE(record.given_back);
  EXPECT_EQ(render_markdown(record).find("Teruggave"), std::string::npos);
  EXPECT_EQ(record_tables(record).size(), 7u);
}

}  // namespace
}  // namespace record_given_back_test
}  // namespace kring::record
