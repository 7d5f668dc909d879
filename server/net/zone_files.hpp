// zone_files: a room's time zone rules, read from the system's time zone
// database (TZDIR, else /usr/share/zoneinfo; Debian's tzdata package).
#pragma once

#include <string_view>

#include "export/zone_rules.hpp"

namespace kring::net {

// The rules of `name` (empty: the core's default zone). A name the core would
// not accept, or a zone the database lacks or holds malformed, gives UTC, and
// the record says "UTC".
record::ZoneRules load_zone(std::string_view name);

}  // namespace kring::net
