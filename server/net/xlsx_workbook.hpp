// xlsx_workbook: the record's tables as one spreadsheet (.xlsx), written by
// libxlsxwriter: a sheet per table, its header row bold and frozen, text as
// text (never a formula), numbers as numbers, moments and days as dates.
// libxlsxwriter writes to a file, so this makes a private temporary file,
// reads it back and removes it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/tables.hpp"

namespace kring::net {

// The workbook's bytes; nullopt when it could not be written (no temporary
// space, a cell the library refuses).
std::optional<std::string> write_xlsx(const std::vector<record::Table>& tables);

}  // namespace kring::net
