// The decision record of one rich workshop, rendered to each format and
// compared byte for byte with the files in tests/unit/golden/. After an
// intended change of the record, regenerate them with
//   KRING_UPDATE_GOLDEN=1 ctest --preset asan -R RecordGolden
// and review the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "export/build_record.hpp"
#include "export/html.hpp"
#include "export/markdown.hpp"
#include "record_fixture.hpp"

namespace kring::record {
namespace record_golden_test {
namespace {

namespace fs = std::filesystem;

bool updating() {
  const char* flag = std::getenv("KRING_UPDATE_GOLDEN");
  return flag != nullptr && std::string(flag) == "1";
}

void expect_golden(const std::string& name, const std::string& actual) {
  const fs::path path = fs::path(KRING_GOLDEN_DIR) / name;
  if (updating()) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << name << " (run with KRING_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "differs from golden file " << name;
}

DecisionRecord workshop_record() {
  const core::testing::RecordWorkshop workshop;
  return build_record(workshop.room.state, workshop.room.now);
}

TEST(RecordGolden, Markdown) { expect_golden("record.md", render_markdown(workshop_record())); }

TEST(RecordGolden, Html) { expect_golden("record.html", render_html(workshop_record())); }

}  // namespace
}  // namespace record_golden_test
}  // namespace kring::record
