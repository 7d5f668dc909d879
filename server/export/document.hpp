// document: the decision record laid out once as headings, paragraphs, lists
// and tables of plain text, so that the Markdown and HTML renderers differ
// only in syntax and escaping, never in what they show.
#pragma once

#include <string>
#include <utility>
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

// Collects blocks in reading order (the room's record and the programme's).
class BlockWriter {
 public:
  void heading(int level, std::string text);
  // `label` is shown in bold before the text (may be empty).
  void paragraph(std::string label, std::string text);
  void list(std::vector<std::string> items);  // nothing for no items
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
  std::vector<Block> take() { return std::move(blocks_); }

 private:
  std::vector<Block> blocks_;
};

// The poll or board vote `id` of `record`, or null.
const PollRecord* find_poll(const DecisionRecord& record, core::VoteId id);
// A vote's spread in words once revealed ("Akkoord: 2; ..."), else its state and count.
std::string spread_text(const PollRecord& poll);
// The spread of a board item's vote; with several rounds each round's, in order.
std::string rounds_text(const DecisionRecord& record, const BundleItemRecord& item);

}  // namespace kring::record
