// schema_samples: a value of any stored struct (core/schema.hpp) with every
// field set from its schema_of() rows to something that is not its default,
// so a test that round-trips or encodes it covers a field the day it is added
// without being edited. Numbers count up from `seed`, strings name their
// field number, enums take their second value, vectors get three elements.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/schema.hpp"

namespace kring::test {

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

class SampleFiller {
 public:
  explicit SampleFiller(std::uint32_t seed = 1) : next_(seed) {}

  template <class T>
  void fill(T& value, int number) {
    if constexpr (std::is_same_v<T, bool>) {
      value = true;
    } else if constexpr (std::is_enum_v<T>) {
      value = static_cast<T>(1);
    } else if constexpr (std::is_integral_v<T>) {
      value = static_cast<T>(next_++ % 100 + 1);
    } else if constexpr (std::is_same_v<T, std::string>) {
      value = "field " + std::to_string(number) + " #" + std::to_string(next_++);
    } else if constexpr (is_vector<T>::value) {
      value.resize(3);
      for (auto& element : value) fill(element, number);
    } else {
      static_assert(core::Stored<T>, "a member type the sample filler does not know");
      const auto schema = schema_of(static_cast<const T*>(nullptr));
      std::apply([&](const auto&... rows) { (fill(value.*rows.member, rows.number), ...); },
                 schema.rows);
    }
  }

 private:
  std::uint32_t next_;
};

template <core::Stored T>
T sample(std::uint32_t seed = 1) {
  T value{};
  SampleFiller(seed).fill(value, 0);
  return value;
}

}  // namespace kring::test
