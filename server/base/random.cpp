#include "base/random.hpp"

#include <sys/random.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "base/log_line.hpp"

namespace kring::base {

std::string random_bytes(std::size_t count) {
  std::string bytes(count, '\0');
  std::size_t filled = 0;
  while (filled < count) {
    const ssize_t got = getrandom(bytes.data() + filled, count - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      log_line("getrandom failed", std::strerror(errno));
      std::abort();
    }
    filled += static_cast<std::size_t>(got);
  }
  return bytes;
}

std::uint64_t random_u64() {
  const std::string bytes = random_bytes(sizeof(std::uint64_t));
  std::uint64_t value = 0;
  for (const char byte : bytes) value = (value << 8) | static_cast<unsigned char>(byte);
  return value;
}

}  // namespace kring::base
