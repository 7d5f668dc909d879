#include "base/log_line.hpp"

#include <cstdio>

namespace kring::base {

void log_line(const char* what, const char* message) noexcept {
  std::fprintf(stderr, "kring: %s: %s\n", what, message);
}

}  // namespace kring::base
