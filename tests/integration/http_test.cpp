// The plain HTTP side of the server: health, metrics, static files (and no
// way out of the static directory), and the Origin policy on the upgrade.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include "support/compression.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/ws_client.hpp"

namespace kring::test {
namespace http_test {
namespace {

namespace fs = std::filesystem;

constexpr const char* allowed_origin = "http://kring.test.example";
constexpr const char* index_html = "<!doctype html><title>kring test index</title>\n";
constexpr const char* app_js = "console.log('kring test app');\n";
constexpr const char* outside_secret = "OUTSIDE-THE-STATIC-DIR-4f1c9a";

// A hashed asset big enough to be worth compressing.
std::string repeated_asset() {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "export const line" + std::to_string(i) + " = 'kring';\n";
  return text;
}
const std::string asset_js = repeated_asset();

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

class Http : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "kring-http-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    fs::create_directory(root_ / "static");
    write_file(root_ / "static" / "index.html", index_html);
    write_file(root_ / "static" / "app.js", app_js);
    // As the build leaves them: hashed assets with their compressed copies.
    fs::create_directory(root_ / "static" / "assets");
    write_file(root_ / "static" / "assets" / "index-3f9a.js", asset_js);
    write_file(root_ / "static" / "assets" / "index-3f9a.js.gz", gzip_compress(asset_js));
    write_file(root_ / "static" / "assets" / "index-3f9a.js.br", brotli_compress(asset_js));
    write_file(root_ / "static" / "index.html.gz", gzip_compress(index_html));
    write_file(root_ / "secret.txt", outside_secret);
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{
        "--static-dir", (root_ / "static").string(), "--allowed-origins", allowed_origin});
  }

  void TearDown() override {
    if (server_) {
      const ExitStatus status = server_->stop();
      EXPECT_TRUE(status.clean()) << "kring-server " << status.describe();
    }
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  std::uint16_t port() const { return server_->port(); }

  fs::path root_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(Http, HealthzSaysOk) {
  const HttpResponse response = http_get(port(), "/healthz");
  EXPECT_EQ(response.status, 200u);
  std::string body = response.body;
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
  EXPECT_EQ(body, "ok");
}

TEST_F(Http, MetricsCountSessionsFramesAndRejections) {
  // Make the counters move first: one session with a Hello and one bad request.
  {
    WsClient client(port());
    client.hello();
    kring::v1::ClientMessage early;
    early.set_request_id(7);
    early.mutable_claim_notes();
    const kring::v1::ServerMessage reply = client.request(early);
    ASSERT_TRUE(reply.has_error()) << reply.ShortDebugString();
    client.close();
  }
  const HttpResponse response = http_get(port(), "/metrics");
  EXPECT_EQ(response.status, 200u);
  EXPECT_NE(response.header("Content-Type").find("text/plain"), std::string::npos)
      << response.header("Content-Type");
  const std::string& body = response.body;
  for (const char* series :
       {"kring_connections", "kring_connections_total", "kring_rooms", "kring_http_requests_total",
        "kring_frames_in_total", "kring_bytes_in_total", "kring_frames_out_total",
        "kring_messages_out_total", "kring_bytes_out_total", "kring_slow_consumers_closed_total",
        "kring_append_conflicts_total", "kring_append_conflicts_without_read_total"}) {
    SCOPED_TRACE(series);
    EXPECT_GE(metric_value(body, series), 0) << body;
    EXPECT_NE(body.find(std::string("# TYPE ") + series + " "), std::string::npos);
  }
  EXPECT_GE(metric_value(body, "kring_connections_total"), 1);
  EXPECT_GE(metric_value(body, "kring_frames_in_total"), 2);
  EXPECT_GE(metric_value(body, "kring_frames_out_total"), 2);
  EXPECT_GE(metric_value(body, "kring_messages_out_total"),
            metric_value(body, "kring_frames_out_total"));
  EXPECT_EQ(metric_value(body, "kring_slow_consumers_closed_total"), 0);
  // One node alone on its log never finds another writer first.
  EXPECT_EQ(metric_value(body, "kring_append_conflicts_total"), 0);
  EXPECT_EQ(metric_value(body, "kring_rejections_total{code=\"not_joined\"}"), 1) << body;
  EXPECT_EQ(metric_value(body, "kring_rejections_total{code=\"forbidden\"}"), 0) << body;
}

TEST_F(Http, StaticFilesAreServedFromTheStaticDir) {
  const HttpResponse root = http_get(port(), "/");
  EXPECT_EQ(root.status, 200u);
  EXPECT_EQ(root.body, index_html);
  EXPECT_NE(root.header("Content-Type").find("text/html"), std::string::npos);

  const HttpResponse index = http_get(port(), "/index.html");
  EXPECT_EQ(index.status, 200u);
  EXPECT_EQ(index.body, index_html);

  const HttpResponse script = http_get(port(), "/app.js");
  EXPECT_EQ(script.status, 200u);
  EXPECT_EQ(script.body, app_js);
  EXPECT_NE(script.header("Content-Type").find("javascript"), std::string::npos)
      << script.header("Content-Type");

  EXPECT_EQ(http_get(port(), "/missing.txt").status, 404u);
  EXPECT_EQ(http_get(port(), "/no/such/dir/file.js").status, 404u);
}

// Each file in the coding the browser accepts, decoding to the file itself;
// hashed assets cached for a year, everything else revalidated; the security
// headers on every file.
TEST_F(Http, StaticFilesArePrecompressedCachedAndCarryTheSecurityHeaders) {
  const std::string asset = "/assets/index-3f9a.js";
  const HttpResponse brotli = http_get(port(), asset, {{"Accept-Encoding", "gzip, deflate, br"}});
  EXPECT_EQ(brotli.status, 200u);
  EXPECT_EQ(brotli.header("Content-Encoding"), "br");
  EXPECT_LT(brotli.body.size(), asset_js.size());
  EXPECT_EQ(brotli_decompress(brotli.body), asset_js);
  EXPECT_NE(brotli.header("Content-Type").find("javascript"), std::string::npos);

  const HttpResponse gzip = http_get(port(), asset, {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(gzip.header("Content-Encoding"), "gzip");
  EXPECT_EQ(gzip_decompress(gzip.body), asset_js);

  for (const char* refusing : {"", "identity", "br;q=0, gzip;q=0", "*;q=0", "compress"}) {
    SCOPED_TRACE(refusing);
    const HttpResponse plain = http_get(port(), asset, {{"Accept-Encoding", refusing}});
    EXPECT_EQ(plain.header("Content-Encoding"), "");
    EXPECT_EQ(plain.body, asset_js);
  }
  EXPECT_EQ(http_get(port(), asset).body, asset_js);  // no Accept-Encoding at all

  // index.html has only a gzip copy: brotli is asked for, gzip comes.
  const HttpResponse index = http_get(port(), "/", {{"Accept-Encoding", "br, gzip"}});
  EXPECT_EQ(index.header("Content-Encoding"), "gzip");
  EXPECT_EQ(gzip_decompress(index.body), index_html);

  EXPECT_EQ(brotli.header("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(index.header("Cache-Control"), "no-cache");
  EXPECT_EQ(http_get(port(), "/app.js").header("Cache-Control"), "no-cache");
  for (const HttpResponse* response : {&brotli, &gzip, &index}) {
    EXPECT_EQ(response->header("Vary"), "Accept-Encoding");
    EXPECT_EQ(response->header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(response->header("Referrer-Policy"), "no-referrer");
    const std::string policy = response->header("Content-Security-Policy");
    EXPECT_NE(policy.find("default-src 'self'"), std::string::npos) << policy;
    EXPECT_NE(policy.find("connect-src 'self'"), std::string::npos) << policy;
    EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos) << policy;
    EXPECT_EQ(policy.find("unsafe"), std::string::npos) << policy;
  }
}

TEST_F(Http, NoPathLeavesTheStaticDir) {
  for (const char* target : {"/../secret.txt", "/static/../../secret.txt", "/..%2fsecret.txt",
                             "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/./../secret.txt",
                             "/app.js/../../secret.txt", "//../secret.txt", "/..\\secret.txt"}) {
    SCOPED_TRACE(target);
    try {
      const HttpResponse response = http_get(port(), target);
      EXPECT_NE(response.status, 200u);
      EXPECT_EQ(response.body.find(outside_secret), std::string::npos);
    } catch (const std::runtime_error& closed) {
      // Dropping the connection on a malformed target is also a refusal.
      SUCCEED() << closed.what();
    }
  }
  EXPECT_EQ(http_get(port(), "/healthz").status, 200u) << "the server must still be serving";
}

TEST_F(Http, UpgradeFromAForeignOriginIsRefused) {
  EXPECT_EQ(websocket_upgrade_status(port(), "http://evil.example"), 403u);
  EXPECT_EQ(websocket_upgrade_status(port(), "null"), 403u);
  EXPECT_EQ(websocket_upgrade_status(port(), allowed_origin), 101u);

  ConnectOptions options;
  options.origin = allowed_origin;
  WsClient client(port(), options);
  EXPECT_TRUE(client.hello().protocol_version() == kring::v1::PROTOCOL_VERSION_1);
  client.close();
}

}  // namespace
}  // namespace http_test
}  // namespace kring::test

namespace kring::test {
namespace http_test {
namespace {

TEST(HttpWithoutClient, RootExplainsThatTheWebClientIsMissing) {
  ServerProcess server({"--static-dir", "/nonexistent-kring-static-dir"});
  const HttpResponse root = http_get(server.port(), "/");
  EXPECT_EQ(root.status, 200u);
  EXPECT_NE(root.body.find("Kring is running"), std::string::npos);
  EXPECT_EQ(http_get(server.port(), "/app.js").status, 404u);
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace http_test
}  // namespace kring::test
