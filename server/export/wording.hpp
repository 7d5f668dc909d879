// wording: the record's words. The record is written in Dutch, the language
// of the method's source texts and of the workshops it runs; headings follow
// the seeds' own wording ("Waar staan we vandaag?", "Veranderbaar", SMART).
// Keys the core stores for clients to translate (zone and option labels) are
// translated here the way the web client's Dutch strings do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::record::words {

// A zone or option label: a known key in Dutch, anything else (typed by the
// facilitator) unchanged.
std::string label(std::string_view key);

std::string_view board_kind(core::BoardKind kind);
std::string_view audience(core::VoteAudience audience);
std::string_view ballot(core::BallotMode mode);
std::string_view vote_status(core::VoteStatus status);
std::string_view item_kind(core::BundleItemKind kind);
std::string_view term(core::ActionTerm term);
// "Consensus: scenario 3" / "Geen consensus" / "Nog open".
std::string outcome(core::DilemmaOutcome outcome, std::uint32_t chosen_scenario);
std::string_view follows(std::optional<bool> follows_strategy);
// The board's decision as released to a workshop, in words ("Gekozen: scenario 2 (soms)");
// `scenario_text` (the scenario that holds, when known) in parentheses.
std::string released(const core::ReleasedDecision& decision, std::string_view scenario_text = {});

// Seconds as m:ss (or -m:ss); 3725 -> "62:05".
std::string minutes(std::int64_t seconds);
// Tenths as "3,7" (Dutch decimal comma).
std::string tenths(std::uint32_t value);
// A UTC calendar date and time of `ms` since the epoch: "2026-12-02" and "01:19".
std::string date(core::TimeMs ms);
std::string time_of_day(core::TimeMs ms);

// The same moment as calendar fields (proleptic Gregorian, no time zone:
// pass a wall-clock time to get that clock's fields).
struct CivilTime {
  std::int64_t year = 1970;
  std::int64_t month = 1;
  std::int64_t day = 1;
  std::int64_t hour = 0;
  std::int64_t minute = 0;
  std::int64_t second = 0;
};
CivilTime civil_time(core::TimeMs ms);

}  // namespace kring::record::words
