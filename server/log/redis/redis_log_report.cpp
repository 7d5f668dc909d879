#include "log/redis/redis_log_report.hpp"

#include <cstdio>

namespace kring::log::redis {

void report_problem(std::string_view what) {
  std::fprintf(stderr, "kring: redis log: %.*s\n", static_cast<int>(what.size()), what.data());
}

}  // namespace kring::log::redis
