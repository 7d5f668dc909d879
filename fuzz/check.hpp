// Invariant checks inside the fuzz targets. A broken invariant prints what
// broke and aborts: libFuzzer reports that as a crash and keeps the input.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace kring::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void require(bool holds, const char* what) {
  if (!holds) fail(what);
}

}  // namespace kring::fuzz
