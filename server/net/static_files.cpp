#include "net/static_files.hpp"

#include <algorithm>
#include <array>
#include <system_error>
#include <utility>

namespace kring::net {
namespace {

bool safe_segments(std::string_view path) {
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return false;
  }
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (segment == "." || segment == "..") return false;
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return true;
}

bool is_under(const std::filesystem::path& root, const std::filesystem::path& path) {
  const auto [root_end, unused] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

}  // namespace

std::optional<std::filesystem::path> resolve_static(const std::filesystem::path& root,
                                                    std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  if (target.empty() || target.front() != '/' || !safe_segments(target)) return std::nullopt;
  const std::string relative = static_relative_path(target);

  std::error_code ec;
  const std::filesystem::path real_root = std::filesystem::canonical(root, ec);
  if (ec) return std::nullopt;
  const std::filesystem::path real = std::filesystem::canonical(real_root / relative, ec);
  if (ec || !is_under(real_root, real)) return std::nullopt;
  if (!std::filesystem::is_regular_file(real, ec) || ec) return std::nullopt;
  return real;
}

std::string static_relative_path(std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  std::string relative(target.empty() ? target : target.substr(1));
  if (relative.empty() || relative.back() == '/') relative += "index.html";
  return relative;
}

std::string_view mime_type(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> types = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".wasm", "application/wasm"},
      {".txt", "text/plain; charset=utf-8"},
  }};
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  const std::string_view extension = path.substr(dot);
  for (const auto& [known, type] : types) {
    if (extension == known) return type;
  }
  return "application/octet-stream";
}

}  // namespace kring::net
