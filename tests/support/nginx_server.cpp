#include "support/nginx_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "support/loopback.hpp"
#include "support/nginx_config.hpp"

namespace kring::test {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto startup_timeout = std::chrono::seconds(20);
constexpr auto stop_grace = std::chrono::seconds(5);

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out) throw std::runtime_error("nginx fixture: cannot write " + path);
}

}  // namespace

NginxServer::NginxServer(const std::string& site_conf, const std::vector<std::uint16_t>& node_ports)
    : port_(free_loopback_port("nginx")), dir_(make_temp_dir("nginx")) {
  try {
    const std::string committed = read_text(site_conf);
    if (committed.empty()) throw std::runtime_error("nginx fixture: cannot read " + site_conf);
    write_text(dir_ + "/kring.conf", adapt_site_conf(committed, node_ports, port_));
    write_text(dir_ + "/nginx.conf", test_main_conf(dir_, dir_ + "/kring.conf"));
    start();
  } catch (...) {
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
    throw;
  }
}

NginxServer::~NginxServer() {
  stop();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void NginxServer::start() {
  const std::string directives = "daemon off; master_process off; pid " + dir_ +
                                 "/nginx.pid; error_log " + dir_ + "/error.log info;";
  // Debian installs nginx in /usr/sbin, which a non-root PATH may lack.
  const std::string binary =
      std::filesystem::exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  std::vector<std::string> args = {
      binary, "-p",      dir_ + "/", "-e", dir_ + "/error.log", "-c", dir_ + "/nginx.conf",
      "-g",   directives};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("nginx fixture: fork");
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(126);
    // Test sockets must not leak into nginx.
    ::close_range(3, ~0U, 0);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  pid_ = pid;

  const auto deadline = Clock::now() + startup_timeout;
  while (!accepts_connections()) {
    if (exited()) {
      throw std::runtime_error("nginx fixture: nginx exited at start; error log:\n" + error_log());
    }
    if (Clock::now() > deadline) {
      throw std::runtime_error("nginx fixture: nginx did not listen in time; error log:\n" +
                               error_log());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// True (and pid_ cleared) when the process has ended.
bool NginxServer::exited() {
  if (pid_ < 0) return true;
  int status = 0;
  const pid_t done = ::waitpid(pid_, &status, WNOHANG);
  if (done == pid_ || (done < 0 && errno != EINTR)) {
    pid_ = -1;
    return true;
  }
  return false;
}

void NginxServer::stop() {
  if (pid_ < 0) return;
  // SIGTERM is nginx's fast shutdown: open WebSockets are cut, not waited for.
  ::kill(pid_, SIGTERM);
  const auto deadline = Clock::now() + stop_grace;
  while (!exited()) {
    if (Clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
      }
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

bool NginxServer::accepts_connections() const {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address = loopback(port_);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

std::string NginxServer::error_log() const { return read_text(dir_ + "/error.log"); }

std::string NginxServer::access_log() const { return read_text(dir_ + "/access.log"); }

}  // namespace kring::test
