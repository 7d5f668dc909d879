// token_bucket: the rate limiter used per connection and per client address.
// Not thread-safe: its owner serialises access (a strand or a mutex).
#pragma once

#include <algorithm>
#include <chrono>

namespace kring::hub {

class TokenBucket {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_second` tokens flow in, up to `burst`; a new bucket starts full.
  TokenBucket(double per_second, double burst, Clock::time_point now)
      : per_second_(per_second), burst_(burst), tokens_(burst), updated_(now) {}

  // Takes one token if there is one.
  bool try_take(Clock::time_point now) {
    refill(now);
    if (tokens_ < 1.0) return false;
    tokens_ -= 1.0;
    return true;
  }

  bool has_token(Clock::time_point now) const { return available(now) >= 1.0; }

  // Full again: its owner may forget it without changing behaviour.
  bool full(Clock::time_point now) const { return available(now) >= burst_; }

  Clock::time_point updated() const { return updated_; }

 private:
  double available(Clock::time_point now) const {
    if (now <= updated_) return tokens_;
    const std::chrono::duration<double> passed = now - updated_;
    return std::min(burst_, tokens_ + passed.count() * per_second_);
  }

  void refill(Clock::time_point now) {
    tokens_ = available(now);
    updated_ = std::max(updated_, now);
  }

  double per_second_;
  double burst_;
  double tokens_;
  Clock::time_point updated_;
};

}  // namespace kring::hub
