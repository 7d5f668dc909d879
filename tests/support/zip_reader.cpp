#include "support/zip_reader.hpp"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace kring::test {
namespace {

std::uint32_t little_endian(std::string_view bytes, std::size_t at, std::size_t width) {
  if (at + width > bytes.size()) throw std::runtime_error("zip: truncated");
  std::uint32_t value = 0;
  for (std::size_t i = width; i-- > 0;) {
    value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}

std::string inflate_raw(std::string_view compressed, std::size_t expected_size) {
  z_stream stream{};
  if (inflateInit2(&stream, -15) != Z_OK) throw std::runtime_error("zip: inflateInit2 failed");
  std::string out(expected_size, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  if (result != Z_STREAM_END || stream.total_out != expected_size) {
    throw std::runtime_error("zip: an entry does not inflate to its size");
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> unzip(std::string_view archive) {
  // The end of central directory record: the last "PK\5\6".
  const std::size_t end = archive.rfind(std::string_view("PK\x05\x06", 4));
  if (end == std::string_view::npos) throw std::runtime_error("zip: no end of central directory");
  const std::uint32_t count = little_endian(archive, end + 10, 2);
  std::size_t at = little_endian(archive, end + 16, 4);
  std::map<std::string, std::string> entries;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (little_endian(archive, at, 4) != 0x02014b50) throw std::runtime_error("zip: bad entry");
    const std::uint32_t method = little_endian(archive, at + 10, 2);
    const std::uint32_t compressed_size = little_endian(archive, at + 20, 4);
    const std::uint32_t size = little_endian(archive, at + 24, 4);
    const std::uint32_t name_length = little_endian(archive, at + 28, 2);
    const std::uint32_t extra_length = little_endian(archive, at + 30, 2);
    const std::uint32_t comment_length = little_endian(archive, at + 32, 2);
    const std::uint32_t local = little_endian(archive, at + 42, 4);
    if (at + 46 + name_length > archive.size()) throw std::runtime_error("zip: truncated");
    const std::string name(archive.substr(at + 46, name_length));
    at += 46 + name_length + extra_length + comment_length;

    if (little_endian(archive, local, 4) != 0x04034b50) throw std::runtime_error("zip: bad header");
    const std::size_t data =
        local + 30 + little_endian(archive, local + 26, 2) + little_endian(archive, local + 28, 2);
    if (data + compressed_size > archive.size()) throw std::runtime_error("zip: truncated");
    const std::string_view body = archive.substr(data, compressed_size);
    if (method == 0) {
      entries[name] = std::string(body);
    } else if (method == 8) {
      entries[name] = inflate_raw(body, size);
    } else {
      throw std::runtime_error("zip: unknown compression method");
    }
  }
  return entries;
}

}  // namespace kring::test
