// Turns the committed deploy/nginx/kring.conf into a config a test can run:
// pure text functions, so that a broken marker fails loudly instead of
// silently testing something else.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kring::test {

// `site_conf` with the lines between "# kring:nodes begin" and "# kring:nodes
// end" replaced by one `server 127.0.0.1:PORT<params>` line per node, where
// <params> is what follows the address on the committed first `server` line,
// and the lines between "# kring:listen begin" and "# kring:listen end"
// replaced by `listen 127.0.0.1:LISTEN_PORT;`. Throws std::runtime_error when
// a marker or the first `server` line is missing.
std::string adapt_site_conf(std::string_view site_conf,
                            const std::vector<std::uint16_t>& node_ports,
                            std::uint16_t listen_port);

// A complete nginx.conf that includes `site_path` inside `http { }`, with one
// worker connection pool, and its logs and every temp path under `dir`.
std::string test_main_conf(const std::string& dir, const std::string& site_path);

}  // namespace kring::test
