#include "hub/credential_keys.hpp"

#include "core/secret_hash.hpp"
#include "hub/capabilities.hpp"

namespace kring::hub {
namespace {

std::string hex(const core::SecretHash& hash) {
  static constexpr std::string_view digits = "0123456789abcdef";
  std::string out;
  out.reserve(hash.size() * 2);
  for (const char byte : hash) {
    const auto value = static_cast<unsigned char>(byte);
    out.push_back(digits[value >> 4U]);
    out.push_back(digits[value & 0x0FU]);
  }
  return out;
}

std::string facilitator_key(const core::SecretHash& hash) { return "facilitator:" + hex(hash); }
std::string participant_key(std::string_view code) { return "participant:" + std::string(code); }
std::string board_key(std::string_view code) { return "board:" + std::string(code); }

}  // namespace

std::string projector_key(const core::SecretHash& hash) { return "projector:" + hex(hash); }

std::string credential_key(protocol::CredentialKind kind, std::string_view credential) {
  switch (kind) {
    case protocol::CredentialKind::participant_code:
      return participant_key(normalize_code(credential));
    case protocol::CredentialKind::board_code:
      return board_key(normalize_code(credential));
    case protocol::CredentialKind::facilitator_secret:
      return facilitator_key(core::hash_secret(credential));
    case protocol::CredentialKind::projector_token:
      return projector_key(core::hash_secret(credential));
  }
  return "unknown:";
}

std::vector<std::string> credential_keys_of(const core::RoomState& state) {
  return {facilitator_key(state.facilitator_hash), participant_key(state.participant_code),
          board_key(state.board_code), projector_key(state.projector_hash)};
}

std::vector<std::string> credential_keys(const protocol::RoomCapabilities& capabilities) {
  return {
      credential_key(protocol::CredentialKind::facilitator_secret, capabilities.facilitator_secret),
      credential_key(protocol::CredentialKind::participant_code, capabilities.participant_code),
      credential_key(protocol::CredentialKind::board_code, capabilities.board_code),
      credential_key(protocol::CredentialKind::projector_token, capabilities.projector_token),
  };
}

}  // namespace kring::hub
