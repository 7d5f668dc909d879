// Subscriptions: one SUBSCRIBE per room with subscribers, on the pub/sub
// connection; UNSUBSCRIBE when its last subscriber leaves. After the
// connection comes back every room with subscribers is subscribed again, and
// its subscribers are told to resync once Redis confirms the subscription.
#include <algorithm>
#include <string>
#include <utility>

#include "log/redis/bus_codec.hpp"
#include "log/redis/redis_keys.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {
namespace {

// Copies, so that a callback may subscribe or drop handles (both post) freely.
std::vector<std::shared_ptr<RoomSubscriber>> active(
    const std::vector<std::shared_ptr<RoomSubscriber>>& subscribers) {
  std::vector<std::shared_ptr<RoomSubscriber>> copy;
  for (const auto& subscriber : subscribers) {
    if (subscriber->active.load()) copy.push_back(subscriber);
  }
  return copy;
}

}  // namespace

void RedisLogCore::add_subscriber(core::RoomId room, std::shared_ptr<RoomSubscriber> subscriber) {
  if (stopped_) return;
  channels_[room].subscribers.push_back(std::move(subscriber));
  reconcile(room);
}

void RedisLogCore::remove_subscriber(core::RoomId room,
                                     const std::shared_ptr<RoomSubscriber>& subscriber) {
  const auto it = channels_.find(room);
  if (it == channels_.end()) return;
  std::erase(it->second.subscribers, subscriber);
  reconcile(room);
}

void RedisLogCore::on_pubsub_up() {
  std::vector<core::RoomId> rooms;
  for (const auto& [room, channel] : channels_) rooms.push_back(room);
  for (const core::RoomId room : rooms) reconcile(room);
}

void RedisLogCore::on_pubsub_down() {
  // The new connection starts with no subscriptions; rooms nobody wants any
  // more are forgotten.
  for (auto& [room, channel] : channels_) {
    channel.subscribed = false;
    channel.in_flight = false;
  }
  std::erase_if(channels_, [](const auto& entry) { return entry.second.subscribers.empty(); });
}

void RedisLogCore::reconcile(core::RoomId room) {
  const auto it = channels_.find(room);
  if (it == channels_.end()) return;
  Channel& channel = it->second;
  const bool wanted = !channel.subscribers.empty();
  if (!wanted && !channel.subscribed && !channel.in_flight) {
    channels_.erase(it);
    return;
  }
  const auto connection = pubsub_ ? pubsub_->connection() : nullptr;
  if (channel.in_flight || wanted == channel.subscribed || !connection) return;
  channel.in_flight = true;
  const std::uint64_t generation = pubsub_->generation();
  std::weak_ptr<RedisLogCore> weak = shared_from_this();
  // UNSUBSCRIBE goes through subscribe() too: hiredis sends its confirmation
  // to the channel's SUBSCRIBE callback and never calls a callback of its own.
  connection->subscribe({wanted ? "SUBSCRIBE" : "UNSUBSCRIBE", RoomKeys(room).channel},
                        [weak, room, generation](const redisReply* reply) {
                          if (const auto self = weak.lock()) {
                            self->on_channel_reply(room, generation, reply);
                          }
                        });
}

void RedisLogCore::on_channel_reply(core::RoomId room, std::uint64_t generation,
                                    const redisReply* reply) {
  // nullptr: the connection ended (on_pubsub_down handles that).
  if (reply == nullptr || stopped_ || !pubsub_ || generation != pubsub_->generation()) return;
  if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 3) return;
  const auto it = channels_.find(room);
  if (it == channels_.end()) return;
  Channel& channel = it->second;
  const std::string_view kind = reply_text(*reply->element[0]);
  if (kind == "message") {
    deliver(room, *reply->element[2]);
  } else if (kind == "subscribe") {
    channel.subscribed = true;
    channel.in_flight = false;
    // Whatever was published before this point was not seen here.
    resync(room);
    reconcile(room);
  } else if (kind == "unsubscribe") {
    channel.subscribed = false;
    channel.in_flight = false;
    reconcile(room);
  }
}

void RedisLogCore::deliver(core::RoomId room, const redisReply& message) {
  const auto parts = split_seq_prefix(reply_text(message));
  // "0:" is no event: the room was removed (remove_room.lua). Reading the log
  // now tells each subscriber so.
  if (parts && parts->seq == 0 && parts->bytes.empty()) return resync(room);
  std::optional<core::Event> event;
  if (parts && parts->seq > 0) event = decode_stored_event(parts->seq, parts->bytes);
  if (!event) {
    // Subscribers heal from the stream, which the reader checks again.
    report_problem("room " + std::to_string(room) + " published an undecodable event");
    resync(room);
    return;
  }
  const auto it = channels_.find(room);
  if (it == channels_.end()) return;
  for (const auto& subscriber : active(it->second.subscribers)) {
    if (subscriber->active.load() && subscriber->on_event) subscriber->on_event(*event);
  }
}

void RedisLogCore::resync(core::RoomId room) {
  const auto it = channels_.find(room);
  if (it == channels_.end()) return;
  for (const auto& subscriber : active(it->second.subscribers)) {
    if (subscriber->active.load() && subscriber->on_resync) subscriber->on_resync();
  }
}

}  // namespace kring::log::redis
