// row: one line of a result table, its columns named, in print order. Each
// preset returns rows; the runner prints them and the medians over runs.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kring::loadgen {

struct Row {
  std::string label;  // what the row measured ("offered 20000/s", "15000 conns")
  std::vector<std::pair<std::string, double>> values;

  Row& add(std::string column, double value) {
    values.emplace_back(std::move(column), value);
    return *this;
  }
  // The value of `column`, or `fallback` when the row has none.
  double get(const std::string& column, double fallback = 0) const {
    for (const auto& [name, value] : values) {
      if (name == column) return value;
    }
    return fallback;
  }
};

}  // namespace kring::loadgen
