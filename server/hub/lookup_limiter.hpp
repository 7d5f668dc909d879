// lookup_limiter: how many failed credential lookups (unknown codes, wrong
// secrets) the node answers, so that codes cannot be guessed, without locking
// out people who share an address with someone who mistyped.
//
// - Each client address has its own budget of failures.
// - While an address's budget is spent, its lookups still go through as long
//   as a node-wide overflow budget lasts: a colleague behind the same office
//   NAT who types the right code joins. Only a failure costs anything; it is
//   charged to the address while the address has budget, else to the overflow.
// - Only when both are spent is the address refused (rate_limited), until
//   either refills; then even a correct code waits, which happens only while
//   someone is spending the node-wide overflow, i.e. guessing.
// docs/operations.md has the arithmetic. Thread-safe; the table of addresses is bounded.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "hub/token_bucket.hpp"

namespace kring::hub {

struct LookupLimits {
  double failures_per_minute = 10;  // per address
  double failure_burst = 10;
  double overflow_per_minute = 60;  // node-wide, for addresses whose own budget is spent
  double overflow_burst = 60;
  std::size_t max_tracked_clients = 10'000;
};

class LookupLimiter {
 public:
  using Clock = TokenBucket::Clock;

  explicit LookupLimiter(LookupLimits limits, Clock::time_point now = Clock::now());

  // Whether a lookup from `client` may be made now. Takes nothing.
  bool may_look_up(std::string_view client, Clock::time_point now);

  // Charges one failed lookup of `client`: to its own budget, else to the overflow.
  void count_failure(std::string_view client, Clock::time_point now);

 private:
  // The bucket of `client`, made (and the table pruned) if needed. Under mutex_.
  TokenBucket& bucket_locked(std::string_view client, Clock::time_point now);

  const LookupLimits limits_;
  std::mutex mutex_;
  TokenBucket overflow_;
  std::unordered_map<std::string, TokenBucket> by_client_;
};

}  // namespace kring::hub
