#include "support/random_bytes.hpp"

#include <random>

namespace kring::test {
namespace {

// One engine per thread: the load generator calls these from several threads.
std::mt19937_64& generator() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return engine;
}

}  // namespace

std::string random_bytes(std::size_t count) {
  std::uniform_int_distribution<int> byte(0, 255);
  std::string out(count, '\0');
  for (char& c : out) c = static_cast<char>(byte(generator()));
  return out;
}

std::string random_hex(std::size_t count) {
  static constexpr char digits[] = "0123456789abcdef";
  std::uniform_int_distribution<int> digit(0, 15);
  std::string out(count, '0');
  for (char& c : out) c = digits[digit(generator())];
  return out;
}

}  // namespace kring::test
