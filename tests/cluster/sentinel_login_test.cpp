// Sentinels that want a login, as deploy/redis/sentinel-users.conf.in ships
// them: a node with the sentinel user's password (from a file) finds the
// primary and serves rooms; a wrong sentinel password, or none, is a clear
// start-up error naming the sentinel, not a node that runs and never finds
// its Redis. The node's sentinel user may ask for the primary and nothing
// else. (The failover with these logins: sentinel_failover_test.cpp.)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/loopback.hpp"
#include "support/redis_raw_client.hpp"
#include "support/sentinel_group.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace sentinel_login_test {
namespace {

namespace v1 = kring::v1;

class SentinelLogin : public ::testing::Test {
 protected:
  // One group for the suite: starting three sentinels that find each other
  // takes seconds, and no test here changes it.
  static void SetUpTestSuite() { group_ = new SentinelGroup(0); }
  static void TearDownTestSuite() {
    delete group_;
    group_ = nullptr;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // The group's node arguments with the sentinel password file replaced by
  // one holding `password`, or without any sentinel login when empty.
  std::vector<std::string> node_args_with_sentinel_password(const std::string& password) {
    std::vector<std::string> args = group_->node_args(0);
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
      if (args[i] != "--redis-sentinel-password-file") continue;
      if (password.empty()) {
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                   args.begin() + static_cast<std::ptrdiff_t>(i + 2));
      } else {
        args[i + 1] = dir_ + "/sentinel.password";
        std::ofstream(args[i + 1]) << password << "\n";
      }
      break;
    }
    return args;
  }

  static SentinelGroup* group_;
  std::string dir_ = make_temp_dir("sentinel-login");
};

SentinelGroup* SentinelLogin::group_ = nullptr;

TEST_F(SentinelLogin, TheRightPasswordFindsThePrimaryAndServesRooms) {
  ServerProcess node(group_->node_args(0));
  Workshop workshop(node.port(), "Via de sentinels");
  const auto board =
      workshop.add_board(cmd::add_columns_board("Open bord", v1::WRITING_MODE_OPEN, {"Een"}));
  EXPECT_GT(board.board_id, 0u);
}

TEST_F(SentinelLogin, AWrongPasswordIsAClearStartUpError) {
  const FinishedRun run =
      run_server_until_it_exits(node_args_with_sentinel_password("wrong-sentinel-password"));
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("Redis Sentinel at 127.0.0.1:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("refused the login of user 'kring'"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("wrong-sentinel-password"), std::string::npos)
      << "the password was printed";
  EXPECT_EQ(run.output.find("listening"), std::string::npos) << run.output;
}

TEST_F(SentinelLogin, NoPasswordWhereTheSentinelsWantOneIsAClearStartUpError) {
  const FinishedRun run = run_server_until_it_exits(node_args_with_sentinel_password(""));
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("Redis Sentinel at 127.0.0.1:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("wants a login"), std::string::npos) << run.output;
}

// What the shipped sentinel users leave the nodes' user: the primary's
// address, and none of the commands that list, reconfigure or fail over.
TEST_F(SentinelLogin, TheKringUserMayOnlyAskForThePrimary) {
  const std::string list = group_->sentinel_list();
  const std::uint16_t port =
      static_cast<std::uint16_t>(std::stoul(list.substr(list.rfind(':') + 1)));
  RawRedisClient sentinel(port);  // the admin, then the kring user below
  const Reply login = sentinel.run({"AUTH", "kring", std::string(sentinel_kring_password)});
  ASSERT_TRUE(login && login->type == REDIS_REPLY_STATUS) << (login ? login->str : "(none)");
  const Reply address = sentinel.run({"SENTINEL", "get-master-addr-by-name", "kring"});
  ASSERT_TRUE(address && address->type == REDIS_REPLY_ARRAY && address->elements == 2);
  EXPECT_EQ(std::string(address->element[1]->str, address->element[1]->len),
            std::to_string(group_->primary().port()));
  for (const std::vector<std::string>& forbidden :
       std::vector<std::vector<std::string>>{{"SENTINEL", "masters"},
                                             {"SENTINEL", "failover", "kring"},
                                             {"SENTINEL", "set", "kring", "quorum", "1"},
                                             {"SENTINEL", "remove", "kring"},
                                             {"SENTINEL", "sentinels", "kring"},
                                             {"ACL", "LIST"},
                                             {"SHUTDOWN"},
                                             {"SUBSCRIBE", "__sentinel__:hello"}}) {
    const Reply reply = sentinel.run(forbidden);
    ASSERT_TRUE(reply) << forbidden.back();
    const std::string text = reply->str == nullptr ? "" : std::string(reply->str, reply->len);
    EXPECT_TRUE(text.starts_with("NOPERM")) << forbidden[0] << " " << forbidden[1] << ": " << text;
  }
}

}  // namespace
}  // namespace sentinel_login_test
}  // namespace kring::test
