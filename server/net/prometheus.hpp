// prometheus: the text exposition of the node's counters for GET /metrics.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/metrics.hpp"

namespace kring::net {

// The Prometheus text exposition of `metrics` plus the room gauge.
std::string render_prometheus(const base::Metrics& metrics, std::size_t rooms,
                              std::string_view node);

}  // namespace kring::net
