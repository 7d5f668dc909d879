// file_name: the name a downloaded record is saved under,
// "kring-<room title slug>-<YYYY-MM-DD>.<extension>".
#pragma once

#include <string>
#include <string_view>

#include "core/ids.hpp"

namespace kring::record {

// Lower-case ASCII letters and digits of `title`, runs of anything else as one
// dash, at most 48 characters; "kamer" when nothing is left. Safe inside a
// quoted Content-Disposition filename (no quote, backslash or control byte).
std::string title_slug(std::string_view title);

std::string record_file_name(std::string_view title, core::TimeMs generated_at_ms,
                             std::string_view extension);

}  // namespace kring::record
