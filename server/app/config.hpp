// config: the node's settings from flags and KRING_* environment variables
// (a flag wins over its variable, which wins over the default).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kring::app {

// Where the shared room log lives (--redis redis://HOST:PORT).
struct RedisAddress {
  std::string host;
  std::uint16_t port = 6379;
};

struct Config {
  std::string bind = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port
  std::string static_dir = "web-client/dist";
  // Browser origins allowed to open /ws. Empty: same host only (see origin_policy).
  std::vector<std::string> allowed_origins;
  unsigned threads = 1;
  std::size_t max_rooms = 1000;
  std::size_t send_queue_bytes = std::size_t{8} << 20;
  // SO_SNDBUF of every accepted connection (Linux doubles it for its
  // bookkeeping); 0 leaves it to the kernel's autotuning, which grows it to
  // megabytes for a client that stopped reading before the send queue sees it.
  std::size_t socket_send_buffer_bytes = std::size_t{128} << 10;
  std::string node_name;
  // The address phones and laptops in the room reach the service at
  // ("http://192.168.1.20:8080", "https://kring.example.org"; no trailing
  // slash): every link and QR code uses it. Empty: the address the browser
  // used, which is useless to others when that was 127.0.0.1.
  std::string public_url;
  // A room expires this many days after its last event (0: never). Redis
  // keys carry it as a TTL; the memory log and the node sweep for it.
  unsigned room_retention_days = 30;
  // Every this many events a room's state is stored as a snapshot, so a node
  // that opens the room reads the snapshot and the events after it.
  std::uint64_t snapshot_every = 1000;
  bool demo_room = false;
  // Unset (and no sentinels): the embedded in-memory log (one node). Set:
  // Redis, shared by nodes.
  std::optional<RedisAddress> redis;
  // The primary of `redis_master_name`, found through these sentinels.
  std::vector<RedisAddress> redis_sentinels;
  std::string redis_master_name = "kring";
  // ACL login on every Redis connection. The password comes from
  // KRING_REDIS_PASSWORD or the file --redis-password-file names, never
  // from a flag (ps shows flags). Likewise for the sentinels.
  std::string redis_user;
  std::string redis_password;
  std::string redis_sentinel_user;
  std::string redis_sentinel_password;
  // An append is acknowledged once this many replicas have it (WAIT), and
  // answered unavailable when they do not within the timeout.
  unsigned redis_min_replicas = 0;
  unsigned redis_replica_timeout_ms = 1000;

  bool uses_redis() const { return redis.has_value() || !redis_sentinels.empty(); }
};

// The process should end instead of running: after --help (code 0, text for
// stdout) or a bad flag or variable (code 2, text for stderr).
struct ConfigExit {
  int code = 0;
  std::string message;
};

std::variant<Config, ConfigExit> parse_config(int argc, const char* const* argv);

std::string usage();

}  // namespace kring::app
