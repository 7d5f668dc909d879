// RedisLog::parse_redis_url: where the log's Redis is, from a flag value.
#include <charconv>

#include "log/redis/redis_log.hpp"

namespace kring::log::redis {

std::optional<std::pair<std::string, std::uint16_t>> RedisLog::parse_redis_url(
    std::string_view url) {
  constexpr std::string_view scheme = "redis://";
  constexpr std::uint16_t default_port = 6379;
  if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  // Users, passwords and database numbers are not supported; refuse rather
  // than silently ignore them.
  if (url.find_first_of("@/?#") != std::string_view::npos) return std::nullopt;

  std::string_view host;
  std::string_view rest;
  if (url.starts_with('[')) {
    const std::size_t close = url.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = url.substr(1, close - 1);
    rest = url.substr(close + 1);
  } else {
    const std::size_t colon = url.find(':');
    host = url.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view() : url.substr(colon);
  }
  if (host.empty()) return std::nullopt;
  if (rest.empty()) return std::pair{std::string(host), default_port};
  if (!rest.starts_with(':') || rest.size() == 1) return std::nullopt;
  rest.remove_prefix(1);
  std::uint16_t port = 0;
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), port);
  if (ec != std::errc() || end != rest.data() + rest.size() || port == 0) return std::nullopt;
  return std::pair{std::string(host), port};
}

}  // namespace kring::log::redis
