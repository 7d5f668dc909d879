// SHA-256 of a device-held secret. The server stores only these hashes, so a
// leaked store reveals no capability or authorship secret.
#pragma once

#include <string>
#include <string_view>

#include "core/model.hpp"

namespace kring::core {

// 32 raw bytes.
SecretHash hash_secret(std::string_view secret);

}  // namespace kring::core
