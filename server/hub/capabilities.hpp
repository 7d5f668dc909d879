// capabilities: the random values that grant access to a room, and the random
// numbers the hub needs. Everything here comes from the kernel CSPRNG
// (getrandom(2)); nothing is derived from a seedable generator.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/views.hpp"  // protocol/messages.hpp needs core::Snapshot
#include "protocol/messages.hpp"

namespace kring::hub {

// Alphabet of participant and board codes: no 0 O 1 I L, so a code read aloud
// or typed from a projector cannot be confused.
inline constexpr std::string_view code_alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t code_length = 8;
// Facilitator secrets and projector tokens: 26 base32 characters = 130 bits.
inline constexpr std::size_t token_length = 26;
inline constexpr std::size_t member_secret_bytes = 32;

// A fresh facilitator secret, projector token, participant code and board code.
protocol::RoomCapabilities generate_capabilities();

// A typed participant or board code in canonical form: upper case, without the
// dashes and spaces people type ("k7mp-4qrx" -> "K7MP4QRX").
std::string normalize_code(std::string_view typed);

// 32 raw random bytes: the secret a member's device keeps to rejoin.
std::string random_member_secret();

std::uint64_t random_u64();

// `count` random bytes. Terminates the process if the kernel CSPRNG fails:
// handing out guessable capabilities is worse than stopping.
std::string random_bytes(std::size_t count);

}  // namespace kring::hub
