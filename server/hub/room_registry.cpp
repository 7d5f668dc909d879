#include "hub/room_registry.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "base/random.hpp"
#include "core/access.hpp"
#include "core/limits.hpp"
#include "core/secret_hash.hpp"
#include "hub/capabilities.hpp"
#include "hub/credential_keys.hpp"

namespace kring::hub {
namespace {

core::Role role_of(protocol::CredentialKind kind) {
  switch (kind) {
    case protocol::CredentialKind::facilitator_secret:
      return core::Role::facilitator;
    case protocol::CredentialKind::participant_code:
      return core::Role::participant;
    case protocol::CredentialKind::board_code:
      return core::Role::board_member;
    case protocol::CredentialKind::projector_token:
      return core::Role::projector;
  }
  return core::Role::participant;
}

// Fresh capabilities colliding with another room's this often in a row means
// something else is wrong; the creation fails instead of looping.
constexpr int max_create_attempts = 3;

}  // namespace

RoomRegistry::RoomRegistry(boost::asio::io_context& io, log::RoomLog& log, base::Metrics& metrics,
                           RegistryOptions options)
    : io_(io),
      log_(log),
      metrics_(metrics),
      options_(std::move(options)),
      links_(std::make_shared<ProgrammeLinks>(io, metrics, *this)),
      lookups_(options_.lookups) {
  room_options_ = options_.room;
  room_options_.links = links_;
}

std::shared_ptr<RoomActor> RoomRegistry::room_by_id(core::RoomId id) {
  const std::lock_guard lock(mutex_);
  if (const auto room = rooms_.find(id); room != rooms_.end()) return room->second;
  if (rooms_.size() >= options_.max_rooms) return nullptr;
  std::shared_ptr<RoomActor> actor = RoomActor::open(io_, log_, metrics_, id, room_options_);
  rooms_.emplace(id, actor);
  return actor;
}

void RoomRegistry::create_room(protocol::CreateRoom room, CreatedDone done) {
  // Checked here with the core's own rules, so that a room whose creation
  // decide() would reject never reaches the log.
  if (auto bad = core::check_room_title(room.title)) return done(std::move(*bad));
  if (auto bad = core::check_time_zone(room.time_zone)) return done(std::move(*bad));
  create_with_fresh_capabilities(std::move(room), 0, std::move(done));
}

// Registers fresh credentials in the directory first (so no other room can
// take them), then makes the room's actor and appends its first event.
void RoomRegistry::create_with_fresh_capabilities(protocol::CreateRoom room, int attempt,
                                                  CreatedDone done) {
  protocol::RoomCapabilities caps = generate_capabilities();
  core::RoomId id = 0;
  {
    const std::lock_guard lock(mutex_);
    if (rooms_.size() >= options_.max_rooms) {
      return done(core::Rejection{core::ErrorCode::limit_reached, "this node holds enough rooms"});
    }
    do {
      id = base::random_u64();
    } while (id == 0 || rooms_.contains(id));
  }
  std::vector<std::string> keys = credential_keys(caps);
  log_.register_credentials(
      id, keys,
      [this, id, keys, caps = std::move(caps), room = std::move(room), attempt,
       done = std::move(done)](log::WriteStatus status) mutable {
        if (status == log::WriteStatus::refused && attempt + 1 < max_create_attempts) {
          return create_with_fresh_capabilities(std::move(room), attempt + 1, std::move(done));
        }
        if (status != log::WriteStatus::written) {
          return done(core::Rejection{core::ErrorCode::storage_unavailable,
                                      "room storage unavailable, try again"});
        }
        core::cmd::CreateRoom command{std::move(room.title),
                                      core::hash_secret(caps.facilitator_secret),
                                      caps.participant_code,
                                      caps.board_code,
                                      core::hash_secret(caps.projector_token),
                                      std::move(room.time_zone),
                                      room.kind};
        std::shared_ptr<RoomActor> actor;
        {
          const std::lock_guard lock(mutex_);
          actor = RoomActor::start(io_, log_, metrics_, id, log_.create(id), room_options_);
          rooms_.emplace(id, actor);
          for (const std::string& key : keys) by_key_[key] = id;
        }
        actor->create(std::move(command),
                      [this, id, keys, caps = std::move(caps),
                       done = std::move(done)](std::optional<core::Rejection> failed) {
                        if (failed) {
                          remove(id, keys);
                          return done(std::move(*failed));
                        }
                        done(caps);
                      });
      });
}

void RoomRegistry::find(protocol::CredentialKind kind, std::string_view credential,
                        std::string_view client, FindDone done) {
  std::string key = credential_key(kind, credential);
  const core::Role role = role_of(kind);
  if (!lookups_.may_look_up(client, LookupLimiter::Clock::now())) {
    return done(
        core::Rejection{core::ErrorCode::rate_limited, "too many unknown codes, wait a minute"});
  }
  std::shared_ptr<RoomActor> known;
  {
    const std::lock_guard lock(mutex_);
    if (const auto id = by_key_.find(key); id != by_key_.end()) {
      if (const auto room = rooms_.find(id->second); room != rooms_.end()) known = room->second;
    }
  }
  if (known) return done(Found{std::move(known), role});
  log_.find_room(key,
                 [this, key, role, client = std::string(client), done = std::move(done)](
                     log::FindOutcome outcome) { on_found(key, role, outcome, client, done); });
}

void RoomRegistry::on_found(const std::string& key, core::Role role, log::FindOutcome outcome,
                            std::string client, const FindDone& done) {
  switch (outcome.status) {
    case log::FindStatus::not_found:
      lookups_.count_failure(client, LookupLimiter::Clock::now());
      return done(
          core::Rejection{core::ErrorCode::room_not_found, "no room answers to this credential"});
    case log::FindStatus::unavailable:
      return done(core::Rejection{core::ErrorCode::storage_unavailable,
                                  "room storage unavailable, try again"});
    case log::FindStatus::found:
      break;
  }
  std::shared_ptr<RoomActor> actor;
  {
    const std::lock_guard lock(mutex_);
    if (const auto room = rooms_.find(outcome.room); room != rooms_.end()) {
      actor = room->second;
    } else if (rooms_.size() < options_.max_rooms) {
      // Made on another node (or before this node's cache knew it): load it.
      actor = RoomActor::open(io_, log_, metrics_, outcome.room, room_options_);
      rooms_.emplace(outcome.room, actor);
    }
    if (actor) by_key_[key] = outcome.room;
  }
  if (!actor) {
    return done(core::Rejection{core::ErrorCode::limit_reached, "this node holds enough rooms"});
  }
  done(Found{std::move(actor), role});
}

void RoomRegistry::delete_by_id(core::RoomId id, std::function<void(bool deleted)> done) {
  log_.remove_room(id, [this, id, done = std::move(done)](log::WriteStatus status) {
    if (status != log::WriteStatus::written) return done(false);
    std::shared_ptr<RoomActor> actor;
    {
      const std::lock_guard lock(mutex_);
      if (const auto room = rooms_.find(id); room != rooms_.end()) actor = room->second;
    }
    if (actor) actor->end_as_deleted();
    forget(id);
    done(true);
  });
}

std::size_t RoomRegistry::room_count() const {
  const std::lock_guard lock(mutex_);
  return rooms_.size();
}

std::size_t RoomRegistry::expire_idle(core::TimeMs cutoff_ms) {
  std::vector<std::shared_ptr<RoomActor>> idle;
  {
    const std::lock_guard lock(mutex_);
    for (const auto& [id, actor] : rooms_) {
      if (actor->last_activity_ms() < cutoff_ms) idle.push_back(actor);
    }
  }
  for (const auto& actor : idle) end_room(actor);
  return idle.size();
}

void RoomRegistry::forget(core::RoomId id) {
  const std::lock_guard lock(mutex_);
  rooms_.erase(id);
  std::erase_if(by_key_, [id](const auto& entry) { return entry.second == id; });
}

void RoomRegistry::end_room(const std::shared_ptr<RoomActor>& actor) {
  const core::RoomId id = actor->id();
  forget(id);
  actor->close();
  log_.remove_room(id, [](log::WriteStatus) {
    // Best effort: with Redis the room's keys expire by their TTL anyway.
  });
}

void RoomRegistry::remove(core::RoomId id, const std::vector<std::string>& keys) {
  const std::lock_guard lock(mutex_);
  rooms_.erase(id);
  for (const std::string& key : keys) by_key_.erase(key);
}

}  // namespace kring::hub
