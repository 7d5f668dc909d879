// The template catalogue on the wire (kring.v1.TemplateCatalogue), for the
// HTTP route that serves it.
#pragma once

#include <string>

#include "core/templates.hpp"

namespace kring::protocol {

// The serialized catalogue of `language`; the same bytes on every call.
std::string encode_template_catalogue(core::Language language);

}  // namespace kring::protocol
