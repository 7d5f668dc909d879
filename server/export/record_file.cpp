#include "export/record_file.hpp"

#include "export/build_record.hpp"
#include "export/file_name.hpp"
#include "export/html.hpp"
#include "export/markdown.hpp"

namespace kring::record {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "md") return Format::markdown;
  if (name == "html") return Format::html;
  if (name == "xlsx") return Format::xlsx;
  return std::nullopt;
}

RecordFile render_record_file(const core::RoomState& state, core::TimeMs generated_at_ms,
                              Format format, const ZoneRules& zone) {
  const DecisionRecord record = build_record(state, generated_at_ms, zone);
  const core::TimeMs local = record.generated_local_ms;
  switch (format) {
    case Format::markdown:
      return {record_file_name(record.title, local, "md"),
              "text/markdown; charset=utf-8",
              render_markdown(record),
              {}};
    case Format::html:
      return {record_file_name(record.title, local, "html"),
              "text/html; charset=utf-8",
              render_html(record),
              {}};
    case Format::xlsx:
      return {record_file_name(record.title, local, "xlsx"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "",
              record_tables(record)};
  }
  return {};
}

}  // namespace kring::record
