// The stored-event codec walks each struct's schema_of() rows: every row is a
// field of its stored message with a matching type and every stored field has
// a row, and every event read back equals the event written with every field
// set. A field added to a struct, its row or its .proto line alone fails here.
#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/events.hpp"
#include "kring/bus/v1/events.pb.h"
#include "log/redis/bus_codec.hpp"
#include "support/schema_samples.hpp"

namespace kring::log::redis {
namespace schema_codec_test {
namespace {

namespace gp = google::protobuf;
using kring::test::is_vector;
using kring::test::sample;

// Stored fields no row reads on purpose: kept only for records of earlier versions.
const std::set<std::string> legacy_fields = {"kring.bus.v1.ActionScored.legacy_member_id"};

template <class T>
struct Element {
  using type = T;
};
template <class T>
struct Element<std::vector<T>> {
  using type = T;
};

class SchemaChecker {
 public:
  template <core::Stored T>
  void check() {
    const auto schema = schema_of(static_cast<const T*>(nullptr));
    const std::string name = "kring.bus.v1." + std::string(schema.name);
    if (!checked_.insert(name).second) return;
    const gp::Descriptor* message =
        gp::DescriptorPool::generated_pool()->FindMessageTypeByName(name);
    ASSERT_NE(message, nullptr) << name << " is not in proto/kring/bus/v1";
    std::set<int> numbers;
    std::apply([&](const auto&... rows) { (check_row(message, rows, numbers), ...); }, schema.rows);
    for (int i = 0; i < message->field_count(); ++i) {
      const gp::FieldDescriptor* field = message->field(i);
      if (legacy_fields.contains(field->full_name())) continue;
      EXPECT_TRUE(numbers.contains(field->number()))
          << field->full_name() << " has no row in schema_of(" << schema.name << ")";
    }
  }

  std::size_t checked() const { return checked_.size(); }

 private:
  template <class Struct, class Type>
  void check_row(const gp::Descriptor* message, const core::Row<Struct, Type>& row,
                 std::set<int>& numbers) {
    using Value = typename Element<Type>::type;
    const gp::FieldDescriptor* field = message->FindFieldByNumber(row.number);
    ASSERT_NE(field, nullptr) << message->full_name() << " has no field " << row.number;
    EXPECT_TRUE(numbers.insert(row.number).second) << "two rows on " << field->full_name();
    EXPECT_EQ(field->is_repeated(), is_vector<Type>::value) << field->full_name();
    using CppType = gp::FieldDescriptor::CppType;
    const CppType type = field->cpp_type();
    if constexpr (std::is_same_v<Value, bool>) {
      EXPECT_EQ(type, gp::FieldDescriptor::CPPTYPE_BOOL) << field->full_name();
    } else if constexpr (std::is_enum_v<Value>) {
      EXPECT_EQ(type, gp::FieldDescriptor::CPPTYPE_ENUM) << field->full_name();
    } else if constexpr (std::is_integral_v<Value>) {
      const bool wide = sizeof(Value) == 8;
      const bool is_signed = std::is_signed_v<Value>;
      const CppType expected =
          is_signed
              ? (wide ? gp::FieldDescriptor::CPPTYPE_INT64 : gp::FieldDescriptor::CPPTYPE_INT32)
              : (wide ? gp::FieldDescriptor::CPPTYPE_UINT64 : gp::FieldDescriptor::CPPTYPE_UINT32);
      EXPECT_EQ(type, expected) << field->full_name() << " does not hold its member's numbers";
    } else if constexpr (std::is_same_v<Value, std::string>) {
      EXPECT_EQ(type, gp::FieldDescriptor::CPPTYPE_STRING) << field->full_name();
    } else {
      ASSERT_EQ(type, gp::FieldDescriptor::CPPTYPE_MESSAGE) << field->full_name();
      EXPECT_EQ(field->message_type()->name(),
                std::string(schema_of(static_cast<const Value*>(nullptr)).name))
          << field->full_name();
      check<Value>();
    }
  }

  std::set<std::string> checked_;
};

template <std::size_t... I>
void check_every_event(SchemaChecker& checker, std::index_sequence<I...>) {
  (checker.check<std::variant_alternative_t<I, core::ev::Body>>(), ...);
}

TEST(SchemaCodec, EveryRowIsAStoredFieldAndEveryStoredFieldHasARow) {
  SchemaChecker checker;
  check_every_event(checker, std::make_index_sequence<std::variant_size_v<core::ev::Body>>{});
  // Every event and every entity they carry.
  EXPECT_GE(checker.checked(), std::variant_size_v<core::ev::Body> + 12);
}

// What reading back may change on purpose (see bus_codec.cpp, after_read).
template <class T>
T as_read_back(T written) {
  if constexpr (std::is_same_v<T, core::ev::BallotCast>) {
    if (!written.ballot_tag.empty()) written.voter = 0;
  }
  return written;
}

template <std::size_t... I>
void round_trip_every_event(std::index_sequence<I...>) {
  auto one = [](auto index) {
    using T = std::variant_alternative_t<decltype(index)::value, core::ev::Body>;
    const T written = sample<T>(static_cast<std::uint32_t>(decltype(index)::value * 37 + 1));
    const core::Event event{7, 1'700'000'000'000, "key", written};
    const auto decoded = decode_stored_event(7, encode_stored_event(event));
    ASSERT_TRUE(decoded.has_value()) << "alternative " << decltype(index)::value;
    const T* read = std::get_if<T>(&decoded->body);
    ASSERT_NE(read, nullptr) << "alternative " << decltype(index)::value;
    EXPECT_EQ(*read, as_read_back(written)) << "alternative " << decltype(index)::value;
  };
  (one(std::integral_constant<std::size_t, I>{}), ...);
}

TEST(SchemaCodec, EveryEventWithEveryFieldSetRoundTrips) {
  round_trip_every_event(std::make_index_sequence<std::variant_size_v<core::ev::Body>>{});
}

TEST(SchemaCodec, AnUnknownEnumValueOrNoBodyIsRefused) {
  kring::bus::v1::StoredEvent stored;
  stored.mutable_note_moved()->set_note_id(5);
  stored.mutable_note_moved()->set_zone_id(7);
  ASSERT_TRUE(decode_stored_event(1, stored.SerializeAsString()).has_value());
  kring::bus::v1::StoredEvent enum_out_of_range;
  enum_out_of_range.mutable_outcome_recorded()->set_outcome(
      static_cast<kring::v1::DilemmaOutcome>(77));
  EXPECT_FALSE(decode_stored_event(1, enum_out_of_range.SerializeAsString()).has_value());
  kring::bus::v1::StoredEvent unset;
  EXPECT_FALSE(decode_stored_event(1, unset.SerializeAsString()).has_value());
}

}  // namespace
}  // namespace schema_codec_test
}  // namespace kring::log::redis
