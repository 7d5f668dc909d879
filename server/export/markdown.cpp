#include "export/markdown.hpp"

#include "export/document.hpp"

namespace kring::record {
namespace {

constexpr std::string_view markup_chars = "\\`*_[]<>#|~&";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A text starting like a list item or a heading marker ("-", "+", "1.") would
// turn into one at the start of a line; its marker is escaped.
std::string escape_line_start(std::string escaped) {
  if (!escaped.empty() && (escaped[0] == '-' || escaped[0] == '+' || escaped[0] == '=')) {
    return "\\" + escaped;
  }
  std::size_t digits = 0;
  while (digits < escaped.size() && is_digit(escaped[digits])) ++digits;
  if (digits > 0 && digits < escaped.size() && escaped[digits] == '.') {
    escaped.insert(digits, "\\");
  }
  return escaped;
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const std::string& cell : cells) line += " " + markdown_escape(cell) + " |";
  return line + "\n";
}

void append_block(std::string& out, const Block& block) {
  switch (block.kind) {
    case Block::Kind::heading:
      out += std::string(static_cast<std::size_t>(block.level), '#') + " " +
             markdown_escape(block.text) + "\n\n";
      return;
    case Block::Kind::paragraph:
      if (!block.label.empty()) out += "**" + markdown_escape(block.label) + ":** ";
      out += (block.label.empty() ? escape_line_start(markdown_escape(block.text))
                                  : markdown_escape(block.text)) +
             "\n\n";
      return;
    case Block::Kind::list:
      for (const std::string& item : block.items) out += "- " + markdown_escape(item) + "\n";
      out += "\n";
      return;
    case Block::Kind::table: {
      out += table_row(block.header);
      out += "|";
      for (std::size_t i = 0; i < block.header.size(); ++i) out += " --- |";
      out += "\n";
      for (const auto& row : block.rows) out += table_row(row);
      out += "\n";
      return;
    }
  }
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_break = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      if (!in_break) out += ' ';
      in_break = true;
      continue;
    }
    in_break = false;
    if (markup_chars.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string render_markdown(const DecisionRecord& record) {
  return render_markdown(lay_out(record));
}

std::string render_markdown(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& block : blocks) append_block(out, block);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
    out.pop_back();
  }
  return out;
}

}  // namespace kring::record
