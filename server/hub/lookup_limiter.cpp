#include "hub/lookup_limiter.hpp"

#include <algorithm>

namespace kring::hub {

LookupLimiter::LookupLimiter(LookupLimits limits, Clock::time_point now)
    : limits_(limits), overflow_(limits.overflow_per_minute / 60.0, limits.overflow_burst, now) {}

bool LookupLimiter::may_look_up(std::string_view client, Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  const auto it = by_client_.find(std::string(client));
  const bool own_budget = it == by_client_.end() || it->second.has_token(now);
  return own_budget || overflow_.has_token(now);
}

void LookupLimiter::count_failure(std::string_view client, Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  if (!bucket_locked(client, now).try_take(now)) overflow_.try_take(now);
}

TokenBucket& LookupLimiter::bucket_locked(std::string_view client, Clock::time_point now) {
  std::string key(client);
  if (const auto it = by_client_.find(key); it != by_client_.end()) return it->second;
  if (by_client_.size() >= limits_.max_tracked_clients) {
    // Full buckets carry no memory of failures: forgetting them changes nothing.
    std::erase_if(by_client_, [now](auto& entry) { return entry.second.full(now); });
  }
  if (by_client_.size() >= limits_.max_tracked_clients) {
    const auto oldest = std::min_element(
        by_client_.begin(), by_client_.end(),
        [](const auto& a, const auto& b) { return a.second.updated() < b.second.updated(); });
    by_client_.erase(oldest);
  }
  return by_client_
      .emplace(std::move(key),
               TokenBucket(limits_.failures_per_minute / 60.0, limits_.failure_burst, now))
      .first->second;
}

}  // namespace kring::hub
