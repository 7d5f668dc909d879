// Typed rejections. Mirrors kring.v1.ErrorCode; the codec maps one to the other.
#pragma once

#include <string>

namespace kring::core {

enum class ErrorCode {
  malformed_frame,
  unknown_payload,
  protocol_version,
  not_joined,
  already_joined,
  room_not_found,
  forbidden,
  wrong_phase,
  not_found,
  invalid_argument,
  limit_reached,
  rate_limited,
  bad_secret,
  storage_unavailable,
  going_away,
  missing_idempotency_key,
  group_too_small,
};

struct Rejection {
  ErrorCode code;
  // Short English text for developers. Must never contain note text or vote values.
  std::string detail;

  friend bool operator==(const Rejection&, const Rejection&) = default;
};

}  // namespace kring::core
