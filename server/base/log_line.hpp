// log_line: the node's one way to write an operator's line on stderr
// ("kring: <what>: <message>"). Never pass note text, vote values or secrets.
#pragma once

namespace kring::base {

// `what` happened, `message` says why. Safe from any thread; never throws.
void log_line(const char* what, const char* message) noexcept;

}  // namespace kring::base
