// capabilities: the random values that grant access to a room. Everything
// here comes from the kernel CSPRNG (base/random.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "protocol/messages.hpp"

namespace kring::hub {

// Alphabet of participant and board codes: no 0 O 1 I L, so a code read aloud
// or typed from a projector cannot be confused.
inline constexpr std::string_view code_alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t code_length = 8;
// Facilitator secrets and projector tokens: core::limits::capability_token_*.
inline constexpr std::size_t member_secret_bytes = 32;

// A fresh facilitator secret, projector token, participant code and board code.
protocol::RoomCapabilities generate_capabilities();

// A typed participant or board code in canonical form: upper case, without the
// dashes and spaces people type ("k7mp-4qrx" -> "K7MP4QRX").
std::string normalize_code(std::string_view typed);

// 32 raw random bytes: the secret a member's device keeps to rejoin.
std::string random_member_secret();

}  // namespace kring::hub
