// replies: sending one answer to one session. Every Error the hub sends goes
// through send_error so that /metrics counts rejections by code.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "base/metrics.hpp"
#include "core/errors.hpp"
#include "hub/session_sink.hpp"

namespace kring::hub {

using Frame = std::shared_ptr<const std::string>;

inline Frame make_frame(std::string bytes) {
  return std::make_shared<const std::string>(std::move(bytes));
}

// Sends `bytes` if the session still exists.
void send_frame(const std::weak_ptr<SessionSink>& session, std::string bytes);

void send_error(const std::weak_ptr<SessionSink>& session, base::Metrics& metrics,
                std::uint64_t request_id, const core::Rejection& rejection);

}  // namespace kring::hub
