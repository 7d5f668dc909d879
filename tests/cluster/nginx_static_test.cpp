// The web client's files through nginx running deploy/nginx/kring.conf: the
// nodes' precompressed bodies, cache lifetimes and security headers reach the
// browser as the node sent them (nginx neither strips nor compresses again).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/compression.hpp"
#include "support/http_client.hpp"
#include "support/nginx_server.hpp"
#include "support/server_process.hpp"

#ifndef KRING_NGINX_CONF
#error "KRING_NGINX_CONF must name deploy/nginx/kring.conf"
#endif

namespace kring::test {
namespace nginx_static_test {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string asset_text() {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "export const row" + std::to_string(i) + " = 'kring';\n";
  return text;
}

class NginxStatic : public ::testing::Test {
 protected:
  static fs::path make_static_dir() {
    std::string pattern = (fs::temp_directory_path() / "kring-nginx-static-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    const fs::path root = pattern;
    fs::create_directory(root / "assets");
    write_file(root / "index.html", "<!doctype html><title>kring</title>\n");
    write_file(root / "assets" / "index-9c1e.js", asset_text());
    write_file(root / "assets" / "index-9c1e.js.br", brotli_compress(asset_text()));
    write_file(root / "assets" / "index-9c1e.js.gz", gzip_compress(asset_text()));
    return root;
  }

  void TearDown() override {
    nginx_.stop();
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  fs::path root_ = make_static_dir();
  ServerProcess node_a_{{"--static-dir", root_.string(), "--node-name", "node-a"}};
  ServerProcess node_b_{{"--static-dir", root_.string(), "--node-name", "node-b"}};
  NginxServer nginx_{KRING_NGINX_CONF, {node_a_.port(), node_b_.port()}};
};

TEST_F(NginxStatic, PrecompressedBodiesCacheLifetimesAndSecurityHeadersPassThrough) {
  for (const char* coding : {"br", "gzip"}) {
    SCOPED_TRACE(coding);
    const HttpResponse script =
        http_get(nginx_.port(), "/assets/index-9c1e.js", {{"Accept-Encoding", coding}});
    ASSERT_EQ(script.status, 200u) << nginx_.error_log();
    EXPECT_EQ(script.header("Content-Encoding"), coding);
    EXPECT_EQ(
        std::string(coding) == "br" ? brotli_decompress(script.body) : gzip_decompress(script.body),
        asset_text());
    EXPECT_EQ(script.header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_EQ(script.header("Vary"), "Accept-Encoding");
    EXPECT_EQ(script.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(script.header("Referrer-Policy"), "no-referrer");
    EXPECT_NE(script.header("Content-Security-Policy").find("default-src 'self'"),
              std::string::npos);
  }
  const HttpResponse page = http_get(nginx_.port(), "/", {{"Accept-Encoding", "gzip, br"}});
  EXPECT_EQ(page.status, 200u);
  EXPECT_EQ(page.header("Cache-Control"), "no-cache");
  EXPECT_NE(page.header("Content-Security-Policy").find("frame-ancestors 'none'"),
            std::string::npos);
  // Without Accept-Encoding the file as it is.
  EXPECT_EQ(http_get(nginx_.port(), "/assets/index-9c1e.js").body, asset_text());
}

}  // namespace
}  // namespace nginx_static_test
}  // namespace kring::test
