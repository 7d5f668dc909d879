// sentinel_locator: asks Redis Sentinel where the primary of a master name is.
// The sentinels are asked in turn (each on a fresh connection, with a
// timeout) until one answers with an address; that one is asked first next
// time. A sentinel that does not know the name, or answers nothing usable,
// counts as not answering.
//
// Every member function and callback runs on `strand`.
#pragma once

#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "log/redis/hiredis_asio.hpp"
#include "log/redis/redis_handshake.hpp"
#include "log/redis/redis_target.hpp"

namespace kring::log::redis {

class SentinelLocator : public std::enable_shared_from_this<SentinelLocator> {
 public:
  using Found = std::function<void(std::optional<RedisEndpoint>)>;

  SentinelLocator(HiredisAsio::Strand strand, std::vector<RedisEndpoint> sentinels,
                  std::string master_name, HandshakeSettings sentinel_login,
                  std::chrono::milliseconds timeout);

  // Calls `found` once: the primary's address, or nullopt when no sentinel
  // answered. One lookup at a time; a second call while one runs waits for it.
  void locate(Found found);
  void stop();

 private:
  void ask(std::size_t index);
  void answer(std::size_t index, std::optional<RedisEndpoint> endpoint);

  HiredisAsio::Strand strand_;
  std::vector<RedisEndpoint> sentinels_;
  std::string master_name_;
  HandshakeSettings login_;
  std::chrono::milliseconds timeout_;
  boost::asio::steady_timer timer_;
  std::shared_ptr<HiredisAsio> connection_;
  std::vector<Found> waiting_;
  std::size_t first_ = 0;  // the sentinel that answered last
  std::size_t asked_ = 0;  // sentinels asked in this lookup
  std::uint64_t lookup_ = 0;
  bool stopped_ = false;
};

}  // namespace kring::log::redis
