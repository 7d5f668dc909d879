#include "net/send_queue.hpp"

#include <utility>

namespace kring::net {

bool SendQueue::push(Frame frame) {
  if (!frames_.empty() && bytes_ + frame->size() > max_bytes_) return false;
  push_unbounded(std::move(frame));
  return true;
}

void SendQueue::push_unbounded(Frame frame) {
  bytes_ += frame->size();
  frames_.push_back(std::move(frame));
}

SendQueue::Frame SendQueue::pop() {
  Frame frame = std::move(frames_.front());
  frames_.pop_front();
  bytes_ -= frame->size();
  return frame;
}

void SendQueue::clear() {
  frames_.clear();
  bytes_ = 0;
}

}  // namespace kring::net
