#include "export/zone_rules.hpp"

#include <algorithm>

namespace kring::record {
namespace {

// Reads big-endian integers from a byte view, failing once it runs short.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  bool skip(std::size_t count) {
    if (count > bytes_.size()) return fail();
    bytes_.remove_prefix(count);
    return true;
  }
  std::optional<std::uint64_t> unsigned_of(std::size_t width) {
    if (width > bytes_.size()) {
      fail();
      return std::nullopt;
    }
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < width; ++i) {
      value = value << 8 | static_cast<unsigned char>(bytes_[i]);
    }
    bytes_.remove_prefix(width);
    return value;
  }
  std::string_view take(std::size_t count) {
    if (count > bytes_.size()) {
      fail();
      return {};
    }
    const std::string_view part = bytes_.substr(0, count);
    bytes_.remove_prefix(count);
    return part;
  }
  bool ok() const { return ok_; }

 private:
  bool fail() {
    ok_ = false;
    bytes_ = {};
    return false;
  }
  std::string_view bytes_;
  bool ok_ = true;
};

struct Counts {
  std::uint64_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

// "TZif", a version, 15 reserved bytes and the six counts.
std::optional<Counts> header(Reader& in) {
  if (in.take(4) != "TZif") return std::nullopt;
  in.skip(16);
  Counts c;
  for (std::uint64_t* field : {&c.isut, &c.isstd, &c.leap, &c.time, &c.type, &c.chars}) {
    const auto value = in.unsigned_of(4);
    if (!value) return std::nullopt;
    *field = *value;
  }
  // RFC 8536 3.1: typecnt is at least one; the counts of the indicators are
  // zero or typecnt. Bounds keep a hostile file from asking for gigabytes.
  if (c.type == 0 || c.type > 256 || c.time > 100'000 || c.chars > 10'000 || c.leap > 10'000 ||
      (c.isut != 0 && c.isut != c.type) || (c.isstd != 0 && c.isstd != c.type)) {
    return std::nullopt;
  }
  if (!in.ok()) return std::nullopt;
  return c;
}

std::size_t data_size(const Counts& c, std::size_t time_width) {
  return c.time * time_width + c.time + c.type * 6 + c.chars + c.leap * (time_width + 4) + c.isstd +
         c.isut;
}

}  // namespace

core::TimeMs ZoneRules::local_ms(core::TimeMs utc_ms) const {
  // The last transition at or before the instant (floor division: instants
  // before 1970 are negative).
  const std::int64_t seconds = utc_ms >= 0 ? utc_ms / 1000 : -((-utc_ms + 999) / 1000);
  const auto after = std::upper_bound(transitions.begin(), transitions.end(), seconds);
  const std::int32_t offset =
      after == transitions.begin()
          ? initial_offset
          : offsets[static_cast<std::size_t>(after - transitions.begin() - 1)];
  return utc_ms + core::TimeMs{offset} * 1000;
}

std::optional<ZoneRules> parse_tzif(std::string_view bytes, std::string_view name) {
  Reader in(bytes);
  const auto first = header(in);
  if (!first || bytes.size() < 5 || bytes[4] < '2') return std::nullopt;
  if (!in.skip(data_size(*first, 4))) return std::nullopt;
  const auto c = header(in);
  if (!c) return std::nullopt;

  ZoneRules rules;
  rules.name = std::string(name);
  std::vector<std::int64_t> times;
  for (std::uint64_t i = 0; i < c->time; ++i) {
    const auto value = in.unsigned_of(8);
    if (!value) return std::nullopt;
    times.push_back(static_cast<std::int64_t>(*value));
  }
  std::vector<std::uint8_t> type_of;
  for (std::uint64_t i = 0; i < c->time; ++i) {
    const auto value = in.unsigned_of(1);
    if (!value || *value >= c->type) return std::nullopt;
    type_of.push_back(static_cast<std::uint8_t>(*value));
  }
  std::vector<std::int32_t> type_offsets;
  for (std::uint64_t i = 0; i < c->type; ++i) {
    const auto offset = in.unsigned_of(4);
    in.skip(2);  // isdst, desigidx
    if (!offset) return std::nullopt;
    type_offsets.push_back(static_cast<std::int32_t>(static_cast<std::uint32_t>(*offset)));
  }
  // The rest of the block (abbreviations, leap seconds, indicators) is not
  // used, but a file that ends inside it is truncated.
  in.skip(c->chars + c->leap * 12 + c->isstd + c->isut);
  if (!in.ok() || !std::is_sorted(times.begin(), times.end())) return std::nullopt;
  // RFC 8536 3.2: local time before the first transition is type 0's.
  rules.initial_offset = type_offsets[0];
  rules.transitions = std::move(times);
  for (const std::uint8_t type : type_of) rules.offsets.push_back(type_offsets[type]);
  return rules;
}

}  // namespace kring::record
