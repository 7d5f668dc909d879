// Validation helpers shared by the deciders. Each returns a Rejection when the
// input breaks a bound, or nothing when it is acceptable.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/errors.hpp"
#include "core/model.hpp"

namespace kring::core {

using Check = std::optional<Rejection>;

// Non-empty, not only whitespace, valid UTF-8, at most max_bytes.
Check check_text(std::string_view text, std::size_t max_bytes, std::string_view what);
// Like check_text but may be empty.
Check check_optional_text(std::string_view text, std::size_t max_bytes, std::string_view what);
// A device-made secret of limits::min_secret_bytes..max_secret_bytes.
Check check_secret(std::string_view secret, std::string_view what);

bool is_valid_utf8(std::string_view text);

inline Rejection reject(ErrorCode code, std::string_view detail) {
  return Rejection{code, std::string(detail)};
}

}  // namespace kring::core
