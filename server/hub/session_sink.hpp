// session_sink: how the hub talks to one client connection without knowing its
// transport. Implemented by the WebSocket session; room actors and client
// connections hold it as a weak_ptr (its identity in a room) and never block on it.
#pragma once

#include <memory>
#include <string>

namespace kring::hub {

class SessionSink {
 public:
  virtual ~SessionSink() = default;

  // Queues one encoded ServerMessage (a ServerBatch entry, see
  // protocol/server_message.hpp). Thread-safe: hops to the
  // session's own strand. Frames from one caller thread keep their order.
  // The frame is shared, never copied: one broadcast buffer serves every
  // session of an audience.
  virtual void deliver(std::shared_ptr<const std::string> frame) = 0;

  // Tells the client to reconnect elsewhere (GoingAway) and closes with 1012.
  // Thread-safe.
  virtual void close_going_away() = 0;

  // Tells the client its room was deleted (RoomDeleted) and closes with 1000
  // once that is written. Thread-safe.
  virtual void close_room_deleted() = 0;
};

}  // namespace kring::hub
