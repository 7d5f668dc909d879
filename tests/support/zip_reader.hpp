// Reads a zip archive (an .xlsx is one) in memory: every entry's name and
// uncompressed bytes, for tests that look inside a downloaded file.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace kring::test {

// Entries by name; throws std::runtime_error when `archive` is not a zip
// whose entries are stored or deflated.
std::map<std::string, std::string> unzip(std::string_view archive);

}  // namespace kring::test
