// read_buffer: where a WebSocket session's incoming messages land, sized so an
// idle connection holds little. Every connection keeps a read pending, and
// before each read Beast prepares room in the dynamic buffer: its frame size
// (1,536 bytes) unless max_size() - size() is smaller. A plain flat_buffer
// would therefore hold 1.5 KiB on every idle connection. This one reports a
// max_size() only a step beyond what it holds (the step doubles with the
// message, capped at `limit`), so an idle connection holds `first_step` bytes
// and a large message still grows geometrically as it arrives.
//
// A Boost.Asio DynamicBuffer (v1) over a beast::flat_buffer; the size limit of
// a message stays Beast's read_message_max.
#pragma once

#include <algorithm>
#include <boost/beast/core/flat_buffer.hpp>
#include <cstddef>

namespace kring::net {

class ReadBuffer {
 public:
  using const_buffers_type = boost::beast::flat_buffer::const_buffers_type;
  using mutable_buffers_type = boost::beast::flat_buffer::mutable_buffers_type;

  ReadBuffer(std::size_t first_step, std::size_t limit) : first_step_(first_step), limit_(limit) {}

  std::size_t size() const { return buffer_.size(); }
  // What a reader may ask for next: one more step, at least first_step and at
  // least what is held already (so steps double), never past the limit.
  std::size_t max_size() const {
    return std::min(limit_, buffer_.size() + std::max(first_step_, buffer_.size()));
  }
  std::size_t capacity() const { return buffer_.capacity(); }
  const_buffers_type data() const { return buffer_.data(); }
  mutable_buffers_type prepare(std::size_t n) { return buffer_.prepare(n); }
  void commit(std::size_t n) { buffer_.commit(n); }
  void consume(std::size_t n) { buffer_.consume(n); }

  // Frees the storage once nothing is held: the next read allocates first_step.
  void shrink_to_fit() { buffer_.shrink_to_fit(); }

 private:
  std::size_t first_step_;
  std::size_t limit_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace kring::net
