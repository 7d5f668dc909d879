#include "support/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <utility>

#ifndef KRING_SERVER_BINARY
#error "KRING_SERVER_BINARY must name the kring-server executable"
#endif

namespace kring::test {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view listening_prefix = "kring: listening on http://127.0.0.1:";
constexpr auto startup_timeout = std::chrono::seconds(20);

ExitStatus from_wait_status(int wait_status) {
  ExitStatus status;
  if (WIFEXITED(wait_status)) {
    status.exited = true;
    status.code = WEXITSTATUS(wait_status);
  } else if (WIFSIGNALED(wait_status)) {
    status.signaled = true;
    status.signal = WTERMSIG(wait_status);
  }
  return status;
}

// Parses the port out of the listening line, or returns 0 when `line` is not it.
std::uint16_t port_of(std::string_view line) {
  if (!line.starts_with(listening_prefix)) return 0;
  std::string_view digits = line.substr(listening_prefix.size());
  while (!digits.empty() && (digits.back() == '\r' || digits.back() == '/')) {
    digits.remove_suffix(1);
  }
  std::uint16_t port = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
  if (ec != std::errc() || end != digits.data() + digits.size()) return 0;
  return port;
}

}  // namespace

std::string ExitStatus::describe() const {
  std::string text;
  if (exited) {
    text = "exited with code " + std::to_string(code);
  } else if (signaled) {
    text = "killed by signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
  } else {
    text = "unknown wait status";
  }
  if (killed_after_timeout) text += ", after it ignored SIGTERM for the whole grace period";
  return text;
}

ServerProcess::ServerProcess(std::vector<std::string> extra_args, std::string stderr_path)
    : stderr_path_(std::move(stderr_path)) {
  std::vector<std::string> args{KRING_SERVER_BINARY, "--bind", "127.0.0.1", "--port", "0"};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  start(args);
  try {
    port_ = read_port(startup_timeout);
  } catch (...) {
    const ExitStatus status = stop(std::chrono::seconds(2));
    std::fprintf(stderr, "kring-server did not start: %s\n", status.describe().c_str());
    throw;
  }
  output_forwarder_ = std::thread([this] { forward_remaining_output(); });
}

ServerProcess::~ServerProcess() {
  const ExitStatus status = stop();
  if (!status.clean()) {
    std::fprintf(stderr, "kring-server (pid %d) %s\n", static_cast<int>(pid_),
                 status.describe().c_str());
  }
}

void ServerProcess::start(const std::vector<std::string>& args) {
  // Everything the child needs is prepared before fork: between fork and exec
  // only async-signal-safe calls are allowed (the test process has threads).
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);

  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
  }
  const pid_t parent = getpid();
  const pid_t child = fork();
  if (child < 0) {
    close(fds[0]);
    close(fds[1]);
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (child == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent) _exit(126);  // the test died before prctl took effect
    if (dup2(fds[1], STDOUT_FILENO) < 0) _exit(125);
    if (!stderr_path_.empty()) {
      const int log = open(stderr_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      if (log < 0 || dup2(log, STDERR_FILENO) < 0) _exit(124);
    }
    // Test sockets must not leak into the server: a client that closes its
    // socket has to really close the connection.
    close_range(3, ~0U, 0);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  pid_ = child;
  stdout_fd_ = fds[0];
}

std::uint16_t ServerProcess::read_port(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    std::size_t newline;
    while ((newline = pending_output_.find('\n')) != std::string::npos) {
      const std::string line = pending_output_.substr(0, newline);
      pending_output_.erase(0, newline + 1);
      if (const std::uint16_t port = port_of(line); port != 0) return port;
      std::fprintf(stderr, "[kring-server stdout] %s\n", line.c_str());
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0)
      throw std::runtime_error("kring-server printed no listening line in time");
    pollfd pfd{stdout_fd_, POLLIN, 0};
    const int ready = poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    char buffer[4096];
    const ssize_t got = read(stdout_fd_, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw std::runtime_error("kring-server closed stdout before listening");
    pending_output_.append(buffer, static_cast<std::size_t>(got));
  }
}

// Runs on its own thread until the server closes stdout, so that a chatty
// server never blocks on a full pipe. Output goes to the test's stderr, and
// every complete line is kept for wait_for_line().
void ServerProcess::forward_remaining_output() {
  std::string partial = std::move(pending_output_);
  char buffer[4096];
  for (;;) {
    std::size_t newline;
    while ((newline = partial.find('\n')) != std::string::npos) {
      std::string line = partial.substr(0, newline);
      partial.erase(0, newline + 1);
      std::fprintf(stderr, "[kring-server stdout] %s\n", line.c_str());
      std::lock_guard lock(lines_mutex_);
      lines_.push_back(std::move(line));
      lines_changed_.notify_all();
    }
    const ssize_t got = read(stdout_fd_, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return;
    partial.append(buffer, static_cast<std::size_t>(got));
  }
}

std::vector<std::string> ServerProcess::output_lines() {
  std::lock_guard lock(lines_mutex_);
  return lines_;
}

std::optional<std::string> ServerProcess::wait_for_line(std::string_view prefix,
                                                        std::chrono::milliseconds timeout) {
  std::unique_lock lock(lines_mutex_);
  std::optional<std::string> found;
  lines_changed_.wait_for(lock, timeout, [&] {
    for (const std::string& line : lines_) {
      if (line.starts_with(prefix)) {
        found = line;
        return true;
      }
    }
    return false;
  });
  return found;
}

void ServerProcess::send_signal(int signal) const {
  if (status_ || pid_ <= 0) return;
  kill(pid_, signal);
}

std::optional<ExitStatus> ServerProcess::wait_for_exit(std::chrono::milliseconds timeout) {
  if (status_) return status_;
  if (pid_ <= 0) return std::nullopt;
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    int wait_status = 0;
    const pid_t done = waitpid(pid_, &wait_status, WNOHANG);
    if (done == pid_) {
      status_ = from_wait_status(wait_status);
      return status_;
    }
    if (done < 0 && errno != EINTR) {
      status_ = ExitStatus{};
      return status_;
    }
    if (Clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

ExitStatus ServerProcess::stop(std::chrono::milliseconds grace) {
  if (!status_ && pid_ > 0) {
    kill(pid_, SIGTERM);
    if (!wait_for_exit(grace)) {
      kill(pid_, SIGKILL);
      int wait_status = 0;
      while (waitpid(pid_, &wait_status, 0) < 0 && errno == EINTR) {
      }
      status_ = from_wait_status(wait_status);
      status_->killed_after_timeout = true;
    }
  }
  if (output_forwarder_.joinable()) output_forwarder_.join();
  if (stdout_fd_ >= 0) {
    close(stdout_fd_);
    stdout_fd_ = -1;
  }
  return status_.value_or(ExitStatus{});
}

FinishedRun run_server_until_it_exits(const std::vector<std::string>& args) {
  // Single quotes keep every argument as it is (none of ours holds a quote).
  std::string command =
      "timeout -s KILL 30 '" + std::string(KRING_SERVER_BINARY) + "' --bind 127.0.0.1 --port 0";
  for (const std::string& arg : args) command += " '" + arg + "'";
  command += " 2>&1";
  FinishedRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, read);
  const int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  return run;
}

}  // namespace kring::test
