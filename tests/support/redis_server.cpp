#include "support/redis_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "support/loopback.hpp"

namespace kring::test {
namespace {

bool wait_exit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid || done < 0) return true;
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

using Placeholders = std::vector<std::pair<std::string_view, std::string>>;

// A deploy/redis template without its comments, each placeholder replaced.
std::string filled_template(const char* path, const Placeholders& placeholders) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(std::string("redis fixture: cannot read ") + path);
  std::string text;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.starts_with('#')) continue;
    for (const auto& [placeholder, value] : placeholders) {
      if (const std::size_t at = line.find(placeholder); at != std::string::npos) {
        line.replace(at, placeholder.size(), value);
      }
    }
    text += line + "\n";
  }
  return text;
}

std::string clear_password(std::string_view password) { return ">" + std::string(password); }

std::string admin_user() {
  return "user " + std::string(redis_admin_user) + " on >" + std::string(redis_admin_password) +
         " ~* &* +@all\n";
}

// deploy/redis/users.acl.in as an ACL file with the test passwords in clear
// (">password"), and the test admin.
std::string test_acl() {
  return filled_template(KRING_REDIS_USERS_TEMPLATE,
                         {{"@NOBODYS_PASSWORD@", clear_password("nobody-is-told-this-password")},
                          {"@KRING_PASSWORD@", clear_password(redis_kring_password)},
                          {"@REPLICATION_PASSWORD@", clear_password(redis_replication_password)},
                          {"@SENTINEL_PASSWORD@", clear_password(redis_sentinel_password)}}) +
         admin_user();
}

// The lines of deploy/redis/sentinel-users.conf.in with the test passwords,
// and the test admin, for the end of a sentinel's config.
std::string sentinel_logins() {
  return filled_template(KRING_SENTINEL_USERS_TEMPLATE,
                         {{"@KRING_SENTINEL_PASSWORD@", clear_password(sentinel_kring_password)},
                          {"@PEER_PASSWORD_IN_CLEAR@", std::string(sentinel_peer_password)},
                          {"@PEER_PASSWORD@", clear_password(sentinel_peer_password)}}) +
         admin_user();
}

}  // namespace

RedisServer::RedisServer() : RedisServer(Options{}) {}

RedisServer::RedisServer(Options options)
    : options_(std::move(options)),
      port_(free_loopback_port("redis")),
      dir_(make_temp_dir("redis")) {
  start();
}

std::vector<std::string> RedisServer::node_args() const {
  std::vector<std::string> args{"--redis", "redis://127.0.0.1:" + std::to_string(port_)};
  if (options_.logins && !options_.sentinel) {
    args.insert(args.end(),
                {"--redis-user", "kring", "--redis-password-file", kring_password_file()});
  }
  return args;
}

RedisServer::~RedisServer() {
  stop();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void RedisServer::start() {
  const std::string port = std::to_string(port_);
  std::vector<std::string> args = {"redis-server", "--port",        port,     "--bind",
                                   "127.0.0.1",    "--save",        "",       "--appendonly",
                                   "yes",          "--appendfsync", "always", "--dir",
                                   dir_,           "--daemonize",   "no",     "--loglevel",
                                   "warning"};
  if (options_.sentinel) {
    const std::string config = dir_ + "/sentinel.conf";
    if (!std::filesystem::exists(config)) {
      std::ofstream(config) << options_.sentinel_config
                            << (options_.logins ? sentinel_logins() : std::string());
      std::ofstream(kring_sentinel_password_file()) << sentinel_kring_password << "\n";
    }
    args = {"redis-server", config, "--sentinel",  "--port", port,         "--bind", "127.0.0.1",
            "--dir",        dir_,   "--daemonize", "no",     "--loglevel", "warning"};
  }
  if (options_.logins && !options_.sentinel) {
    // Written at every start: a test may have emptied the dir meanwhile.
    std::ofstream(dir_ + "/users.acl") << test_acl();
    std::ofstream(kring_password_file()) << redis_kring_password << "\n";
    args.insert(args.end(), {"--aclfile", dir_ + "/users.acl"});
  }
  args.insert(args.end(), options_.args.begin(), options_.args.end());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("redis fixture: fork");
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);
    ::execvp("redis-server", argv.data());
    ::_exit(127);
  }
  pid_ = pid;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!answers_ping()) {
    if (std::chrono::steady_clock::now() > deadline) {
      stop();
      throw std::runtime_error("redis fixture: redis-server did not answer PING");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void RedisServer::kill9() {
  if (pid_ < 0) return;
  ::kill(pid_, SIGKILL);
  wait_exit(pid_, std::chrono::seconds(10));
  pid_ = -1;
}

void RedisServer::stop() {
  if (pid_ < 0) return;
  ::kill(pid_, SIGTERM);
  if (!wait_exit(pid_, std::chrono::seconds(5))) {
    ::kill(pid_, SIGKILL);
    wait_exit(pid_, std::chrono::seconds(5));
  }
  pid_ = -1;
}

bool RedisServer::answers_ping() const {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address = loopback(port_);
  bool ok = false;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
    // With logins, as the test admin first: an unauthenticated PING is
    // answered NOAUTH even while the server is still loading its AOF
    // (LOADING), and a test must not talk to it before it has its data.
    std::string request = "PING\r\n";
    if (options_.logins) {
      request = "AUTH " + std::string(redis_admin_user) + " " + std::string(redis_admin_password) +
                "\r\n" + request;
    }
    const std::size_t replies_wanted = options_.logins ? 2 : 1;
    timeval wait{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    std::string replies;
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
        static_cast<ssize_t>(request.size())) {
      char chunk[256];
      while (static_cast<std::size_t>(std::count(replies.begin(), replies.end(), '\n')) <
             replies_wanted) {
        const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
        if (got <= 0) break;
        replies.append(chunk, static_cast<std::size_t>(got));
      }
    }
    ok = replies.find("+PONG") != std::string::npos;
  }
  ::close(fd);
  return ok;
}

}  // namespace kring::test
