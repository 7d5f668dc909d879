// credential_keys: the directory key of each room credential, shared by every
// node (the room log's directory maps keys to room ids). Codes appear in
// canonical form; secrets only as the hex of their SHA-256, so a directory
// dump grants no facilitator or projector access.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/room_state.hpp"
#include "protocol/messages.hpp"

namespace kring::hub {

// The key a presented credential is looked up under.
std::string credential_key(protocol::CredentialKind kind, std::string_view credential);

// The key of a projector token with this hash (a reissued token is registered
// under it before the event that makes it current is appended).
std::string projector_key(const core::SecretHash& hash);

// The four keys of a new room's capabilities.
std::vector<std::string> credential_keys(const protocol::RoomCapabilities& capabilities);

// The same four keys, rebuilt from what a room's state keeps (hashes only),
// to register them again when storage lost the directory.
std::vector<std::string> credential_keys_of(const core::RoomState& state);

}  // namespace kring::hub
