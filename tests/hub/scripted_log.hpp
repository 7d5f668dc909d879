// scripted_log: a RoomLog for in-process hub tests. It forwards to a real
// MemoryLog and lets a test step in where a cluster would: hold reads until
// released, fail reads, hold or drop the events of one subscription (another
// node's subscriber that is late or missed a message), and lose every log at
// once (an unpersisted Redis that restarted).
//
// Subscriptions are fanned out here, not by the MemoryLog, so that they
// survive lose_everything() as Redis channels do. Everything runs on the
// test's one io thread; nothing here is thread-safe.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "log/memory/memory_log.hpp"
#include "log/room_log.hpp"

namespace kring::hub::test {

class ScriptedLog final : public log::RoomLog {
 public:
  ScriptedLog();

  // Reads wait until release_reads() (joins wait for a load meanwhile).
  void hold_reads() { holding_reads_ = true; }
  void release_reads();
  std::size_t held_reads() const { return held_reads_.size(); }
  // The next `count` reads answer unavailable.
  void fail_reads(int count) { failing_reads_ = count; }
  int reads() const { return reads_; }

  // Subscriptions are numbered 0, 1, ... in the order they were made.
  // Events for a held subscription queue up until release_events().
  void hold_events(std::size_t subscription) { held_subscriptions_.insert(subscription); }
  void release_events(std::size_t subscription);
  // The next event for `subscription` never reaches it (pub/sub lost it).
  void drop_next_event(std::size_t subscription) { dropping_.insert(subscription); }
  std::size_t subscriptions() const { return subscribers_.size(); }

  // Acks wait for replicas (RoomLog::acks_wait_for_replicas): the next
  // `stored_unconfirmed` appends are stored but answered unavailable (too few
  // replicas had them), and confirm_in_log() answers from `confirmations` in
  // turn, then `written`.
  void wait_for_replicas(int stored_unconfirmed, std::deque<log::WriteStatus> confirmations) {
    waits_for_replicas_ = true;
    stored_unconfirmed_ = stored_unconfirmed;
    confirmations_ = std::move(confirmations);
  }
  int confirms() const { return confirms_; }

  // The next read answers as a log that forked after a Redis failover: the
  // event at the position asked from is another one (its clock moved on).
  void fork_next_read() { forking_read_ = true; }
  // The next read answers as a log whose head is one behind the position
  // asked from (it lost the reader's last event).
  void lose_head_in_next_read() { losing_head_ = true; }

  // The next `count` appends conflict without anything new in the log, as if
  // another node's batch had won and its events had already arrived.
  void conflict_appends(int count) { conflicting_appends_ = count; }

  // Every subscriber is told to resync, as after a reconnect to Redis.
  void resync();
  // Only subscription `subscription` is told to resync.
  void resync(std::size_t subscription) { subscribers_.at(subscription)->on_resync(); }
  // Every room's log and directory are gone, then a resync: a Redis that
  // restarted without persistence.
  void lose_everything();

  core::Epoch create(core::RoomId room) override;
  void append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                    std::vector<core::Event> events, AppendDone done) override;
  bool acks_wait_for_replicas() const override { return waits_for_replicas_; }
  void confirm_in_log(core::RoomId room, core::Epoch epoch, core::Seq seq, WriteDone done) override;
  void read_from(core::RoomId room, core::Seq after, ReadDone done) override;
  std::shared_ptr<void> subscribe(core::RoomId room, OnEvent on_event, OnResync on_resync) override;
  void reseed(core::RoomId room, core::Epoch new_epoch, const core::RoomState& state,
              WriteDone done) override;
  void store_snapshot(core::RoomId room, core::Epoch epoch, const core::RoomState& state) override;
  void register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                            WriteDone done) override;
  void find_room(std::string credential_key, FindDone done) override;
  void remove_room(core::RoomId room, WriteDone done) override;

 private:
  struct Subscriber {
    core::RoomId room = 0;
    OnEvent on_event;
    OnResync on_resync;
    bool live = true;
    std::deque<core::Event> held;
  };

  // One MemoryLog subscription per room, feeding every Subscriber of it.
  void follow(core::RoomId room);
  void publish(core::RoomId room, const core::Event& event);

  std::unique_ptr<log::MemoryLog> memory_;
  std::map<core::RoomId, std::shared_ptr<void>> followed_;
  std::vector<std::shared_ptr<Subscriber>> subscribers_;
  std::set<std::size_t> held_subscriptions_;
  std::set<std::size_t> dropping_;
  bool holding_reads_ = false;
  std::vector<std::function<void()>> held_reads_;
  int failing_reads_ = 0;
  int conflicting_appends_ = 0;
  bool forking_read_ = false;
  bool losing_head_ = false;
  bool waits_for_replicas_ = false;
  int stored_unconfirmed_ = 0;
  std::deque<log::WriteStatus> confirmations_;
  int confirms_ = 0;
  int reads_ = 0;
};

}  // namespace kring::hub::test
