// Small helpers for fixtures that start a real server process on loopback.
#pragma once

#include <netinet/in.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kring::test {

// 127.0.0.1:port.
sockaddr_in loopback(std::uint16_t port);

// Asks the kernel for a free port. Another process could take it before the
// fixture's server binds it; that server then fails to start and the fixture
// reports its log rather than testing the wrong server. Throws naming `who`.
std::uint16_t free_loopback_port(std::string_view who);

// A fresh directory under the system temp dir named kring-<who>-XXXXXX.
std::string make_temp_dir(std::string_view who);

}  // namespace kring::test
