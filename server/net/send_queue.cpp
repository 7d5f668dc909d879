#include "net/send_queue.hpp"

#include <utility>

#include "net/vector_space.hpp"

namespace kring::net {

bool SendQueue::push(Frame frame) {
  if (!empty() && bytes_ + frame->size() > max_bytes_) return false;
  push_unbounded(std::move(frame));
  return true;
}

void SendQueue::push_unbounded(Frame frame) {
  bytes_ += frame->size();
  waiting_.push_back(std::move(frame));
}

std::span<const SendQueue::Frame> SendQueue::start_batch() {
  // in_flight_ is empty (precondition) but keeps its space: the swap hands
  // that space to the next frames that wait.
  in_flight_.swap(waiting_);
  bytes_ = 0;
  return in_flight_;
}

void SendQueue::finish_batch() {
  in_flight_.clear();
  if (waiting_.empty()) {
    release_space_beyond(in_flight_, kept_capacity);
    release_space_beyond(waiting_, kept_capacity);
  }
}

void SendQueue::clear() {
  waiting_.clear();
  bytes_ = 0;
  if (!writing()) release_space_beyond(waiting_, kept_capacity);
}

}  // namespace kring::net
