// tables: the decision record as one table per subject (overview, agenda,
// dilemmas, polls, board items, actions, notes), each a header row and rows
// of typed cells, for the spreadsheet (xlsx). Pure: the cells say what they
// are (text, a whole number, a decimal, a date and time on the workshop's
// wall clock, a calendar date), and the writer gives each its cell type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/ids.hpp"
#include "export/record.hpp"

namespace kring::record {

// A moment on the workshop's wall clock (ms since that clock's epoch).
struct WallClockTime {
  core::TimeMs local_ms = 0;
  friend bool operator==(const WallClockTime&, const WallClockTime&) = default;
};
// A calendar day (an action's deadline typed as YYYY-MM-DD).
struct CalendarDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};
// Empty (std::monostate), text, a whole number, a decimal, a moment or a day.
using Cell =
    std::variant<std::monostate, std::string, std::int64_t, double, WallClockTime, CalendarDate>;

struct Table {
  std::string name;  // the sheet's name: at most 31 characters, none of []:*?/\ and no '
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
};

std::vector<Table> record_tables(const DecisionRecord& record);

// "2027-02-01" as a day when it is one (a real date, four-digit year), else nullopt.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

}  // namespace kring::record
