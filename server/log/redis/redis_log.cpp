#include "log/redis/redis_log.hpp"

#include <boost/asio/post.hpp>
#include <random>
#include <utility>

#include "log/redis/bus_codec.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/snapshot_value.hpp"

namespace kring::log::redis {
namespace {

RedisTarget direct_target(std::string host, std::uint16_t port) {
  RedisTarget target;
  target.direct = RedisEndpoint{std::move(host), port};
  return target;
}

}  // namespace

RedisLog::RedisLog(boost::asio::io_context& io, std::string host, std::uint16_t port,
                   RedisLogOptions options)
    : RedisLog(io, direct_target(std::move(host), port), options) {}

RedisLog::RedisLog(boost::asio::io_context& io, RedisTarget target, RedisLogOptions options)
    : acks_wait_for_replicas_(target.min_replicas > 0) {
  core_ = std::make_shared<RedisLogCore>(io, std::move(target), options);
  boost::asio::post(core_->strand(), [core = core_] { core->start(); });
}

RedisLog::~RedisLog() { stop(); }

void RedisLog::stop() {
  boost::asio::post(core_->strand(), [core = core_] { core->stop(); });
}

core::Epoch RedisLog::create(core::RoomId) {
  std::random_device device;
  core::Epoch epoch = 0;
  // Epochs only need to differ between incarnations of one room.
  while (epoch == 0) {
    epoch = (static_cast<core::Epoch>(device()) << 32) ^ static_cast<core::Epoch>(device());
  }
  return epoch;
}

void RedisLog::append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                            std::vector<core::Event> events, AppendDone done) {
  std::vector<std::string> encoded;
  encoded.reserve(events.size());
  for (const core::Event& event : events) encoded.push_back(encode_stored_event(event));
  boost::asio::post(core_->strand(),
                    [core = core_, room, epoch, expected_head, encoded = std::move(encoded),
                     done = std::move(done)]() mutable {
                      core->append(room, epoch, expected_head, std::move(encoded), std::move(done));
                    });
}

void RedisLog::confirm_in_log(core::RoomId room, core::Epoch epoch, core::Seq seq, WriteDone done) {
  boost::asio::post(core_->strand(),
                    [core = core_, room, epoch, seq, done = std::move(done)]() mutable {
                      core->confirm_in_log(room, epoch, seq, std::move(done));
                    });
}

void RedisLog::read_from(core::RoomId room, core::Seq after, ReadDone done) {
  boost::asio::post(core_->strand(), [core = core_, room, after, done = std::move(done)]() mutable {
    core->read_from(room, after, std::move(done));
  });
}

std::shared_ptr<void> RedisLog::subscribe(core::RoomId room, OnEvent on_event, OnResync on_resync) {
  auto subscriber = std::make_shared<RoomSubscriber>();
  subscriber->on_event = std::move(on_event);
  subscriber->on_resync = std::move(on_resync);
  boost::asio::post(core_->strand(),
                    [core = core_, room, subscriber] { core->add_subscriber(room, subscriber); });
  std::weak_ptr<RedisLogCore> weak_core = core_;
  return std::shared_ptr<void>(subscriber.get(), [weak_core, room, subscriber](void*) {
    subscriber->active.store(false);
    if (const auto core = weak_core.lock()) {
      boost::asio::post(core->strand(),
                        [core, room, subscriber] { core->remove_subscriber(room, subscriber); });
    }
  });
}

void RedisLog::reseed(core::RoomId room, core::Epoch new_epoch, const core::RoomState& state,
                      WriteDone done) {
  boost::asio::post(core_->strand(),
                    [core = core_, room, new_epoch, seq = state.seq,
                     value = encode_snapshot_value(state), done = std::move(done)]() mutable {
                      core->reseed(room, new_epoch, seq, std::move(value), std::move(done));
                    });
}

void RedisLog::store_snapshot(core::RoomId room, core::Epoch epoch, const core::RoomState& state) {
  boost::asio::post(core_->strand(), [core = core_, room, epoch, seq = state.seq,
                                      value = encode_snapshot_value(state)]() mutable {
    core->store_snapshot(room, epoch, seq, std::move(value));
  });
}

void RedisLog::register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                                    WriteDone done) {
  boost::asio::post(core_->strand(), [core = core_, room, keys = std::move(credential_keys),
                                      done = std::move(done)]() mutable {
    core->register_credentials(room, std::move(keys), std::move(done));
  });
}

void RedisLog::remove_room(core::RoomId room, WriteDone done) {
  boost::asio::post(core_->strand(), [core = core_, room, done = std::move(done)]() mutable {
    core->remove_room(room, std::move(done));
  });
}

void RedisLog::find_room(std::string credential_key, FindDone done) {
  boost::asio::post(core_->strand(), [core = core_, key = std::move(credential_key),
                                      done = std::move(done)]() mutable {
    core->find_room(std::move(key), std::move(done));
  });
}

}  // namespace kring::log::redis
