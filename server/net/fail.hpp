// fail: the one place network errors are reported. Handlers open with
// `if (ec) return fail(ec, "what")`. The ordinary ends of a connection (peer
// closed, reset, timed out, operation cancelled) are not worth a log line.
#pragma once

#include <boost/beast/core/error.hpp>

namespace kring::net {

void fail(boost::beast::error_code ec, const char* what);

}  // namespace kring::net
