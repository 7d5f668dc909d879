// html: the decision record as one self-contained, printable HTML page (no
// scripts, no external files; print CSS keeps tables and headings whole). All
// room text is escaped, so a note reading <script> stays text.
#pragma once

#include <string>
#include <string_view>

#include "export/record.hpp"

namespace kring::record {

std::string render_html(const DecisionRecord& record);

// `text` with & < > " ' as character references.
std::string html_escape(std::string_view text);

}  // namespace kring::record
