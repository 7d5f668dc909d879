#include "log/redis/redis_log_core.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <utility>

namespace kring::log::redis {

RedisLogCore::RedisLogCore(boost::asio::io_context& io, std::string host, std::uint16_t port,
                           RedisLogOptions options)
    : strand_(boost::asio::make_strand(io.get_executor())),
      options_(options),
      host_(std::move(host)),
      port_(port) {}

void RedisLogCore::start() {
  if (started_ || stopped_) return;
  started_ = true;
  const auto settings = [this](std::string name) {
    return ConnectionKeeper::Settings{host_,
                                      port_,
                                      options_.reconnect_min,
                                      options_.reconnect_max,
                                      options_.connect_timeout,
                                      std::move(name)};
  };
  std::weak_ptr<RedisLogCore> weak = shared_from_this();
  commands_ = std::make_shared<ConnectionKeeper>(
      strand_, settings("commands"),
      [weak] {
        if (const auto self = weak.lock()) self->on_commands_up();
      },
      nullptr);
  pubsub_ = std::make_shared<ConnectionKeeper>(
      strand_, settings("pub/sub"),
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
  scripts_.run(connection, script, keys, args, std::move(handler));
}

void RedisLogCore::run_command(const std::vector<std::string>& command,
                               HiredisAsio::ReplyHandler handler) {
  const auto connection = commands_ ? commands_->connection() : nullptr;
  if (!connection) {
    boost::asio::post(strand_, [handler = std::move(handler)] { handler(nullptr); });
    return;
  }
  connection->command(command, std::move(handler));
}

}  // namespace kring::log::redis
