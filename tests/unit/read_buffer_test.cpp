// ReadBuffer: what Beast may prepare before a read (its frame size, capped by
// max_size() - size()) stays one small step on an idle connection and doubles
// as a large message arrives.
#include "net/read_buffer.hpp"

#include <gtest/gtest.h>

#include <boost/asio/buffer.hpp>
#include <cstring>
#include <string>

namespace kring::net {
namespace read_buffer_test {
namespace {

constexpr std::size_t beast_frame_size = 1536;

// What Beast's read prepares for the first frame of a message.
std::size_t beast_read_hint(const ReadBuffer& buffer) {
  return std::min(beast_frame_size, buffer.max_size() - buffer.size());
}

void append(ReadBuffer& buffer, const std::string& bytes) {
  const auto room = buffer.prepare(bytes.size());
  std::memcpy(room.data(), bytes.data(), bytes.size());
  buffer.commit(bytes.size());
}

TEST(ReadBuffer, IsAnAsioDynamicBuffer) {
  EXPECT_TRUE(boost::asio::is_dynamic_buffer<ReadBuffer>::value);
}

TEST(ReadBuffer, AnEmptyBufferOffersOneFirstStep) {
  ReadBuffer buffer(256, 64 * 1024);
  EXPECT_EQ(buffer.max_size(), 256u);
  EXPECT_EQ(beast_read_hint(buffer), 256u);
  buffer.prepare(beast_read_hint(buffer));
  EXPECT_EQ(buffer.capacity(), 256u);
}

TEST(ReadBuffer, StepsDoubleWithWhatIsHeld) {
  ReadBuffer buffer(256, 64 * 1024);
  append(buffer, std::string(256, 'a'));
  EXPECT_EQ(buffer.max_size(), 512u);
  append(buffer, std::string(256, 'b'));
  EXPECT_EQ(buffer.max_size(), 1024u);
  append(buffer, std::string(512, 'c'));
  EXPECT_EQ(buffer.max_size(), 2048u);
  EXPECT_EQ(beast_read_hint(buffer), 1024u);
  EXPECT_EQ(buffer.size(), 1024u);
  const auto data = buffer.data();
  const std::string held(static_cast<const char*>(data.data()), data.size());
  EXPECT_EQ(held, std::string(256, 'a') + std::string(256, 'b') + std::string(512, 'c'));
}

TEST(ReadBuffer, NeverOffersPastTheLimit) {
  ReadBuffer buffer(256, 1000);
  append(buffer, std::string(600, 'x'));
  EXPECT_EQ(buffer.max_size(), 1000u);
  append(buffer, std::string(400, 'y'));
  EXPECT_EQ(buffer.max_size(), 1000u);
  EXPECT_EQ(beast_read_hint(buffer), 0u);
}

TEST(ReadBuffer, ShrinkAfterConsumeReturnsToTheFirstStep) {
  ReadBuffer buffer(256, 64 * 1024);
  append(buffer, std::string(5000, 'z'));
  buffer.consume(buffer.size());
  buffer.shrink_to_fit();
  EXPECT_EQ(buffer.capacity(), 0u);
  EXPECT_EQ(beast_read_hint(buffer), 256u);
}

}  // namespace
}  // namespace read_buffer_test
}  // namespace kring::net
