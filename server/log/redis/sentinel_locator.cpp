#include "log/redis/sentinel_locator.hpp"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>
#include <utility>

#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {
namespace {

// ["host", "port"] from SENTINEL get-master-addr-by-name; nullopt otherwise.
std::optional<RedisEndpoint> endpoint_of(const redisReply* reply) {
  if (reply == nullptr || reply->type != REDIS_REPLY_ARRAY || reply->elements != 2) {
    return std::nullopt;
  }
  const redisReply* host = reply->element[0];
  const redisReply* port = reply->element[1];
  if (host == nullptr || port == nullptr || reply_text(*host).empty()) return std::nullopt;
  const auto number = parse_decimal(reply_text(*port));
  if (!number || *number == 0 || *number > 65535) return std::nullopt;
  return RedisEndpoint{std::string(reply_text(*host)), static_cast<std::uint16_t>(*number)};
}

}  // namespace

SentinelLocator::SentinelLocator(HiredisAsio::Strand strand, std::vector<RedisEndpoint> sentinels,
                                 std::string master_name, HandshakeSettings sentinel_login,
                                 std::chrono::milliseconds timeout)
    : strand_(std::move(strand)),
      sentinels_(std::move(sentinels)),
      master_name_(std::move(master_name)),
      login_(std::move(sentinel_login)),
      timeout_(timeout),
      timer_(strand_) {}

void SentinelLocator::locate(Found found) {
  if (stopped_ || sentinels_.empty()) {
    boost::asio::post(strand_, [found = std::move(found)] { found(std::nullopt); });
    return;
  }
  waiting_.push_back(std::move(found));
  if (waiting_.size() > 1) return;  // a lookup runs; it answers every caller
  ++lookup_;
  asked_ = 0;
  ask(first_);
}

void SentinelLocator::stop() {
  stopped_ = true;
  timer_.cancel();
  if (auto connection = std::exchange(connection_, nullptr)) connection->close();
  for (Found& found : std::exchange(waiting_, {})) {
    boost::asio::post(strand_, [found = std::move(found)] { found(std::nullopt); });
  }
}

void SentinelLocator::ask(std::size_t index) {
  ++asked_;
  const std::uint64_t lookup = lookup_;
  const RedisEndpoint& sentinel = sentinels_[index];
  std::weak_ptr<SentinelLocator> weak = shared_from_this();
  // Each step checks that it still belongs to this lookup and this sentinel:
  // the timeout and the replies race, and only the first of them counts.
  const auto current = [weak, lookup, this_asked = asked_]() -> std::shared_ptr<SentinelLocator> {
    auto self = weak.lock();
    if (!self || self->stopped_ || self->lookup_ != lookup || self->asked_ != this_asked) {
      return nullptr;
    }
    return self;
  };
  connection_ = HiredisAsio::connect(
      strand_, sentinel.host, sentinel.port,
      [current, index](bool ok) {
        const auto self = current();
        if (!self) return;
        if (!ok) {
          self->answer(index, std::nullopt);
          return;
        }
        const auto connection = self->connection_;
        handshake(connection, self->login_, [current, index, connection](bool logged_in) {
          const auto self_now = current();
          if (!self_now) return;
          if (!logged_in) {
            self_now->answer(index, std::nullopt);
            return;
          }
          connection->command({"SENTINEL", "get-master-addr-by-name", self_now->master_name_},
                              [current, index](const redisReply* reply) {
                                if (const auto self_then = current())
                                  self_then->answer(index, endpoint_of(reply));
                              });
        });
      },
      [] {});
  timer_.expires_after(timeout_);
  timer_.async_wait(
      boost::asio::bind_executor(strand_, [current, index](const boost::system::error_code& ec) {
        if (ec) return;
        if (const auto self = current()) self->answer(index, std::nullopt);
      }));
}

void SentinelLocator::answer(std::size_t index, std::optional<RedisEndpoint> endpoint) {
  timer_.cancel();
  if (auto connection = std::exchange(connection_, nullptr)) connection->close();
  if (!endpoint && asked_ < sentinels_.size()) {
    ask((index + 1) % sentinels_.size());
    return;
  }
  if (endpoint) {
    first_ = index;
  } else {
    report_problem("no sentinel knows the primary of '" + master_name_ + "'; asking again");
  }
  ++lookup_;  // late replies of this lookup are ignored
  for (Found& found : std::exchange(waiting_, {})) found(endpoint);
}

}  // namespace kring::log::redis
