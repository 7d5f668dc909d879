#include "log/redis/redis_connection_keeper.hpp"

#include <algorithm>
#include <boost/asio/bind_executor.hpp>
#include <utility>

#include "log/redis/redis_log_report.hpp"

namespace kring::log::redis {

ConnectionKeeper::ConnectionKeeper(HiredisAsio::Strand strand, Settings settings, OnChange on_up,
                                   OnChange on_down)
    : strand_(std::move(strand)),
      settings_(std::move(settings)),
      on_up_(std::move(on_up)),
      on_down_(std::move(on_down)),
      retry_timer_(strand_),
      connect_timer_(strand_),
      delay_(settings_.min_delay),
      jitter_(std::random_device{}()) {}

void ConnectionKeeper::start() {
  if (!stopped_ && !connection_) attempt();
}

void ConnectionKeeper::stop() {
  stopped_ = true;
  up_ = false;
  retry_timer_.cancel();
  connect_timer_.cancel();
  if (auto connection = std::exchange(connection_, nullptr)) connection->close();
}

void ConnectionKeeper::attempt() {
  const std::uint64_t attempt = ++attempt_;
  if (!settings_.locate) {
    connect_to(RedisEndpoint{settings_.host, settings_.port}, attempt);
    return;
  }
  std::weak_ptr<ConnectionKeeper> weak = shared_from_this();
  settings_.locate([weak, attempt](std::optional<RedisEndpoint> endpoint) {
    const auto self = weak.lock();
    if (!self || self->stopped_ || self->attempt_ != attempt) return;
    if (!endpoint) {
      self->retry_later();
      return;
    }
    self->connect_to(*endpoint, attempt);
  });
}

void ConnectionKeeper::connect_to(const RedisEndpoint& endpoint, std::uint64_t attempt) {
  std::weak_ptr<ConnectionKeeper> weak = shared_from_this();
  connection_ = HiredisAsio::connect(
      strand_, endpoint.host, endpoint.port,
      [weak, attempt](bool ok) {
        if (const auto self = weak.lock()) self->on_connect(attempt, ok);
      },
      [weak, attempt] {
        if (const auto self = weak.lock()) self->on_lost(attempt);
      });
  connect_timer_.expires_after(settings_.connect_timeout);
  connect_timer_.async_wait(
      boost::asio::bind_executor(strand_, [weak, attempt](const boost::system::error_code& ec) {
        const auto self = weak.lock();
        if (ec || !self || self->stopped_ || self->attempt_ != attempt || self->up_) return;
        // Closing a connect in progress makes hiredis report it as failed.
        if (self->connection_) self->connection_->close();
      }));
}

void ConnectionKeeper::on_connect(std::uint64_t attempt, bool ok) {
  if (stopped_ || attempt != attempt_) return;
  if (!ok) {
    connect_timer_.cancel();
    connection_.reset();
    retry_later();
    return;
  }
  if (settings_.handshake) {
    std::weak_ptr<ConnectionKeeper> weak = shared_from_this();
    settings_.handshake(connection_, [weak, attempt](bool passed) {
      if (const auto self = weak.lock()) self->on_handshake(attempt, passed);
    });
    return;
  }
  on_handshake(attempt, true);
}

void ConnectionKeeper::on_handshake(std::uint64_t attempt, bool ok) {
  if (stopped_ || attempt != attempt_ || up_) return;
  if (!ok || !connection_ || !connection_->connected()) {
    if (auto connection = std::exchange(connection_, nullptr)) connection->close();
    retry_later();
    return;
  }
  connect_timer_.cancel();
  up_ = true;
  delay_ = settings_.min_delay;
  if (on_up_) on_up_();
}

void ConnectionKeeper::on_lost(std::uint64_t attempt) {
  // hiredis may report a failed connect as a disconnect too: only an
  // established connection counts as lost.
  if (stopped_ || attempt != attempt_ || !up_) return;
  up_ = false;
  connection_.reset();
  report_problem("lost the " + settings_.name + " connection; reconnecting");
  if (on_down_) on_down_();
  retry_later();
}

void ConnectionKeeper::retry_later() {
  // Between half and all of the current delay.
  std::uniform_int_distribution<long> spread(delay_.count() / 2, delay_.count());
  retry_timer_.expires_after(std::chrono::milliseconds(spread(jitter_)));
  delay_ = std::min(delay_ * 2, settings_.max_delay);
  std::weak_ptr<ConnectionKeeper> weak = shared_from_this();
  retry_timer_.async_wait(
      boost::asio::bind_executor(strand_, [weak](const boost::system::error_code& ec) {
        const auto self = weak.lock();
        if (ec || !self || self->stopped_) return;
        self->attempt();
      }));
}

}  // namespace kring::log::redis
