#include "net/zone_files.hpp"

#include <cstdlib>
#include <fstream>
#include <string>

#include "core/access.hpp"

namespace kring::net {
namespace {

// A TZif file is a few kilobytes; anything far larger is not one.
constexpr std::streamsize max_zone_file_bytes = 256 * 1024;

std::string zone_directory() {
  const char* configured = std::getenv("TZDIR");
  return configured != nullptr && *configured != '\0' ? configured : "/usr/share/zoneinfo";
}

}  // namespace

record::ZoneRules load_zone(std::string_view name) {
  if (name.empty()) name = core::default_time_zone;
  // The core's rule keeps the name inside the database (no "..", no "/" first).
  if (core::check_time_zone(name)) return {};
  std::ifstream file(zone_directory() + "/" + std::string(name), std::ios::binary);
  if (!file) return {};
  std::string bytes(static_cast<std::size_t>(max_zone_file_bytes) + 1, '\0');
  file.read(bytes.data(), max_zone_file_bytes + 1);
  const std::streamsize got = file.gcount();
  if (got <= 0 || got > max_zone_file_bytes) return {};
  bytes.resize(static_cast<std::size_t>(got));
  return record::parse_tzif(bytes, name).value_or(record::ZoneRules{});
}

}  // namespace kring::net
