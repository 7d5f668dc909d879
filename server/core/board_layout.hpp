// The zones of each board kind (see docs/protocol.md, "Rooms, boards, notes").
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"

namespace kring::core {

// Zone ids of the circle of influence.
inline constexpr ZoneId circle_unsorted = 0;
inline constexpr ZoneId circle_changeable = 1;
inline constexpr ZoneId circle_partly_changeable = 2;
inline constexpr ZoneId circle_unchangeable = 3;

std::vector<Zone> circle_zones();
std::vector<Zone> column_zones(const std::vector<std::string>& column_labels);
// zone id = row * columns + column + 1
std::vector<Zone> matrix_zones(const std::vector<std::string>& row_labels,
                               const std::vector<std::string>& column_labels);

}  // namespace kring::core
