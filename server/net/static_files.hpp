// static_files: mapping a request target to a file of the web client, safely.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kring::net {

// The regular file `target` names under `root` ("/" and "/dir/" mean their
// index.html), or nothing. Query and fragment are ignored. Nothing outside
// `root` is ever returned: targets with "." or ".." segments, backslashes or
// NULs are refused, and the resolved path (symlinks followed) must stay under
// the resolved root.
std::optional<std::filesystem::path> resolve_static(const std::filesystem::path& root,
                                                    std::string_view target);

// The path under the root that `target` names, as resolve_static reads it:
// "/" -> "index.html", "/assets/a.js?x" -> "assets/a.js". For a target
// resolve_static accepted.
std::string static_relative_path(std::string_view target);

// The Content-Type for a file name, by extension.
std::string_view mime_type(std::string_view path);

}  // namespace kring::net
