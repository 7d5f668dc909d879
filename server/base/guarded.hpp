// guarded: the wall between an exception and an Asio handler. Every handler
// the hub or the network layer posts runs its body through guarded(), so a
// throw ends that one piece of work with a log line instead of the process.
#pragma once

#include <exception>
#include <utility>

#include "base/log_line.hpp"

namespace kring::base {

// Runs `body`; an exception is logged (its what() only) instead of escaping.
// `what` names the handler in the log line.
template <class Body>
void guarded(const char* what, Body&& body) noexcept {
  try {
    std::forward<Body>(body)();
  } catch (const std::exception& e) {
    log_line(what, e.what());
  } catch (...) {
    log_line(what, "unknown exception");
  }
}

}  // namespace kring::base
