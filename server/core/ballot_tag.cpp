#include "core/ballot_tag.hpp"

#include <string>

#include "core/secret_hash.hpp"

namespace kring::core {
namespace {

// Domain labels keep these hashes apart from every other SHA-256 the server
// takes of a secret (member, note, facilitator and projector hashes).
constexpr std::string_view key_label{"kring/ballot-key/v1\0", 20};
constexpr std::string_view tag_label{"kring/ballot-tag/v1\0", 20};

}  // namespace

SecretHash ballot_key(std::string_view member_secret) {
  if (member_secret.empty()) return {};
  std::string input(key_label);
  input.append(member_secret);
  return hash_secret(input);
}

SecretHash ballot_tag(const SecretHash& key, TagScope scope, std::uint64_t id) {
  std::string input(tag_label);
  input.append(key);
  input.push_back(static_cast<char>(scope));
  for (int byte = 0; byte < 8; ++byte)
    input.push_back(static_cast<char>((id >> (8 * byte)) & 0xFF));
  return hash_secret(input);
}

}  // namespace kring::core
