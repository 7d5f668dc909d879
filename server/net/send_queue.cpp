#include "net/send_queue.hpp"

#include <utility>

namespace kring::net {
namespace {

void release_if_large(std::vector<SendQueue::Frame>& frames, std::size_t kept) {
  if (frames.capacity() > kept) std::vector<SendQueue::Frame>().swap(frames);
}

}  // namespace

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
    release_if_large(in_flight_, kept_capacity);
    release_if_large(waiting_, kept_capacity);
  }
}

void SendQueue::clear() {
  waiting_.clear();
  bytes_ = 0;
  if (!writing()) release_if_large(waiting_, kept_capacity);
}

}  // namespace kring::net
