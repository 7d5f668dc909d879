// append.lua against a real redis-server, driven by a plain blocking hiredis
// client (tests may block; the server code never does).
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <memory>
#include <string>
#include <vector>

#include "kring/redis/append_lua.hpp"
#include "support/redis_raw_client.hpp"
#include "support/redis_server.hpp"

namespace kring::log::redis {
namespace append_script_test {
namespace {

using Client = kring::test::RawRedisClient;
using kring::test::Reply;

const std::string seq_key = "kring:room:{1}:seq";
const std::string epoch_key = "kring:room:{1}:epoch";
const std::string stream_key = "kring:room:{1}:stream";
const std::string channel = "kring:room:{1}:events";

class AppendScript : public ::testing::Test {
 protected:
  Reply append(Client& client, const std::string& head, const std::string& epoch,
               const std::string& bytes) {
    return client.run(
        {"EVALSHA", sha_, "3", seq_key, epoch_key, stream_key, head, epoch, channel, "0", bytes});
  }
  void load(Client& client) {
    const Reply loaded = client.run({"SCRIPT", "LOAD", std::string(append_lua)});
    ASSERT_TRUE(loaded && loaded->type == REDIS_REPLY_STRING);
    sha_.assign(loaded->str, loaded->len);
  }

  test::RedisServer server_;
  std::string sha_;
};

TEST_F(AppendScript, AppendsABatchInOrderOrNothing) {
  Client client(server_.port());
  load(client);
  const Reply batch = client.run({"EVALSHA", sha_, "3", seq_key, epoch_key, stream_key, "0", "42",
                                  channel, "0", "een", "twee", "drie"});
  ASSERT_TRUE(batch && batch->type == REDIS_REPLY_INTEGER);
  EXPECT_EQ(batch->integer, 3);
  // A batch that expects a stale head adds none of its events.
  const Reply stale = client.run({"EVALSHA", sha_, "3", seq_key, epoch_key, stream_key, "1", "42",
                                  channel, "0", "vier", "vijf"});
  ASSERT_TRUE(stale && stale->type == REDIS_REPLY_ERROR);
  const Reply range = client.run({"XRANGE", stream_key, "-", "+"});
  ASSERT_TRUE(range && range->type == REDIS_REPLY_ARRAY);
  ASSERT_EQ(range->elements, 3u);
  EXPECT_EQ(std::string(range->element[2]->element[1]->element[1]->str), "drie");
  EXPECT_EQ(std::string(range->element[2]->element[0]->str), "0-3");
}

TEST_F(AppendScript, AssignsSeqsStoresThemAndPublishes) {
  Client client(server_.port());
  Client subscriber(server_.port());
  load(client);
  ASSERT_TRUE(subscriber.run({"SUBSCRIBE", channel}));

  const std::string binary("a\0b", 3);
  for (int i = 1; i <= 3; ++i) {
    const Reply reply = append(client, std::to_string(i - 1), "42", binary + std::to_string(i));
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->type, REDIS_REPLY_INTEGER) << (reply->str ? reply->str : "");
    EXPECT_EQ(reply->integer, i);
  }
  for (int i = 1; i <= 3; ++i) {
    const Reply message = subscriber.next_reply();
    ASSERT_TRUE(message && message->type == REDIS_REPLY_ARRAY && message->elements == 3);
    EXPECT_EQ(std::string(message->element[2]->str, message->element[2]->len),
              std::to_string(i) + ":" + binary + std::to_string(i));
  }
  const Reply range = client.run({"XRANGE", stream_key, "-", "+"});
  ASSERT_TRUE(range && range->type == REDIS_REPLY_ARRAY);
  ASSERT_EQ(range->elements, 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const redisReply* fields = range->element[i]->element[1];
    ASSERT_EQ(fields->elements, 4u);
    EXPECT_EQ(std::string(fields->element[0]->str), "e");
    EXPECT_EQ(std::string(fields->element[1]->str, fields->element[1]->len),
              binary + std::to_string(i + 1));
    EXPECT_EQ(std::string(fields->element[2]->str), "s");
    EXPECT_EQ(std::string(fields->element[3]->str), std::to_string(i + 1));
  }
}

TEST_F(AppendScript, StaleHeadIsAConflictAndChangesNothing) {
  Client client(server_.port());
  load(client);
  ASSERT_EQ(append(client, "0", "42", "x")->integer, 1);
  const Reply stale = append(client, "0", "42", "y");
  ASSERT_EQ(stale->type, REDIS_REPLY_ERROR);
  EXPECT_EQ(std::string(stale->str), "KRING_CONFLICT 1");
  EXPECT_EQ(client.run({"XLEN", stream_key})->integer, 1);
}

TEST_F(AppendScript, OtherEpochIsRejectedAndChangesNothing) {
  Client client(server_.port());
  load(client);
  ASSERT_EQ(append(client, "0", "42", "x")->integer, 1);
  const Reply other = append(client, "1", "43", "y");
  ASSERT_EQ(other->type, REDIS_REPLY_ERROR);
  EXPECT_EQ(std::string(other->str), "KRING_EPOCH 42");
  EXPECT_EQ(client.run({"GET", seq_key})->str, std::string("1"));
}

TEST_F(AppendScript, AcknowledgedAppendsSurviveKill9) {
  constexpr int count = 50;
  {
    Client client(server_.port());
    load(client);
    for (int i = 1; i <= count; ++i) {
      ASSERT_EQ(append(client, std::to_string(i - 1), "42", "e" + std::to_string(i))->integer, i);
    }
  }
  server_.kill9();
  server_.start();
  Client client(server_.port());
  EXPECT_EQ(client.run({"GET", seq_key})->str, std::string(std::to_string(count)));
  EXPECT_EQ(client.run({"XLEN", stream_key})->integer, count);
  // The script cache does not survive a restart: EVALSHA answers NOSCRIPT.
  const Reply missing = append(client, std::to_string(count), "42", "after");
  ASSERT_EQ(missing->type, REDIS_REPLY_ERROR);
  EXPECT_EQ(std::string(missing->str).rfind("NOSCRIPT", 0), 0u);
  load(client);
  EXPECT_EQ(append(client, std::to_string(count), "42", "after")->integer, count + 1);
}

}  // namespace
}  // namespace append_script_test
}  // namespace kring::log::redis
