// The resume ring: what a reconnecting client is replayed, and when it gets a
// snapshot instead, in particular when its history is not the room's (after a
// Redis failover the log may hold other events at seqs the client saw).
#include "hub/event_ring.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "hub/audiences.hpp"

namespace kring::hub::test {
namespace event_ring_test {
namespace {

EventRing::Frames frames_of(core::Seq seq) {
  EventRing::Frames frames;
  for (Frame& frame : frames)
    frame = std::make_shared<const std::string>("event " + std::to_string(seq));
  return frames;
}

// Events 1..5, event n decided at 1000 + n.
EventRing five_events() {
  EventRing ring(100, 1 << 20);
  for (core::Seq seq = 1; seq <= 5; ++seq)
    ring.push(seq, 1000 + static_cast<core::TimeMs>(seq), frames_of(seq));
  return ring;
}

TEST(EventRing, ReplaysWhatFollowsTheClientsPosition) {
  const EventRing ring = five_events();
  const auto frames = ring.since(3, 5, core::Role::participant, 1 << 20);
  ASSERT_TRUE(frames.has_value());
  ASSERT_EQ(frames->size(), 2u);
  EXPECT_EQ(*(*frames)[0], "event 4");
  EXPECT_EQ(*(*frames)[1], "event 5");
  EXPECT_TRUE(ring.since(5, 5, core::Role::participant, 1 << 20)->empty());
  EXPECT_FALSE(ring.since(6, 5, core::Role::participant, 1 << 20)) << "ahead of the room";
}

TEST(EventRing, AClientWhoseEventAtItsPositionIsAnotherGetsASnapshot) {
  const EventRing ring = five_events();
  // Its event at seq 3 is the room's: replayed.
  EXPECT_TRUE(ring.since(3, 5, core::Role::participant, 1 << 20, 1003).has_value());
  EXPECT_TRUE(ring.since(5, 5, core::Role::participant, 1 << 20, 1005).has_value());
  // Another event at seq 3 or at the head: its history forked from the room's.
  EXPECT_FALSE(ring.since(3, 5, core::Role::participant, 1 << 20, 999));
  EXPECT_FALSE(ring.since(5, 5, core::Role::participant, 1 << 20, 999));
  // The room no longer holds seq 3 (it reloaded): it cannot tell, so a snapshot.
  EventRing reloaded(100, 1 << 20);
  EXPECT_FALSE(reloaded.since(5, 5, core::Role::participant, 1 << 20, 1005));
  // Without the client's at_ms (an older client), as before.
  EXPECT_TRUE(reloaded.since(5, 5, core::Role::participant, 1 << 20)->empty());
}

}  // namespace
}  // namespace event_ring_test
}  // namespace kring::hub::test
