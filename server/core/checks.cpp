#include "core/checks.hpp"

#include <string>

#include "core/limits.hpp"

namespace kring::core {

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code_point = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code_point = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code_point = lead & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (next & 0x3Fu);
    }
    // Overlong forms, surrogates and values past Unicode's range are invalid.
    static constexpr std::uint32_t smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < smallest[length] || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

Check check_optional_text(std::string_view text, std::size_t max_bytes, std::string_view what) {
  if (text.size() > max_bytes) {
    return reject(ErrorCode::invalid_argument,
                  std::string(what) + " longer than " + std::to_string(max_bytes) + " bytes");
  }
  if (!is_valid_utf8(text)) {
    return reject(ErrorCode::invalid_argument, std::string(what) + " is not valid UTF-8");
  }
  return std::nullopt;
}

Check check_text(std::string_view text, std::size_t max_bytes, std::string_view what) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return reject(ErrorCode::invalid_argument, std::string(what) + " is empty");
  }
  return check_optional_text(text, max_bytes, what);
}

Check check_secret(std::string_view secret, std::string_view what) {
  if (secret.size() < limits::min_secret_bytes || secret.size() > limits::max_secret_bytes) {
    return reject(ErrorCode::invalid_argument, std::string(what) + " must be 16..64 bytes");
  }
  return std::nullopt;
}

}  // namespace kring::core
