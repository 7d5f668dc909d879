// html: the decision record as one self-contained, printable HTML page (no
// scripts, no external files; print CSS keeps tables and headings whole). All
// room text is escaped, so a note reading <script> stays text.
#pragma once

#include <string>
#include <string_view>

#include "export/document.hpp"
#include "export/record.hpp"

namespace kring::record {

std::string render_html(const DecisionRecord& record);
// Laid-out blocks (export/document.hpp) as the same page, titled `title`.
std::string render_html(const std::string& title, const std::vector<Block>& blocks);

// `text` with & < > " ' as character references.
std::string html_escape(std::string_view text);

}  // namespace kring::record
