// The rules asked outside decide(): who may claim notes and delete a room,
// which roles are members, and how a title and a display name are taken.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/limits.hpp"

namespace kring::core::testing {
namespace core_access_test {
namespace {

struct RoleRow {
  Role role;
  bool member;
  bool claims_notes;
  bool deletes_room;
};

TEST(Access, EveryRoleByTable) {
  const std::vector<RoleRow> rows = {
      {Role::facilitator, false, true, true},
      {Role::participant, true, true, false},
      {Role::board_member, true, false, false},
      {Role::projector, false, false, false},
  };
  for (const RoleRow& row : rows) {
    SCOPED_TRACE(static_cast<int>(row.role));
    EXPECT_EQ(is_member_role(row.role), row.member);
    EXPECT_EQ(!may_claim_notes(row.role).has_value(), row.claims_notes);
    EXPECT_EQ(!may_delete_room(row.role).has_value(), row.deletes_room);
    if (const auto refused = may_claim_notes(row.role)) {
      EXPECT_EQ(refused->code, ErrorCode::forbidden);
    }
    if (const auto refused = may_delete_room(row.role)) {
      EXPECT_EQ(refused->code, ErrorCode::forbidden);
    }
  }
}

TEST(Access, RoomTitles) {
  struct Row {
    std::string title;
    bool accepted;
  };
  const std::vector<Row> rows = {
      {"Kleine keuzes", true},
      {std::string(limits::max_title_bytes, 't'), true},
      {std::string(limits::max_title_bytes + 1, 't'), false},
      {"", false},
      {"   \t", false},
      {std::string("bad \xff utf-8"), false},
  };
  for (const Row& row : rows) {
    const auto refused = check_room_title(row.title);
    EXPECT_EQ(!refused.has_value(), row.accepted) << row.title.size() << " bytes";
    if (refused) {
      EXPECT_EQ(refused->code, ErrorCode::invalid_argument);
    }
  }
}

TEST(Access, TimeZonesAreIanaNamesOrEmpty) {
  for (const std::string& zone :
       std::vector<std::string>{"", "Europe/Amsterdam", "America/Argentina/Buenos_Aires", "UTC",
                                "Etc/GMT+2", std::string(64, 'z')}) {
    EXPECT_FALSE(check_time_zone(zone).has_value()) << zone;
  }
  for (const std::string& zone : std::vector<std::string>{
           "../../etc/passwd", "/etc/localtime", "Europe/", "Europe//Amsterdam", "Europe/./x",
           "Europe/Amsterdam\n", "Europe Amsterdam", "Europe\\Amsterdam", std::string(65, 'z'),
           std::string("Europe/\0x", 9)}) {
    const auto refused = check_time_zone(zone);
    ASSERT_TRUE(refused.has_value()) << zone;
    EXPECT_EQ(refused->code, ErrorCode::invalid_argument);
  }
}

TEST(Access, DisplayNamesAreTrimmedAndCutOnACharacterBoundary) {
  const std::size_t bound = limits::max_display_name_bytes;
  // "é" is two bytes: a cut at the bound would split the one that straddles it.
  const std::string straddling = std::string(bound - 1, 'a') + "\xc3\xa9";
  struct Row {
    std::string typed;
    std::string stored;
  };
  const std::vector<Row> rows = {
      {"Ans", "Ans"},
      {"  Ans van Dijk \n", "Ans van Dijk"},
      {"", ""},
      {" \t ", ""},
      {std::string(bound, 'n'), std::string(bound, 'n')},
      {std::string(bound + 5, 'n'), std::string(bound, 'n')},
      {straddling, std::string(bound - 1, 'a')},
      {std::string(bound - 1, 'a') + " x", std::string(bound - 1, 'a')},
      {"bad \xff", "bad \xff"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(clean_display_name(row.typed), row.stored) << row.typed.size() << " bytes";
  }
}

}  // namespace
}  // namespace core_access_test
}  // namespace kring::core::testing
