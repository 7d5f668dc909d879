// zip: a minimal ZIP archive writer (PKWARE APPNOTE 6.3): entries stored
// without compression, CRC-32 per entry, UTF-8 names, no ZIP64 (so every
// entry and the archive stay below 4 GiB and 65535 entries, far above what a
// decision record holds).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"

namespace kring::record {

struct ZipEntry {
  std::string name;
  std::string content;
};

// The archive of `entries`, each dated `modified_ms` (UTC, to the MS-DOS
// two-second resolution).
std::string store_zip(const std::vector<ZipEntry>& entries, core::TimeMs modified_ms);

// CRC-32 (IEEE 802.3, reflected, as ZIP and gzip use it).
std::uint32_t crc32(std::string_view bytes);

}  // namespace kring::record
