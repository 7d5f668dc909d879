// document: the decision record laid out once as headings, paragraphs, lists
// and tables of plain text, so that the Markdown and HTML renderers differ
// only in syntax and escaping, never in what they show.
#pragma once

#include <string>
#include <vector>

#include "export/record.hpp"

namespace kring::record {

struct Block {
  enum class Kind { heading, paragraph, list, table };
  Kind kind = Kind::paragraph;
  int level = 1;                    // heading: 1..3
  std::string label;                // paragraph: a leading label shown in bold (may be empty)
  std::string text;                 // heading, paragraph
  std::vector<std::string> items;   // list
  std::vector<std::string> header;  // table
  std::vector<std::vector<std::string>> rows;  // table
};

// Every block of the record in reading order. Texts are unescaped.
std::vector<Block> lay_out(const DecisionRecord& record);

}  // namespace kring::record
