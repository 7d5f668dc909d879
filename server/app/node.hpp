// node: one Kring server process's parts, wired together: the room log
// (in memory, or Redis with --redis), the room registry, the listener and what
// the sessions share. main()
// owns the io_context, the threads and the signals; the node owns the rest.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <variant>

#include "app/config.hpp"
#include "base/metrics.hpp"
#include "hub/room_registry.hpp"
#include "log/room_log.hpp"
#include "net/listener.hpp"
#include "net/origin_policy.hpp"
#include "net/server_context.hpp"
#include "net/session_tracker.hpp"

namespace kring::app {

class Node {
 public:
  // Binds the listening socket (throws boost::system::system_error when it
  // cannot). Nothing runs until start().
  Node(boost::asio::io_context& io, const Config& config);

  boost::asio::ip::tcp::endpoint local_endpoint() const { return listener_->local_endpoint(); }

  void start();

  // Makes a room for --demo-room and calls `done` (on an io thread) with its
  // capabilities, or with the reason it could not be made. While storage is
  // not reachable yet (Redis still connecting) it tries again for a while.
  using DemoRoomDone = std::function<void(std::variant<protocol::RoomCapabilities, std::string>)>;
  void create_demo_room(DemoRoomDone done);

  // Graceful stop: stops accepting, tells every session to reconnect
  // elsewhere (GoingAway, close 1012), and calls `done` once every session is
  // gone or `deadline` has passed. Thread-safe; later calls are ignored.
  void shutdown(std::chrono::milliseconds deadline, std::function<void()> done);

  // After the io_context stopped: closes the room log's connections. Run the
  // io_context again briefly afterwards so they can finish closing.
  void stop_storage() { log_->stop(); }

 private:
  void try_demo_room(int attempts_left, DemoRoomDone done);
  // Every few minutes: ends the rooms idle for longer than the retention.
  void schedule_retention_sweep();
  void wait_for_sessions(std::chrono::steady_clock::time_point deadline,
                         std::function<void()> done);

  const Config config_;
  base::Metrics metrics_;
  std::unique_ptr<log::RoomLog> log_;
  hub::RoomRegistry registry_;
  net::OriginPolicy origins_;
  net::SessionTracker sessions_;
  net::ServerContext context_;
  std::shared_ptr<net::Listener> listener_;
  boost::asio::steady_timer shutdown_timer_;
  boost::asio::steady_timer demo_retry_timer_;
  boost::asio::steady_timer retention_timer_;
  std::atomic<bool> shutting_down_{false};
};

}  // namespace kring::app
