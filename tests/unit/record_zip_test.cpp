// The store-only zip writer, checked the way an unzip tool reads an archive:
// end-of-central-directory record, central directory entries, local headers,
// and each entry's CRC-32 recomputed from its stored bytes.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "export/record_file.hpp"
#include "export/zip.hpp"
#include "record_fixture.hpp"

namespace kring::record {
namespace record_zip_test {
namespace {

std::uint32_t u16(const std::string& zip, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(zip.at(at))) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(zip.at(at + 1))) << 8;
}

std::uint32_t u32(const std::string& zip, std::size_t at) {
  return u16(zip, at) | u16(zip, at + 2) << 16;
}

// Every entry of `zip` as read through its central directory; fails the test
// on any inconsistency between the directory, local headers and CRCs.
std::vector<ZipEntry> read_zip(const std::string& zip) {
  std::vector<ZipEntry> entries;
  EXPECT_GE(zip.size(), 22u);
  if (zip.size() < 22) return entries;
  const std::size_t end = zip.size() - 22;  // no archive comment
  EXPECT_EQ(u32(zip, end), 0x06054b50u);
  const std::uint32_t count = u16(zip, end + 10);
  EXPECT_EQ(u16(zip, end + 8), count);
  const std::uint32_t central_size = u32(zip, end + 12);
  std::size_t at = u32(zip, end + 16);
  EXPECT_EQ(at + central_size, end);
  for (std::uint32_t i = 0; i < count; ++i) {
    EXPECT_EQ(u32(zip, at), 0x02014b50u);
    EXPECT_EQ(u16(zip, at + 10), 0u) << "stored, no compression";
    const std::uint32_t crc = u32(zip, at + 16);
    const std::uint32_t size = u32(zip, at + 20);
    EXPECT_EQ(u32(zip, at + 24), size);
    const std::uint32_t name_length = u16(zip, at + 28);
    const std::uint32_t extra_length = u16(zip, at + 30);
    const std::uint32_t comment_length = u16(zip, at + 32);
    const std::uint32_t local = u32(zip, at + 42);
    const std::string name = zip.substr(at + 46, name_length);

    EXPECT_EQ(u32(zip, local), 0x04034b50u);
    EXPECT_EQ(u32(zip, local + 14), crc);
    EXPECT_EQ(u32(zip, local + 18), size);
    EXPECT_EQ(u16(zip, local + 26), name_length);
    EXPECT_EQ(zip.substr(local + 30, name_length), name);
    const std::size_t data = local + 30 + name_length + u16(zip, local + 28);
    std::string content = zip.substr(data, size);
    EXPECT_EQ(crc32(content), crc) << name;
    entries.push_back({name, std::move(content)});
    at += 46 + name_length + extra_length + comment_length;
  }
  return entries;
}

TEST(RecordZip, Crc32KnownValues) {
  EXPECT_EQ(crc32(""), 0u);
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

TEST(RecordZip, EmptyArchiveIsOnlyTheEndRecord) {
  const std::string zip = store_zip({}, 0);
  EXPECT_EQ(zip.size(), 22u);
  EXPECT_TRUE(read_zip(zip).empty());
}

TEST(RecordZip, EntriesReadBackWithTheirCrc) {
  const std::vector<ZipEntry> written{
      {"a.csv", "x,y\r\n1,2\r\n"}, {"leeg.csv", ""}, {"één.csv", std::string(70'000, 'z')}};
  const std::string zip = store_zip(written, 1'796'174'365'000);
  const std::vector<ZipEntry> read = read_zip(zip);
  ASSERT_EQ(read.size(), written.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].name, written[i].name);
    EXPECT_EQ(read[i].content, written[i].content);
  }
  // 2026-12-02 01:19 in MS-DOS fields (time has two-second steps).
  EXPECT_EQ(u16(zip, 12), ((2026u - 1980u) << 9) | (12u << 5) | 2u);
  EXPECT_EQ(u16(zip, 10), (1u << 11) | (19u << 5));
}

TEST(RecordZip, RecordArchiveHoldsEveryTable) {
  const core::testing::RecordWorkshop workshop;
  const RecordFile file =
      render_record_file(workshop.room.state, workshop.room.now, Format::csv_zip);
  EXPECT_EQ(file.content_type, "application/zip");
  const std::vector<ZipEntry> entries = read_zip(file.body);
  std::vector<std::string> names;
  for (const ZipEntry& entry : entries) names.push_back(entry.name);
  EXPECT_EQ(names, (std::vector<std::string>{"agenda.csv", "dilemmas.csv", "polls.csv",
                                             "bundle_items.csv", "actions.csv", "notes.csv"}));
}

}  // namespace
}  // namespace record_zip_test
}  // namespace kring::record
