#include "log/redis/bus_entities.hpp"

namespace kring::log::redis::bus {

bool check_stored(const core::Dilemma& dilemma) {
  return dilemma.scenarios.size() == core::scenarios_per_dilemma;
}

core::SecretHash scorer_tag_of(const std::string& tag, core::MemberId legacy_member_id) {
  if (!tag.empty() || legacy_member_id == 0) return tag;
  return "legacy-member-" + std::to_string(legacy_member_id);
}

}  // namespace kring::log::redis::bus
