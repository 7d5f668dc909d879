#include "hub/capabilities.hpp"

#include <sys/random.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kring::hub {
namespace {

constexpr std::string_view base32_alphabet = "abcdefghijklmnopqrstuvwxyz234567";

// 32 divides 256, so the low five bits of a uniform byte are uniform.
std::string random_token() {
  const std::string bytes = random_bytes(token_length);
  std::string token(token_length, ' ');
  for (std::size_t i = 0; i < token_length; ++i) {
    token[i] = base32_alphabet[static_cast<unsigned char>(bytes[i]) & 31U];
  }
  return token;
}

// 31 does not divide 256: bytes >= 248 are drawn again so every symbol is
// equally likely.
std::string random_code() {
  constexpr unsigned limit = 256 - 256 % code_alphabet.size();
  std::string code;
  while (code.size() < code_length) {
    for (const char byte : random_bytes(code_length)) {
      const unsigned value = static_cast<unsigned char>(byte);
      if (value >= limit || code.size() == code_length) continue;
      code.push_back(code_alphabet[value % code_alphabet.size()]);
    }
  }
  return code;
}

}  // namespace

std::string random_bytes(std::size_t count) {
  std::string bytes(count, '\0');
  std::size_t filled = 0;
  while (filled < count) {
    const ssize_t got = getrandom(bytes.data() + filled, count - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      std::fprintf(stderr, "kring: getrandom failed: %s\n", std::strerror(errno));
      std::abort();
    }
    filled += static_cast<std::size_t>(got);
  }
  return bytes;
}

std::uint64_t random_u64() {
  const std::string bytes = random_bytes(sizeof(std::uint64_t));
  std::uint64_t value = 0;
  for (const char byte : bytes) value = (value << 8) | static_cast<unsigned char>(byte);
  return value;
}

std::string random_member_secret() { return random_bytes(member_secret_bytes); }

protocol::RoomCapabilities generate_capabilities() {
  return protocol::RoomCapabilities{random_token(), random_code(), random_code(), random_token()};
}

std::string normalize_code(std::string_view typed) {
  std::string code;
  code.reserve(typed.size());
  for (const char c : typed) {
    if (c == '-' || c == ' ') continue;
    code.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return code;
}

}  // namespace kring::hub
