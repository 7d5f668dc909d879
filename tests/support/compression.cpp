#include "support/compression.hpp"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace kring::test {
namespace {

constexpr int gzip_window_bits = 15 + 16;  // zlib: 16 added means a gzip wrapper

}  // namespace

std::string gzip_compress(std::string_view plain) {
  z_stream stream{};
  if (deflateInit2(&stream, 9, Z_DEFLATED, gzip_window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(plain.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  stream.avail_in = static_cast<uInt>(plain.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
  return out;
}

std::string gzip_decompress(std::string_view compressed) {
  z_stream stream{};
  if (inflateInit2(&stream, gzip_window_bits) != Z_OK) {
    throw std::runtime_error("inflateInit2 failed");
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buffer[16384];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  if (!whole) throw std::runtime_error("not one valid gzip member");
  return out;
}

std::string brotli_compress(std::string_view plain) {
  std::size_t size = BrotliEncoderMaxCompressedSize(plain.size());
  std::string out(size == 0 ? plain.size() + 1024 : size, '\0');
  if (!BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                             plain.size(), reinterpret_cast<const std::uint8_t*>(plain.data()),
                             &size, reinterpret_cast<std::uint8_t*>(out.data()))) {
    throw std::runtime_error("brotli compression failed");
  }
  out.resize(size);
  return out;
}

std::string brotli_decompress(std::string_view compressed) {
  BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (state == nullptr) throw std::runtime_error("brotli decoder not created");
  std::size_t available_in = compressed.size();
  const auto* next_in = reinterpret_cast<const std::uint8_t*>(compressed.data());
  std::string out;
  std::uint8_t buffer[16384];
  BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
    std::size_t available_out = sizeof buffer;
    std::uint8_t* next_out = buffer;
    result = BrotliDecoderDecompressStream(state, &available_in, &next_in, &available_out,
                                           &next_out, nullptr);
    out.append(reinterpret_cast<const char*>(buffer), sizeof buffer - available_out);
  }
  BrotliDecoderDestroyInstance(state);
  if (result != BROTLI_DECODER_RESULT_SUCCESS || available_in != 0) {
    throw std::runtime_error("not a valid brotli stream");
  }
  return out;
}

}  // namespace kring::test
