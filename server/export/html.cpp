#include "export/html.hpp"

#include "export/document.hpp"

namespace kring::record {
namespace {

// Screen and print styles: printed on A4 every section after the first starts
// a page, headings stay with what follows, rows and list items are not split,
// table headers repeat on every page. The page carries a strict CSP of its
// own, so even a viewer that mishandled escaping would run nothing.
constexpr std::string_view page_head_end = R"(<style>
body{font:11pt/1.45 system-ui,sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}
h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td,p,li{white-space:pre-wrap}
td{overflow-wrap:anywhere}
@page{size:A4;margin:16mm 14mm}
@media print{body{margin:0;max-width:none;font-size:9.5pt}h2,h3{break-after:avoid}
h2:not(:first-of-type){break-before:page}table{font-size:8.5pt}
tr,li{break-inside:avoid}thead{display:table-header-group}th{background:none}}
</style>
</head>
<body>
)";

void append_cells(std::string& out, const std::vector<std::string>& cells, std::string_view tag) {
  out += "<tr>";
  for (const std::string& cell : cells) {
    out += "<" + std::string(tag) + ">" + html_escape(cell) + "</" + std::string(tag) + ">";
  }
  out += "</tr>\n";
}

void append_block(std::string& out, const Block& block) {
  switch (block.kind) {
    case Block::Kind::heading: {
      const std::string tag = "h" + std::to_string(block.level);
      out += "<" + tag + ">" + html_escape(block.text) + "</" + tag + ">\n";
      return;
    }
    case Block::Kind::paragraph:
      out += "<p>";
      if (!block.label.empty()) out += "<strong>" + html_escape(block.label) + ":</strong> ";
      out += html_escape(block.text) + "</p>\n";
      return;
    case Block::Kind::list:
      out += "<ul>\n";
      for (const std::string& item : block.items) out += "<li>" + html_escape(item) + "</li>\n";
      out += "</ul>\n";
      return;
    case Block::Kind::table:
      out += "<table>\n<thead>";
      append_cells(out, block.header, "th");
      out += "</thead>\n<tbody>\n";
      for (const auto& row : block.rows) append_cells(out, row, "td");
      out += "</tbody>\n</table>\n";
      return;
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render_html(const DecisionRecord& record) {
  return render_html("Besluitenverslag: " + record.title, lay_out(record));
}

std::string render_html(const std::string& title, const std::vector<Block>& blocks) {
  std::string out =
      "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n<title>" +
      html_escape(title) + "</title>\n";
  out += page_head_end;
  for (const Block& block : blocks) append_block(out, block);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace kring::record
