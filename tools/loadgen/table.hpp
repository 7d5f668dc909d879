// table: prints rows as a Markdown table, and the per-column medians of the
// same row over several runs of a preset.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "row.hpp"

namespace kring::loadgen {

// Prints `rows` under a header made of every column any row has; `first`
// heads the leading column.
void print_table(std::FILE* out, const std::string& first, const std::vector<Row>& rows);

// Row i of the result holds, per column, the median of row i over `runs`
// (runs without a row i, or a row without the column, do not count).
std::vector<Row> medians(const std::vector<std::vector<Row>>& runs);

}  // namespace kring::loadgen
