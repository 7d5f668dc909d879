// csv: the decision record as one RFC 4180 table per subject (agenda,
// dilemmas, polls, bundle_items, actions, notes): UTF-8, CRLF line ends, a
// header row, fields quoted when they hold a comma, quote, CR or LF.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/record.hpp"

namespace kring::record {

struct CsvFile {
  std::string name;  // "agenda.csv", ...
  std::string content;
};

std::vector<CsvFile> render_csv(const DecisionRecord& record);

// One field as RFC 4180 wants it: as is, or in double quotes with inner quotes doubled.
std::string csv_field(std::string_view value);

// Text typed in the room, made safe for spreadsheets: a leading = + - @ (a
// formula to Excel and LibreOffice) gets an apostrophe in front (OWASP's
// advice against CSV injection).
std::string spreadsheet_safe(std::string_view text);

}  // namespace kring::record
