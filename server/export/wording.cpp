#include "export/wording.hpp"

#include <array>
#include <utility>

namespace kring::record::words {
namespace {

// The keys of zone and option labels the core makes (board_layout, decide_method,
// decide_bundle), in the web client's Dutch.
constexpr std::array<std::pair<std::string_view, std::string_view>, 13> known_labels{{
    {"unsorted", "Nog niet ingedeeld"},
    {"changeable", "Veranderbaar"},
    {"partly_changeable", "Deels veranderbaar"},
    {"unchangeable", "Niet veranderbaar"},
    {"scenario_1", "Scenario 1"},
    {"scenario_2", "Scenario 2"},
    {"scenario_3", "Scenario 3"},
    {"prompt_my_work", "Wat betekent dit scenario voor jouw werk?"},
    {"prompt_opportunities", "Waar zie jij de grootste kansen?"},
    {"prompt_hard", "Wat zou spannend of lastig kunnen worden?"},
    {"approve", "Goedkeuren"},
    {"reject", "Afwijzen"},
    {"abstain", "Onthouden"},
}};

std::string two_digits(std::int64_t value) {
  return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
// civil_from_days), so no time zone database or C library clock is involved.
struct CivilDate {
  std::int64_t year = 1970;
  std::int64_t month = 1;
  std::int64_t day = 1;
};
CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr std::int64_t ms_per_day = 86'400'000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

}  // namespace

std::string label(std::string_view key) {
  for (const auto& [known, dutch] : known_labels) {
    if (known == key) return std::string(dutch);
  }
  return std::string(key);
}

std::string_view board_kind(core::BoardKind kind) {
  switch (kind) {
    case core::BoardKind::columns:
      return "Kolommen";
    case core::BoardKind::circles:
      return "Cirkel van invloed";
    case core::BoardKind::matrix:
      return "Matrix";
  }
  return "";
}

std::string_view audience(core::VoteAudience audience) {
  return audience == core::VoteAudience::board ? "Bestuur" : "Groep";
}

std::string_view ballot(core::BallotMode mode) {
  return mode == core::BallotMode::secret ? "Geheime stemming" : "Open kaarten";
}

std::string_view vote_status(core::VoteStatus status) {
  switch (status) {
    case core::VoteStatus::open:
      return "Open";
    case core::VoteStatus::closed:
      return "Gesloten, niet onthuld";
    case core::VoteStatus::revealed:
      return "Onthuld";
  }
  return "";
}

std::string_view item_kind(core::BundleItemKind kind) {
  return kind == core::BundleItemKind::approval ? "Ter goedkeuring" : "Ter keuze";
}

std::string_view term(core::ActionTerm term) {
  return term == core::ActionTerm::long_term ? "Lange termijn" : "Korte termijn";
}

std::string outcome(core::DilemmaOutcome outcome, std::uint32_t chosen_scenario) {
  switch (outcome) {
    case core::DilemmaOutcome::open:
      return "Nog open";
    case core::DilemmaOutcome::consensus:
      return "Consensus: scenario " + std::to_string(chosen_scenario);
    case core::DilemmaOutcome::no_consensus:
      return "Geen consensus";
  }
  return "";
}

std::string released(const core::ReleasedDecision& decision, std::string_view scenario_text) {
  const std::string scenario =
      "scenario " + std::to_string(decision.scenario) +
      (scenario_text.empty() ? std::string() : " (" + std::string(scenario_text) + ")");
  if (decision.kind == core::BundleItemKind::choice) return "Gekozen: " + scenario;
  return decision.scenario == 0 ? "Niet akkoord met de consensus"
                                : "Akkoord met de consensus: " + scenario;
}

std::string_view follows(std::optional<bool> follows_strategy) {
  if (!follows_strategy) return "";
  return *follows_strategy ? "Volgt de strategie" : "Wijkt af van de strategie";
}

std::string minutes(std::int64_t seconds) {
  const bool negative = seconds < 0;
  const std::int64_t magnitude = negative ? -seconds : seconds;
  return (negative ? "-" : "") + std::to_string(magnitude / 60) + ":" + two_digits(magnitude % 60);
}

std::string tenths(std::uint32_t value) {
  return std::to_string(value / 10) + "," + std::to_string(value % 10);
}

std::string date(core::TimeMs ms) {
  const CivilDate civil = civil_from_days(floor_div(ms, ms_per_day));
  return std::to_string(civil.year) + "-" + two_digits(civil.month) + "-" + two_digits(civil.day);
}

CivilTime civil_time(core::TimeMs ms) {
  const std::int64_t days = floor_div(ms, ms_per_day);
  const CivilDate civil = civil_from_days(days);
  const std::int64_t second_of_day = (ms - days * ms_per_day) / 1000;
  return {civil.year,        civil.month, civil.day, second_of_day / 3600, second_of_day / 60 % 60,
          second_of_day % 60};
}

std::string time_of_day(core::TimeMs ms) {
  const std::int64_t in_day = ms - floor_div(ms, ms_per_day) * ms_per_day;
  const std::int64_t minute_of_day = in_day / 60'000;
  return two_digits(minute_of_day / 60) + ":" + two_digits(minute_of_day % 60);
}

}  // namespace kring::record::words
