#include "protocol/server_batch.hpp"

#include <cstdint>

namespace kring::protocol {
namespace {

constexpr unsigned char entry_tag = (1 << 3) | 2;  // field 1, length-delimited

// Reads a varint of at most 32 bits off the front of `rest`; false on
// truncation or overflow.
bool read_varint32(std::string_view& rest, std::uint32_t& value) {
  value = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (rest.empty()) return false;
    const auto byte = static_cast<unsigned char>(rest.front());
    rest.remove_prefix(1);
    if (shift == 28 && (byte & 0x70) != 0) return false;
    value |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

bool split_server_batch(std::string_view frame, std::vector<std::string_view>& messages) {
  std::string_view rest = frame;
  while (!rest.empty()) {
    if (static_cast<unsigned char>(rest.front()) != entry_tag) return false;
    rest.remove_prefix(1);
    std::uint32_t size = 0;
    if (!read_varint32(rest, size) || size > rest.size()) return false;
    messages.push_back(rest.substr(0, size));
    rest.remove_prefix(size);
  }
  return true;
}

}  // namespace kring::protocol
