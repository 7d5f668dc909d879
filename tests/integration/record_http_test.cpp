// GET /record against the real server: a facilitator runs a small workshop
// over the WebSocket, then fetches the decision record in each format. Only
// the facilitator secret opens it; a hidden note never appears in it.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/http_client.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"
#include "support/zip_reader.hpp"

namespace kring::test {
namespace record_http_test {
namespace {

namespace v1 = kring::v1;

constexpr const char* hidden_text = "VERBORGEN-notitie-blijft-geheim";
constexpr const char* revealed_text = "Onthulde notitie <b>vet</b>";

class RecordHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Kleine keuzes: Onderhoud");
    Device& ans = workshop_->add_participant("Ans");
    Device& facilitator = workshop_->facilitator();
    facilitator->command_ok(
        cmd::set_agenda({{"Waar staan we vandaag?", 900}, {"Dilemma's", 5400}}));
    facilitator->command_ok(cmd::set_strategy("Betaalbaar en dichtbij"));
    const auto shown =
        workshop_->add_board(cmd::add_circles_board("Cirkel", v1::WRITING_MODE_PRIVATE_FIRST));
    ans->command_ok(
        cmd::add_note(shown.board_id, cmd::zone_changeable, revealed_text, random_bytes(24)));
    facilitator->command_ok(cmd::reveal_board(shown.board_id, true));  // one writer: confirmed
    const auto kept = workshop_->add_board(
        cmd::add_columns_board("Later", v1::WRITING_MODE_PRIVATE_FIRST, {"a", "b"}));
    ans->command_ok(cmd::add_note(kept.board_id, 1, hidden_text, random_bytes(24)));
    facilitator->command_ok(cmd::add_dilemma("Dubbel glas?", {"Nooit", "Soms", "Altijd"}, 3));
    const std::uint64_t poll =
        facilitator->command_ok(cmd::open_dilemma_poll(1, v1::BALLOT_MODE_OPEN_CARDS)).created_id();
    ans->command_ok(cmd::cast_vote(poll, 3));
    facilitator->command_ok(cmd::reveal_vote(poll));
    facilitator->command_ok(cmd::record_outcome(1, v1::DILEMMA_OUTCOME_CONSENSUS, 3));
  }

  void TearDown() override {
    workshop_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  HttpResponse fetch(const std::string& query, const std::string& secret) {
    std::vector<std::pair<std::string, std::string>> headers;
    if (!secret.empty()) headers.emplace_back("Authorization", "Bearer " + secret);
    return http_get(server_.port(), "/record" + query, headers);
  }

  const std::string& facilitator_secret() const { return workshop_->room().facilitator_secret(); }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
};

TEST_F(RecordHttp, MarkdownForTheFacilitator) {
  const HttpResponse response = fetch("?format=md", facilitator_secret());
  ASSERT_EQ(response.status, 200u) << response.body;
  EXPECT_EQ(response.header("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_EQ(response.header("Cache-Control"), "no-store");
  const std::string disposition = response.header("Content-Disposition");
  EXPECT_EQ(disposition.rfind("attachment; filename=\"kring-kleine-keuzes-onderhoud-", 0), 0u)
      << disposition;
  EXPECT_EQ(disposition.substr(disposition.size() - 4), ".md\"");
  EXPECT_NE(response.body.find("# Besluitenverslag: Kleine keuzes: Onderhoud"), std::string::npos);
  EXPECT_NE(response.body.find("Betaalbaar en dichtbij"), std::string::npos);
  EXPECT_NE(response.body.find("Consensus: scenario 3 (Volgt de strategie)"), std::string::npos);
  EXPECT_NE(response.body.find("Onthulde notitie \\<b\\>vet\\</b\\>"), std::string::npos);
  EXPECT_EQ(response.body.find(hidden_text), std::string::npos);
  EXPECT_EQ(response.body.find("Ans"), std::string::npos) << "no participant name";
}

// The spreadsheet as a board secretary opens it: one sheet per table, the
// header row frozen and bold, the record's moment a date cell, texts as
// texts; revealed notes in, hidden ones nowhere in the archive.
TEST_F(RecordHttp, HtmlAndSpreadsheet) {
  const HttpResponse html = fetch("?format=html", facilitator_secret());
  ASSERT_EQ(html.status, 200u) << html.body;
  EXPECT_EQ(html.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(html.body.find("Onthulde notitie &lt;b&gt;vet&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(html.body.find(hidden_text), std::string::npos);

  const HttpResponse xlsx = fetch("?format=xlsx", facilitator_secret());
  ASSERT_EQ(xlsx.status, 200u) << xlsx.body;
  EXPECT_EQ(xlsx.header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const std::string disposition = xlsx.header("Content-Disposition");
  EXPECT_EQ(disposition.substr(disposition.size() - 6), ".xlsx\"");
  const std::map<std::string, std::string> entries = unzip(xlsx.body);
  ASSERT_TRUE(entries.contains("xl/workbook.xml"));
  const std::string& workbook = entries.at("xl/workbook.xml");
  for (const char* sheet :
       {"Overzicht", "Agenda", "Dilemmas", "Stemmingen", "Bestuur", "Acties", "Notities"}) {
    EXPECT_NE(workbook.find("name=\"" + std::string(sheet) + "\""), std::string::npos) << sheet;
  }
  std::string everything;
  for (int sheet = 1; sheet <= 7; ++sheet) {
    const std::string name = "xl/worksheets/sheet" + std::to_string(sheet) + ".xml";
    ASSERT_TRUE(entries.contains(name)) << name;
    // The header row stays in view: a pane frozen below row 1.
    EXPECT_NE(entries.at(name).find("ySplit=\"1\""), std::string::npos) << name;
    EXPECT_NE(entries.at(name).find("state=\"frozen\""), std::string::npos) << name;
    everything += entries.at(name);
  }
  for (const auto& [name, bytes] : entries) everything += bytes;
  // The moment of the record is a number with a date format, not text.
  EXPECT_NE(entries.at("xl/styles.xml").find("dd-mm-yyyy hh:mm"), std::string::npos);
  const std::string& strings = entries.at("xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Onthulde notitie &lt;b&gt;vet&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(everything.find(hidden_text), std::string::npos);
  EXPECT_EQ(fetch("?format=csv", facilitator_secret()).status, 400u) << "the CSV zip is gone";
}

TEST_F(RecordHttp, RoomParameterIsOptionalAndChecked) {
  std::string code = workshop_->room().participant_code();
  EXPECT_EQ(fetch("?format=md&room=" + code, facilitator_secret()).status, 200u);
  EXPECT_EQ(fetch("", facilitator_secret()).status, 200u) << "md by default";
  EXPECT_EQ(fetch("?format=md&room=" + workshop_->room().board_code(), facilitator_secret()).status,
            401u);
}

TEST_F(RecordHttp, OnlyTheFacilitatorSecretOpensIt) {
  const v1::RoomCreated& room = workshop_->room();
  for (const std::string& wrong : {room.participant_code(), room.board_code(),
                                   room.projector_token(), std::string(26, 'A'), std::string()}) {
    const HttpResponse response = fetch("?format=md", wrong);
    EXPECT_EQ(response.status, 401u) << wrong;
    EXPECT_EQ(response.header("WWW-Authenticate"), "Bearer");
    EXPECT_EQ(response.body.find(hidden_text), std::string::npos);
  }
  const HttpResponse basic = http_get(server_.port(), "/record?format=md",
                                      {{"Authorization", "Basic " + facilitator_secret()}});
  EXPECT_EQ(basic.status, 401u);
}

TEST_F(RecordHttp, UnknownFormatIs400) {
  EXPECT_EQ(fetch("?format=pdf", facilitator_secret()).status, 400u);
}

TEST_F(RecordHttp, FailedSecretsAreRateLimited) {
  unsigned last = 0;
  // The address's 10 failures, then the node-wide overflow's 60 (docs/operations.md).
  for (int i = 0; i < 80 && last != 429u; ++i)
    last = fetch("?format=md", std::string(26, 'B')).status;
  EXPECT_EQ(last, 429u);
  const HttpResponse limited = fetch("?format=md", std::string(26, 'C'));
  EXPECT_EQ(limited.status, 429u);
  EXPECT_EQ(limited.header("Retry-After"), "60");
}

}  // namespace
}  // namespace record_http_test
}  // namespace kring::test
