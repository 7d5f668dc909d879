// memory_log: the single-node RoomLog. Events live in process memory and are
// gone when the process ends; "durable" here means "in this process's log".
//
// Beyond the RoomLog rules it promises:
//  - nothing is ever lost or missed, so on_resync never runs and
//    store_snapshot is ignored; the directory lives in the same process;
//  - at most `max_events_per_room` events per room; appends beyond it report
//    `unavailable`, so one room cannot grow without bound;
//  - subscribers are called without the log's lock held and never concurrently
//    for one room, in seq order, before the append's `done`. They must not call
//    append() synchronously (read_from and subscribe are fine); posting to a
//    strand, as room actors do, is the intended use;
//  - subscription handles may outlive the log (dropping them later is harmless);
//    a subscriber may still be called once after its handle is dropped.
#pragma once

#include <cstddef>
#include <memory>

#include "log/room_log.hpp"

namespace kring::log {

class MemoryLog final : public RoomLog {
 public:
  static constexpr std::size_t default_max_events_per_room = 100'000;

  explicit MemoryLog(std::size_t max_events_per_room = default_max_events_per_room);
  ~MemoryLog() override;

  MemoryLog(const MemoryLog&) = delete;
  MemoryLog& operator=(const MemoryLog&) = delete;

  core::Epoch create(core::RoomId room) override;
  void append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                    std::vector<core::Event> events, AppendDone done) override;
  void read_from(core::RoomId room, core::Seq after, ReadDone done) override;
  std::shared_ptr<void> subscribe(core::RoomId room, OnEvent on_event, OnResync on_resync) override;
  void reseed(core::RoomId room, core::Epoch new_epoch, const core::RoomState& state,
              WriteDone done) override;
  void store_snapshot(core::RoomId room, core::Epoch epoch, const core::RoomState& state) override;
  void register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                            WriteDone done) override;
  void find_room(std::string credential_key, FindDone done) override;
  void remove_room(core::RoomId room, WriteDone done) override;

  struct State;

 private:
  // Shared with subscription handles so that they can outlive the log.
  std::shared_ptr<State> state_;
};

}  // namespace kring::log
