// redis_log_report: one stderr line per problem the Redis log meets. Callers
// pass only room ids, seqs and Redis' own error texts, never event contents,
// state bytes or credential keys.
#pragma once

#include <string_view>

namespace kring::log::redis {

void report_problem(std::string_view what);

}  // namespace kring::log::redis
