// A programme's record: the strategy, every workshop with its dilemmas and
// outcomes, the board meeting's items with spreads and decisions, what went
// back to each job family — and nobody's name: not a participant's, not a
// board member's open card.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/programme.hpp"
#include "export/programme_record.hpp"
#include "room_fixture.hpp"

namespace kring::record {
namespace record_programme_test {
namespace {

using core::testing::facilitator;
using core::testing::RoomFixture;
namespace cmd = core::cmd;

constexpr core::RoomId programme_id = 900;
constexpr core::RoomId zorg_id = 901;
constexpr core::RoomId ict_id = 902;
constexpr core::RoomId board_id = 903;

struct ProgrammeWithBoard {
  RoomFixture programme{core::RoomKind::programme};
  RoomFixture zorg;
  RoomFixture board;

  ProgrammeWithBoard() {
    programme.run(facilitator, cmd::SetStrategy{"Wij kiezen voor de client"});
    programme.run(facilitator, cmd::AttachRoom{zorg_id, "Zorg", false});
    programme.run(facilitator, cmd::AttachRoom{ict_id, "ICT", false});
    programme.run(facilitator, cmd::AttachRoom{board_id, "Bestuur", true});
    zorg.join(core::Role::participant, "Participantnaam Zorg");
    zorg.run(facilitator, cmd::AddDilemma{"Thuiswerken?", "", {"nooit", "soms", "altijd"}, 3, 0});
    zorg.run(facilitator, cmd::RecordOutcome{1, core::DilemmaOutcome::no_consensus, 0});
    const core::Dilemma copy =
        std::get<core::Dilemma>(core::import_copy(zorg.state, zorg_id, 1, "Zorg"));
    board.deliver(cmd::ImportDilemma{copy});
    const core::Actor anna = board.join(core::Role::board_member, "Bestuurder Anna");
    const core::Event created =
        board.run(facilitator, cmd::CreateBundle{"RvB", core::BallotMode::open_cards, {1}});
    const core::Bundle bundle = std::get<core::ev::BundleCreated>(created.body).bundle;
    board.run(anna, cmd::CastVote{bundle.items[0].vote_id, 2});
    board.run(facilitator, cmd::RevealBundle{bundle.id});
    board.run(facilitator, cmd::RecordDecision{bundle.id, 1, 2, "Soms is genoeg"});
    programme.run(facilitator, cmd::ReleaseDecisions{core::decisions_to_release(board.state, 0)});
    programme.run(facilitator, cmd::SetFeedback{zorg_id, "Dank, Zorg"});
  }

  ProgrammeRecord build() const {
    std::vector<ProgrammeRoomState> rooms;
    for (const core::ProgrammeRoom& room : programme.state.programme_rooms) {
      std::shared_ptr<const core::RoomState> state;
      if (room.room_id == zorg_id) state = std::make_shared<const core::RoomState>(zorg.state);
      if (room.room_id == board_id) state = std::make_shared<const core::RoomState>(board.state);
      rooms.emplace_back(room, state);  // ICT: gone (never made)
    }
    return build_programme_record(programme.state, rooms, programme.now);
  }
};

TEST(RecordProgramme, TellsTheWholeLoopAndNamesNobody) {
  const ProgrammeWithBoard setup;
  const ProgrammeRecord record = setup.build();
  for (const Format format : {Format::markdown, Format::html}) {
    const std::string text = render_programme_file(record, format).body;
    EXPECT_NE(text.find("Trajectverslag: Kleine keuzes"), std::string::npos);
    EXPECT_NE(text.find("Wij kiezen voor de client"), std::string::npos);
    EXPECT_NE(text.find("Thuiswerken?"), std::string::npos);
    EXPECT_NE(text.find("Geen consensus"), std::string::npos);
    EXPECT_NE(text.find("Gekozen: scenario 2"), std::string::npos);
    EXPECT_NE(text.find("Soms is genoeg"), std::string::npos);
    EXPECT_NE(text.find("Dank, Zorg"), std::string::npos);
    EXPECT_NE(text.find("verwijderd"), std::string::npos) << "ICT could not be read";
    EXPECT_EQ(text.find("Participantnaam"), std::string::npos);
    EXPECT_EQ(text.find("Bestuurder Anna"), std::string::npos);
  }
  const std::vector<Table> tables = programme_tables(record);
  ASSERT_EQ(tables.size(), 4u);
  EXPECT_EQ(tables[1].name, "Workshops");
  ASSERT_EQ(tables[1].rows.size(), 1u);
  EXPECT_EQ(tables[1].rows[0][0], Cell(std::string("Zorg")));
  ASSERT_EQ(tables[2].rows.size(), 1u);
  EXPECT_EQ(tables[2].rows[0][0], Cell(std::string("Zorg"))) << "the item names its job family";
  ASSERT_EQ(tables[3].rows.size(), 1u);
  EXPECT_EQ(tables[3].rows[0][3], Cell(std::string("Soms is genoeg")));
  for (const Table& table : tables) {
    for (const auto& row : table.rows) EXPECT_EQ(row.size(), table.header.size()) << table.name;
  }
}

}  // namespace
}  // namespace record_programme_test
}  // namespace kring::record
