// replies: sending one answer to one session. Every Error the hub sends goes
// through send_error so that /metrics counts rejections by code.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include "core/errors.hpp"
#include "hub/session_sink.hpp"
#include "net/metrics.hpp"

namespace kring::hub {

using Frame = std::shared_ptr<const std::string>;

inline Frame make_frame(std::string bytes) {
  return std::make_shared<const std::string>(std::move(bytes));
}

// Sends `bytes` if the session still exists.
void send_frame(const std::weak_ptr<SessionSink>& session, std::string bytes);

void send_error(const std::weak_ptr<SessionSink>& session, net::Metrics& metrics,
                std::uint64_t request_id, const core::Rejection& rejection);

void log_exception(const char* what, const char* message) noexcept;

// One line on stderr for an operator: `what` happened, `message` says why. Never
// pass note text, vote values or secrets.
void log_notice(const char* what, const char* message) noexcept;

// Runs `body`; an exception is logged (its what() only) instead of escaping
// into an Asio handler. `what` names the handler in the log line.
template <class Body>
void guarded(const char* what, Body&& body) noexcept {
  try {
    body();
  } catch (const std::exception& e) {
    log_exception(what, e.what());
  } catch (...) {
    log_exception(what, "unknown exception");
  }
}

}  // namespace kring::hub
