// frame_buffers: a batch of shared frames seen as an Asio ConstBufferSequence,
// so the batch goes out as one WebSocket message in one gathered write without
// copying the frames or building a vector of buffers. The frames must outlive
// the write (the Outbox keeps them until finish_batch()).
#pragma once

#include <boost/asio/buffer.hpp>
#include <cstddef>
#include <iterator>
#include <memory>
#include <span>
#include <string>

namespace kring::net {

class FrameBuffers {
 public:
  using Frame = std::shared_ptr<const std::string>;

  class const_iterator {
   public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = boost::asio::const_buffer;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = value_type;

    const_iterator() = default;
    explicit const_iterator(const Frame* at) : at_(at) {}

    value_type operator*() const { return {(*at_)->data(), (*at_)->size()}; }
    const_iterator& operator++() {
      ++at_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++at_;
      return before;
    }
    const_iterator& operator--() {
      --at_;
      return *this;
    }
    const_iterator operator--(int) {
      const_iterator before = *this;
      --at_;
      return before;
    }
    bool operator==(const const_iterator& other) const = default;

   private:
    const Frame* at_ = nullptr;
  };
  using value_type = boost::asio::const_buffer;

  explicit FrameBuffers(std::span<const Frame> frames) : frames_(frames) {}

  const_iterator begin() const { return const_iterator(frames_.data()); }
  const_iterator end() const { return const_iterator(frames_.data() + frames_.size()); }

 private:
  std::span<const Frame> frames_;
};

}  // namespace kring::net
