#include "room_script.hpp"

namespace kring::fuzz {

std::vector<ScriptStep> parse_script(std::string_view bytes, std::size_t max_steps) {
  std::vector<ScriptStep> steps;
  while (bytes.size() >= 3 && steps.size() < max_steps) {
    const auto who = static_cast<std::uint8_t>(bytes[0]);
    const std::size_t length = static_cast<unsigned char>(bytes[1]) |
                               std::size_t{static_cast<unsigned char>(bytes[2])} << 8;
    bytes.remove_prefix(3);
    const std::string_view frame = bytes.substr(0, length);
    bytes.remove_prefix(frame.size());
    steps.push_back(ScriptStep{who, frame});
  }
  return steps;
}

void append_step(std::string& script, std::uint8_t who, std::string_view frame) {
  script.push_back(static_cast<char>(who));
  script.push_back(static_cast<char>(frame.size() & 0xFF));
  script.push_back(static_cast<char>((frame.size() >> 8) & 0xFF));
  script.append(frame);
}

}  // namespace kring::fuzz
