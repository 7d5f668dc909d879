// programme_record: a programme's record, in the formats of a workshop's
// (docs/protocol.md, "A programme"): the strategy, every workshop with its
// dilemmas, outcomes and revealed polls, the board meeting's items with their
// spreads and decisions, and what went back to each job family. Built from
// each room's own record (build_record), so it shows only what those show,
// and less: no board card names, no notes, no display names at all. Pure.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/room_state.hpp"
#include "export/document.hpp"
#include "export/record.hpp"
#include "export/record_file.hpp"
#include "export/tables.hpp"
#include "export/zone_rules.hpp"

namespace kring::record {

struct ProgrammeRoomRecord {
  core::ProgrammeRoom entry;
  std::optional<DecisionRecord> record;  // nullopt: the room is gone
  // A board meeting's dilemmas: the job family each came from (own ones: "").
  std::vector<std::string> job_family_of_dilemma;
};

struct ProgrammeRecord {
  std::string title;
  core::TimeMs generated_local_ms = 0;
  std::string time_zone = "UTC";
  std::string strategy;
  std::vector<ProgrammeRoomRecord> rooms;  // in the order they joined
  std::vector<core::ReleasedDecision> released;
};

// A room of the programme and its state as copied (null: gone or unreadable).
using ProgrammeRoomState = std::pair<core::ProgrammeRoom, std::shared_ptr<const core::RoomState>>;

ProgrammeRecord build_programme_record(const core::RoomState& programme,
                                       const std::vector<ProgrammeRoomState>& rooms,
                                       core::TimeMs generated_at_ms, const ZoneRules& zone = {});
std::vector<Block> lay_out_programme(const ProgrammeRecord& record);
std::vector<Table> programme_tables(const ProgrammeRecord& record);
RecordFile render_programme_file(const ProgrammeRecord& record, Format format);

}  // namespace kring::record
