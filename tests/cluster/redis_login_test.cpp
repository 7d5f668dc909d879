// A Redis only Kring can talk to: with the logins of deploy/redis/users.acl.in
// (the default user off, the kring user limited to Kring's keys and
// commands), a node with the right password (from a file, never a flag)
// serves rooms; a wrong one, or none, is a clear start-up error naming the
// cause, not a node that runs and refuses every command. A password given as
// a flag is refused outright. And the kring user can do nothing else.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/loopback.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace redis_login_test {
namespace {

namespace v1 = kring::v1;

class RedisLogin : public ::testing::Test {
 protected:
  // A password file the node reads (first line); removed with the fixture.
  std::string password_file(const std::string& password) {
    const std::string path = dir_ + "/password-" + std::to_string(files_++);
    std::ofstream(path) << password << "\n";
    return path;
  }
  std::vector<std::string> redis_args() const {
    return {"--redis", "redis://127.0.0.1:" + std::to_string(redis_.port()), "--redis-user",
            "kring"};
  }

  void TearDown() override { std::filesystem::remove_all(dir_); }

  RedisServer redis_;  // logins on, as deployed
  std::string dir_ = make_temp_dir("login");
  int files_ = 0;
};

TEST_F(RedisLogin, TheRightPasswordFromAFileServesRooms) {
  std::vector<std::string> args = redis_args();
  args.insert(args.end(),
              {"--redis-password-file", password_file(std::string(redis_kring_password))});
  ServerProcess node(args);
  Workshop workshop(node.port(), "Met wachtwoord");
  const auto board =
      workshop.add_board(cmd::add_columns_board("Open bord", v1::WRITING_MODE_OPEN, {"Een"}));
  EXPECT_GT(board.board_id, 0u);
}

TEST_F(RedisLogin, AWrongPasswordIsAClearStartUpError) {
  std::vector<std::string> args = redis_args();
  args.insert(args.end(), {"--redis-password-file", password_file("wrong-password")});
  const FinishedRun run = run_server_until_it_exits(args);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("refused the login of user 'kring'"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("wrong-password"), std::string::npos) << "the password was printed";
  EXPECT_EQ(run.output.find("listening"), std::string::npos) << run.output;
}

TEST_F(RedisLogin, NoPasswordWhereRedisWantsOneIsAClearStartUpError) {
  const FinishedRun run =
      run_server_until_it_exits({"--redis", "redis://127.0.0.1:" + std::to_string(redis_.port())});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("wants a login"), std::string::npos) << run.output;
}

TEST_F(RedisLogin, APasswordAsAFlagIsRefused) {
  std::vector<std::string> args = redis_args();
  args.insert(args.end(), {"--redis-password", std::string(redis_kring_password)});
  const FinishedRun run = run_server_until_it_exits(args);
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("KRING_REDIS_PASSWORD"), std::string::npos) << run.output;
}

// What the shipped ACL leaves the kring user: its own keys, and none of the
// commands that read other keys, wipe the data or change the server.
TEST_F(RedisLogin, TheKringUserCanDoNothingButKringsWork) {
  redisContext* context = redisConnect("127.0.0.1", redis_.port());
  ASSERT_NE(context, nullptr);
  ASSERT_EQ(context->err, 0);
  auto reply_to = [context](const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    std::vector<std::size_t> lengths;
    for (const std::string& arg : args) {
      argv.push_back(arg.c_str());
      lengths.push_back(arg.size());
    }
    auto* reply = static_cast<redisReply*>(
        redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(), lengths.data()));
    std::string text = reply == nullptr ? "(none)" : std::string(reply->str ? reply->str : "");
    if (reply != nullptr) freeReplyObject(reply);
    return text;
  };
  EXPECT_EQ(reply_to({"AUTH", "kring", std::string(redis_kring_password)}), "OK");
  EXPECT_EQ(reply_to({"SET", "kring:room:{1}:seq", "0"}), "OK");
  for (const std::vector<std::string>& forbidden :
       std::vector<std::vector<std::string>>{{"GET", "someone-else"},
                                             {"FLUSHALL"},
                                             {"KEYS", "*"},
                                             {"CONFIG", "SET", "appendonly", "no"},
                                             {"ACL", "LIST"},
                                             {"SHUTDOWN"},
                                             {"SUBSCRIBE", "other-channel"}}) {
    EXPECT_TRUE(reply_to(forbidden).starts_with("NOPERM")) << forbidden.front();
  }
  redisFree(context);
}

}  // namespace
}  // namespace redis_login_test
}  // namespace kring::test
