// A real redis-server for one test: on a free 127.0.0.1 port, AOF on with
// appendfsync always, files in a fresh temp dir. Stopped (SIGTERM, then
// SIGKILL) when the object goes away; PR_SET_PDEATHSIG keeps it from
// outliving a crashed test. kill9() + start() restarts it on the same port and
// dir, so a test can check what survived in the AOF.
//
// With Options it can be a replica (`--replicaof`), run with ACL users, or be
// a sentinel (a config file Sentinel may rewrite, in the same temp dir).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kring::test {

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
  };
  RedisServer();
  explicit RedisServer(Options options);
  ~RedisServer();

  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  std::uint16_t port() const { return port_; }
  const std::string& dir() const { return dir_; }
  pid_t pid() const { return pid_; }

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
