// deploy/nginx/kring.conf by itself: with one of its nodes dead, every new
// connection still reaches the live node (the dead one is skipped at connect
// time), WebSockets are upgraded through it, the node's origin check still sees
// the browser's Host, and /metrics stays private.
#include <gtest/gtest.h>
#include <signal.h>

#include <memory>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/nginx_server.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

#ifndef KRING_NGINX_CONF
#error "KRING_NGINX_CONF must name deploy/nginx/kring.conf"
#endif

namespace kring::test {
namespace nginx_failover_test {
namespace {

std::string welcome_node(const WsClient& client) {
  for (const Frame& frame : client.frames()) {
    if (frame.parsed && frame.message.has_welcome()) return frame.message.welcome().node();
  }
  return {};
}

TEST(NginxInFront, SkipsADeadNodeAndProxiesWebSocketsAndHttp) {
  RedisServer redis;
  std::vector<std::string> live_args = redis.node_args();
  live_args.insert(live_args.end(), {"--node-name", "live"});
  std::vector<std::string> dead_args = redis.node_args();
  dead_args.insert(dead_args.end(), {"--node-name", "dead"});
  ServerProcess live(live_args);
  ServerProcess dead(dead_args);
  dead.send_signal(SIGKILL);
  ASSERT_TRUE(dead.wait_for_exit(default_timeout).has_value());
  NginxServer nginx(KRING_NGINX_CONF, {dead.port(), live.port()});

  // Round robin would send every other connection to the dead node.
  for (int i = 0; i < 4; ++i) {
    SCOPED_TRACE("connection " + std::to_string(i));
    const std::unique_ptr<WsClient> client = connect_with_hello(nginx.port());
    EXPECT_EQ(welcome_node(*client), "live") << nginx.access_log();
    const kring::v1::RoomCreated room = client->create_room("Through nginx");
    EXPECT_FALSE(room.participant_code().empty());
    client->close();
  }

  const HttpResponse health = http_get(nginx.port(), "/healthz");
  EXPECT_EQ(health.status, 200u);
  EXPECT_EQ(health.body, "ok");
  EXPECT_EQ(http_get(nginx.port(), "/metrics").status, 403u) << "per-node metrics stay private";

  // nginx passes the Host the browser sent, so a same-origin page may connect
  // and a foreign one may not.
  EXPECT_EQ(
      websocket_upgrade_status(nginx.port(), "http://127.0.0.1:" + std::to_string(nginx.port())),
      101u);
  EXPECT_EQ(websocket_upgrade_status(nginx.port(), "https://elsewhere.example"), 403u);
  nginx.stop();
}

}  // namespace
}  // namespace nginx_failover_test
}  // namespace kring::test
