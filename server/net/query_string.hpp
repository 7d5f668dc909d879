// Reading one parameter from a request target's query string.
#pragma once

#include <optional>
#include <string_view>

namespace kring::net {

// The raw value of the first `name=value` pair in the query of `target` (the
// part after '?'), or nullopt when absent. No percent-decoding: the values the
// server reads are plain tokens, and a value that needs decoding is invalid.
std::optional<std::string_view> query_param(std::string_view target, std::string_view name);

}  // namespace kring::net
