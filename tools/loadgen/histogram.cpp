#include "histogram.hpp"

#include <algorithm>
#include <bit>

namespace kring::loadgen {

// Values below 2^sub_bits get one bucket each; above, each power of two is
// split into sub_buckets equal parts.
int Histogram::index_of(std::uint64_t value) {
  if (value < sub_buckets) return static_cast<int>(value);
  const int magnitude = static_cast<int>(std::bit_width(value)) - 1;  // >= sub_bits
  const int shift = magnitude - sub_bits;
  const auto sub = static_cast<int>((value >> shift) & (sub_buckets - 1));
  return (shift + 1) * sub_buckets + sub;
}

std::int64_t Histogram::upper_bound_of(int index) {
  if (index < sub_buckets) return index;
  const int shift = index / sub_buckets - 1;
  const int sub = index % sub_buckets;
  const auto base = static_cast<std::uint64_t>(sub_buckets + sub) << shift;
  return static_cast<std::int64_t>(base + ((std::uint64_t{1} << shift) - 1));
}

void Histogram::record(std::int64_t nanoseconds) {
  const auto value = static_cast<std::uint64_t>(std::max<std::int64_t>(nanoseconds, 0));
  ++buckets_[static_cast<std::size_t>(std::min(index_of(value), bucket_count - 1))];
  ++count_;
  max_ = std::max(max_, nanoseconds);
}

void Histogram::merge(const Histogram& other) {
  for (std::size_t i = 0; i < buckets_.size(); ++i) buckets_[i] += other.buckets_[i];
  count_ += other.count_;
  max_ = std::max(max_, other.max_);
}

std::int64_t Histogram::percentile(double fraction) const {
  if (count_ == 0) return 0;
  const auto wanted = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(fraction * static_cast<double>(count_)));
  std::uint64_t seen = 0;
  for (int i = 0; i < bucket_count; ++i) {
    seen += buckets_[static_cast<std::size_t>(i)];
    if (seen >= wanted) return std::min(upper_bound_of(i), max_);
  }
  return max_;
}

}  // namespace kring::loadgen
