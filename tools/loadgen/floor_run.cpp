#include "floor_run.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

namespace kring::loadgen {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// Owns one file descriptor.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// A connected loopback TCP pair: `writer` is the server's end (TCP_NODELAY,
// as the node sets it), `reader` the device's (non-blocking).
struct Pair {
  Fd writer;
  Fd reader;
};

std::vector<Pair> connect_pairs(std::size_t count) {
  Fd listener(::socket(AF_INET, SOCK_STREAM, 0));
  if (listener.get() < 0) throw_errno("floor: socket");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listener.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    throw_errno("floor: bind");
  }
  if (::listen(listener.get(), SOMAXCONN) != 0) throw_errno("floor: listen");
  socklen_t length = sizeof address;
  ::getsockname(listener.get(), reinterpret_cast<sockaddr*>(&address), &length);

  std::vector<Pair> pairs;
  pairs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Fd reader(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
    if (reader.get() < 0) throw_errno("floor: socket");
    if (::connect(reader.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 &&
        errno != EINPROGRESS) {
      throw_errno("floor: connect");
    }
    Fd writer(::accept(listener.get(), nullptr, nullptr));
    if (writer.get() < 0) throw_errno("floor: accept");
    const int on = 1;
    ::setsockopt(writer.get(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    pairs.push_back({std::move(writer), std::move(reader)});
  }
  return pairs;
}

double thread_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_THREAD, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Reads every reader socket until `stop`, as a device thread would.
class Readers {
 public:
  explicit Readers(const std::vector<Pair>& pairs) : epoll_(::epoll_create1(0)) {
    if (epoll_.get() < 0) throw_errno("floor: epoll_create1");
    for (const Pair& pair : pairs) {
      epoll_event event{};
      event.events = EPOLLIN;
      event.data.fd = pair.reader.get();
      if (::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, pair.reader.get(), &event) != 0) {
        throw_errno("floor: epoll_ctl");
      }
    }
    thread_ = std::thread([this] { loop(); });
  }
  Readers(const Readers&) = delete;
  Readers& operator=(const Readers&) = delete;
  ~Readers() {
    stop_ = true;
    thread_.join();
  }
  double cpu_seconds() const { return cpu_.load(); }

 private:
  void loop() {
    std::vector<epoll_event> events(256);
    std::vector<char> buffer(64 * 1024);
    while (!stop_) {
      const int ready =
          ::epoll_wait(epoll_.get(), events.data(), static_cast<int>(events.size()), 50);
      for (int i = 0; i < ready; ++i) {
        while (::read(events[i].data.fd, buffer.data(), buffer.size()) > 0) {
        }
      }
      cpu_ = thread_cpu_seconds();
    }
  }

  Fd epoll_;
  std::atomic<bool> stop_{false};
  std::atomic<double> cpu_{0};
  std::thread thread_;
};

struct Step {
  double seconds = 0;
  std::uint64_t deliveries = 0;
  std::uint64_t writes = 0;
  std::uint64_t refused = 0;  // writes that found the socket buffer full
  double cpu = 0;
};

// Open loop: every millisecond, as many writes as are due by now.
Step write_at(const std::vector<Pair>& pairs, double offered, std::size_t per_write,
              const std::string& message, double seconds) {
  const std::string batch = [&] {
    std::string bytes;
    for (std::size_t i = 0; i < per_write; ++i) bytes += message;
    return bytes;
  }();
  const double writes_per_second = offered / static_cast<double>(per_write);
  Step step;
  std::size_t next = 0;
  const double cpu0 = thread_cpu_seconds();
  const Clock::time_point start = Clock::now();
  for (;;) {
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (elapsed >= seconds) break;
    const auto due = static_cast<std::uint64_t>(elapsed * writes_per_second);
    while (step.writes < due) {
      const int fd = pairs[next++ % pairs.size()].writer.get();
      if (::send(fd, batch.data(), batch.size(), MSG_DONTWAIT | MSG_NOSIGNAL) < 0) {
        ++step.refused;
      }
      ++step.writes;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  step.cpu = thread_cpu_seconds() - cpu0;
  step.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  step.deliveries = (step.writes - step.refused) * per_write;
  return step;
}

}  // namespace

std::vector<Row> run_floor(const FloorPlan& plan) {
  const std::vector<Pair> pairs = connect_pairs(plan.connections);
  const std::string message(plan.message_bytes, 'x');
  std::vector<Row> rows;
  Readers readers(pairs);
  for (const double offered : plan.offered) {
    for (const std::size_t per_write : plan.per_write) {
      const double reader_cpu0 = readers.cpu_seconds();
      const Step step = write_at(pairs, offered, per_write, message, plan.measure_seconds);
      const double millions = static_cast<double>(step.deliveries) / 1e6;
      Row row;
      row.label = "offered " + std::to_string(static_cast<long>(offered)) + "/s, " +
                  std::to_string(per_write) + " per write";
      row.add("delivered/s", static_cast<double>(step.deliveries) / step.seconds)
          .add("writes/s", static_cast<double>(step.writes) / step.seconds)
          .add("refused", static_cast<double>(step.refused))
          .add("writer CPU s/M", step.cpu / millions)
          .add("reader CPU s/M", (readers.cpu_seconds() - reader_cpu0) / millions);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace kring::loadgen
