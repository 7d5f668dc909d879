// record_file: a room's decision record as one downloadable file in the
// requested format, with its name and media type. Pure; the HTTP route only
// moves the bytes (and, for the spreadsheet, has the workbook written).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/room_state.hpp"
#include "export/tables.hpp"
#include "export/zone_rules.hpp"

namespace kring::record {

enum class Format { markdown, html, xlsx };

// "md", "html" or "xlsx"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);

struct RecordFile {
  std::string file_name;
  std::string content_type;
  // Markdown and HTML: the file. The spreadsheet: empty, and `tables` holds
  // its sheets for the writer (net/xlsx_workbook), which needs files.
  std::string body;
  std::vector<Table> tables;
};

// `zone`: the workshop's time zone (the file name's date is its date too).
RecordFile render_record_file(const core::RoomState& state, core::TimeMs generated_at_ms,
                              Format format, const ZoneRules& zone = {});

}  // namespace kring::record
