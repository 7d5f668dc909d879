#include "hub/event_ring.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace kring::hub {

void EventRing::push(core::Seq seq, core::TimeMs at_ms, Frames frames) {
  if (!entries_.empty() && entries_.back().seq + 1 != seq) {
    // A jump would leave a hole a resume could fall into: start over.
    entries_.clear();
    bytes_ = 0;
  }
  Entry entry{seq, at_ms, std::move(frames), 0};
  // Roles may share one buffer (identical bytes): count each buffer once.
  for (std::size_t i = 0; i < entry.frames.size(); ++i) {
    const Frame& frame = entry.frames[i];
    const auto first = entry.frames.begin() + static_cast<std::ptrdiff_t>(i);
    if (frame && std::find(entry.frames.begin(), first, frame) == first)
      entry.bytes += frame->size();
  }
  bytes_ += entry.bytes;
  entries_.push_back(std::move(entry));
  while (!entries_.empty() && (entries_.size() > max_events_ || bytes_ > max_bytes_)) {
    bytes_ -= entries_.front().bytes;
    entries_.pop_front();
  }
}

std::optional<std::vector<Frame>> EventRing::since(core::Seq after, core::Seq head, core::Role role,
                                                   std::size_t max_bytes,
                                                   core::TimeMs after_at_ms) const {
  std::vector<Frame> frames;
  if (after > head) return std::nullopt;
  if (after_at_ms != 0 && after > 0) {
    if (entries_.empty() || entries_.front().seq > after || entries_.back().seq < after) {
      return std::nullopt;  // cannot tell the client's event at `after` is this room's
    }
    if (entries_[after - entries_.front().seq].at_ms != after_at_ms) return std::nullopt;
  }
  if (after == head) return frames;
  if (entries_.empty() || entries_.back().seq != head || entries_.front().seq > after + 1) {
    return std::nullopt;
  }
  const std::size_t first = after + 1 - entries_.front().seq;
  std::size_t bytes = 0;
  frames.reserve(entries_.size() - first);
  for (std::size_t i = first; i < entries_.size(); ++i) {
    const Frame& frame = entries_[i].frames[role_index(role)];
    if (!frame) return std::nullopt;
    bytes += frame->size();
    if (bytes > max_bytes) return std::nullopt;
    frames.push_back(frame);
  }
  return frames;
}

}  // namespace kring::hub
