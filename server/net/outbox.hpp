// outbox: the frames waiting to be written to one WebSocket, and the batch of
// them being written now. Any thread may leave a frame (a room fanning an event
// out); only the session's strand takes batches and writes them.
//
// Wake-ups: a push asks its caller to post one wake-up to the strand only when
// nobody on the strand will look at the outbox otherwise — nothing waited and
// no batch was being written (a write's completion takes what waits), or the
// push was the first one past the cap. A session busy with a burst therefore
// costs one strand hop per batch, not one per frame, and everything that
// arrived while a batch was being written goes out in the next one.
//
// Bounded: past `max_bytes` waiting (the batch in flight does not count: its
// bytes are on their way to the kernel), frames are dropped and the outbox
// marks itself overflowed; the session then closes as a slow consumer and the
// client resumes from its last seq. One frame larger than the cap still passes
// when nothing waits: a big snapshot is not slowness.
//
// Two vectors take turns (waiting, in flight), so a busy connection allocates
// nothing per frame once both have grown to its usual burst.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

namespace kring::net {

class Outbox {
 public:
  using Frame = std::shared_ptr<const std::string>;

  explicit Outbox(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Any thread. Leaves `frame`, or drops it (past the cap, or once sealed);
  // true when the caller must post a wake-up to the session's strand. Frames
  // from one thread keep their order.
  bool push(Frame frame);

  // Strand. Queues `frame` whatever the cap, after what waits (or instead of
  // it, when `drop_waiting`), and seals the outbox: later pushes are dropped.
  // The last words before a close.
  void push_last(Frame frame, bool drop_waiting);

  // Strand. Drops what waits and seals the outbox; a batch in flight stays
  // alive until finish_batch().
  void seal_and_clear();

  // Strand. A push went past the cap since the outbox was made.
  bool overflowed() const;

  // Strand. A batch is being written.
  bool writing() const { return !in_flight_.empty(); }

  // Strand. Makes every waiting frame the batch in flight and returns it
  // (empty when nothing waits); the frames stay alive until finish_batch().
  // Precondition: !writing().
  std::span<const Frame> start_batch();

  // Strand. The batch in flight was written (or failed): drops it.
  void finish_batch();

 private:
  // Frames' worth of space the vectors keep once the outbox runs dry (see
  // net/vector_space.hpp).
  static constexpr std::size_t kept_capacity = 8;

  mutable std::mutex mutex_;
  // Guarded by mutex_:
  std::vector<Frame> waiting_;
  std::size_t bytes_ = 0;
  bool writing_ = false;  // mirrors !in_flight_.empty() for pushes
  bool overflowed_ = false;
  bool sealed_ = false;
  // Strand only:
  std::vector<Frame> in_flight_;
  std::size_t max_bytes_;
};

}  // namespace kring::net
