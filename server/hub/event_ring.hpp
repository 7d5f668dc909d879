// event_ring: the last encoded event frames of a room, per role, kept so that a
// reconnecting client can resume from its last seq without a snapshot. Bounded
// by event count and by bytes; the oldest events go first. Used on the room's
// strand only.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <optional>
#include <vector>

#include "core/ids.hpp"
#include "hub/audiences.hpp"
#include "hub/replies.hpp"

namespace kring::hub {

class EventRing {
 public:
  using Frames = std::array<Frame, role_count>;  // indexed by role_index()

  EventRing(std::size_t max_events, std::size_t max_bytes)
      : max_events_(max_events), max_bytes_(max_bytes) {}

  // Precondition: `seq` is one more than the last pushed seq (or the first).
  // `at_ms` is the event's, checked against a resuming client's.
  void push(core::Seq seq, core::TimeMs at_ms, Frames frames);

  // Forgets every frame (the room's history was replaced).
  void clear() {
    entries_.clear();
    bytes_ = 0;
  }

  // The frames of `role` for every seq in (after, head], or nothing when one of
  // them has left the ring or together they exceed `max_bytes` (then a snapshot
  // is cheaper than the replay). `head` must be the last pushed seq. With
  // `after_at_ms` (not 0) also nothing unless the ring holds the event at
  // `after` with that at_ms: the client's history must be this room's.
  std::optional<std::vector<Frame>> since(core::Seq after, core::Seq head, core::Role role,
                                          std::size_t max_bytes,
                                          core::TimeMs after_at_ms = 0) const;

 private:
  struct Entry {
    core::Seq seq = 0;
    core::TimeMs at_ms = 0;
    Frames frames;
    std::size_t bytes = 0;
  };

  std::size_t max_events_;
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::deque<Entry> entries_;
};

}  // namespace kring::hub
