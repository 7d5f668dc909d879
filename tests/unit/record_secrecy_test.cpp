// What must never leave a room through its decision record, in any format:
// a hidden note's text, who chose what in a group poll or a secret ballot,
// participants' names, and any secret or hash the room keeps.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export/record_file.hpp"
#include "export/tables.hpp"
#include "record_fixture.hpp"

namespace kring::record {
namespace record_secrecy_test {
namespace {

using core::testing::RecordWorkshop;

struct Rendered {
  std::string name;
  std::string body;
};

// Every cell of the spreadsheet's tables as text, one per line.
std::string tables_text(const std::vector<Table>& tables) {
  std::string text;
  for (const Table& table : tables) {
    for (const std::string& name : table.header) text += name + "\n";
    for (const auto& row : table.rows) {
      for (const Cell& cell : row) {
        if (const auto* value = std::get_if<std::string>(&cell)) text += *value + "\n";
        if (const auto* value = std::get_if<std::int64_t>(&cell)) {
          text += std::to_string(*value) + "\n";
        }
      }
    }
  }
  return text;
}

std::vector<Rendered> every_format(const core::RoomState& state, core::TimeMs now) {
  std::vector<Rendered> out;
  for (const Format format : {Format::markdown, Format::html, Format::xlsx}) {
    RecordFile file = render_record_file(state, now, format);
    out.push_back(
        {file.file_name, format == Format::xlsx ? tables_text(file.tables) : std::move(file.body)});
  }
  return out;
}

// Every secret and hash the state holds, and the secrets the fixture used.
std::vector<std::string> secrets_of(const core::RoomState& state) {
  std::vector<std::string> secrets{state.facilitator_hash, state.projector_hash};
  for (const core::MemberRecord& member : state.members) secrets.push_back(member.member_hash);
  for (const auto& [id, note] : state.notes) secrets.push_back(note.secret_hash);
  for (const core::VoteRecord& vote : state.votes) {
    for (const auto& [tag, option] : vote.secret_choices) secrets.push_back(tag);
  }
  for (const core::ActionRecord& action : state.actions) {
    for (const auto& [tag, scores] : action.scores) secrets.push_back(tag);
  }
  for (const char fill : {'a', 'b', 'c', 'h', 'x', 'y'}) {
    secrets.push_back(RecordWorkshop::note_secret(fill));
  }
  for (int i = 1; i <= 6; ++i) secrets.push_back("member-secret-" + std::to_string(i));
  return secrets;
}

TEST(RecordSecrecy, NoHiddenNoteNoSecretNoParticipantName) {
  const RecordWorkshop workshop;
  const core::RoomState& state = workshop.room.state;
  const std::vector<std::string> secrets = secrets_of(state);
  for (const Rendered& file : every_format(state, workshop.room.now)) {
    SCOPED_TRACE(file.name);
    EXPECT_EQ(file.body.find(RecordWorkshop::hidden_text), std::string::npos);
    // The secret ballot's voter: tallies only, so the name never appears.
    EXPECT_EQ(file.body.find(RecordWorkshop::secret_voter), std::string::npos);
    // Participants voted in a group poll with open cards: only the spread.
    EXPECT_EQ(file.body.find(RecordWorkshop::participant_name), std::string::npos);
    EXPECT_EQ(file.body.find(RecordWorkshop::other_participant_name), std::string::npos);
    for (const std::string& secret : secrets) {
      ASSERT_FALSE(secret.empty());
      EXPECT_EQ(file.body.find(secret), std::string::npos) << "a secret or hash leaked";
    }
  }
}

TEST(RecordSecrecy, BoardOpenCardsNameTheBoardMembers) {
  const RecordWorkshop workshop;
  const RecordFile md =
      render_record_file(workshop.room.state, workshop.room.now, Format::markdown);
  EXPECT_NE(md.body.find("| Dirk | Goedkeuren |"), std::string::npos);
  EXPECT_NE(md.body.find("| Eva | Afwijzen |"), std::string::npos);
}

TEST(RecordSecrecy, UnrevealedVoteShowsNoSpread) {
  RecordWorkshop workshop;
  // A fresh group poll with a ballot in it, never revealed.
  const core::VoteId vote =
      workshop.room.open_vote(core::VoteAudience::participants, core::BallotMode::open_cards);
  workshop.room.run(workshop.ans, core::cmd::CastVote{vote, 2});
  const RecordFile sheet = render_record_file(workshop.room.state, workshop.room.now, Format::xlsx);
  const Table& polls = sheet.tables.at(3);
  ASSERT_EQ(polls.name, "Stemmingen");
  const std::vector<Cell> expected = {Cell(static_cast<std::int64_t>(vote)),
                                      Cell(std::string("Welk scenario?")),
                                      Cell(std::string("Groep")),
                                      Cell(std::string("Open kaarten")),
                                      Cell(std::string("Open")),
                                      Cell(std::int64_t{1}),
                                      Cell{},
                                      Cell{},
                                      Cell{},
                                      Cell{},
                                      Cell{}};
  EXPECT_EQ(polls.rows.back(), expected);
}

}  // namespace
}  // namespace record_secrecy_test
}  // namespace kring::record
