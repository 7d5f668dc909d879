// presets: the named load shapes of docs/PERFORMANCE.md, and the flags that
// adjust them. A preset run returns its rows; run_preset() repeats it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "row.hpp"

namespace kring::loadgen {

// Flags that override a preset's defaults (unset: the preset decides).
struct Overrides {
  std::optional<std::size_t> threads;
  std::optional<double> measure_seconds;
  std::optional<std::vector<double>> offered;
  std::optional<std::size_t> rooms;
  std::optional<std::size_t> room_size;
  std::optional<std::size_t> senders;
  std::optional<std::size_t> connections;
  std::optional<bool> writers_on_one_node;
};

// The names, in the order `all` would run them.
const std::vector<std::string>& preset_names();

// One run of `name`, or an empty function when no preset has that name.
std::function<std::vector<Row>()> preset(const std::string& name, const Overrides& overrides);

}  // namespace kring::loadgen
