#include "net/session_tracker.hpp"

#include <utility>
#include <vector>

namespace kring::net {

void SessionTracker::add(const void* key, std::weak_ptr<hub::SessionSink> session) {
  const std::lock_guard lock(mutex_);
  sessions_[key] = std::move(session);
}

void SessionTracker::remove(const void* key) {
  const std::lock_guard lock(mutex_);
  sessions_.erase(key);
}

std::size_t SessionTracker::size() const {
  const std::lock_guard lock(mutex_);
  return sessions_.size();
}

void SessionTracker::close_all_going_away() {
  std::vector<std::shared_ptr<hub::SessionSink>> live;
  {
    const std::lock_guard lock(mutex_);
    live.reserve(sessions_.size());
    for (const auto& [key, session] : sessions_) {
      if (auto sink = session.lock()) live.push_back(std::move(sink));
    }
  }
  // Outside the lock: a session may finish (and remove itself) meanwhile.
  for (const auto& sink : live) sink->close_going_away();
}

}  // namespace kring::net
