#include "table.hpp"

#include <algorithm>
#include <cmath>

namespace kring::loadgen {

namespace {

std::string format(double value) {
  char text[32];
  const double magnitude = std::fabs(value);
  if (value == std::floor(value) && magnitude < 1e12) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else if (magnitude >= 100) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else if (magnitude >= 1) {
    std::snprintf(text, sizeof text, "%.2f", value);
  } else {
    std::snprintf(text, sizeof text, "%.3f", value);
  }
  return text;
}

}  // namespace

void print_table(std::FILE* out, const std::string& first, const std::vector<Row>& rows) {
  std::vector<std::string> columns;
  for (const Row& row : rows) {
    for (const auto& [name, value] : row.values) {
      if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
        columns.push_back(name);
      }
    }
  }
  std::fprintf(out, "| %s |", first.c_str());
  for (const std::string& column : columns) std::fprintf(out, " %s |", column.c_str());
  std::fprintf(out, "\n|---|");
  for (std::size_t i = 0; i < columns.size(); ++i) std::fprintf(out, "---:|");
  std::fprintf(out, "\n");
  for (const Row& row : rows) {
    std::fprintf(out, "| %s |", row.label.c_str());
    for (const std::string& column : columns) {
      const double missing = std::nan("");
      const double value = row.get(column, missing);
      std::fprintf(out, " %s |", std::isnan(value) ? "" : format(value).c_str());
    }
    std::fprintf(out, "\n");
  }
  std::fflush(out);
}

std::vector<Row> medians(const std::vector<std::vector<Row>>& runs) {
  std::size_t longest = 0;
  for (const auto& run : runs) longest = std::max(longest, run.size());
  std::vector<Row> result;
  for (std::size_t i = 0; i < longest; ++i) {
    Row median;
    for (const auto& run : runs) {
      if (i >= run.size()) continue;
      if (median.label.empty()) median.label = run[i].label;
      for (const auto& [name, unused] : run[i].values) {
        if (!std::isnan(median.get(name, std::nan("")))) continue;  // already taken
        std::vector<double> values;
        for (const auto& other : runs) {
          if (i < other.size()) {
            const double value = other[i].get(name, std::nan(""));
            if (!std::isnan(value)) values.push_back(value);
          }
        }
        std::sort(values.begin(), values.end());
        median.add(name, values[values.size() / 2]);
      }
    }
    result.push_back(std::move(median));
  }
  return result;
}

}  // namespace kring::loadgen
