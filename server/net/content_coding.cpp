#include "net/content_coding.hpp"

#include <cctype>
#include <optional>

namespace kring::net {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The weight of one "coding;q=x" element: 1 without a q, nullopt when the
// weight is not a valid qvalue (RFC 9110 12.4.2: 0, 1, 0.xxx, 1.000).
std::optional<bool> accepts(std::string_view parameters) {
  bool weight_positive = true;
  while (!parameters.empty()) {
    const std::size_t semicolon = parameters.find(';');
    const std::string_view parameter = trimmed(parameters.substr(0, semicolon));
    parameters =
        semicolon == std::string_view::npos ? std::string_view{} : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || !same_token(parameter.substr(0, 2), "q=")) continue;
    const std::string_view value = parameter.substr(2);
    if (value.empty() || (value[0] != '0' && value[0] != '1') || value.size() > 5) return {};
    if (value.size() > 1 && value[1] != '.') return {};
    bool any_nonzero_fraction = false;
    for (std::size_t i = 2; i < value.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) return {};
      if (value[0] == '1' && value[i] != '0') return {};
      any_nonzero_fraction = any_nonzero_fraction || value[i] != '0';
    }
    weight_positive = value[0] == '1' || any_nonzero_fraction;
  }
  return weight_positive;
}

// Whether `header` accepts `coding`: named with a positive weight, or not
// named and "*" given a positive weight.
bool accepted(std::string_view header, std::string_view coding) {
  std::optional<bool> named;
  std::optional<bool> any;
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    const std::string_view element = trimmed(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    const std::size_t semicolon = element.find(';');
    const std::string_view name = trimmed(element.substr(0, semicolon));
    const std::optional<bool> weight = accepts(
        semicolon == std::string_view::npos ? std::string_view{} : element.substr(semicolon + 1));
    if (!weight) continue;
    if (same_token(name, coding)) named = *weight;
    if (name == "*") any = *weight;
  }
  if (named) return *named;
  return any.value_or(false);
}

}  // namespace

ContentCoding choose_coding(std::string_view accept_encoding, StoredCopies copies) {
  if (copies.brotli && accepted(accept_encoding, "br")) return ContentCoding::brotli;
  if (copies.gzip && accepted(accept_encoding, "gzip")) return ContentCoding::gzip;
  return ContentCoding::identity;
}

std::string_view stored_suffix(ContentCoding coding) {
  switch (coding) {
    case ContentCoding::brotli:
      return ".br";
    case ContentCoding::gzip:
      return ".gz";
    case ContentCoding::identity:
      break;
  }
  return "";
}

std::string_view encoding_name(ContentCoding coding) {
  switch (coding) {
    case ContentCoding::brotli:
      return "br";
    case ContentCoding::gzip:
      return "gzip";
    case ContentCoding::identity:
      break;
  }
  return "";
}

std::string_view cache_control_for(std::string_view relative_path) {
  if (relative_path.starts_with("assets/")) return "public, max-age=31536000, immutable";
  return "no-cache";
}

}  // namespace kring::net
