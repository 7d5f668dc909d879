#include "net/room_log_factory.hpp"

#include "log/memory_log.hpp"

namespace kring::net {

std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& /*io*/,
                                            const Config& /*config*/) {
  return std::make_unique<log::MemoryLog>();
}

}  // namespace kring::net
