// build_record: a room's decision record from its state. Pure: no I/O, and
// the moment it is made is passed in (the clock of the current phase and the
// record's date come from it).
#pragma once

#include "core/ids.hpp"
#include "core/room_state.hpp"
#include "export/record.hpp"
#include "export/zone_rules.hpp"

namespace kring::record {

// `zone`: the workshop's time zone, in which the record tells its times.
DecisionRecord build_record(const core::RoomState& state, core::TimeMs generated_at_ms,
                            const ZoneRules& zone = {});

}  // namespace kring::record
