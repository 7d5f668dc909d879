// Encoder output as ServerBatch entries: one entry alone is a one-message
// batch, entries back to back are a batch, and split_server_batch (what the
// test client and the load generator read frames with) gets each message's
// exact bytes back or rejects a malformed frame.
#include "protocol/server_batch.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "codec_test_support.hpp"
#include "protocol/codec.hpp"

namespace kring::protocol::testing {
namespace server_batch_test {
namespace {

TEST(ServerBatch, EntriesBackToBackParseAsOneBatchInOrder) {
  const std::string welcome = encode_welcome(1, "node-a", "", 5);
  const std::string ack = encode_ack(2, 7, 0);
  const std::string pong = encode_pong(3, 99, 6);
  const std::string frame = welcome + ack + pong;

  kring::v1::ServerBatch batch;
  ASSERT_TRUE(batch.ParseFromString(frame));
  ASSERT_EQ(batch.messages_size(), 3);
  EXPECT_EQ(batch.messages(0).welcome().node(), "node-a");
  EXPECT_EQ(batch.messages(1).request_id(), 2u);
  EXPECT_EQ(batch.messages(1).ack().seq(), 7u);
  EXPECT_EQ(batch.messages(2).pong().nonce(), 99u);
}

TEST(ServerBatch, SplitGivesEachMessageItsExactBytes) {
  // A long message, so its length takes a two-byte varint.
  const std::string error =
      encode_error(4, core::Rejection{core::ErrorCode::malformed_frame, std::string(300, 'x')});
  const std::string ack = encode_ack(5, 8, 0);
  const std::string frame = error + ack;  // the views below point into it
  std::vector<std::string_view> messages;
  ASSERT_TRUE(split_server_batch(frame, messages));
  ASSERT_EQ(messages.size(), 2u);
  // The entry header is the tag and the length; the rest is the message.
  EXPECT_EQ(messages[0], std::string_view(error).substr(3));
  EXPECT_EQ(messages[1], std::string_view(ack).substr(2));
  kring::v1::ServerMessage second;
  ASSERT_TRUE(second.ParseFromArray(messages[1].data(), static_cast<int>(messages[1].size())));
  EXPECT_EQ(second.ack().seq(), 8u);
  // The hand-written Ack's explicit zero created_id survives: bytes, not a
  // re-encoding (which would leave the zero off and be 9 bytes shorter).
  EXPECT_EQ(messages[1].size(), encode_ack(5, 8, 1).size() - 2);
}

TEST(ServerBatch, SplitRejectsWhatIsNotABatch) {
  const std::string ack = encode_ack(5, 8, 0);
  std::vector<std::string_view> messages;
  EXPECT_FALSE(split_server_batch(std::string("\x12\x01x", 3), messages)) << "field 2";
  messages.clear();
  EXPECT_FALSE(split_server_batch(std::string("\x0a", 1), messages)) << "no length";
  messages.clear();
  EXPECT_FALSE(split_server_batch(std::string("\x0a\x80", 2), messages)) << "cut varint";
  messages.clear();
  EXPECT_FALSE(split_server_batch(std::string("\x0a\x05"
                                              "abc",
                                              5),
                                  messages))
      << "short body";
  messages.clear();
  EXPECT_FALSE(split_server_batch(std::string("\x0a\xff\xff\xff\xff\x7f", 6), messages))
      << "varint past 32 bits";
  messages.clear();
  EXPECT_FALSE(split_server_batch(ack + "\x0a", messages)) << "a good entry, then a cut one";
  messages.clear();
  EXPECT_TRUE(split_server_batch("", messages));
  EXPECT_TRUE(messages.empty());
}

}  // namespace
}  // namespace server_batch_test
}  // namespace kring::protocol::testing
