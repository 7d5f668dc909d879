// A real redis-server for one test: on a free 127.0.0.1 port, AOF on with
// appendfsync always, files in a fresh temp dir. Stopped (SIGTERM, then
// SIGKILL) when the object goes away; PR_SET_PDEATHSIG keeps it from
// outliving a crashed test. kill9() + start() restarts it on the same port and
// dir, so a test can check what survived in the AOF.
//
// Logins are on by default, as deployed: the users of deploy/redis/users.acl.in
// with the passwords below (the default user off), plus an all-powerful
// kring-test-admin that the tests' raw clients use to look inside.
//
// With Options it can be a replica (`--replicaof`), run without logins, or be
// a sentinel (a config file Sentinel may rewrite, in the same temp dir) with
// the logins of deploy/redis/sentinel-users.conf.in and the test admin.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kring::test {

// The passwords of the users of deploy/redis/users.acl.in in tests.
inline constexpr std::string_view redis_kring_password = "kring-test-password";
inline constexpr std::string_view redis_replication_password = "replication-test-password";
inline constexpr std::string_view redis_sentinel_password = "sentinel-test-password";
// The sentinels' own users (deploy/redis/sentinel-users.conf.in).
inline constexpr std::string_view sentinel_kring_password = "sentinel-kring-test-password";
inline constexpr std::string_view sentinel_peer_password = "sentinel-peer-test-password";
inline constexpr std::string_view redis_admin_user = "kring-test-admin";
inline constexpr std::string_view redis_admin_password = "admin-test-password";

class RedisServer {
 public:
  // Starts the server and waits until it answers PING; throws
  // std::runtime_error when it does not in time.
  struct Options {
    // More directives as flags, e.g. {"--replicaof", "127.0.0.1 6380"}.
    std::vector<std::string> args;
    // Sentinel mode: `sentinel_config` is written to the dir and passed first.
    bool sentinel = false;
    std::string sentinel_config;
    // The users of deploy/redis/users.acl.in, or for a sentinel those of
    // deploy/redis/sentinel-users.conf.in (and the test admin); false: no
    // login at all.
    bool logins = true;
  };
  RedisServer();
  explicit RedisServer(Options options);
  ~RedisServer();

  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  std::uint16_t port() const { return port_; }
  const std::string& dir() const { return dir_; }
  pid_t pid() const { return pid_; }
  // A file holding the kring user's password, as a node reads it.
  std::string kring_password_file() const { return dir_ + "/kring.password"; }
  // A file holding the password of the sentinel user kring, as a node
  // reads it (a sentinel with logins).
  std::string kring_sentinel_password_file() const { return dir_ + "/kring-sentinel.password"; }
  // What a node needs to use this server as its room log: --redis URL and,
  // with logins on, --redis-user kring and --redis-password-file.
  std::vector<std::string> node_args() const;

  // Starts again on the same port and dir after kill9() or stop().
  void start();
  // SIGKILL, no chance to flush anything: only what was fsynced survives.
  void kill9();
  // SIGTERM, then SIGKILL if it has not ended after a grace period.
  void stop();

 private:
  bool answers_ping() const;

  Options options_;
  std::uint16_t port_ = 0;
  std::string dir_;
  pid_t pid_ = -1;
};

}  // namespace kring::test
