#include "hub/capabilities.hpp"

#include <cctype>

#include "base/random.hpp"
#include "core/limits.hpp"

namespace kring::hub {
namespace {

using base::random_bytes;

constexpr std::string_view base32_alphabet = core::limits::capability_token_alphabet;
constexpr std::size_t token_length = core::limits::capability_token_length;

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
