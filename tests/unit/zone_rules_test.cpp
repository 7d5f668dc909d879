// A time zone's offsets from the system's TZif files (export/zone_rules.hpp):
// the record's times as the room's wall clock showed them.
#include "export/zone_rules.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace kring::record {
namespace zone_rules_test {
namespace {

std::string zone_file(const std::string& name) {
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// 2026-12-07 12:00 UTC and 2026-07-01 12:00 UTC, in ms.
constexpr core::TimeMs winter_noon = 1'796'644'800'000;
constexpr core::TimeMs summer_noon = 1'782'907'200'000;
constexpr core::TimeMs hour = 3'600'000;

TEST(ZoneRules, AmsterdamIsOneHourAheadInWinterAndTwoInSummer) {
  const std::string bytes = zone_file("Europe/Amsterdam");
  ASSERT_FALSE(bytes.empty()) << "tzdata is not installed";
  const auto rules = parse_tzif(bytes, "Europe/Amsterdam");
  ASSERT_TRUE(rules.has_value());
  EXPECT_EQ(rules->name, "Europe/Amsterdam");
  EXPECT_EQ(rules->local_ms(winter_noon), winter_noon + hour);
  EXPECT_EQ(rules->local_ms(summer_noon), summer_noon + 2 * hour);
  // The spring change of 2026: 29 March, 01:00 UTC.
  constexpr core::TimeMs spring_change = 1'774'746'000'000;
  EXPECT_EQ(rules->local_ms(spring_change - 1), spring_change - 1 + hour);
  EXPECT_EQ(rules->local_ms(spring_change), spring_change + 2 * hour);
}

TEST(ZoneRules, UtcAndTheDefaultRulesLeaveTimesAsTheyAre) {
  const auto utc = parse_tzif(zone_file("UTC"), "UTC");
  ASSERT_TRUE(utc.has_value());
  EXPECT_EQ(utc->local_ms(winter_noon), winter_noon);
  EXPECT_EQ(ZoneRules{}.local_ms(summer_noon), summer_noon);
  EXPECT_EQ(ZoneRules{}.name, "UTC");
}

TEST(ZoneRules, WestOfGreenwichIsBehind) {
  const auto rules = parse_tzif(zone_file("America/New_York"), "America/New_York");
  ASSERT_TRUE(rules.has_value());
  EXPECT_EQ(rules->local_ms(winter_noon), winter_noon - 5 * hour);
}

TEST(ZoneRules, MalformedOrTruncatedFilesAreRefused) {
  const std::string bytes = zone_file("Europe/Amsterdam");
  ASSERT_GT(bytes.size(), 100u);
  EXPECT_FALSE(parse_tzif("", "x").has_value());
  EXPECT_FALSE(parse_tzif("TZif2 not really a zone file at all", "x").has_value());
  std::string version_one = bytes;
  version_one[4] = '\0';
  EXPECT_FALSE(parse_tzif(version_one, "x").has_value());
  // Every cut inside the header and the 64-bit data block fails cleanly.
  const std::size_t footer = bytes.rfind('\n', bytes.size() - 2);
  for (std::size_t cut = 0; cut < footer; cut += 7) {
    EXPECT_FALSE(parse_tzif(std::string_view(bytes).substr(0, cut), "x").has_value()) << cut;
  }
}

}  // namespace
}  // namespace zone_rules_test
}  // namespace kring::record
