#include "net/outbox.hpp"

#include <utility>

#include "net/vector_space.hpp"

namespace kring::net {

bool Outbox::push(Frame frame) {
  const std::lock_guard lock(mutex_);
  if (sealed_ || overflowed_) return false;
  if (!waiting_.empty() && bytes_ + frame->size() > max_bytes_) {
    overflowed_ = true;
    return true;  // the strand must close the session, even mid-write
  }
  const bool strand_is_idle = waiting_.empty() && !writing_;
  bytes_ += frame->size();
  waiting_.push_back(std::move(frame));
  return strand_is_idle;
}

void Outbox::push_last(Frame frame, bool drop_waiting) {
  const std::lock_guard lock(mutex_);
  if (drop_waiting) {
    waiting_.clear();
    bytes_ = 0;
  }
  bytes_ += frame->size();
  waiting_.push_back(std::move(frame));
  sealed_ = true;
}

void Outbox::seal_and_clear() {
  const std::lock_guard lock(mutex_);
  waiting_.clear();
  bytes_ = 0;
  sealed_ = true;
  if (!writing_) release_space_beyond(waiting_, kept_capacity);
}

bool Outbox::overflowed() const {
  const std::lock_guard lock(mutex_);
  return overflowed_;
}

std::span<const Outbox::Frame> Outbox::start_batch() {
  const std::lock_guard lock(mutex_);
  // in_flight_ is empty (precondition) but keeps its space: the swap hands
  // that space to the next frames that wait.
  in_flight_.swap(waiting_);
  bytes_ = 0;
  writing_ = !in_flight_.empty();
  return in_flight_;
}

void Outbox::finish_batch() {
  const std::lock_guard lock(mutex_);
  in_flight_.clear();
  writing_ = false;
  if (waiting_.empty()) {
    release_space_beyond(in_flight_, kept_capacity);
    release_space_beyond(waiting_, kept_capacity);
  }
}

}  // namespace kring::net
