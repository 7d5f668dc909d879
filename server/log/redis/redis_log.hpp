// redis_log: the multi-node RoomLog, kept in one Redis (see docs/redis-log.md
// for keys, scripts and what each persistence setting guarantees).
//
// Beyond the RoomLog rules it promises:
//  - every public member function may be called from any thread; the work runs
//    on one internal strand, and `done` callbacks and subscriber calls run on
//    that strand (callers hop to their own);
//  - it never waits for Redis: while a connection is down, calls answer
//    `unavailable` at once, and commands in flight when a connection drops get
//    `unavailable` too. Both connections (commands, pub/sub) come back by
//    themselves with exponential backoff;
//  - `on_resync` runs when a room's channel subscription is (re)confirmed
//    while it was not live before: after the pub/sub connection came back, and
//    once after a room's first subscription, since events published before it
//    was confirmed were not seen;
//  - subscription handles may outlive the log.
//
// Destroying the RedisLog (or stop()) ends both connections and every timer,
// so the io_context can run out of work; replies still pending then are
// reported as `unavailable`.
#pragma once

#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "log/redis/redis_target.hpp"
#include "log/room_log.hpp"

namespace kring::log::redis {

struct RedisLogOptions {
  // store_snapshot() keeps this many events before the snapshot's seq, so that
  // readers slightly behind get events instead of a whole state.
  core::Seq snapshot_keep_tail = 1000;
  // Stream entries per read round trip.
  std::size_t read_page_size = 512;
  // Reconnect delays: the first retry waits about `reconnect_min`, each failed
  // attempt doubles it up to `reconnect_max` (each with random jitter).
  std::chrono::milliseconds reconnect_min{50};
  std::chrono::milliseconds reconnect_max{2000};
  // A connect attempt that has not finished by then is abandoned and retried.
  std::chrono::milliseconds connect_timeout{2000};
  // Every key of a room expires this long after its last append (and its
  // registration); 0 = rooms are kept until deleted.
  std::chrono::seconds retention{0};
};

class RedisLogCore;

class RedisLog final : public RoomLog {
 public:
  // Starts connecting at once. `io` must outlive this object's connections
  // (they end soon after destruction, once `io` runs their last handlers).
  RedisLog(boost::asio::io_context& io, std::string host, std::uint16_t port,
           RedisLogOptions options = {});
  // A primary found through Sentinel, credentials, replicas to wait for.
  RedisLog(boost::asio::io_context& io, RedisTarget target, RedisLogOptions options = {});
  ~RedisLog() override;

  RedisLog(const RedisLog&) = delete;
  RedisLog& operator=(const RedisLog&) = delete;

  // "redis://host:port", "redis://host", "host:port" or "host" (port 6379);
  // IPv6 hosts in brackets ("[::1]:6379"). No user, password or database.
  static std::optional<std::pair<std::string, std::uint16_t>> parse_redis_url(std::string_view url);

  // Ends both connections and timers; later calls answer `unavailable`.
  void stop() override;

  core::Epoch create(core::RoomId room) override;
  void append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                    std::vector<core::Event> events, AppendDone done) override;
  bool acks_wait_for_replicas() const override { return acks_wait_for_replicas_; }
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
  std::shared_ptr<RedisLogCore> core_;
  bool acks_wait_for_replicas_ = false;
};

}  // namespace kring::log::redis
