// The renderers' escaping and the small formats underneath the record: the
// spreadsheet's typed tables, HTML and Markdown escaping, the file name and
// the record's dates.
#include <gtest/gtest.h>

#include <string>

#include "export/build_record.hpp"
#include "export/file_name.hpp"
#include "export/html.hpp"
#include "export/markdown.hpp"
#include "export/tables.hpp"
#include "export/wording.hpp"
#include "record_fixture.hpp"

namespace kring::record {
namespace record_format_test {
namespace {

using core::testing::RecordWorkshop;

// Each sheet's cells carry their type: texts stay texts whatever they start
// with (a cell typed as text is never a formula), numbers are numbers,
// the record's moment a wall-clock time, a typed deadline a date.
TEST(RecordTables, CellsAreTypedAndTextIsNeverAFormula) {
  const RecordWorkshop workshop;
  const std::vector<Table> tables =
      record_tables(build_record(workshop.room.state, workshop.room.now));
  std::vector<std::string> names;
  for (const Table& table : tables) {
    names.push_back(table.name);
    EXPECT_LE(table.name.size(), 31u);
    EXPECT_EQ(table.name.find_first_of("[]:*?/\\'"), std::string::npos) << table.name;
    for (const auto& row : table.rows) EXPECT_EQ(row.size(), table.header.size()) << table.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Overzicht", "Agenda", "Dilemmas", "Stemmingen",
                                             "Bestuur", "Acties", "Notities"}));
  EXPECT_EQ(tables[0].rows[1][1], Cell(WallClockTime{workshop.room.now}));
  const Table& notes = tables.back();
  bool formula_kept_as_text = false;
  for (const auto& row : notes.rows) {
    if (row[4] == Cell(std::string("=SUM(A1:A9)"))) formula_kept_as_text = true;
  }
  EXPECT_TRUE(formula_kept_as_text);
  EXPECT_EQ(tables[1].rows[0][2], Cell(15.0));  // 900 s planned, in minutes
}

TEST(RecordTables, DeadlinesThatAreDatesBecomeDates) {
  EXPECT_EQ(parse_calendar_date("2027-02-01"), (CalendarDate{2027, 2, 1}));
  EXPECT_EQ(parse_calendar_date("2028-02-29"), (CalendarDate{2028, 2, 29}));
  for (const char* not_a_date : {"2027-02-29", "2027-13-01", "2027-00-10", "27-02-01",
                                 "volgende week", "2027/02/01", "", "2027-02-1x", "1899-12-31"}) {
    EXPECT_FALSE(parse_calendar_date(not_a_date).has_value()) << not_a_date;
  }
}

TEST(RecordHtml, EscapesScriptInANote) {
  const RecordWorkshop workshop;
  const std::string html = render_html(build_record(workshop.room.state, workshop.room.now));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; meer"),
            std::string::npos);
  EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(RecordMarkdown, EscapesMarkupAndRawHtml) {
  EXPECT_EQ(markdown_escape("<b>*x*</b> | [y](z) (ok)"),
            "\\<b\\>\\*x\\*\\</b\\> \\| \\[y\\](z) (ok)");
  EXPECT_EQ(markdown_escape("twee\r\nregels"), "twee regels");
  const RecordWorkshop workshop;
  const std::string md = render_markdown(build_record(workshop.room.state, workshop.room.now));
  // Every "<" of the note is escaped, so no viewer sees a tag.
  EXPECT_NE(md.find("\\<script\\>alert('x')\\</script\\> \\& meer"), std::string::npos);
  for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    EXPECT_EQ(md.at(at - 1), '\\') << "unescaped < at " << at;
  }
}

TEST(RecordFileName, SlugAndUtcDate) {
  EXPECT_EQ(title_slug("Kleine keuzes: Onderhoud & Beheer!"), "kleine-keuzes-onderhoud-beheer");
  EXPECT_EQ(title_slug("  \"\\\n"), "kamer");
  EXPECT_EQ(title_slug("Één café"), "n-caf");
  EXPECT_EQ(title_slug(std::string(100, 'a')).size(), 48u);
  // 2026-12-02T01:19:25Z
  EXPECT_EQ(record_file_name("Kring", 1'796'174'365'000, "md"), "kring-kring-2026-12-02.md");
}

TEST(RecordWording, DatesTimesAndNumbers) {
  EXPECT_EQ(words::date(0), "1970-01-01");
  EXPECT_EQ(words::date(951'782'400'000), "2000-02-29");
  EXPECT_EQ(words::time_of_day(1'796'174'365'000), "01:19");
  EXPECT_EQ(words::date(-1), "1969-12-31");
  EXPECT_EQ(words::minutes(3725), "62:05");
  EXPECT_EQ(words::minutes(-10), "-0:10");
  EXPECT_EQ(words::tenths(37), "3,7");
}

TEST(RecordContent, AgendaDriftOutcomesAndRanking) {
  const RecordWorkshop workshop;
  const DecisionRecord record = build_record(workshop.room.state, workshop.room.now);
  ASSERT_EQ(record.agenda.size(), 3u);
  EXPECT_EQ(record.agenda[0].actual_seconds, 960);
  EXPECT_FALSE(record.agenda[0].in_progress);
  EXPECT_EQ(record.agenda[1].actual_seconds, 1830);
  EXPECT_TRUE(record.agenda[1].in_progress);
  EXPECT_EQ(record.agenda[2].actual_seconds, std::nullopt);

  ASSERT_EQ(record.dilemmas.size(), 2u);
  EXPECT_EQ(record.dilemmas[0].follows_strategy, true);
  EXPECT_EQ(record.dilemmas[1].follows_strategy, std::nullopt);

  // Group polls: the spread only, even with open cards.
  const PollRecord& group = record.polls.at(0);
  EXPECT_TRUE(group.revealed);
  EXPECT_TRUE(group.cards.empty());
  EXPECT_EQ(group.spread.at(2).count, 2u);
  EXPECT_FALSE(record.polls.at(1).revealed);
  EXPECT_TRUE(record.polls.at(1).spread.empty());
  // The secret board ballot: tallies, no cards.
  const PollRecord& ballot = record.polls.back();
  EXPECT_EQ(ballot.mode, core::BallotMode::secret);
  EXPECT_TRUE(ballot.cards.empty());
  EXPECT_EQ(ballot.spread.at(0).count + ballot.spread.at(1).count, 2u);

  ASSERT_EQ(record.actions.size(), 3u);
  EXPECT_EQ(record.actions[0].id, 2u);  // mean total 22 beats 17.5
  EXPECT_EQ(record.actions[0].means->total, 220u);
  EXPECT_EQ(record.actions[1].means->total, 175u);
  EXPECT_EQ(record.actions[1].circle, "Deels veranderbaar");  // from its note's zone
  EXPECT_FALSE(record.actions[2].means.has_value());
  EXPECT_EQ(record.bundles.at(0).items.at(1).decision, "Scenario 3: Ja, als het past");
  EXPECT_EQ(record.bundles.at(0).items.at(1).reason, "Volgt de strategie.");

  // Notes by column in the board's order, whatever order they were written in
  // (zone 2 first, then 1, then 3).
  ASSERT_FALSE(record.boards.empty());
  std::vector<std::string> zones;
  for (const NoteRow& note : record.boards[0].notes) zones.push_back(note.zone);
  EXPECT_EQ(zones,
            (std::vector<std::string>{"Veranderbaar", "Deels veranderbaar", "Niet veranderbaar"}));
}

}  // namespace
}  // namespace record_format_test
}  // namespace kring::record
