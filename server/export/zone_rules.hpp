// zone_rules: the UTC offsets of one time zone over time, read from a TZif
// file (RFC 8536, as /usr/share/zoneinfo holds them), so that the record tells
// its times as the room's clock on the wall did. Pure: the caller reads the
// file; parsing and lookups do no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"

namespace kring::record {

struct ZoneRules {
  std::string name = "UTC";
  // Seconds east of UTC before the first transition.
  std::int32_t initial_offset = 0;
  // Transition instants (seconds since the epoch, ascending) and the offset
  // that holds from each on. After the last one its offset holds on: TZif
  // files as Debian builds them list transitions up to 2037.
  std::vector<std::int64_t> transitions;
  std::vector<std::int32_t> offsets;

  // The wall-clock time in the zone at `utc_ms`, as milliseconds since the
  // epoch of that wall clock (what date and time formatting take).
  core::TimeMs local_ms(core::TimeMs utc_ms) const;
};

// The rules in a TZif file's bytes (version 2 or later: the 64-bit data
// block), named `name`; nullopt for anything malformed or truncated.
std::optional<ZoneRules> parse_tzif(std::string_view bytes, std::string_view name);

}  // namespace kring::record
