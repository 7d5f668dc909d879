// origin_policy: which browser pages may open /ws. Browsers always send Origin
// on a WebSocket upgrade, so checking it stops other sites from driving a
// visitor's browser into a room (cross-site WebSocket hijacking).
//
//  - A request without Origin is not from a browser page: allowed (a
//    non-browser client could send any Origin anyway).
//  - With an empty allowlist: allowed when the Origin's host[:port] equals the
//    Host header (the page was served by this node).
//  - Otherwise: allowed when the Origin equals an allowlist entry
//    (scheme://host[:port], compared case-insensitively).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kring::net {

class OriginPolicy {
 public:
  explicit OriginPolicy(std::vector<std::string> allowed_origins);

  // `origin` is nullopt when the header is absent.
  bool allows(std::optional<std::string_view> origin, std::string_view host) const;

 private:
  std::vector<std::string> allowed_;  // lower case, no trailing slash
};

}  // namespace kring::net
