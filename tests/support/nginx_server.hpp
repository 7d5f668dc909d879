// A real nginx for one test, in front of the given kring nodes, running the
// committed deploy/nginx/kring.conf: only the lines between its "kring:nodes"
// markers (one `server` line per node, with the parameters of the committed
// first one) and its "kring:listen" markers (127.0.0.1 on a free port) are
// replaced; everything else is tested as written. Logs, pid and temp paths go
// to a fresh temp dir, so nothing needs root. nginx runs in the foreground as
// one process (master_process off) with PR_SET_PDEATHSIG, and is stopped
// (SIGTERM, then SIGKILL) when the object goes away.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kring::test {

class NginxServer {
 public:
  // Starts nginx with `site_conf` (the path of deploy/nginx/kring.conf)
  // proxying to 127.0.0.1:`node_ports`, and waits until it accepts
  // connections. Throws std::runtime_error (with nginx's error log) when the
  // config cannot be adapted or nginx does not come up in time.
  NginxServer(const std::string& site_conf, const std::vector<std::uint16_t>& node_ports);
  ~NginxServer();

  NginxServer(const NginxServer&) = delete;
  NginxServer& operator=(const NginxServer&) = delete;

  std::uint16_t port() const { return port_; }
  const std::string& dir() const { return dir_; }

  // nginx's error log so far, for failure messages.
  std::string error_log() const;
  // One line per proxied request: the request, its status and the node that answered.
  std::string access_log() const;

  // SIGTERM, then SIGKILL if it has not ended after a grace period. Idempotent.
  void stop();

 private:
  void start();
  bool accepts_connections() const;
  bool exited();

  std::uint16_t port_ = 0;
  std::string dir_;
  pid_t pid_ = -1;
};

}  // namespace kring::test
