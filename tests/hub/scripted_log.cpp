#include "hub/scripted_log.hpp"

#include <utility>

namespace kring::hub::test {

ScriptedLog::ScriptedLog() : memory_(std::make_unique<log::MemoryLog>()) {}

void ScriptedLog::release_reads() {
  holding_reads_ = false;
  auto reads = std::move(held_reads_);
  held_reads_.clear();
  for (auto& read : reads) read();
}

void ScriptedLog::release_events(std::size_t subscription) {
  held_subscriptions_.erase(subscription);
  Subscriber& subscriber = *subscribers_.at(subscription);
  while (!subscriber.held.empty()) {
    const core::Event event = std::move(subscriber.held.front());
    subscriber.held.pop_front();
    if (subscriber.live) subscriber.on_event(event);
  }
}

void ScriptedLog::resync() {
  for (const auto& subscriber : subscribers_) {
    if (subscriber->live) subscriber->on_resync();
  }
}

void ScriptedLog::lose_everything() {
  memory_ = std::make_unique<log::MemoryLog>();
  followed_.clear();
  resync();
}

void ScriptedLog::follow(core::RoomId room) {
  if (followed_.contains(room)) return;
  followed_[room] = memory_->subscribe(
      room, [this, room](const core::Event& event) { publish(room, event); }, [] {});
}

void ScriptedLog::publish(core::RoomId room, const core::Event& event) {
  for (std::size_t i = 0; i < subscribers_.size(); ++i) {
    Subscriber& subscriber = *subscribers_[i];
    if (!subscriber.live || subscriber.room != room) continue;
    if (dropping_.erase(i) > 0) continue;
    if (held_subscriptions_.contains(i)) {
      subscriber.held.push_back(event);
      continue;
    }
    subscriber.on_event(event);
  }
}

core::Epoch ScriptedLog::create(core::RoomId room) {
  const core::Epoch epoch = memory_->create(room);
  follow(room);
  return epoch;
}

void ScriptedLog::append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                               std::vector<core::Event> events, AppendDone done) {
  if (conflicting_appends_ > 0) {
    --conflicting_appends_;
    return done({log::AppendStatus::conflict, 0, expected_head});
  }
  if (stored_unconfirmed_ > 0) {
    --stored_unconfirmed_;
    return memory_->append_batch(room, epoch, expected_head, std::move(events),
                                 [done = std::move(done)](log::AppendOutcome outcome) {
                                   done(outcome.status == log::AppendStatus::appended
                                            ? log::AppendOutcome{log::AppendStatus::unavailable, 0}
                                            : outcome);
                                 });
  }
  memory_->append_batch(room, epoch, expected_head, std::move(events), std::move(done));
}

void ScriptedLog::confirm_in_log(core::RoomId, core::Epoch, core::Seq, WriteDone done) {
  ++confirms_;
  log::WriteStatus status = log::WriteStatus::written;
  if (!confirmations_.empty()) {
    status = confirmations_.front();
    confirmations_.pop_front();
  }
  done(status);
}

void ScriptedLog::read_from(core::RoomId room, core::Seq after, ReadDone done) {
  auto read = [this, room, after, done = std::move(done)]() mutable {
    ++reads_;
    if (failing_reads_ > 0) {
      --failing_reads_;
      return done(log::ReadOutcome{});  // unavailable
    }
    if (forking_read_ || losing_head_) {
      const bool fork = std::exchange(forking_read_, false);
      const bool lose = std::exchange(losing_head_, false);
      return memory_->read_from(
          room, after, [fork, lose, after, done = std::move(done)](log::ReadOutcome outcome) {
            if (fork && outcome.at_position) outcome.at_position->at_ms += 1;
            if (lose) outcome.head = after - 1;
            done(std::move(outcome));
          });
    }
    memory_->read_from(room, after, std::move(done));
  };
  if (holding_reads_) return held_reads_.push_back(std::move(read));
  read();
}

std::shared_ptr<void> ScriptedLog::subscribe(core::RoomId room, OnEvent on_event,
                                             OnResync on_resync) {
  auto subscriber = std::make_shared<Subscriber>();
  subscriber->room = room;
  subscriber->on_event = std::move(on_event);
  subscriber->on_resync = std::move(on_resync);
  subscribers_.push_back(subscriber);
  follow(room);
  return std::shared_ptr<void>(subscriber.get(), [subscriber](void*) { subscriber->live = false; });
}

void ScriptedLog::reseed(core::RoomId room, core::Epoch new_epoch, const core::RoomState& state,
                         WriteDone done) {
  memory_->reseed(room, new_epoch, state, std::move(done));
  follow(room);
}

void ScriptedLog::store_snapshot(core::RoomId room, core::Epoch epoch,
                                 const core::RoomState& state) {
  memory_->store_snapshot(room, epoch, state);
}

void ScriptedLog::register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                                       WriteDone done) {
  memory_->register_credentials(room, std::move(credential_keys), std::move(done));
}

void ScriptedLog::find_room(std::string credential_key, FindDone done) {
  memory_->find_room(std::move(credential_key), std::move(done));
}

void ScriptedLog::remove_room(core::RoomId room, WriteDone done) {
  memory_->remove_room(room, std::move(done));
}

}  // namespace kring::hub::test
