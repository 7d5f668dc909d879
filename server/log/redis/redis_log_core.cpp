#include "log/redis/redis_log_core.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <utility>

#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {

RedisLogCore::RedisLogCore(boost::asio::io_context& io, RedisTarget target, RedisLogOptions options)
    : strand_(boost::asio::make_strand(io.get_executor())),
      options_(options),
      target_(std::move(target)) {}

ConnectionKeeper::Settings RedisLogCore::keeper_settings(std::string name) {
  ConnectionKeeper::Settings settings{target_.direct.host,
                                      target_.direct.port,
                                      nullptr,
                                      nullptr,
                                      options_.reconnect_min,
                                      options_.reconnect_max,
                                      options_.connect_timeout,
                                      std::move(name)};
  if (locator_) {
    std::weak_ptr<SentinelLocator> weak = locator_;
    settings.locate = [weak](ConnectionKeeper::Found found) {
      if (const auto locator = weak.lock()) {
        locator->locate(std::move(found));
      } else {
        found(std::nullopt);
      }
    };
  }
  const HandshakeSettings login{target_.user, target_.password, target_.uses_sentinel()};
  if (!login.password.empty() || login.must_be_primary) {
    settings.handshake = [login](const std::shared_ptr<HiredisAsio>& connection,
                                 std::function<void(bool)> done) {
      handshake(connection, login, std::move(done));
    };
  }
  return settings;
}

void RedisLogCore::start() {
  if (started_ || stopped_) return;
  started_ = true;
  if (target_.uses_sentinel()) {
    locator_ = std::make_shared<SentinelLocator>(
        strand_, target_.sentinels, target_.master_name,
        HandshakeSettings{target_.sentinel_user, target_.sentinel_password, false},
        options_.connect_timeout);
  }
  std::weak_ptr<RedisLogCore> weak = shared_from_this();
  commands_ = std::make_shared<ConnectionKeeper>(
      strand_, keeper_settings("commands"),
      [weak] {
        if (const auto self = weak.lock()) self->on_commands_up();
      },
      nullptr);
  pubsub_ = std::make_shared<ConnectionKeeper>(
      strand_, keeper_settings("pub/sub"),
      [weak] {
        if (const auto self = weak.lock()) self->on_pubsub_up();
      },
      [weak] {
        if (const auto self = weak.lock()) self->on_pubsub_down();
      });
  commands_->start();
  pubsub_->start();
}

void RedisLogCore::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (commands_) commands_->stop();
  if (pubsub_) pubsub_->stop();
  if (locator_) locator_->stop();
  channels_.clear();
}

void RedisLogCore::on_commands_up() {
  // First on the new connection, so later EVALSHAs on it find their scripts.
  if (const auto connection = commands_->connection()) scripts_.load_all(connection);
}

void RedisLogCore::run_script(Script script, const std::vector<std::string>& keys,
                              const std::vector<std::string>& args,
                              HiredisAsio::ReplyHandler handler) {
  const auto connection = commands_ ? commands_->connection() : nullptr;
  if (!connection) {
    boost::asio::post(strand_, [handler = std::move(handler)] { handler(nullptr); });
    return;
  }
  std::weak_ptr<RedisLogCore> weak = shared_from_this();
  scripts_.run(connection, script, keys, args,
               [weak, handler = std::move(handler)](const redisReply* reply) {
                 if (const auto self = weak.lock()) self->check_still_primary(reply);
                 handler(reply);
               });
}

void RedisLogCore::check_still_primary(const redisReply* reply) {
  if (!is_error_starting(reply, "READONLY")) return;
  report_problem("the Redis in use became a replica; finding the primary again");
  if (const auto connection = commands_ ? commands_->connection() : nullptr) connection->close();
}

void RedisLogCore::wait_for_replicas(std::function<void(bool)> done) {
  if (target_.min_replicas == 0) {
    boost::asio::post(strand_, [done = std::move(done)] { done(true); });
    return;
  }
  const unsigned wanted = target_.min_replicas;
  run_command({"WAIT", std::to_string(wanted), std::to_string(target_.replica_timeout.count())},
              [wanted, done = std::move(done)](const redisReply* reply) {
                done(reply != nullptr && reply->type == REDIS_REPLY_INTEGER &&
                     reply->integer >= static_cast<long long>(wanted));
              });
}

void RedisLogCore::run_command(const std::vector<std::string>& command,
                               HiredisAsio::ReplyHandler handler) {
  const auto connection = commands_ ? commands_->connection() : nullptr;
  if (!connection) {
    boost::asio::post(strand_, [handler = std::move(handler)] { handler(nullptr); });
    return;
  }
  std::weak_ptr<RedisLogCore> weak = shared_from_this();
  connection->command(command, [weak, handler = std::move(handler)](const redisReply* reply) {
    if (const auto self = weak.lock()) self->check_still_primary(reply);
    handler(reply);
  });
}

}  // namespace kring::log::redis
