// redis_connection_keeper: keeps one HiredisAsio connection up. A failed or
// lost connection is replaced after a delay that starts at `min_delay` and
// doubles per failed attempt up to `max_delay`, each with random jitter (so
// that many nodes do not reconnect in lockstep after a Redis restart). A
// connect that takes longer than `connect_timeout` counts as failed.
//
// Where to connect is asked anew before every attempt when `locate` is set
// (the primary found through Sentinel moves on a failover); a connection is
// usable only once `handshake` (AUTH, the primary check) said so, within the
// same `connect_timeout`.
//
// Every member function and callback runs on `strand`.
#pragma once

#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include "log/redis/hiredis_asio.hpp"
#include "log/redis/redis_target.hpp"

namespace kring::log::redis {

class ConnectionKeeper : public std::enable_shared_from_this<ConnectionKeeper> {
 public:
  using Found = std::function<void(std::optional<RedisEndpoint>)>;
  // Answers where to connect now (nullopt: nowhere known; retried later).
  using Locate = std::function<void(Found)>;
  using Handshake =
      std::function<void(const std::shared_ptr<HiredisAsio>&, std::function<void(bool)>)>;

  struct Settings {
    std::string host;
    std::uint16_t port = 0;
    Locate locate;        // when set, host and port are not used
    Handshake handshake;  // when set, runs before the connection counts as up
    std::chrono::milliseconds min_delay{50};
    std::chrono::milliseconds max_delay{2000};
    std::chrono::milliseconds connect_timeout{2000};
    std::string name;  // for log lines: "commands", "pub/sub"
  };
  // `on_up` runs when a new connection is established, `on_down` when it is
  // lost (not after stop()).
  using OnChange = std::function<void()>;

  ConnectionKeeper(HiredisAsio::Strand strand, Settings settings, OnChange on_up, OnChange on_down);

  void start();
  // Closes the connection and cancels every timer; no more callbacks after it.
  void stop();

  // The established connection, or nullptr.
  std::shared_ptr<HiredisAsio> connection() const { return up_ ? connection_ : nullptr; }
  // Changes with every established connection.
  std::uint64_t generation() const { return attempt_; }

 private:
  void attempt();
  void connect_to(const RedisEndpoint& endpoint, std::uint64_t attempt);
  void on_connect(std::uint64_t attempt, bool ok);
  void on_handshake(std::uint64_t attempt, bool ok);
  void on_lost(std::uint64_t attempt);
  void retry_later();

  HiredisAsio::Strand strand_;
  Settings settings_;
  OnChange on_up_;
  OnChange on_down_;
  boost::asio::steady_timer retry_timer_;
  boost::asio::steady_timer connect_timer_;
  std::shared_ptr<HiredisAsio> connection_;
  std::uint64_t attempt_ = 0;
  bool up_ = false;
  bool stopped_ = false;
  std::chrono::milliseconds delay_;
  std::minstd_rand jitter_;
};

}  // namespace kring::log::redis
