// content_coding: which stored copy of a static file a request gets, and how
// long a browser may keep it. Pure functions of the request's headers and the
// file's name; static file serving (http_routes.cpp) does the I/O.
#pragma once

#include <string_view>

namespace kring::net {

enum class ContentCoding { identity, gzip, brotli };

// What the build stored beside a file (web-client/scripts/precompress.mjs
// writes NAME.br and NAME.gz when they are smaller than NAME).
struct StoredCopies {
  bool brotli = false;
  bool gzip = false;
};

// The coding to send: brotli when the request accepts it and a copy exists,
// else gzip likewise, else the file as it is. `accept_encoding` is the
// Accept-Encoding header (RFC 9110 12.5.3): codings separated by commas, each
// with an optional ";q=" weight; q=0 refuses a coding, "*" stands for any
// coding not named. Anything unparsable counts as not accepted.
ContentCoding choose_coding(std::string_view accept_encoding, StoredCopies copies);

// ".br" / ".gz" / "" — the suffix of the stored copy.
std::string_view stored_suffix(ContentCoding coding);
// "br" / "gzip" / "" — the Content-Encoding value.
std::string_view encoding_name(ContentCoding coding);

// Cache-Control for a file of the web client by its path under the static
// root: the build names everything under assets/ by a hash of its content, so
// those never change ("immutable", a year); every other file (index.html,
// favicon) keeps its name across releases and is revalidated on every use.
std::string_view cache_control_for(std::string_view relative_path);

// The Content-Security-Policy of the web client: scripts, styles, fonts and
// images only from this origin (images also as data: URLs, the QR code),
// connections only to this origin (its WebSocket included), no plugins, no
// framing, no <base>, forms only to this origin.
inline constexpr std::string_view content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'";

}  // namespace kring::net
