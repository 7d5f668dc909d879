#include "export/zip.hpp"

#include <array>
#include <cassert>
#include <limits>

#include "export/wording.hpp"

namespace kring::record {
namespace {

constexpr std::uint32_t local_header_signature = 0x04034b50;
constexpr std::uint32_t central_header_signature = 0x02014b50;
constexpr std::uint32_t end_of_central_signature = 0x06054b50;
constexpr std::uint16_t version_needed = 10;       // 1.0: stored entries
constexpr std::uint16_t version_made_by = 0x031E;  // Unix, 3.0
constexpr std::uint16_t utf8_names_flag = 1U << 11;
constexpr std::uint16_t method_stored = 0;

std::array<std::uint32_t, 256> crc_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < table.size(); ++i) {
    std::uint32_t c = i;
    for (int bit = 0; bit < 8; ++bit) c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}

void put16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFFU);
  out += static_cast<char>((value >> 8) & 0xFFU);
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xFFFFU);
  put16(out, value >> 16);
}

struct DosTime {
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};

// MS-DOS date and time fields from the record's own date and clock strings,
// so the calendar arithmetic lives in one place (wording).
DosTime dos_time(core::TimeMs ms) {
  const std::string day = words::date(ms);           // YYYY-MM-DD
  const std::string clock = words::time_of_day(ms);  // HH:MM
  const auto number = [](std::string_view digits) {
    std::uint32_t value = 0;
    for (const char c : digits) value = value * 10 + static_cast<std::uint32_t>(c - '0');
    return value;
  };
  const std::uint32_t year = day.size() == 10 ? number(day.substr(0, 4)) : 1980;
  if (year < 1980 || year > 2107) return {0, (1U << 5) | 1U};  // 1980-01-01
  const std::uint32_t date =
      ((year - 1980) << 9) | (number(day.substr(5, 2)) << 5) | number(day.substr(8, 2));
  const std::uint32_t time = (number(clock.substr(0, 2)) << 11) | (number(clock.substr(3, 2)) << 5);
  return {static_cast<std::uint16_t>(time), static_cast<std::uint16_t>(date)};
}

// The fields a local header and a central directory header share.
void put_common(std::string& out, const ZipEntry& entry, std::uint32_t crc, DosTime when) {
  put16(out, utf8_names_flag);
  put16(out, method_stored);
  put16(out, when.time);
  put16(out, when.date);
  put32(out, crc);
  put32(out, static_cast<std::uint32_t>(entry.content.size()));  // compressed
  put32(out, static_cast<std::uint32_t>(entry.content.size()));  // uncompressed
  put16(out, static_cast<std::uint32_t>(entry.name.size()));
  put16(out, 0);  // extra field length
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = crc_table();
  std::uint32_t c = 0xFFFFFFFFU;
  for (const char byte : bytes) {
    c = table[(c ^ static_cast<unsigned char>(byte)) & 0xFFU] ^ (c >> 8);
  }
  return c ^ 0xFFFFFFFFU;
}

std::string store_zip(const std::vector<ZipEntry>& entries, core::TimeMs modified_ms) {
  assert(entries.size() < std::numeric_limits<std::uint16_t>::max());
  const DosTime when = dos_time(modified_ms);
  std::string out;
  std::string central;
  for (const ZipEntry& entry : entries) {
    assert(entry.content.size() < std::numeric_limits<std::uint32_t>::max());
    const std::uint32_t crc = crc32(entry.content);
    const auto offset = static_cast<std::uint32_t>(out.size());
    put32(out, local_header_signature);
    put16(out, version_needed);
    put_common(out, entry, crc, when);
    out += entry.name;
    out += entry.content;

    put32(central, central_header_signature);
    put16(central, version_made_by);
    put16(central, version_needed);
    put_common(central, entry, crc, when);
    put16(central, 0);               // comment length
    put16(central, 0);               // disk number
    put16(central, 0);               // internal attributes
    put32(central, 0100644U << 16);  // external: a regular file, rw-r--r--
    put32(central, offset);
    central += entry.name;
  }
  const auto central_offset = static_cast<std::uint32_t>(out.size());
  out += central;
  put32(out, end_of_central_signature);
  put16(out, 0);  // this disk
  put16(out, 0);  // disk with the central directory
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put32(out, static_cast<std::uint32_t>(central.size()));
  put32(out, central_offset);
  put16(out, 0);  // comment length
  return out;
}

}  // namespace kring::record
