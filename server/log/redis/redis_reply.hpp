// redis_reply: reading hiredis replies without trusting their shape.
#pragma once

#include <hiredis/hiredis.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace kring::log::redis {

// The bytes of a string, status or error reply; empty for other types.
std::string_view reply_text(const redisReply& reply);

bool is_error(const redisReply* reply);
// True when `reply` is an error whose message starts with `prefix`.
bool is_error_starting(const redisReply* reply, std::string_view prefix);

// A plain unsigned decimal (no sign, no spaces, no overflow).
std::optional<std::uint64_t> parse_decimal(std::string_view text);

// Splits "<decimal>:<bytes>" (pub/sub messages, snapshot values).
struct SeqPrefixed {
  std::uint64_t seq = 0;
  std::string_view bytes;
};
std::optional<SeqPrefixed> split_seq_prefix(std::string_view text);

}  // namespace kring::log::redis
