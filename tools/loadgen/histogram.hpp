// histogram: latencies in nanoseconds, log-linear buckets (32 per power of
// two, so a reported percentile is within ~3% of the true value), a fixed
// few KiB whatever the sample count. One per generator thread; merged at the end.
#pragma once

#include <array>
#include <cstdint>

namespace kring::loadgen {

class Histogram {
 public:
  void record(std::int64_t nanoseconds);
  void merge(const Histogram& other);

  std::uint64_t count() const { return count_; }
  // The value below which `fraction` (0..1) of the samples lie; 0 when empty.
  std::int64_t percentile(double fraction) const;
  std::int64_t max() const { return max_; }

 private:
  static constexpr int sub_bits = 5;
  static constexpr int sub_buckets = 1 << sub_bits;
  static constexpr int bucket_count = 64 * sub_buckets;

  static int index_of(std::uint64_t value);
  static std::int64_t upper_bound_of(int index);

  std::array<std::uint64_t, bucket_count> buckets_{};
  std::uint64_t count_ = 0;
  std::int64_t max_ = 0;
};

}  // namespace kring::loadgen
