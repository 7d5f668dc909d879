// A real kring-server process for one test: started on 127.0.0.1 with --port 0,
// its port learned from the one line it prints at start, and stopped (SIGTERM,
// then SIGKILL after a grace period) when the object goes away. The child gets
// PR_SET_PDEATHSIG so it never outlives a crashed test.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace kring::test {

// How the server process ended.
struct ExitStatus {
  bool exited = false;    // ended by exit(); `code` is valid
  int code = 0;           // exit code when exited
  bool signaled = false;  // ended by a signal; `signal` is valid
  int signal = 0;
  bool killed_after_timeout = false;  // did not stop on SIGTERM in time

  bool clean() const { return exited && code == 0 && !killed_after_timeout; }
  std::string describe() const;
};

// Runs kring-server with `args` (after --bind/--port) until it ends by itself,
// at most 30 s (then it is killed), for start-up errors: its exit code and
// everything it printed (stdout and stderr).
struct FinishedRun {
  int exit_code = -1;
  std::string output;
};
FinishedRun run_server_until_it_exits(const std::vector<std::string>& args);

class ServerProcess {
 public:
  // Starts the server with `extra_args` after --bind/--port and waits for its
  // listening line. Throws std::runtime_error when it does not come in time.
  // With `stderr_path`, the server's stderr (its log) is appended to that
  // file instead of going to the test's stderr.
  explicit ServerProcess(std::vector<std::string> extra_args = {}, std::string stderr_path = {});
  ~ServerProcess();

  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }

  // Sends SIGTERM and waits up to `grace` for the process to end; kills it
  // after that. Idempotent: a second call returns the first result.
  ExitStatus stop(std::chrono::milliseconds grace = std::chrono::seconds(15));

  // Waits (without signalling) up to `timeout` for the process to end on its own.
  std::optional<ExitStatus> wait_for_exit(std::chrono::milliseconds timeout);

  // Sends `signal` to the process and returns at once.
  void send_signal(int signal) const;

  bool running() const { return !status_.has_value(); }

  // Every stdout line printed after the listening line, so far.
  std::vector<std::string> output_lines();

  // The first line printed after the listening line that starts with `prefix`,
  // waiting up to `timeout` for it.
  std::optional<std::string> wait_for_line(std::string_view prefix,
                                           std::chrono::milliseconds timeout);

 private:
  void start(const std::vector<std::string>& args);
  std::uint16_t read_port(std::chrono::milliseconds timeout);
  void forward_remaining_output();

  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string stderr_path_;
  std::uint16_t port_ = 0;
  std::string pending_output_;
  std::thread output_forwarder_;
  std::optional<ExitStatus> status_;
  std::mutex lines_mutex_;
  std::condition_variable lines_changed_;
  std::vector<std::string> lines_;
};

}  // namespace kring::test
