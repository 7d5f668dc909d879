#include "export/record_file.hpp"

#include "export/build_record.hpp"
#include "export/csv.hpp"
#include "export/file_name.hpp"
#include "export/html.hpp"
#include "export/markdown.hpp"
#include "export/zip.hpp"

namespace kring::record {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "md") return Format::markdown;
  if (name == "html") return Format::html;
  if (name == "csv") return Format::csv_zip;
  return std::nullopt;
}

RecordFile render_record_file(const core::RoomState& state, core::TimeMs generated_at_ms,
                              Format format) {
  const DecisionRecord record = build_record(state, generated_at_ms);
  switch (format) {
    case Format::markdown:
      return {record_file_name(record.title, generated_at_ms, "md"), "text/markdown; charset=utf-8",
              render_markdown(record)};
    case Format::html:
      return {record_file_name(record.title, generated_at_ms, "html"), "text/html; charset=utf-8",
              render_html(record)};
    case Format::csv_zip: {
      std::vector<ZipEntry> entries;
      for (CsvFile& file : render_csv(record)) {
        entries.push_back(ZipEntry{std::move(file.name), std::move(file.content)});
      }
      return {record_file_name(record.title, generated_at_ms, "zip"), "application/zip",
              store_zip(entries, generated_at_ms)};
    }
  }
  return {};
}

}  // namespace kring::record
