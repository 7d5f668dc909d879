// send_queue: the frames waiting to be written to one WebSocket, capped in
// bytes. A client that cannot keep up fills it; the session then closes the
// connection (the client resumes from its last seq) instead of buffering
// without bound or slowing the room. Used on the session's strand only.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace kring::net {

class SendQueue {
 public:
  using Frame = std::shared_ptr<const std::string>;

  explicit SendQueue(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Queues `frame` unless that would pass the cap; false means the client is
  // too slow. A frame larger than the cap is still taken into an empty queue,
  // so one big snapshot never counts as slowness.
  bool push(Frame frame);

  // Queues `frame` whatever the cap (the last words before a close).
  void push_unbounded(Frame frame);

  bool empty() const { return head_ == frames_.size(); }
  std::size_t bytes() const { return bytes_; }

  // Removes and returns the oldest frame. Precondition: !empty().
  Frame pop();

  void clear();

 private:
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  // frames_[head_..] are queued. A vector, not a std::deque: libstdc++'s deque
  // allocates ~600 bytes even when empty, and most connections are idle.
  std::vector<Frame> frames_;
  std::size_t head_ = 0;
};

}  // namespace kring::net
