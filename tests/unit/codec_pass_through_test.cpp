// Events every role sees as stored (the ev:: alternatives of core::view::Body) go
// on the wire field for field: each scalar row of their schema_of() arrives in
// the kring.v1 message under the same number with the value written. A field
// added to such an event but not to encode_event.cpp or the wire schema fails
// here.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/views.hpp"
#include "enums/proto_enums.hpp"
#include "kring/v1/envelope.pb.h"
#include "protocol/codec.hpp"
#include "support/schema_samples.hpp"

namespace kring::protocol {
namespace codec_pass_through_test {
namespace {

namespace gp = google::protobuf;
using kring::test::is_vector;
using kring::test::sample;

// The RoomEvent payload message named like T's stored message.
const gp::Message* payload_named(const v1::RoomEvent& event, std::string_view name) {
  const gp::Reflection& r = *event.GetReflection();
  std::vector<const gp::FieldDescriptor*> set;
  r.ListFields(event, &set);
  for (const gp::FieldDescriptor* field : set) {
    if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE &&
        field->message_type()->name() == name) {
      return &r.GetMessage(event, field);
    }
  }
  return nullptr;
}

template <class Value>
void expect_scalar(const gp::Message& wire, const gp::FieldDescriptor* f, int index,
                   const Value& value) {
  const gp::Reflection& r = *wire.GetReflection();
  const bool repeated = f->is_repeated();
  if constexpr (std::is_same_v<Value, bool>) {
    EXPECT_EQ(repeated ? r.GetRepeatedBool(wire, f, index) : r.GetBool(wire, f), value);
  } else if constexpr (std::is_enum_v<Value>) {
    EXPECT_EQ(repeated ? r.GetRepeatedEnumValue(wire, f, index) : r.GetEnumValue(wire, f),
              static_cast<int>(enums::to_proto(value)));
  } else if constexpr (std::is_integral_v<Value>) {
    std::int64_t got = 0;
    switch (f->cpp_type()) {
      case gp::FieldDescriptor::CPPTYPE_UINT64:
        got = static_cast<std::int64_t>(repeated ? r.GetRepeatedUInt64(wire, f, index)
                                                 : r.GetUInt64(wire, f));
        break;
      case gp::FieldDescriptor::CPPTYPE_UINT32:
        got = repeated ? r.GetRepeatedUInt32(wire, f, index) : r.GetUInt32(wire, f);
        break;
      case gp::FieldDescriptor::CPPTYPE_INT64:
        got = repeated ? r.GetRepeatedInt64(wire, f, index) : r.GetInt64(wire, f);
        break;
      case gp::FieldDescriptor::CPPTYPE_INT32:
        got = repeated ? r.GetRepeatedInt32(wire, f, index) : r.GetInt32(wire, f);
        break;
      default:
        ADD_FAILURE() << f->full_name() << " is not a number";
    }
    EXPECT_EQ(got, static_cast<std::int64_t>(value)) << f->full_name();
  } else if constexpr (std::is_same_v<Value, std::string>) {
    EXPECT_EQ(repeated ? r.GetRepeatedString(wire, f, index) : r.GetString(wire, f), value)
        << f->full_name();
  } else {
    // A nested entity: its own wire shape is the views' business; it must arrive.
    if (!repeated) {
      EXPECT_TRUE(r.HasField(wire, f)) << f->full_name();
    }
  }
}

template <class Struct, class Type>
void expect_row(const gp::Message& wire, const core::Row<Struct, Type>& row, const Struct& sent) {
  const gp::FieldDescriptor* f = wire.GetDescriptor()->FindFieldByNumber(row.number);
  ASSERT_NE(f, nullptr) << wire.GetDescriptor()->full_name() << " lacks field " << row.number;
  const Type& value = sent.*row.member;
  if constexpr (is_vector<Type>::value) {
    ASSERT_TRUE(f->is_repeated()) << f->full_name();
    ASSERT_EQ(wire.GetReflection()->FieldSize(wire, f), static_cast<int>(value.size()))
        << f->full_name();
    for (std::size_t i = 0; i < value.size(); ++i) {
      expect_scalar(wire, f, static_cast<int>(i), value[i]);
    }
  } else {
    expect_scalar(wire, f, 0, value);
  }
}

template <class T>
void expect_passes_through() {
  if constexpr (std::is_constructible_v<core::view::Body, T>) {
    const T sent = sample<T>(11);
    const std::string bytes = encode_event(core::ClientEvent{3, 4, 5, core::view::Body{sent}});
    v1::ServerBatch batch;
    ASSERT_TRUE(batch.ParseFromString(bytes));
    ASSERT_EQ(batch.messages_size(), 1);
    const auto schema = schema_of(static_cast<const T*>(nullptr));
    const gp::Message* wire = payload_named(batch.messages(0).event(), schema.name);
    ASSERT_NE(wire, nullptr) << schema.name << " has no RoomEvent payload of its name";
    std::apply([&](const auto&... rows) { (expect_row(*wire, rows, sent), ...); }, schema.rows);
  }
}

template <std::size_t... I>
int every_pass_through(std::index_sequence<I...>) {
  int count = 0;
  auto one = [&count](auto index) {
    using T = std::variant_alternative_t<decltype(index)::value, core::ev::Body>;
    if constexpr (std::is_constructible_v<core::view::Body, T>) {
      SCOPED_TRACE(std::string(schema_of(static_cast<const T*>(nullptr)).name));
      expect_passes_through<T>();
      ++count;
    }
  };
  (one(std::integral_constant<std::size_t, I>{}), ...);
  return count;
}

TEST(CodecPassThrough, EveryFieldOfAnEventEveryRoleSeesAsStoredReachesTheWire) {
  const int count =
      every_pass_through(std::make_index_sequence<std::variant_size_v<core::ev::Body>>{});
  // AgendaSet, TimerChanged, WritingChanged, NoteEdited, NoteRemoved, NoteMoved,
  // VoteClosed, StrategySet, DilemmaEdited, OutcomeRecorded, ProposalSubmitted,
  // ProposalDismissed, DecisionRecorded, ActionRemoved, RankingRevealed, MinGroupSizeSet,
  // FocusSet, ActivityPlaced, AutoRevealSet, and a programme's RoomAttached, FeedbackSet,
  // DecisionsReleased, NewsDelivered, ProgrammeRoomGone, NewsReceived, DilemmaImported.
  EXPECT_EQ(count, 26);
}

}  // namespace
}  // namespace codec_pass_through_test
}  // namespace kring::protocol
