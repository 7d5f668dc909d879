// A room script: the input format of fuzz_room_core, also written by
// make_seeds. A script is a run of steps, each
//   one byte `who`: the actor is who % actor_count (see RoomDriver), and the
//                   room's clock first moves on by who / actor_count seconds;
//   two bytes:      the frame's length, little endian;
//   the frame:      a kring.v1.ClientMessage as a device sends it.
// A last frame cut short by the end of the input is taken as it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kring::fuzz {

struct ScriptStep {
  std::uint8_t who = 0;
  std::string_view frame;
};

// At most `max_steps` steps: bounds the work one input can ask for.
std::vector<ScriptStep> parse_script(std::string_view bytes, std::size_t max_steps);

void append_step(std::string& script, std::uint8_t who, std::string_view frame);

}  // namespace kring::fuzz
