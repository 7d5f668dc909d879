#include "net/inbox.hpp"

#include <utility>

#include "net/vector_space.hpp"

namespace kring::net {

bool Inbox::push(Frame frame) {
  const std::lock_guard lock(mutex_);
  // Frames are dropped only while some wait, so an empty inbox has no drain
  // on its way.
  const bool was_empty = frames_.empty();
  // One frame larger than the cap still passes when nothing waits, as in
  // SendQueue: a big snapshot is not slowness.
  if (!frames_.empty() && bytes_ + frame->size() > max_bytes_) {
    overflowed_ = true;
    return false;
  }
  bytes_ += frame->size();
  frames_.push_back(std::move(frame));
  return was_empty;
}

bool Inbox::take_all(std::vector<Frame>& out) {
  const std::lock_guard lock(mutex_);
  const bool overflowed = overflowed_;
  out.swap(frames_);
  release_space_beyond(frames_, kept_capacity);
  bytes_ = 0;
  overflowed_ = false;
  return overflowed;
}

}  // namespace kring::net
