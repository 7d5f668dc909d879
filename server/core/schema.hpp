// schema: a stored struct's fields with their numbers in the stored schema
// (proto/kring/bus/v1), listed once, next to the struct, as
//
//   constexpr auto schema_of(const NoteEdited*) {
//     return schema("NoteEdited", row(1, &NoteEdited::note_id), row(2, &NoteEdited::text));
//   }
//
// The stored-event codec (log/redis/schema_codec.hpp) walks these lists
// instead of naming fields, so a new field of a stored struct is one member
// and one row here, plus its line in the .proto. Pure data: std only.
#pragma once

#include <string_view>
#include <tuple>

namespace kring::core {

template <class Struct, class Type>
struct Row {
  int number;  // the field's number in the stored message
  Type Struct::*member;
};

template <class Struct, class... Types>
struct Schema {
  std::string_view name;  // the stored message's name
  std::tuple<Row<Struct, Types>...> rows;
};

template <class Struct, class Type>
constexpr Row<Struct, Type> row(int number, Type Struct::*member) {
  return {number, member};
}

template <class Struct, class... Types>
constexpr Schema<Struct, Types...> schema(std::string_view name, Row<Struct, Types>... rows) {
  return {name, {rows...}};
}

// A struct with a schema_of() next to it (found by argument-dependent lookup).
template <class T>
concept Stored = requires(const T* value) {
  schema_of(value);
};

}  // namespace kring::core
