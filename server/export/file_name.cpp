#include "export/file_name.hpp"

#include "export/wording.hpp"

namespace kring::record {
namespace {

constexpr std::size_t max_slug = 48;

}  // namespace

std::string title_slug(std::string_view title) {
  std::string slug;
  bool dash = false;
  for (const char raw : title) {
    char c = raw;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      dash = !slug.empty();
      continue;
    }
    if (dash) slug += '-';
    dash = false;
    if (slug.size() + 1 > max_slug) break;
    slug += c;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "kamer" : slug;
}

std::string record_file_name(std::string_view title, core::TimeMs generated_at_ms,
                             std::string_view extension) {
  return "kring-" + title_slug(title) + "-" + words::date(generated_at_ms) + "." +
         std::string(extension);
}

}  // namespace kring::record
