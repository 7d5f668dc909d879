// send_queue: the frames waiting to be written to one WebSocket, capped in
// bytes, and the batch of them being written now. A client that cannot keep
// up fills it; the session then closes the connection (the client resumes
// from its last seq) instead of buffering without bound or slowing the room.
// Used on the session's strand only.
//
// Frames are ServerBatch entries: the session writes a whole batch as one
// WebSocket message with one gathered write. Two vectors take turns (waiting,
// in flight), so a busy connection allocates nothing per frame once both have
// grown to its usual burst.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kring::net {

class SendQueue {
 public:
  using Frame = std::shared_ptr<const std::string>;

  explicit SendQueue(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Queues `frame` unless that would pass the cap; false means the client is
  // too slow. A frame larger than the cap is still taken when nothing waits,
  // so one big snapshot never counts as slowness. The batch in flight does
  // not count: its bytes are already on their way to the kernel.
  bool push(Frame frame);

  // Queues `frame` whatever the cap (the last words before a close).
  void push_unbounded(Frame frame);

  // Nothing waits (a batch may still be in flight).
  bool empty() const { return waiting_.empty(); }
  bool writing() const { return !in_flight_.empty(); }
  // Bytes waiting, not counting the batch in flight.
  std::size_t bytes() const { return bytes_; }

  // Makes every waiting frame the batch in flight and returns it; the frames
  // stay alive until finish_batch(). Precondition: !empty() && !writing().
  std::span<const Frame> start_batch();

  // The batch in flight was written (or failed): drops it.
  void finish_batch();

  // Drops what waits; a batch in flight stays until finish_batch().
  void clear();

 private:
  // Frames' worth of space the vectors keep once the queue runs dry (see
  // net/vector_space.hpp).
  static constexpr std::size_t kept_capacity = 8;

  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::vector<Frame> waiting_;
  std::vector<Frame> in_flight_;
};

}  // namespace kring::net
