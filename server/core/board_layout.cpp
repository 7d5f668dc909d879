#include "core/board_layout.hpp"

namespace kring::core {

std::vector<Zone> circle_zones() {
  return {Zone{circle_unsorted, "unsorted", 0, 0}, Zone{circle_changeable, "changeable", 0, 0},
          Zone{circle_partly_changeable, "partly_changeable", 0, 0},
          Zone{circle_unchangeable, "unchangeable", 0, 0}};
}

std::vector<Zone> column_zones(const std::vector<std::string>& column_labels) {
  std::vector<Zone> zones;
  zones.reserve(column_labels.size());
  for (std::size_t i = 0; i < column_labels.size(); ++i) {
    zones.push_back(
        Zone{static_cast<ZoneId>(i + 1), column_labels[i], 0, static_cast<std::uint32_t>(i)});
  }
  return zones;
}

std::vector<Zone> matrix_zones(const std::vector<std::string>& row_labels,
                               const std::vector<std::string>& column_labels) {
  std::vector<Zone> zones;
  zones.reserve(row_labels.size() * column_labels.size());
  for (std::size_t row = 0; row < row_labels.size(); ++row) {
    for (std::size_t column = 0; column < column_labels.size(); ++column) {
      zones.push_back(Zone{static_cast<ZoneId>(row * column_labels.size() + column + 1),
                           row_labels[row] + " / " + column_labels[column],
                           static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(column)});
    }
  }
  return zones;
}

}  // namespace kring::core
