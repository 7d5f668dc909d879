// inbox: where other threads leave frames for one WebSocket session. A room
// fanning an event out appends to each session's inbox under a short lock; only
// the append that finds the inbox empty posts a drain to the session's strand,
// so a session busy with a burst costs one strand hop per drain, not one per
// frame, and everything that arrived before the drain goes out in one write.
//
// Bounded: past `max_bytes` waiting, frames are dropped and the inbox marks
// itself overflowed; the drain then closes the session as a slow consumer (the
// client resumes from its last seq). The session's SendQueue applies the same
// cap once frames are drained, so this one only matters when a drain is late.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace kring::net {

class Inbox {
 public:
  using Frame = std::shared_ptr<const std::string>;

  explicit Inbox(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Leaves `frame`; true when the inbox was empty, so the caller must post a
  // drain. Thread-safe; frames from one thread keep their order.
  bool push(Frame frame);

  // Swaps every waiting frame into `out`, which must be empty (its space
  // goes to the inbox for the next frames); true when frames were dropped
  // since the last take. Called by the drain, on the session's strand.
  bool take_all(std::vector<Frame>& out);

  // Frames' worth of space kept between drains, here and in the drain's
  // vector (see net/vector_space.hpp).
  static constexpr std::size_t kept_capacity = 8;

 private:
  std::mutex mutex_;
  std::vector<Frame> frames_;
  std::size_t bytes_ = 0;
  std::size_t max_bytes_;
  bool overflowed_ = false;
};

}  // namespace kring::net
