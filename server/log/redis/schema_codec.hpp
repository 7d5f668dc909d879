// schema_codec: a stored struct <-> its kring.bus.v1 message, by walking the
// struct's schema_of() rows (core/schema.hpp) with protobuf reflection. One
// generic writer and reader serve every event and entity, so no field is
// named twice in C++. Internal to the redis log.
//
// Reading treats the message as untrusted: a value that does not fit its
// member (a number out of range, an enum value this build does not know) or
// that a check_stored() rule refuses makes read() false, and the caller drops
// the whole value.
#pragma once

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/model.hpp"
#include "core/schema.hpp"
#include "enums/proto_enums.hpp"

namespace kring::log::redis::bus {

namespace gp = google::protobuf;

// Core enum <- stored number, through the shared mapping.
inline std::optional<core::Role> enum_from(int v, core::Role*) { return enums::role_from_proto(v); }
inline std::optional<core::BoardKind> enum_from(int v, core::BoardKind*) {
  return enums::board_kind_from_proto(v);
}
inline std::optional<core::WritingMode> enum_from(int v, core::WritingMode*) {
  return enums::writing_mode_from_proto(v);
}
inline std::optional<core::VoteAudience> enum_from(int v, core::VoteAudience*) {
  return enums::vote_audience_from_proto(v);
}
inline std::optional<core::BallotMode> enum_from(int v, core::BallotMode*) {
  return enums::ballot_mode_from_proto(v);
}
inline std::optional<core::VoteStatus> enum_from(int v, core::VoteStatus*) {
  return enums::vote_status_from_proto(v);
}
inline std::optional<core::DilemmaOutcome> enum_from(int v, core::DilemmaOutcome*) {
  return enums::dilemma_outcome_from_proto(v);
}
inline std::optional<core::ProposalStatus> enum_from(int v, core::ProposalStatus*) {
  return enums::proposal_status_from_proto(v);
}
inline std::optional<core::BundleItemKind> enum_from(int v, core::BundleItemKind*) {
  return enums::bundle_item_kind_from_proto(v);
}
inline std::optional<core::RoomKind> enum_from(int v, core::RoomKind*) {
  return enums::room_kind_from_proto(v);
}
inline std::optional<core::FocusKind> enum_from(int v, core::FocusKind*) {
  return enums::focus_kind_from_proto(v);
}
inline std::optional<core::ActionTerm> enum_from(int v, core::ActionTerm*) {
  return enums::action_term_from_proto(v);
}

// Rules a stored value must keep beyond its fields' types; true by default.
// Overloads for the structs that have one live in schema_codec.cpp.
template <class T>
bool check_stored(const T&) {
  return true;
}
bool check_stored(const core::Dilemma& dilemma);

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

template <core::Stored T>
void write(const T& value, gp::Message& out);
template <core::Stored T>
bool read(const gp::Message& in, T& value);

namespace detail {

// One value into a singular field (`f` not repeated).
template <class T>
void write_one(const T& value, gp::Message& out, const gp::FieldDescriptor* f) {
  const gp::Reflection& r = *out.GetReflection();
  if constexpr (std::is_same_v<T, bool>) {
    r.SetBool(&out, f, value);
  } else if constexpr (std::is_enum_v<T>) {
    r.SetEnumValue(&out, f, static_cast<int>(enums::to_proto(value)));
  } else if constexpr (std::is_integral_v<T>) {
    switch (f->cpp_type()) {
      case gp::FieldDescriptor::CPPTYPE_UINT64:
        return r.SetUInt64(&out, f, static_cast<std::uint64_t>(value));
      case gp::FieldDescriptor::CPPTYPE_UINT32:
        return r.SetUInt32(&out, f, static_cast<std::uint32_t>(value));
      case gp::FieldDescriptor::CPPTYPE_INT64:
        return r.SetInt64(&out, f, static_cast<std::int64_t>(value));
      case gp::FieldDescriptor::CPPTYPE_INT32:
        return r.SetInt32(&out, f, static_cast<std::int32_t>(value));
      default:
        return;  // a schema/table mismatch: tests/redis/schema_codec_test.cpp fails on it
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    r.SetString(&out, f, value);
  } else {
    write(value, *r.MutableMessage(&out, f));
  }
}

template <class T>
void add_one(const T& value, gp::Message& out, const gp::FieldDescriptor* f) {
  const gp::Reflection& r = *out.GetReflection();
  if constexpr (std::is_enum_v<T>) {
    r.AddEnumValue(&out, f, static_cast<int>(enums::to_proto(value)));
  } else if constexpr (std::is_integral_v<T>) {
    switch (f->cpp_type()) {
      case gp::FieldDescriptor::CPPTYPE_UINT64:
        return r.AddUInt64(&out, f, static_cast<std::uint64_t>(value));
      case gp::FieldDescriptor::CPPTYPE_UINT32:
        return r.AddUInt32(&out, f, static_cast<std::uint32_t>(value));
      case gp::FieldDescriptor::CPPTYPE_INT64:
        return r.AddInt64(&out, f, static_cast<std::int64_t>(value));
      case gp::FieldDescriptor::CPPTYPE_INT32:
        return r.AddInt32(&out, f, static_cast<std::int32_t>(value));
      default:
        return;
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    r.AddString(&out, f, value);
  } else {
    write(value, *r.AddMessage(&out, f));
  }
}

// A stored integer into a member of type T: false when it does not fit.
template <class T, class Stored>
bool fit(Stored stored, T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    value = stored != 0;
    return true;
  } else {
    if (!std::in_range<T>(stored)) return false;
    value = static_cast<T>(stored);
    return true;
  }
}

template <class T>
bool read_one(const gp::Message& in, const gp::FieldDescriptor* f, int index, T& value) {
  const gp::Reflection& r = *in.GetReflection();
  const bool repeated = f->is_repeated();
  if constexpr (std::is_same_v<T, bool>) {
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_BOOL) return false;
    value = repeated ? r.GetRepeatedBool(in, f, index) : r.GetBool(in, f);
    return true;
  } else if constexpr (std::is_enum_v<T>) {
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_ENUM) return false;
    const int number = repeated ? r.GetRepeatedEnumValue(in, f, index) : r.GetEnumValue(in, f);
    const auto mapped = enum_from(number, static_cast<T*>(nullptr));
    if (!mapped) return false;
    value = *mapped;
    return true;
  } else if constexpr (std::is_integral_v<T>) {
    switch (f->cpp_type()) {
      case gp::FieldDescriptor::CPPTYPE_UINT64:
        return fit(repeated ? r.GetRepeatedUInt64(in, f, index) : r.GetUInt64(in, f), value);
      case gp::FieldDescriptor::CPPTYPE_UINT32:
        return fit(repeated ? r.GetRepeatedUInt32(in, f, index) : r.GetUInt32(in, f), value);
      case gp::FieldDescriptor::CPPTYPE_INT64:
        return fit(repeated ? r.GetRepeatedInt64(in, f, index) : r.GetInt64(in, f), value);
      case gp::FieldDescriptor::CPPTYPE_INT32:
        return fit(repeated ? r.GetRepeatedInt32(in, f, index) : r.GetInt32(in, f), value);
      default:
        return false;
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_STRING) return false;
    value = repeated ? r.GetRepeatedString(in, f, index) : r.GetString(in, f);
    return true;
  } else {
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) return false;
    return read(repeated ? r.GetRepeatedMessage(in, f, index) : r.GetMessage(in, f), value);
  }
}

template <class Struct, class Type>
void write_row(const Struct& value, const core::Row<Struct, Type>& row, gp::Message& out) {
  const gp::FieldDescriptor* f = out.GetDescriptor()->FindFieldByNumber(row.number);
  if (f == nullptr) return;  // a schema/table mismatch: the schema test fails on it
  const Type& member = value.*row.member;
  if constexpr (is_vector<Type>::value) {
    for (const auto& element : member) add_one(element, out, f);
  } else {
    write_one(member, out, f);
  }
}

template <class Struct, class Type>
bool read_row(const gp::Message& in, const core::Row<Struct, Type>& row, Struct& value) {
  const gp::FieldDescriptor* f = in.GetDescriptor()->FindFieldByNumber(row.number);
  if (f == nullptr) return false;
  Type& member = value.*row.member;
  if constexpr (is_vector<Type>::value) {
    if (!f->is_repeated()) return false;
    const int size = in.GetReflection()->FieldSize(in, f);
    member.clear();
    member.reserve(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
      if (!read_one(in, f, i, member.emplace_back())) return false;
    }
    return true;
  } else {
    if (f->is_repeated()) return false;
    return read_one(in, f, 0, member);
  }
}

}  // namespace detail

// Writes every row of `value` into `out`, a message of T's stored type.
template <core::Stored T>
void write(const T& value, gp::Message& out) {
  const auto schema = schema_of(static_cast<const T*>(nullptr));
  std::apply([&](const auto&... rows) { (detail::write_row(value, rows, out), ...); }, schema.rows);
}

// Fills `value` from `in`; false when a field does not fit (see above).
template <core::Stored T>
bool read(const gp::Message& in, T& value) {
  const auto schema = schema_of(static_cast<const T*>(nullptr));
  const bool all = std::apply(
      [&](const auto&... rows) { return (detail::read_row(in, rows, value) && ...); }, schema.rows);
  return all && check_stored(value);
}

}  // namespace kring::log::redis::bus
