// record_file: a room's decision record as one downloadable file in the
// requested format, with its name and media type. Pure; the HTTP route only
// moves the bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"
#include "core/room_state.hpp"

namespace kring::record {

enum class Format { markdown, html, csv_zip };

// "md", "html" or "csv"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);

struct RecordFile {
  std::string file_name;
  std::string content_type;
  std::string body;
};

RecordFile render_record_file(const core::RoomState& state, core::TimeMs generated_at_ms,
                              Format format);

}  // namespace kring::record
