#include "log/redis/redis_reply.hpp"

#include <charconv>

namespace kring::log::redis {

std::string_view reply_text(const redisReply& reply) {
  switch (reply.type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
      return reply.str == nullptr ? std::string_view() : std::string_view(reply.str, reply.len);
    default:
      return {};
  }
}

bool is_error(const redisReply* reply) {
  return reply != nullptr && reply->type == REDIS_REPLY_ERROR;
}

bool is_error_starting(const redisReply* reply, std::string_view prefix) {
  if (!is_error(reply)) return false;
  std::string_view text = reply_text(*reply);
  // Redis puts "ERR " before script errors that do not start with a code.
  if (text.starts_with("ERR ")) text.remove_prefix(4);
  return text.starts_with(prefix);
}

std::optional<std::uint64_t> parse_decimal(std::string_view text) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  if (text.empty()) return std::nullopt;
  const auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || stop != end) return std::nullopt;
  return value;
}

std::optional<SeqPrefixed> split_seq_prefix(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto seq = parse_decimal(text.substr(0, colon));
  if (!seq) return std::nullopt;
  return SeqPrefixed{*seq, text.substr(colon + 1)};
}

}  // namespace kring::log::redis
