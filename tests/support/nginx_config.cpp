#include "support/nginx_config.hpp"

#include <sstream>
#include <stdexcept>

namespace kring::test {
namespace {

std::string_view trimmed(std::string_view line) {
  const auto first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = line.find_last_not_of(" \t\r");
  return line.substr(first, last - first + 1);
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Block {
  std::size_t begin = 0;  // index of the begin marker line
  std::size_t end = 0;    // index of the end marker line
};

Block find_block(const std::vector<std::string>& lines, const std::string& name) {
  const std::string begin_marker = "# kring:" + name + " begin";
  const std::string end_marker = "# kring:" + name + " end";
  Block block;
  bool found_begin = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trimmed(lines[i]);
    if (!found_begin && line == begin_marker) {
      block.begin = i;
      found_begin = true;
    } else if (found_begin && line == end_marker) {
      block.end = i;
      return block;
    }
  }
  throw std::runtime_error("nginx config: no \"" + begin_marker + "\" ... \"" + end_marker +
                           "\" block");
}

// What follows the address on the first `server ADDRESS ...;` line of the
// block: " max_fails=1 fail_timeout=5s;" for example.
std::string server_parameters(const std::vector<std::string>& lines, const Block& block) {
  for (std::size_t i = block.begin + 1; i < block.end; ++i) {
    const std::string_view line = trimmed(lines[i]);
    if (!line.starts_with("server ")) continue;
    const std::string_view rest = trimmed(line.substr(7));
    const auto address_end = rest.find_first_of(" \t;");
    if (address_end == std::string_view::npos) break;
    return std::string(rest.substr(address_end));
  }
  throw std::runtime_error("nginx config: no `server` line between the kring:nodes markers");
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

}  // namespace

std::string adapt_site_conf(std::string_view site_conf,
                            const std::vector<std::uint16_t>& node_ports,
                            std::uint16_t listen_port) {
  if (node_ports.empty()) throw std::runtime_error("nginx config: no nodes");
  const std::vector<std::string> lines = lines_of(site_conf);
  const Block nodes = find_block(lines, "nodes");
  const Block listen = find_block(lines, "listen");
  const std::string parameters = server_parameters(lines, nodes);

  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > nodes.begin && i < nodes.end) continue;
    if (i > listen.begin && i < listen.end) continue;
    out.push_back(lines[i]);
    if (i == nodes.begin) {
      for (const std::uint16_t port : node_ports) {
        out.push_back("    server 127.0.0.1:" + std::to_string(port) + parameters);
      }
    } else if (i == listen.begin) {
      out.push_back("    listen 127.0.0.1:" + std::to_string(listen_port) + ";");
    }
  }
  return joined(out);
}

std::string test_main_conf(const std::string& dir, const std::string& site_path) {
  std::ostringstream conf;
  conf << "events {\n"
       << "    worker_connections 1024;\n"
       << "}\n"
       << "http {\n"
       << "    log_format kring_test '$remote_addr \"$request\" $status upstream=$upstream_addr';\n"
       << "    access_log " << dir << "/access.log kring_test;\n"
       << "    client_body_temp_path " << dir << "/client_body;\n"
       << "    proxy_temp_path " << dir << "/proxy;\n"
       << "    fastcgi_temp_path " << dir << "/fastcgi;\n"
       << "    uwsgi_temp_path " << dir << "/uwsgi;\n"
       << "    scgi_temp_path " << dir << "/scgi;\n"
       << "    include " << site_path << ";\n"
       << "}\n";
  return conf.str();
}

}  // namespace kring::test
