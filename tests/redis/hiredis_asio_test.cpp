// hiredis_asio against a real redis-server: pipelined commands get their
// replies in order, and a killed connection reports itself and answers later
// commands with "no reply" instead of hanging.
#include "log/redis/hiredis_asio.hpp"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "support/redis_server.hpp"

namespace kring::log::redis {
namespace hiredis_asio_test {
namespace {

constexpr auto timeout = std::chrono::seconds(20);

class HiredisAsioTest : public ::testing::Test {
 protected:
  HiredisAsioTest() : work_(io_.get_executor()), thread_([this] { io_.run(); }) {}
  ~HiredisAsioTest() override {
    work_.reset();
    io_.stop();
    thread_.join();
  }

  std::shared_ptr<HiredisAsio> connect(std::promise<void>& disconnected) {
    std::promise<bool> connected;
    std::shared_ptr<HiredisAsio> connection;
    boost::asio::post(strand_, [&] {
      connection = HiredisAsio::connect(
          strand_, "127.0.0.1", server_.port(), [&](bool ok) { connected.set_value(ok); },
          [&] { disconnected.set_value(); });
    });
    auto ready = connected.get_future();
    if (ready.wait_for(timeout) != std::future_status::ready || !ready.get()) return nullptr;
    return connection;
  }

  // The transport alone: no logins.
  test::RedisServer server_{test::RedisServer::Options{{}, false, "", false}};
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  HiredisAsio::Strand strand_{boost::asio::make_strand(io_.get_executor())};
  std::thread thread_;
};

TEST_F(HiredisAsioTest, PipelinedRepliesArriveInOrder) {
  std::promise<void> disconnected;
  const auto connection = connect(disconnected);
  ASSERT_TRUE(connection);
  constexpr int count = 200;
  std::vector<long long> seen;
  std::promise<void> all;
  boost::asio::post(strand_, [&] {
    // Sent back to back in one strand turn: no reply can arrive in between.
    for (int i = 0; i < count; ++i) {
      connection->command({"INCR", "counter"}, [&](const redisReply* reply) {
        seen.push_back(reply != nullptr && reply->type == REDIS_REPLY_INTEGER ? reply->integer
                                                                              : -1);
        if (seen.size() == count) all.set_value();
      });
    }
  });
  ASSERT_EQ(all.get_future().wait_for(timeout), std::future_status::ready);
  for (int i = 0; i < count; ++i) EXPECT_EQ(seen[static_cast<std::size_t>(i)], i + 1);
  boost::asio::post(strand_, [&] { connection->close(); });
  EXPECT_EQ(disconnected.get_future().wait_for(timeout), std::future_status::ready);
}

TEST_F(HiredisAsioTest, KilledConnectionReportsAndRefusesCommands) {
  std::promise<void> disconnected;
  const auto connection = connect(disconnected);
  ASSERT_TRUE(connection);
  std::promise<void> killer_done;
  std::promise<void> killer_disconnected;
  const auto killer = connect(killer_disconnected);
  ASSERT_TRUE(killer);
  boost::asio::post(strand_, [&] {
    killer->command({"CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes"},
                    [&](const redisReply*) { killer_done.set_value(); });
  });
  ASSERT_EQ(killer_done.get_future().wait_for(timeout), std::future_status::ready);
  ASSERT_EQ(disconnected.get_future().wait_for(timeout), std::future_status::ready);
  std::promise<bool> refused;
  boost::asio::post(strand_, [&] {
    connection->command({"PING"}, [&](const redisReply* reply) { refused.set_value(!reply); });
  });
  auto answer = refused.get_future();
  ASSERT_EQ(answer.wait_for(timeout), std::future_status::ready);
  EXPECT_TRUE(answer.get());
  boost::asio::post(strand_, [&] { killer->close(); });
  EXPECT_EQ(killer_disconnected.get_future().wait_for(timeout), std::future_status::ready);
}

TEST_F(HiredisAsioTest, SubscriptionHandlerSeesEveryMessageInOrder) {
  std::promise<void> subscriber_disconnected;
  std::promise<void> publisher_disconnected;
  const auto subscriber = connect(subscriber_disconnected);
  const auto publisher = connect(publisher_disconnected);
  ASSERT_TRUE(subscriber && publisher);
  std::vector<std::string> messages;
  std::promise<void> subscribed;
  std::promise<void> received;
  boost::asio::post(strand_, [&] {
    subscriber->subscribe({"SUBSCRIBE", "room"}, [&](const redisReply* reply) {
      if (reply == nullptr || reply->type != REDIS_REPLY_ARRAY || reply->elements != 3) return;
      const std::string kind(reply->element[0]->str, reply->element[0]->len);
      if (kind == "subscribe") subscribed.set_value();
      if (kind != "message") return;
      messages.emplace_back(reply->element[2]->str, reply->element[2]->len);
      if (messages.size() == 3) received.set_value();
    });
  });
  ASSERT_EQ(subscribed.get_future().wait_for(timeout), std::future_status::ready);
  boost::asio::post(strand_, [&] {
    for (const char* text : {"one", "two", "three"}) {
      publisher->command({"PUBLISH", "room", text}, [](const redisReply*) {});
    }
  });
  ASSERT_EQ(received.get_future().wait_for(timeout), std::future_status::ready);
  EXPECT_EQ(messages, (std::vector<std::string>{"one", "two", "three"}));
  boost::asio::post(strand_, [&] {
    subscriber->close();
    publisher->close();
  });
  EXPECT_EQ(subscriber_disconnected.get_future().wait_for(timeout), std::future_status::ready);
  EXPECT_EQ(publisher_disconnected.get_future().wait_for(timeout), std::future_status::ready);
}

TEST_F(HiredisAsioTest, ConnectToNothingFails) {
  server_.stop();
  std::promise<void> disconnected;
  EXPECT_FALSE(connect(disconnected));
}

}  // namespace
}  // namespace hiredis_asio_test
}  // namespace kring::log::redis
