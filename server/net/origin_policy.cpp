#include "net/origin_policy.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace kring::net {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "https://Example.org:8443" -> "example.org:8443"; empty when not an origin.
std::string host_of_origin(std::string_view origin) {
  const std::size_t scheme_end = origin.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const std::string_view rest = origin.substr(scheme_end + 3);
  if (rest.empty() || rest.find('/') != std::string_view::npos) return {};
  return lower(rest);
}

}  // namespace

OriginPolicy::OriginPolicy(std::vector<std::string> allowed_origins) {
  for (const std::string& origin : allowed_origins) {
    std::string entry = lower(origin);
    while (!entry.empty() && entry.back() == '/') entry.pop_back();
    if (!entry.empty()) allowed_.push_back(std::move(entry));
  }
}

bool OriginPolicy::allows(std::optional<std::string_view> origin, std::string_view host) const {
  if (!origin) return true;
  if (allowed_.empty()) {
    const std::string origin_host = host_of_origin(*origin);
    return !origin_host.empty() && origin_host == lower(host);
  }
  return std::find(allowed_.begin(), allowed_.end(), lower(*origin)) != allowed_.end();
}

}  // namespace kring::net
