#include "log/memory/memory_log.hpp"

#include <algorithm>
#include <mutex>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kring::log {
namespace {

struct Subscriber {
  core::Seq after = 0;  // the head when it subscribed: it sees later events only
  RoomLog::OnEvent on_event;
};

struct Room {
  core::Epoch epoch = 0;
  // A reseeded log starts from a state instead of from nothing.
  std::shared_ptr<const core::RoomState> base;
  core::Seq base_seq = 0;
  std::vector<core::Event> events;  // events[i].seq == base_seq + i + 1
  core::Seq delivered = 0;          // a seq; guarded by State::mutex

  core::Seq head() const { return base_seq + events.size(); }
  // Held while calling subscribers, so that one room's events reach them one
  // at a time and in order even when appends finish on different threads.
  std::mutex delivery;
};

core::Epoch fresh_epoch() {
  std::random_device device;
  core::Epoch epoch = 0;
  while (epoch == 0) {
    epoch = (static_cast<core::Epoch>(device()) << 32) ^ static_cast<core::Epoch>(device());
  }
  return epoch;
}

}  // namespace

struct MemoryLog::State {
  explicit State(std::size_t max) : max_events_per_room(max) {}

  std::shared_ptr<Room> find(core::RoomId room) {
    const auto it = rooms.find(room);
    return it == rooms.end() ? nullptr : it->second;
  }

  // Hands every appended but not yet delivered event of `room` to its
  // subscribers. Whoever appended last may deliver events appended by others.
  void deliver_pending(core::RoomId room_id, Room& room) {
    const std::lock_guard delivery(room.delivery);
    for (;;) {
      std::vector<core::Event> batch;
      std::vector<std::shared_ptr<Subscriber>> subscribers;
      {
        const std::lock_guard lock(mutex);
        if (room.delivered >= room.head()) return;
        batch.assign(
            room.events.begin() + static_cast<std::ptrdiff_t>(room.delivered - room.base_seq),
            room.events.end());
        if (const auto it = subscribers_of.find(room_id); it != subscribers_of.end()) {
          subscribers = it->second;
        }
        room.delivered = room.head();
      }
      for (const core::Event& event : batch) {
        for (const auto& subscriber : subscribers) {
          if (event.seq > subscriber->after) subscriber->on_event(event);
        }
      }
    }
  }

  std::mutex mutex;
  // Rooms with a log: made by their first append (or a reseed), not by create().
  std::unordered_map<core::RoomId, std::shared_ptr<Room>> rooms;
  // Kept apart from the rooms: a room's subscribers come before its log does
  // (its actor subscribes before the first append) and outlive a removal.
  std::unordered_map<core::RoomId, std::vector<std::shared_ptr<Subscriber>>> subscribers_of;
  std::unordered_map<std::string, core::RoomId> directory;
  // Rooms removed on purpose, so read_from() says deleted, not not_found.
  std::unordered_set<core::RoomId> removed;
  const std::size_t max_events_per_room;
};

MemoryLog::MemoryLog(std::size_t max_events_per_room)
    : state_(std::make_shared<State>(max_events_per_room)) {}

MemoryLog::~MemoryLog() = default;

// As in Redis, the epoch is stored with the first append: until then the
// room has no log.
core::Epoch MemoryLog::create(core::RoomId /*room*/) { return fresh_epoch(); }

void MemoryLog::append_batch(core::RoomId room_id, core::Epoch epoch, core::Seq expected_head,
                             std::vector<core::Event> events, AppendDone done) {
  AppendOutcome outcome;
  std::shared_ptr<Room> room;
  {
    const std::lock_guard lock(state_->mutex);
    room = state_->find(room_id);
    if (!room && expected_head == 0 && !state_->removed.contains(room_id)) {
      // The first append stores the log in the epoch create() gave.
      room = std::make_shared<Room>();
      room->epoch = epoch;
      state_->rooms[room_id] = room;
    }
    if (!room) {
      outcome.status = AppendStatus::conflict;
    } else if (room->events.size() + events.size() > state_->max_events_per_room) {
      outcome.status = AppendStatus::unavailable;
    } else if (epoch != room->epoch) {
      outcome.status = AppendStatus::conflict;
    } else if (expected_head != room->head()) {
      outcome = {AppendStatus::conflict, 0, room->head()};
    } else {
      core::Seq seq = expected_head;
      for (core::Event& event : events) {
        event.seq = ++seq;
        room->events.push_back(std::move(event));
      }
      outcome = {AppendStatus::appended, seq};
    }
  }
  if (outcome.status == AppendStatus::appended) state_->deliver_pending(room_id, *room);
  done(outcome);
}

void MemoryLog::read_from(core::RoomId room_id, core::Seq after, ReadDone done) {
  ReadOutcome outcome;
  outcome.status = ReadStatus::not_found;
  {
    const std::lock_guard lock(state_->mutex);
    if (state_->removed.contains(room_id)) outcome.status = ReadStatus::deleted;
    if (const auto room = state_->find(room_id)) {
      outcome.status = ReadStatus::ok;
      outcome.epoch = room->epoch;
      outcome.head = room->head();
      if (after > room->base_seq && after <= room->head()) {
        outcome.at_position = room->events[after - room->base_seq - 1];
      }
      if (after < room->base_seq) {
        outcome.base = room->base;
        after = room->base_seq;
      }
      const std::size_t first = std::min<std::size_t>(after - room->base_seq, room->events.size());
      outcome.events.assign(room->events.begin() + static_cast<std::ptrdiff_t>(first),
                            room->events.end());
    }
  }
  done(std::move(outcome));
}

std::shared_ptr<void> MemoryLog::subscribe(core::RoomId room_id, OnEvent on_event,
                                           OnResync /*on_resync: nothing is ever missed here*/) {
  auto subscriber = std::make_shared<Subscriber>();
  subscriber->on_event = std::move(on_event);
  {
    const std::lock_guard lock(state_->mutex);
    if (const auto room = state_->find(room_id)) subscriber->after = room->head();
    state_->subscribers_of[room_id].push_back(subscriber);
  }
  std::weak_ptr<State> weak_state = state_;
  return std::shared_ptr<void>(subscriber.get(), [weak_state, room_id, subscriber](void*) {
    const auto state = weak_state.lock();
    if (!state) return;
    const std::lock_guard lock(state->mutex);
    const auto it = state->subscribers_of.find(room_id);
    if (it == state->subscribers_of.end()) return;
    std::erase(it->second, subscriber);
    if (it->second.empty()) state->subscribers_of.erase(it);
  });
}

void MemoryLog::reseed(core::RoomId room_id, core::Epoch new_epoch, const core::RoomState& state,
                       WriteDone done) {
  WriteStatus status = WriteStatus::refused;
  {
    const std::lock_guard lock(state_->mutex);
    if (!state_->find(room_id)) {
      auto fresh = std::make_shared<Room>();
      fresh->epoch = new_epoch;
      fresh->base = std::make_shared<const core::RoomState>(state);
      fresh->base_seq = state.seq;
      fresh->delivered = state.seq;
      state_->rooms[room_id] = std::move(fresh);
      status = WriteStatus::written;
    }
  }
  done(status);
}

void MemoryLog::store_snapshot(core::RoomId /*room*/, core::Epoch /*epoch*/,
                               const core::RoomState& /*state*/) {
  // Every event is kept (up to max_events_per_room), so a snapshot would save
  // only rebuild time, which is bounded by that cap.
}

void MemoryLog::register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                                     WriteDone done) {
  WriteStatus status = WriteStatus::written;
  {
    const std::lock_guard lock(state_->mutex);
    for (const std::string& key : credential_keys) {
      const auto it = state_->directory.find(key);
      if (it != state_->directory.end() && it->second != room) status = WriteStatus::refused;
    }
    if (status == WriteStatus::written) {
      for (std::string& key : credential_keys) state_->directory[std::move(key)] = room;
    }
  }
  done(status);
}

void MemoryLog::find_room(std::string credential_key, FindDone done) {
  FindOutcome outcome{FindStatus::not_found, 0};
  {
    const std::lock_guard lock(state_->mutex);
    if (const auto it = state_->directory.find(credential_key); it != state_->directory.end()) {
      outcome = {FindStatus::found, it->second};
    }
  }
  done(outcome);
}

void MemoryLog::remove_room(core::RoomId room, WriteDone done) {
  {
    const std::lock_guard lock(state_->mutex);
    state_->rooms.erase(room);
    state_->removed.insert(room);
    std::erase_if(state_->directory, [room](const auto& entry) { return entry.second == room; });
  }
  done(WriteStatus::written);
}

}  // namespace kring::log
