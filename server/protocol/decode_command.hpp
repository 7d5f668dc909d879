// RoomCommand (wire) -> core::Command. Only shape is checked here: a missing
// command, unknown enum values. Bounds, roles and state are decide()'s job.
#pragma once

#include <variant>

#include "core/commands.hpp"
#include "core/errors.hpp"
#include "kring/v1/commands.pb.h"

namespace kring::protocol {

// Moves strings and bytes out of `command`, which is left in a valid but
// unspecified state. Never throws except std::bad_alloc.
// Rejections: unknown_payload when no command (or one this build does not
// know) is set; invalid_argument for an _UNSPECIFIED or unknown enum value.
std::variant<core::Command, core::Rejection> decode_command(kring::v1::RoomCommand& command);

}  // namespace kring::protocol
