// session_tracker: every open WebSocket session of the node, so that a
// graceful stop can tell each one to go away and wait until all are gone.
// Thread-safe. Holds sessions weakly: it never keeps one alive.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "hub/session_sink.hpp"

namespace kring::net {

class SessionTracker {
 public:
  // `key` identifies the session until remove(key); its address is fine.
  void add(const void* key, std::weak_ptr<hub::SessionSink> session);
  void remove(const void* key);
  std::size_t size() const;

  // Asks every tracked session to send GoingAway and close with 1012.
  void close_all_going_away();

 private:
  mutable std::mutex mutex_;
  std::unordered_map<const void*, std::weak_ptr<hub::SessionSink>> sessions_;
};

}  // namespace kring::net
