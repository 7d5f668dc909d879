#include "net/send_queue.hpp"

#include <utility>

namespace kring::net {

bool SendQueue::push(Frame frame) {
  if (!empty() && bytes_ + frame->size() > max_bytes_) return false;
  push_unbounded(std::move(frame));
  return true;
}

void SendQueue::push_unbounded(Frame frame) {
  bytes_ += frame->size();
  frames_.push_back(std::move(frame));
}

SendQueue::Frame SendQueue::pop() {
  Frame frame = std::move(frames_[head_++]);
  bytes_ -= frame->size();
  // Reuse the space once the queue runs dry (the usual case: one frame at a
  // time); otherwise drop the written prefix when it is half the vector.
  if (empty()) {
    frames_.clear();
    head_ = 0;
  } else if (head_ * 2 >= frames_.size()) {
    frames_.erase(frames_.begin(), frames_.begin() + static_cast<std::ptrdiff_t>(head_));
    head_ = 0;
  }
  return frame;
}

void SendQueue::clear() {
  frames_.clear();
  head_ = 0;
  bytes_ = 0;
}

}  // namespace kring::net
