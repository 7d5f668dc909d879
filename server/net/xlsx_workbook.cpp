#include "net/xlsx_workbook.hpp"

#include <stdlib.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <variant>

#include "export/wording.hpp"

namespace kring::net {
namespace {

// The temporary file's name, removed when this goes away.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kring-record-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return;
    close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Formats {
  lxw_format* header;
  lxw_format* moment;
  lxw_format* day;
  lxw_format* decimal;
  lxw_format* wrapped;
};

Formats make_formats(lxw_workbook* workbook) {
  Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                  workbook_add_format(workbook), workbook_add_format(workbook),
                  workbook_add_format(workbook)};
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xE8EEF4);
  format_set_num_format(formats.moment, "dd-mm-yyyy hh:mm");
  format_set_num_format(formats.day, "dd-mm-yyyy");
  format_set_num_format(formats.decimal, "0.0");
  format_set_text_wrap(formats.wrapped);
  format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
  return formats;
}

lxw_datetime datetime_of(const record::WallClockTime& moment) {
  const record::words::CivilTime civil = record::words::civil_time(moment.local_ms);
  return {static_cast<int>(civil.year),   static_cast<int>(civil.month),
          static_cast<int>(civil.day),    static_cast<int>(civil.hour),
          static_cast<int>(civil.minute), static_cast<double>(civil.second)};
}

// Writes one cell; false when the library refused it.
bool write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const record::Cell& cell,
                const Formats& formats) {
  lxw_error error = LXW_NO_ERROR;
  if (const auto* text = std::get_if<std::string>(&cell)) {
    error = worksheet_write_string(sheet, row, column, text->c_str(), formats.wrapped);
  } else if (const auto* whole = std::get_if<std::int64_t>(&cell)) {
    error = worksheet_write_number(sheet, row, column, static_cast<double>(*whole), nullptr);
  } else if (const auto* decimal = std::get_if<double>(&cell)) {
    error = worksheet_write_number(sheet, row, column, *decimal, formats.decimal);
  } else if (const auto* moment = std::get_if<record::WallClockTime>(&cell)) {
    lxw_datetime when = datetime_of(*moment);
    error = worksheet_write_datetime(sheet, row, column, &when, formats.moment);
  } else if (const auto* day = std::get_if<record::CalendarDate>(&cell)) {
    lxw_datetime when = {day->year, static_cast<int>(day->month), static_cast<int>(day->day), 0, 0,
                         0.0};
    error = worksheet_write_datetime(sheet, row, column, &when, formats.day);
  }
  return error == LXW_NO_ERROR;
}

// Columns as wide as their header or widest text, within bounds a screen holds.
void set_widths(lxw_worksheet* sheet, const record::Table& table) {
  for (std::size_t column = 0; column < table.header.size(); ++column) {
    std::size_t widest = table.header[column].size();
    for (const auto& row : table.rows) {
      if (const auto* text = std::get_if<std::string>(&row[column])) {
        widest = std::max(widest, text->size());
      } else if (!std::holds_alternative<std::monostate>(row[column])) {
        widest = std::max<std::size_t>(widest, 16);
      }
    }
    const double width = static_cast<double>(std::clamp<std::size_t>(widest + 2, 8, 60));
    worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                         width, nullptr);
  }
}

bool write_sheet(lxw_workbook* workbook, const record::Table& table, const Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.name.c_str());
  if (sheet == nullptr) return false;
  for (std::size_t column = 0; column < table.header.size(); ++column) {
    if (worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                               table.header[column].c_str(), formats.header) != LXW_NO_ERROR) {
      return false;
    }
  }
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    for (std::size_t column = 0; column < table.rows[row].size(); ++column) {
      if (!write_cell(sheet, static_cast<lxw_row_t>(row + 1), static_cast<lxw_col_t>(column),
                      table.rows[row][column], formats)) {
        return false;
      }
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  set_widths(sheet, table);
  return true;
}

}  // namespace

std::optional<std::string> write_xlsx(const std::vector<record::Table>& tables) {
  const TemporaryFile file;
  if (file.path().empty()) return std::nullopt;
  {
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    if (workbook == nullptr) return std::nullopt;
    const Formats formats = make_formats(workbook);
    bool written = true;
    for (const record::Table& table : tables) {
      written = written && write_sheet(workbook, table, formats);
    }
    // Closing writes the file; it must happen either way (it frees the workbook).
    if (workbook_close(workbook) != LXW_NO_ERROR || !written) return std::nullopt;
  }
  std::ifstream in(file.path(), std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace kring::net
