// The one mapping between core enums and schema enums (enums/proto_enums.hpp),
// used by the wire codec and the stored-event codec alike: every core value
// maps to its own schema value and back, every schema value but _UNSPECIFIED
// is some core value's, and unknown numbers are refused.
#include "enums/proto_enums.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/generated_enum_reflection.h>
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

namespace kring::enums {
namespace proto_enums_test {
namespace {

// Core enums number their values 0, 1, 2, ... (none is given a number), so the
// values are the integers up to the first one the exhaustive switch does not
// know, which it maps to _UNSPECIFIED (0).
template <typename Core>
int core_value_count() {
  int count = 0;
  while (static_cast<int>(to_proto(static_cast<Core>(count))) != 0) ++count;
  return count;
}

template <typename Core, typename Proto, typename FromProto>
void expect_one_to_one(FromProto from_proto) {
  const google::protobuf::EnumDescriptor* schema = google::protobuf::GetEnumDescriptor<Proto>();
  SCOPED_TRACE(schema->full_name());
  const int count = core_value_count<Core>();
  EXPECT_EQ(count, schema->value_count() - 1) << "every schema value but _UNSPECIFIED is mapped";
  std::set<int> seen;
  for (int i = 0; i < count; ++i) {
    const auto core = static_cast<Core>(i);
    const int number = static_cast<int>(to_proto(core));
    EXPECT_NE(schema->FindValueByNumber(number), nullptr) << number;
    EXPECT_TRUE(seen.insert(number).second) << "two core values on " << number;
    EXPECT_EQ(from_proto(number), std::optional<Core>(core)) << number;
  }
  EXPECT_EQ(from_proto(0), std::nullopt) << "_UNSPECIFIED is no value";
  int unknown = 1;
  while (schema->FindValueByNumber(unknown) != nullptr) ++unknown;
  EXPECT_EQ(from_proto(unknown), std::nullopt) << "a number from a newer version";
  EXPECT_EQ(from_proto(-1), std::nullopt);
}

TEST(ProtoEnums, EveryValueMapsOneToOneAndBack) {
  expect_one_to_one<core::Role, v1::Role>(role_from_proto);
  expect_one_to_one<core::BoardKind, v1::BoardKind>(board_kind_from_proto);
  expect_one_to_one<core::WritingMode, v1::WritingMode>(writing_mode_from_proto);
  expect_one_to_one<core::VoteAudience, v1::VoteAudience>(vote_audience_from_proto);
  expect_one_to_one<core::BallotMode, v1::BallotMode>(ballot_mode_from_proto);
  expect_one_to_one<core::VoteStatus, v1::VoteStatus>(vote_status_from_proto);
  expect_one_to_one<core::DilemmaOutcome, v1::DilemmaOutcome>(dilemma_outcome_from_proto);
  expect_one_to_one<core::ProposalStatus, v1::ProposalStatus>(proposal_status_from_proto);
  expect_one_to_one<core::BundleItemKind, v1::BundleItemKind>(bundle_item_kind_from_proto);
  expect_one_to_one<core::ActionTerm, v1::ActionTerm>(action_term_from_proto);
}

// FocusKind's `none` is a value (no focus yet) and sits on _UNSPECIFIED, so
// its values are counted up to the last one: conclusion.
TEST(ProtoEnums, EveryFocusKindMapsOneToOneAndBackNoneIncluded) {
  const auto* schema = google::protobuf::GetEnumDescriptor<v1::FocusKind>();
  const int count = static_cast<int>(core::FocusKind::conclusion) + 1;
  EXPECT_EQ(count, schema->value_count());
  std::set<int> seen;
  for (int i = 0; i < count; ++i) {
    const auto core = static_cast<core::FocusKind>(i);
    const int number = static_cast<int>(to_proto(core));
    EXPECT_NE(schema->FindValueByNumber(number), nullptr) << number;
    EXPECT_TRUE(seen.insert(number).second) << "two core values on " << number;
    EXPECT_EQ(focus_kind_from_proto(number), std::optional<core::FocusKind>(core)) << number;
  }
  EXPECT_EQ(to_proto(core::FocusKind::none), v1::FOCUS_KIND_UNSPECIFIED);
  EXPECT_EQ(focus_kind_from_proto(schema->value_count()), std::nullopt);
  EXPECT_EQ(focus_kind_from_proto(-1), std::nullopt);
}

// RoomKind's unspecified value is read as a workshop (rooms made before
// programmes), and a workshop is written as ROOM_KIND_WORKSHOP.
TEST(ProtoEnums, EveryRoomKindMapsBackAndUnspecifiedIsAWorkshop) {
  for (const core::RoomKind kind : {core::RoomKind::workshop, core::RoomKind::programme}) {
    EXPECT_NE(to_proto(kind), v1::ROOM_KIND_UNSPECIFIED);
    EXPECT_EQ(room_kind_from_proto(to_proto(kind)), std::optional<core::RoomKind>(kind));
  }
  EXPECT_NE(to_proto(core::RoomKind::workshop), to_proto(core::RoomKind::programme));
  EXPECT_EQ(room_kind_from_proto(v1::ROOM_KIND_UNSPECIFIED),
            std::optional<core::RoomKind>(core::RoomKind::workshop));
  EXPECT_EQ(room_kind_from_proto(99), std::nullopt);
}

TEST(ProtoEnums, EveryRoomStatusHasItsOwnWireValue) {
  std::set<int> seen;
  for (const core::RoomStatus status : {core::RoomStatus::planned, core::RoomStatus::running,
                                        core::RoomStatus::done, core::RoomStatus::gone}) {
    const int number = static_cast<int>(to_proto(status));
    EXPECT_NE(number, v1::ROOM_STATUS_UNSPECIFIED);
    EXPECT_TRUE(seen.insert(number).second) << number;
  }
  EXPECT_EQ(seen.size() + 1,
            static_cast<std::size_t>(
                google::protobuf::GetEnumDescriptor<v1::RoomStatus>()->value_count()));
}

TEST(ProtoEnums, EveryErrorCodeHasItsOwnWireValue) {
  const auto* schema = google::protobuf::GetEnumDescriptor<v1::ErrorCode>();
  const int count = core_value_count<core::ErrorCode>();
  EXPECT_EQ(count, schema->value_count() - 1);
  std::set<int> seen;
  for (int i = 0; i < count; ++i) {
    const int number = static_cast<int>(to_proto(static_cast<core::ErrorCode>(i)));
    EXPECT_NE(schema->FindValueByNumber(number), nullptr);
    EXPECT_TRUE(seen.insert(number).second);
  }
}

}  // namespace
}  // namespace proto_enums_test
}  // namespace kring::enums
