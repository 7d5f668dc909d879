#include "app/node.hpp"

#include <boost/asio/ip/address.hpp>
#include <stdexcept>
#include <utility>
#include <variant>

#include "app/room_log_factory.hpp"
#include "base/wall_clock.hpp"

namespace kring::app {
namespace {

constexpr auto shutdown_poll = std::chrono::milliseconds(50);
constexpr auto demo_retry_delay = std::chrono::milliseconds(200);
// Retention is counted in days; a sweep this often ends rooms at most this late.
constexpr auto retention_sweep_every = std::chrono::minutes(10);
constexpr core::TimeMs ms_per_day = 86'400'000;

hub::RegistryOptions registry_options(const Config& config) {
  hub::RegistryOptions options;
  options.max_rooms = config.max_rooms;
  // A resume replay must fit in a session's send queue with room to spare.
  options.room.max_replay_bytes = config.send_queue_bytes / 2;
  options.room.snapshot_every = config.snapshot_every;
  return options;
}

}  // namespace

Node::Node(boost::asio::io_context& io, const Config& config)
    : config_(config),
      log_(make_room_log(io, config_)),
      registry_(io, *log_, metrics_, registry_options(config_)),
      origins_(config_.allowed_origins),
      context_{config_.node_name,
               config_.public_url,
               config_.send_queue_bytes,
               config_.socket_send_buffer_bytes,
               registry_,
               metrics_,
               origins_,
               sessions_,
               std::filesystem::absolute(config_.static_dir)},
      listener_(std::make_shared<net::Listener>(
          io,
          boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address(config_.bind), config_.port),
          context_)),
      shutdown_timer_(io),
      demo_retry_timer_(io),
      retention_timer_(io) {}

void Node::start() {
  listener_->run();
  if (config_.room_retention_days > 0) schedule_retention_sweep();
}

void Node::schedule_retention_sweep() {
  retention_timer_.expires_after(retention_sweep_every);
  retention_timer_.async_wait([this](boost::system::error_code ec) {
    if (ec || shutting_down_.load()) return;
    const core::TimeMs retention_ms = core::TimeMs{config_.room_retention_days} * ms_per_day;
    registry_.expire_idle(base::wall_clock_ms() - retention_ms);
    schedule_retention_sweep();
  });
}

void Node::create_demo_room(DemoRoomDone done) { try_demo_room(50, std::move(done)); }

void Node::try_demo_room(int attempts_left, DemoRoomDone done) {
  registry_.create_room(
      protocol::CreateRoom{"Demo room", ""},
      [this, attempts_left, done = std::move(done)](hub::RoomRegistry::Created created) {
        if (auto* caps = std::get_if<protocol::RoomCapabilities>(&created)) return done(*caps);
        const auto& rejection = std::get<core::Rejection>(created);
        if (rejection.code != core::ErrorCode::storage_unavailable || attempts_left <= 1) {
          return done("demo room: " + rejection.detail);
        }
        demo_retry_timer_.expires_after(demo_retry_delay);
        demo_retry_timer_.async_wait([this, attempts_left, done](boost::system::error_code ec) {
          if (!ec) try_demo_room(attempts_left - 1, done);
        });
      });
}

void Node::shutdown(std::chrono::milliseconds deadline, std::function<void()> done) {
  if (shutting_down_.exchange(true)) return;
  context_.stopping.store(true);
  listener_->stop();
  sessions_.close_all_going_away();
  wait_for_sessions(std::chrono::steady_clock::now() + deadline, std::move(done));
}

void Node::wait_for_sessions(std::chrono::steady_clock::time_point deadline,
                             std::function<void()> done) {
  if (sessions_.size() == 0 || std::chrono::steady_clock::now() >= deadline) return done();
  shutdown_timer_.expires_after(shutdown_poll);
  shutdown_timer_.async_wait(
      [this, deadline, done = std::move(done)](boost::system::error_code ec) {
        if (ec) return;
        wait_for_sessions(deadline, done);
      });
}

}  // namespace kring::app
