// kring-server: flags -> Config, the io_context and its threads, the signals.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "app/config.hpp"
#include "app/node.hpp"
#include "app/room_log_factory.hpp"

namespace {

constexpr auto shutdown_deadline = std::chrono::seconds(5);

void print_links(const std::string& base, const kring::protocol::RoomCapabilities& caps) {
  std::printf("facilitator: %s/#/facilitate/%s\n", base.c_str(), caps.facilitator_secret.c_str());
  std::printf("participant: %s/#/join/%s\n", base.c_str(), caps.participant_code.c_str());
  std::printf("board: %s/#/board/%s\n", base.c_str(), caps.board_code.c_str());
  std::printf("projector: %s/#/projector/%s\n", base.c_str(), caps.projector_token.c_str());
  std::fflush(stdout);
}

// 127.0.0.0/8, ::1 and "localhost": reachable from this machine only.
bool is_loopback_bind(const std::string& bind) {
  return bind.starts_with("127.") || bind == "::1" || bind == "localhost";
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = kring::app::parse_config(argc, argv);
  if (const auto* exit = std::get_if<kring::app::ConfigExit>(&parsed)) {
    std::fputs(exit->message.c_str(), exit->code == 0 ? stdout : stderr);
    return exit->code;
  }
  const auto& config = std::get<kring::app::Config>(parsed);
  if (const auto refused = kring::app::room_log_login_refused(config)) {
    std::fprintf(stderr, "kring-server: %s\n", refused->c_str());
    return 1;
  }

  try {
    boost::asio::io_context io(static_cast<int>(config.threads));
    kring::app::Node node(io, config);
    node.start();

    // The first signal stops gracefully; a second one stops at once. Armed before
    // the listening line, so a supervisor's early SIGTERM is never fatal.
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& ec, int) {
      if (ec) return;
      signals.async_wait([&io](const boost::system::error_code& again, int) {
        if (!again) io.stop();
      });
      node.shutdown(shutdown_deadline, [&io, &signals] {
        boost::system::error_code ignored;
        signals.cancel(ignored);
        io.stop();
      });
    });

    const auto endpoint = node.local_endpoint();
    const bool ipv6 = config.bind.find(':') != std::string::npos;
    const std::string host = ipv6 ? "[" + config.bind + "]" : config.bind;
    const std::string base = "http://" + host + ":" + std::to_string(endpoint.port());
    std::printf("kring: listening on %s\n", base.c_str());
    const std::string links_base = config.public_url.empty() ? base : config.public_url;
    if (config.public_url.empty() && is_loopback_bind(config.bind)) {
      std::printf(
          "kring: only this computer can open %s; phones in the room cannot. For a room:\n"
          "kring:   scripts/run --bind 0.0.0.0 --public-url http://<this computer's address>:%u\n",
          base.c_str(), static_cast<unsigned>(endpoint.port()));
    }
    std::fflush(stdout);

    int exit_code = 0;
    if (config.demo_room) {
      node.create_demo_room([&](std::variant<kring::protocol::RoomCapabilities, std::string> made) {
        if (auto* caps = std::get_if<kring::protocol::RoomCapabilities>(&made)) {
          return print_links(links_base, *caps);
        }
        std::fprintf(stderr, "kring-server: %s\n", std::get<std::string>(made).c_str());
        exit_code = 1;
        io.stop();
      });
    }
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < config.threads; ++i) threads.emplace_back([&io] { io.run(); });
    io.run();
    for (std::thread& thread : threads) thread.join();
    // Let Redis connections close cleanly (nothing else is left to run).
    node.stop_storage();
    io.restart();
    io.run_for(std::chrono::seconds(2));
    return exit_code;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kring-server: %s\n", e.what());
    return 1;
  }
  return 0;
}
