// fuzz_http_request: raw request bytes through Beast's request parser (with
// the limits http_session sets) and the routing a node does for plain HTTP:
// the WebSocket upgrade's path and Origin check, /record (its query string,
// bearer token and answer), /templates, /healthz, /metrics and static files.
// No sockets: the answers are serialized to bytes here.
//
// Checked: nothing crashes; a static file never resolves outside the static
// root, whether by "..", encodings, NULs or symlinks (the fixture's root holds
// links that point out of it), and no answer carries the bytes of the file
// placed just outside it; every answer serializes as an HTTP/1 response.
//
// The fuzzer cannot guess the fixture room's random facilitator secret or
// participant code, so the literal tokens @secret@ and @code@ in the input are
// replaced by them: the authorized /record paths are reachable too.
#include <unistd.h>

#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "base/metrics.hpp"
#include "check.hpp"
#include "hub/room_registry.hpp"
#include "log/memory/memory_log.hpp"
#include "net/origin_policy.hpp"
#include "net/query_string.hpp"
#include "net/record_route.hpp"
#include "net/server_context.hpp"
#include "net/session_tracker.hpp"
#include "net/static_files.hpp"

namespace kring::fuzz {
namespace {

namespace fs = std::filesystem;
namespace http = boost::beast::http;

// The limits http_session.cpp gives its parser.
constexpr std::uint32_t max_header_bytes = 8 * 1024;
constexpr std::uint64_t max_body_bytes = 4 * 1024;
constexpr std::string_view outside_marker = "OUTSIDE-THE-STATIC-ROOT-5c1e";
constexpr core::TimeMs record_time = 1'700'000'000'000;

void write_file(const fs::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary) << content;
}

// A scratch directory: static/ (the root: files, a subdirectory, a link that
// stays inside, links that lead out), and beside it secret.txt and
// static-sibling/ (same name prefix as the root) holding the outside marker.
fs::path make_tree() {
  const fs::path base =
      fs::temp_directory_path() / ("kring-fuzz-http-" + std::to_string(::getpid()));
  fs::remove_all(base);
  const fs::path root = base / "static";
  fs::create_directories(root / "assets");
  fs::create_directories(base / "static-sibling");
  write_file(root / "index.html", "<!doctype html><title>index</title>");
  write_file(root / "assets" / "app.js", "console.log('app');");
  write_file(root / "assets" / "index.html", "<p>assets</p>");
  write_file(root / "style.css", "body{}");
  write_file(base / "secret.txt", outside_marker);
  write_file(base / "static-sibling" / "index.html", outside_marker);
  fs::create_symlink("assets/app.js", root / "inside-link.js");
  fs::create_symlink("../secret.txt", root / "outside-link.txt");
  fs::create_symlink("../static-sibling", root / "sibling");
  fs::create_symlink(base, root / "up");
  return root;
}

struct Fixture {
  fs::path root = make_tree();
  fs::path real_root = fs::canonical(root);
  boost::asio::io_context io;
  log::MemoryLog room_log;
  base::Metrics metrics;
  hub::RoomRegistry registry{io, room_log, metrics, hub::RegistryOptions{}};
  net::OriginPolicy same_host{{}};
  net::OriginPolicy listed{{"https://Kring.example:8443/", "http://localhost:8080"}};
  net::SessionTracker sessions;
  net::ServerContext context{
      "fuzz",   "",  std::size_t{8} << 20, std::size_t{128} << 10, registry, metrics, same_host,
      sessions, root};
  protocol::RoomCapabilities room;
  // Each input asks from an address of its own: failed lookups are limited
  // per address, and a limit tripped by earlier inputs would hide the rest of
  // the /record path from the fuzzer (and make an input's path depend on them).
  std::uint64_t clients = 0;

  Fixture() {
    bool made = false;
    registry.create_room(protocol::CreateRoom{"Fuzz room", ""},
                         [this, &made](hub::RoomRegistry::Created created) {
                           room = std::get<protocol::RoomCapabilities>(created);
                           made = true;
                         });
    io.run();
    require(made, "the fixture room was not made");
    std::atexit([] {
      fs::remove_all(fs::temp_directory_path() / ("kring-fuzz-http-" + std::to_string(::getpid())));
    });
  }
};

Fixture& fixture() {
  static Fixture instance;
  return instance;
}

std::string substituted(std::string_view input, const Fixture& f) {
  std::string out(input);
  for (const auto& [token, value] :
       {std::pair<std::string_view, std::string_view>{"@secret@", f.room.facilitator_secret},
        {"@code@", f.room.participant_code}}) {
    for (std::size_t at = out.find(token); at != std::string::npos;
         at = out.find(token, at + value.size())) {
      out.replace(at, token.size(), value);
    }
  }
  return out;
}

void check_static(const Fixture& f, std::string_view target) {
  const std::optional<fs::path> path = net::resolve_static(f.root, target);
  if (!path) return;
  const std::string resolved = path->native();
  const std::string prefix = f.real_root.native() + "/";
  require(resolved.compare(0, prefix.size(), prefix) == 0, "a static path escapes the root");
  require(fs::canonical(*path) == *path, "a resolved static path is not canonical");
  require(fs::is_regular_file(*path), "a resolved static path is not a regular file");
}

// Serializes `response` as the session would write it, and checks the bytes.
void drain(http::message_generator response) {
  std::string bytes;
  boost::beast::error_code ec;
  while (!response.is_done()) {
    const auto buffers = response.prepare(ec);
    require(!ec, "an answer fails to serialize");
    const std::size_t size = boost::asio::buffer_size(buffers);
    bytes += boost::beast::buffers_to_string(buffers);
    response.consume(size);
  }
  require(bytes.rfind("HTTP/1.", 0) == 0, "an answer does not start with a status line");
  require(bytes.find(outside_marker) == std::string::npos, "an answer carries an outside file");
}

void check_origin(const Fixture& f, const net::HttpRequest& request) {
  std::optional<std::string_view> origin;
  if (const auto it = request.find(http::field::origin); it != request.end()) origin = it->value();
  const std::string_view host = request[http::field::host];
  if (f.same_host.allows(origin, host) && origin) {
    // Allowed with no list: the Origin is scheme://<the Host header>.
    const std::size_t scheme_end = origin->find("://");
    require(scheme_end != std::string_view::npos && !host.empty() &&
                origin->size() - (scheme_end + 3) == host.size(),
            "a foreign origin passes the same-host rule");
  }
  (void)f.listed.allows(origin, host);
}

void check_query(std::string_view target, std::string_view name) {
  const std::optional<std::string_view> value = net::query_param(target, name);
  if (!value) return;
  require(value->find('&') == std::string_view::npos, "a query value spans two parameters");
  // A name without '=' has an empty value that points nowhere.
  require(value->empty() || (value->data() >= target.data() &&
                             value->data() + value->size() <= target.data() + target.size()),
          "a query value lies outside the target");
}

void record(Fixture& f, const net::HttpRequest& request) {
  std::optional<net::RecordAnswer> answer;
  net::fetch_record(request, f.context, "client-" + std::to_string(++f.clients),
                    [&answer](net::RecordAnswer a) { answer = std::move(a); });
  f.io.restart();
  f.io.run();
  require(answer.has_value(), "a /record request got no answer");
  drain(net::record_response(request, *answer, record_time));
}

void route(Fixture& f, const net::HttpRequest& request) {
  const std::string_view target = request.target();
  const std::string_view path = target.substr(0, target.find('?'));
  check_static(f, target);
  check_query(target, "format");
  check_query(target, "lang");
  check_query(target, "room");
  // The order of HttpSession::on_read: upgrade, then /record, then the rest.
  if (boost::beast::websocket::is_upgrade(request)) return check_origin(f, request);
  const bool get_or_head =
      request.method() == http::verb::get || request.method() == http::verb::head;
  if (get_or_head && path == "/record") return record(f, request);
  drain(net::respond(request, f.context));
}

}  // namespace
}  // namespace kring::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kring::fuzz;
  Fixture& f = fixture();
  const std::string input =
      substituted(std::string_view(reinterpret_cast<const char*>(data), size), f);

  http::request_parser<http::string_body> parser;
  parser.header_limit(max_header_bytes);
  parser.body_limit(max_body_bytes);
  parser.eager(true);
  boost::beast::error_code ec;
  std::string_view rest = input;
  while (!rest.empty() && !parser.is_done()) {
    const std::size_t used = parser.put(boost::asio::buffer(rest.data(), rest.size()), ec);
    if (ec == http::error::need_more) break;
    if (ec || used == 0) break;
    rest.remove_prefix(used);
  }
  // As http::read does at the end of the stream: put_eof only after some bytes.
  if (!parser.is_done() && parser.got_some() && (!ec || ec == http::error::need_more)) {
    parser.put_eof(ec);
  }
  if (!parser.is_done()) {
    // Not a request: still, no target string may resolve outside the root.
    check_static(f, input);
    return 0;
  }
  route(f, parser.get());
  return 0;
}
