// redis_log_core: the state behind a RedisLog, touched only on its strand.
// RedisLog posts every public call here; one file per job implements the
// members (redis_log_append.cpp, redis_log_read.cpp, redis_log_subscribe.cpp,
// redis_log_snapshot.cpp, redis_log_directory.cpp, redis_log_core.cpp).
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "log/redis/hiredis_asio.hpp"
#include "log/redis/redis_connection_keeper.hpp"
#include "log/redis/redis_log.hpp"
#include "log/redis/redis_scripts.hpp"
#include "log/redis/redis_target.hpp"
#include "log/redis/sentinel_locator.hpp"

namespace kring::log::redis {

// One subscribe() call. `active` is cleared by the handle's deleter (on any
// thread) so that calls stop at once, before the strand removes it.
struct RoomSubscriber {
  RoomLog::OnEvent on_event;
  RoomLog::OnResync on_resync;
  std::atomic<bool> active{true};
};

class RedisLogCore : public std::enable_shared_from_this<RedisLogCore> {
 public:
  RedisLogCore(boost::asio::io_context& io, RedisTarget target, RedisLogOptions options);

  HiredisAsio::Strand& strand() { return strand_; }
  const RedisLogOptions& options() const { return options_; }
  const RedisTarget& target() const { return target_; }

  void start();
  void stop();

  void append(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
              std::vector<std::string> events, RoomLog::AppendDone done);
  void confirm_in_log(core::RoomId room, core::Epoch epoch, core::Seq seq, RoomLog::WriteDone done);
  void read_from(core::RoomId room, core::Seq after, RoomLog::ReadDone done);
  void add_subscriber(core::RoomId room, std::shared_ptr<RoomSubscriber> subscriber);
  void remove_subscriber(core::RoomId room, const std::shared_ptr<RoomSubscriber>& subscriber);
  void reseed(core::RoomId room, core::Epoch new_epoch, core::Seq seq, std::string snapshot_value,
              RoomLog::WriteDone done);
  void store_snapshot(core::RoomId room, core::Epoch epoch, core::Seq seq,
                      std::string snapshot_value);
  void register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                            RoomLog::WriteDone done);
  void find_room(std::string credential_key, RoomLog::FindDone done);
  void remove_room(core::RoomId room, RoomLog::WriteDone done);

  // Runs `script` on the command connection; `handler` gets nullptr when it is down.
  void run_script(Script script, const std::vector<std::string>& keys,
                  const std::vector<std::string>& args, HiredisAsio::ReplyHandler handler);
  // A plain command on the command connection, same rule.
  void run_command(const std::vector<std::string>& command, HiredisAsio::ReplyHandler handler);
  // Sends WAIT for the replicas the target asks for, on the command connection
  // right behind what was sent before; `done(true)` once that many replicas
  // have every earlier write of this node, false on a timeout or no reply.
  // Without min_replicas it answers true at once.
  void wait_for_replicas(std::function<void(bool)> done);

 private:
  // One room's channel on the pub/sub connection.
  struct Channel {
    std::vector<std::shared_ptr<RoomSubscriber>> subscribers;
    // Confirmed SUBSCRIBE on the current pub/sub connection.
    bool subscribed = false;
    // A SUBSCRIBE or UNSUBSCRIBE awaits its confirmation. hiredis keys its
    // channel callbacks by name, so at most one may be in flight per channel.
    bool in_flight = false;
  };

  ConnectionKeeper::Settings keeper_settings(std::string name);
  // A reply saying the connection reached a replica (the primary moved):
  // closes the command connection, so it is made again to the primary.
  void check_still_primary(const redisReply* reply);
  void on_commands_up();
  void on_pubsub_up();
  void on_pubsub_down();
  // Sends SUBSCRIBE or UNSUBSCRIBE so the connection matches the subscribers.
  void reconcile(core::RoomId room);
  void on_channel_reply(core::RoomId room, std::uint64_t generation, const redisReply* reply);
  void deliver(core::RoomId room, const redisReply& message);
  void resync(core::RoomId room);

  HiredisAsio::Strand strand_;
  RedisLogOptions options_;
  std::shared_ptr<ConnectionKeeper> commands_;
  std::shared_ptr<ConnectionKeeper> pubsub_;
  RedisScripts scripts_;
  std::unordered_map<core::RoomId, Channel> channels_;
  bool started_ = false;
  bool stopped_ = false;
  RedisTarget target_;
  std::shared_ptr<SentinelLocator> locator_;  // with Sentinel only
};

}  // namespace kring::log::redis
