#include "log/memory_log.hpp"

#include <algorithm>
#include <mutex>
#include <random>
#include <unordered_map>
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
  std::vector<core::Event> events;  // events[i].seq == i + 1
  std::vector<std::shared_ptr<Subscriber>> subscribers;
  core::Seq delivered = 0;  // guarded by State::mutex
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
  void deliver_pending(Room& room) {
    const std::lock_guard delivery(room.delivery);
    for (;;) {
      std::vector<core::Event> batch;
      std::vector<std::shared_ptr<Subscriber>> subscribers;
      {
        const std::lock_guard lock(mutex);
        if (room.delivered >= room.events.size()) return;
        batch.assign(room.events.begin() + static_cast<std::ptrdiff_t>(room.delivered),
                     room.events.end());
        subscribers = room.subscribers;
        room.delivered = room.events.size();
      }
      for (const core::Event& event : batch) {
        for (const auto& subscriber : subscribers) {
          if (event.seq > subscriber->after) subscriber->on_event(event);
        }
      }
    }
  }

  std::mutex mutex;
  std::unordered_map<core::RoomId, std::shared_ptr<Room>> rooms;
  const std::size_t max_events_per_room;
};

MemoryLog::MemoryLog(std::size_t max_events_per_room)
    : state_(std::make_shared<State>(max_events_per_room)) {}

MemoryLog::~MemoryLog() = default;

core::Epoch MemoryLog::create(core::RoomId room) {
  auto fresh = std::make_shared<Room>();
  fresh->epoch = fresh_epoch();
  const core::Epoch epoch = fresh->epoch;
  const std::lock_guard lock(state_->mutex);
  state_->rooms[room] = std::move(fresh);
  return epoch;
}

void MemoryLog::append(core::RoomId room_id, core::Seq expected_head, core::Event event,
                       AppendDone done) {
  AppendOutcome outcome;
  std::shared_ptr<Room> room;
  {
    const std::lock_guard lock(state_->mutex);
    room = state_->find(room_id);
    const core::Seq head = room ? room->events.size() : 0;
    if (!room || head >= state_->max_events_per_room) {
      outcome.status = AppendStatus::unavailable;
    } else if (expected_head != head) {
      outcome.status = AppendStatus::conflict;
    } else {
      event.seq = head + 1;
      room->events.push_back(std::move(event));
      outcome = {AppendStatus::appended, head + 1};
    }
  }
  if (outcome.status == AppendStatus::appended) state_->deliver_pending(*room);
  done(outcome);
}

void MemoryLog::read_from(core::RoomId room_id, core::Seq after, ReadDone done) {
  ReadOutcome outcome;
  {
    const std::lock_guard lock(state_->mutex);
    if (const auto room = state_->find(room_id)) {
      outcome.ok = true;
      outcome.epoch = room->epoch;
      const std::size_t first = std::min<std::size_t>(after, room->events.size());
      outcome.events.assign(room->events.begin() + static_cast<std::ptrdiff_t>(first),
                            room->events.end());
    }
  }
  done(std::move(outcome));
}

std::shared_ptr<void> MemoryLog::subscribe(core::RoomId room_id, OnEvent on_event) {
  auto subscriber = std::make_shared<Subscriber>();
  subscriber->on_event = std::move(on_event);
  {
    const std::lock_guard lock(state_->mutex);
    if (const auto room = state_->find(room_id)) {
      subscriber->after = room->events.size();
      room->subscribers.push_back(subscriber);
    }
  }
  std::weak_ptr<State> weak_state = state_;
  return std::shared_ptr<void>(subscriber.get(), [weak_state, room_id, subscriber](void*) {
    const auto state = weak_state.lock();
    if (!state) return;
    const std::lock_guard lock(state->mutex);
    if (const auto room = state->find(room_id)) {
      std::erase(room->subscribers, subscriber);
    }
  });
}

}  // namespace kring::log
