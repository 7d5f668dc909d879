// gzip and brotli in memory, for tests that check a compressed response
// decodes to the file it stands for (and that make such copies).
#pragma once

#include <string>
#include <string_view>

namespace kring::test {

std::string gzip_compress(std::string_view plain);
// Throws std::runtime_error when `compressed` is not one valid gzip member.
std::string gzip_decompress(std::string_view compressed);

std::string brotli_compress(std::string_view plain);
// Throws std::runtime_error when `compressed` is not a valid brotli stream.
std::string brotli_decompress(std::string_view compressed);

}  // namespace kring::test
