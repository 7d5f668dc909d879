#include "app/config.hpp"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

#include "log/redis/redis_log.hpp"

namespace kring::app {
namespace {

struct BadValue {
  std::string message;
};

template <class Number>
Number parse_number(std::string_view name, std::string_view text, Number min, Number max) {
  Number value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw BadValue{std::string(name) + ": expected a number from " + std::to_string(min) + " to " +
                   std::to_string(max) + ", got '" + std::string(text) + "'"};
  }
  return value;
}

std::vector<std::string> split_origins(std::string_view list) {
  std::vector<std::string> origins;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '/')) item.remove_suffix(1);
    if (!item.empty()) origins.emplace_back(item);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return origins;
}

RedisAddress parse_redis(std::string_view source, std::string_view value) {
  const auto parsed = log::redis::RedisLog::parse_redis_url(value);
  if (!parsed) {
    throw BadValue{std::string(source) + ": expected redis://HOST:PORT, got '" +
                   std::string(value) + "'"};
  }
  return RedisAddress{parsed->first, parsed->second};
}

std::vector<RedisAddress> parse_redis_list(std::string_view source, std::string_view list) {
  std::vector<RedisAddress> addresses;
  for (const std::string& item : split_origins(list))
    addresses.push_back(parse_redis(source, item));
  if (addresses.empty()) throw BadValue{std::string(source) + ": expected HOST:PORT,..."};
  return addresses;
}

// The first line of the file at `path`: a secret kept out of the command line.
std::string read_secret_file(std::string_view source, const std::string& path) {
  std::ifstream file(path);
  std::string line;
  if (!file || !std::getline(file, line)) {
    throw BadValue{std::string(source) + ": cannot read a password from '" + path + "'"};
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  if (line.empty()) throw BadValue{std::string(source) + ": '" + path + "' holds no password"};
  return line;
}

// http(s)://HOST[:PORT][/PATH] without query, fragment, spaces or a trailing
// slash (it is dropped): links are made by appending "/#/join/CODE".
std::string parse_public_url(std::string_view source, std::string_view value) {
  while (!value.empty() && value.back() == '/') value.remove_suffix(1);
  const bool https = value.starts_with("https://");
  const std::size_t host_at = https ? 8 : 7;
  const bool scheme = https || value.starts_with("http://");
  const bool clean = value.find_first_of("?# \t\r\n\"'<>\\") == std::string_view::npos;
  const std::string_view host = value.substr(std::min(host_at, value.size()));
  if (!scheme || !clean || host.empty() || host.front() == '/' || host.front() == ':' ||
      value.size() > 200) {
    throw BadValue{std::string(source) +
                   ": expected http://HOST[:PORT] or https://HOST[/PATH] (at most 200 characters),"
                   " got '" +
                   std::string(value) + "'"};
  }
  return std::string(value);
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "kring";
  return name;
}

// Sets the field named `flag` (without dashes) from `value`, which came from
// `source` (the flag or variable, named in error messages). False if unknown.
bool set(Config& config, std::string_view flag, std::string_view value, std::string_view source) {
  if (flag == "bind") {
    config.bind = value;
  } else if (flag == "port") {
    config.port = parse_number<std::uint16_t>(source, value, 0, 65535);
  } else if (flag == "static-dir") {
    config.static_dir = value;
  } else if (flag == "allowed-origins") {
    config.allowed_origins = split_origins(value);
  } else if (flag == "threads") {
    config.threads = parse_number<unsigned>(source, value, 1, 1024);
  } else if (flag == "max-rooms") {
    config.max_rooms = parse_number<std::size_t>(source, value, 1, 1'000'000);
  } else if (flag == "send-queue-bytes") {
    config.send_queue_bytes =
        parse_number<std::size_t>(source, value, 64 * 1024, std::size_t{1} << 32);
  } else if (flag == "socket-send-buffer-bytes") {
    config.socket_send_buffer_bytes =
        parse_number<std::size_t>(source, value, 0, std::size_t{64} << 20);
    if (config.socket_send_buffer_bytes != 0 && config.socket_send_buffer_bytes < 4096) {
      throw BadValue{std::string(source) + ": expected 0 or a number from 4096 up"};
    }
  } else if (flag == "room-retention-days") {
    config.room_retention_days = parse_number<unsigned>(source, value, 0, 36'500);
  } else if (flag == "snapshot-every") {
    config.snapshot_every = parse_number<std::uint64_t>(source, value, 1, 1'000'000);
  } else if (flag == "node-name") {
    config.node_name = value;
  } else if (flag == "public-url") {
    config.public_url = parse_public_url(source, value);
  } else if (flag == "redis") {
    config.redis = parse_redis(source, value);
  } else if (flag == "redis-sentinel") {
    config.redis_sentinels = parse_redis_list(source, value);
  } else if (flag == "redis-master-name") {
    if (value.empty()) throw BadValue{std::string(source) + ": expected a name"};
    config.redis_master_name = value;
  } else if (flag == "redis-min-replicas") {
    config.redis_min_replicas = parse_number<unsigned>(source, value, 0, 16);
  } else if (flag == "redis-replica-timeout-ms") {
    config.redis_replica_timeout_ms = parse_number<unsigned>(source, value, 10, 60'000);
  } else if (flag == "redis-user") {
    config.redis_user = value;
  } else if (flag == "redis-password-file") {
    config.redis_password = read_secret_file(source, std::string(value));
  } else if (flag == "redis-sentinel-user") {
    config.redis_sentinel_user = value;
  } else if (flag == "redis-sentinel-password-file") {
    config.redis_sentinel_password = read_secret_file(source, std::string(value));
  } else {
    return false;
  }
  return true;
}

constexpr std::pair<std::string_view, const char*> environment[] = {
    {"bind", "KRING_BIND"},
    {"port", "KRING_PORT"},
    {"static-dir", "KRING_STATIC_DIR"},
    {"allowed-origins", "KRING_ALLOWED_ORIGINS"},
    {"threads", "KRING_THREADS"},
    {"max-rooms", "KRING_MAX_ROOMS"},
    {"send-queue-bytes", "KRING_SEND_QUEUE_BYTES"},
    {"socket-send-buffer-bytes", "KRING_SOCKET_SEND_BUFFER_BYTES"},
    {"node-name", "KRING_NODE_NAME"},
    {"public-url", "KRING_PUBLIC_URL"},
    {"room-retention-days", "KRING_ROOM_RETENTION_DAYS"},
    {"snapshot-every", "KRING_SNAPSHOT_EVERY"},
    {"redis", "KRING_REDIS"},
    {"redis-sentinel", "KRING_REDIS_SENTINEL"},
    {"redis-master-name", "KRING_REDIS_MASTER_NAME"},
    {"redis-min-replicas", "KRING_REDIS_MIN_REPLICAS"},
    {"redis-replica-timeout-ms", "KRING_REDIS_REPLICA_TIMEOUT_MS"},
    {"redis-user", "KRING_REDIS_USER"},
    {"redis-password-file", "KRING_REDIS_PASSWORD_FILE"},
    {"redis-sentinel-user", "KRING_REDIS_SENTINEL_USER"},
    {"redis-sentinel-password-file", "KRING_REDIS_SENTINEL_PASSWORD_FILE"},
};

// Passwords given directly: from the environment only.
void read_password_variables(Config& config) {
  if (const char* value = std::getenv("KRING_REDIS_PASSWORD"); value != nullptr && *value != '\0') {
    config.redis_password = value;
  }
  if (const char* value = std::getenv("KRING_REDIS_SENTINEL_PASSWORD");
      value != nullptr && *value != '\0') {
    config.redis_sentinel_password = value;
  }
}

}  // namespace

std::string usage() {
  return "usage: kring-server [flags]\n"
         "  --bind ADDR              address to listen on (KRING_BIND, default 127.0.0.1)\n"
         "  --port N                 port, 0 picks a free one (KRING_PORT, default 8080)\n"
         "  --static-dir DIR         files served at / (KRING_STATIC_DIR, default "
         "web-client/dist)\n"
         "  --allowed-origins LIST   comma list of browser origins allowed to open /ws\n"
         "                           (KRING_ALLOWED_ORIGINS, default: same host only)\n"
         "  --threads N              I/O threads (KRING_THREADS, default one per core)\n"
         "  --max-rooms N            rooms this node holds (KRING_MAX_ROOMS, default 1000)\n"
         "  --send-queue-bytes N     per-connection send queue; a slower client is closed\n"
         "                           (KRING_SEND_QUEUE_BYTES, default 8388608)\n"
         "  --socket-send-buffer-bytes N  kernel send buffer per connection, 0 = autotuned\n"
         "                           (KRING_SOCKET_SEND_BUFFER_BYTES, default 131072)\n"
         "  --node-name NAME         reported in Welcome and /metrics (KRING_NODE_NAME,\n"
         "                           default the host name)\n"
         "  --public-url URL         the address people in the room open, for every link\n"
         "                           and QR code, e.g. http://192.168.1.20:8080\n"
         "                           (KRING_PUBLIC_URL, default: the address the browser\n"
         "                           used)\n"
         "  --redis URL              share rooms with other nodes through Redis,\n"
         "                           redis://HOST:PORT (KRING_REDIS, default: none, rooms\n"
         "                           live in this process only)\n"
         "  --redis-sentinel LIST    find the Redis primary through these sentinels,\n"
         "                           HOST:PORT,... (KRING_REDIS_SENTINEL; instead of --redis)\n"
         "  --redis-master-name NAME the primary's name at the sentinels\n"
         "                           (KRING_REDIS_MASTER_NAME, default kring)\n"
         "  --redis-min-replicas N   acknowledge a command once N replicas have it (WAIT)\n"
         "                           (KRING_REDIS_MIN_REPLICAS, default 0)\n"
         "  --redis-replica-timeout-ms N  how long to wait for them, else the command is\n"
         "                           answered unavailable (KRING_REDIS_REPLICA_TIMEOUT_MS,\n"
         "                           default 1000)\n"
         "  --redis-user NAME        Redis ACL user (KRING_REDIS_USER, default: the default\n"
         "                           user); its password from KRING_REDIS_PASSWORD or\n"
         "  --redis-password-file F  the first line of F (KRING_REDIS_PASSWORD_FILE)\n"
         "  --redis-sentinel-user NAME, --redis-sentinel-password-file F\n"
         "                           the same for the sentinels (KRING_REDIS_SENTINEL_USER,\n"
         "                           KRING_REDIS_SENTINEL_PASSWORD[_FILE])\n"
         "  --room-retention-days N  a room expires N days after its last event, 0 = never\n"
         "                           (KRING_ROOM_RETENTION_DAYS, default 30)\n"
         "  --snapshot-every N       store a room's state every N events, for fast loads\n"
         "                           (KRING_SNAPSHOT_EVERY, default 1000)\n"
         "  --demo-room              create a room at start and print its links\n"
         "  --help                   print this text\n";
}

std::variant<Config, ConfigExit> parse_config(int argc, const char* const* argv) {
  Config config;
  config.threads = std::max(1U, std::thread::hardware_concurrency());
  try {
    for (const auto& [flag, variable] : environment) {
      if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') {
        set(config, flag, value, variable);
      }
    }
    read_password_variables(config);
    for (int i = 1; i < argc; ++i) {
      std::string_view arg = argv[i];
      if (arg == "--help" || arg == "-h") return ConfigExit{0, usage()};
      if (arg == "--demo-room") {
        config.demo_room = true;
        continue;
      }
      if (!arg.starts_with("--")) throw BadValue{"unexpected argument '" + std::string(arg) + "'"};
      arg.remove_prefix(2);
      std::optional<std::string_view> value;
      if (const std::size_t equals = arg.find('='); equals != std::string_view::npos) {
        value = arg.substr(equals + 1);
        arg = arg.substr(0, equals);
      }
      const bool known =
          std::ranges::any_of(environment, [arg](const auto& e) { return e.first == arg; });
      if (arg == "redis-password" || arg == "redis-sentinel-password") {
        throw BadValue{"--" + std::string(arg) +
                       ": a password on the command line is visible to every user (ps); use "
                       "KRING_" +
                       std::string(arg == "redis-password" ? "REDIS" : "REDIS_SENTINEL") +
                       "_PASSWORD or --" + std::string(arg) + "-file"};
      }
      if (!known) throw BadValue{"unknown flag --" + std::string(arg)};
      if (!value && i + 1 < argc) value = argv[++i];
      if (!value) throw BadValue{"--" + std::string(arg) + " needs a value"};
      set(config, arg, *value, "--" + std::string(arg));
    }
  } catch (const BadValue& bad) {
    return ConfigExit{2, "kring-server: " + bad.message + "\n" + usage()};
  }
  if (config.node_name.empty()) config.node_name = host_name();
  if (config.redis && !config.redis_sentinels.empty()) {
    return ConfigExit{2,
                      "kring-server: --redis and --redis-sentinel exclude each other\n" + usage()};
  }
  return config;
}

}  // namespace kring::app
