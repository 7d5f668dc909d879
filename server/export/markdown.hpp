// markdown: the decision record as a CommonMark / GitHub-flavoured Markdown
// document. Every text from the room is escaped, so a note can neither start
// markup nor smuggle raw HTML into a viewer that renders the file.
#pragma once

#include <string>
#include <string_view>

#include "export/document.hpp"
#include "export/record.hpp"

namespace kring::record {

std::string render_markdown(const DecisionRecord& record);
// Laid-out blocks (export/document.hpp) as Markdown: the programme's record.
std::string render_markdown(const std::vector<Block>& blocks);

// `text` as inline Markdown: punctuation that could start markup is
// backslash-escaped and line breaks become spaces (a table cell is one line).
std::string markdown_escape(std::string_view text);

}  // namespace kring::record
