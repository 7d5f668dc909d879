// A one-shot HTTP/1.1 client for tests: one request per connection, bounded by
// a deadline so a test never hangs. The request target is sent exactly as
// given (no normalisation), which path-traversal tests rely on.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kring::test {

struct HttpResponse {
  unsigned status = 0;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // The value of header `name` (case-insensitive), or empty.
  std::string header(const std::string& name) const;
};

// Sends GET `target` to 127.0.0.1:`port` with the extra `headers`. Throws
// std::runtime_error on a transport failure or timeout.
HttpResponse http_get(std::uint16_t port, const std::string& target,
                      const std::vector<std::pair<std::string, std::string>>& headers = {},
                      std::chrono::milliseconds timeout = std::chrono::seconds(15));

// The value of the Prometheus sample whose name (with labels, if any) is
// exactly `series` in the exposition `body`, or -1 when it is absent.
double metric_value(const std::string& body, const std::string& series);

// Sends a WebSocket upgrade request for /ws with `origin` (empty: no Origin
// header) and returns the response status: 101 when the upgrade is accepted.
unsigned websocket_upgrade_status(std::uint16_t port, const std::string& origin);

}  // namespace kring::test
