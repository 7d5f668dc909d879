#include "hub/room_registry.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/checks.hpp"
#include "core/limits.hpp"
#include "core/secret_hash.hpp"
#include "hub/capabilities.hpp"

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

template <class Map, class Key>
std::optional<core::RoomId> lookup(const Map& map, const Key& key) {
  const auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

}  // namespace

RoomRegistry::RoomRegistry(boost::asio::io_context& io, log::RoomLog& log, net::Metrics& metrics,
                           RegistryOptions options)
    : io_(io), log_(log), metrics_(metrics), options_(std::move(options)) {}

void RoomRegistry::create_room(std::string title, CreatedDone done) {
  // Checked here with the core's own rule, so that a room whose creation
  // decide() would reject never reaches the log.
  if (auto bad = core::check_text(title, core::limits::max_title_bytes, "title")) {
    return done(std::move(*bad));
  }
  protocol::RoomCapabilities caps;
  core::RoomId id = 0;
  core::cmd::CreateRoom command;
  std::shared_ptr<RoomActor> actor;
  {
    const std::lock_guard lock(mutex_);
    if (rooms_.size() >= options_.max_rooms) {
      return done(core::Rejection{core::ErrorCode::limit_reached, "this node holds enough rooms"});
    }
    do {
      caps = generate_capabilities();
    } while (credential_taken_locked(caps));
    do {
      id = random_u64();
    } while (id == 0 || rooms_.contains(id));
    command = core::cmd::CreateRoom{std::move(title), core::hash_secret(caps.facilitator_secret),
                                    caps.participant_code, caps.board_code,
                                    core::hash_secret(caps.projector_token)};
    actor = RoomActor::start(io_, log_, metrics_, id, log_.create(id), options_.room);
    rooms_.emplace(id, Entry{actor, command.facilitator_hash, caps.participant_code,
                             caps.board_code, command.projector_hash});
    by_participant_code_.emplace(caps.participant_code, id);
    by_board_code_.emplace(caps.board_code, id);
    by_facilitator_hash_.emplace(command.facilitator_hash, id);
    by_projector_hash_.emplace(command.projector_hash, id);
  }
  actor->create(std::move(command), [this, id, caps = std::move(caps), done = std::move(done)](
                                        std::optional<core::Rejection> failed) {
    if (failed) {
      remove(id);
      return done(std::move(*failed));
    }
    done(caps);
  });
}

std::variant<RoomRegistry::Found, core::Rejection> RoomRegistry::find(protocol::CredentialKind kind,
                                                                      std::string_view credential,
                                                                      std::string_view client) {
  const auto now = TokenBucket::Clock::now();
  const std::lock_guard lock(mutex_);
  const auto failures = failures_by_client_.find(std::string(client));
  if (failures != failures_by_client_.end() && !failures->second.has_token(now)) {
    return core::Rejection{core::ErrorCode::rate_limited, "too many unknown codes, wait a minute"};
  }
  if (auto room = lookup_locked(kind, credential)) return Found{std::move(room), role_of(kind)};
  bucket_locked(client, now).try_take(now);
  return core::Rejection{core::ErrorCode::room_not_found, "no room answers to this credential"};
}

std::size_t RoomRegistry::room_count() const {
  const std::lock_guard lock(mutex_);
  return rooms_.size();
}

std::shared_ptr<RoomActor> RoomRegistry::lookup_locked(protocol::CredentialKind kind,
                                                       std::string_view credential) const {
  std::optional<core::RoomId> id;
  switch (kind) {
    case protocol::CredentialKind::participant_code:
      id = lookup(by_participant_code_, normalize_code(credential));
      break;
    case protocol::CredentialKind::board_code:
      id = lookup(by_board_code_, normalize_code(credential));
      break;
    case protocol::CredentialKind::facilitator_secret:
      id = lookup(by_facilitator_hash_, core::hash_secret(credential));
      break;
    case protocol::CredentialKind::projector_token:
      id = lookup(by_projector_hash_, core::hash_secret(credential));
      break;
  }
  if (!id) return nullptr;
  const auto room = rooms_.find(*id);
  return room == rooms_.end() ? nullptr : room->second.actor;
}

bool RoomRegistry::credential_taken_locked(const protocol::RoomCapabilities& caps) const {
  return by_participant_code_.contains(caps.participant_code) ||
         by_board_code_.contains(caps.board_code) ||
         by_facilitator_hash_.contains(core::hash_secret(caps.facilitator_secret)) ||
         by_projector_hash_.contains(core::hash_secret(caps.projector_token));
}

void RoomRegistry::remove(core::RoomId id) {
  const std::lock_guard lock(mutex_);
  const auto room = rooms_.find(id);
  if (room == rooms_.end()) return;
  by_participant_code_.erase(room->second.participant_code);
  by_board_code_.erase(room->second.board_code);
  by_facilitator_hash_.erase(room->second.facilitator_hash);
  by_projector_hash_.erase(room->second.projector_hash);
  rooms_.erase(room);
}

TokenBucket& RoomRegistry::bucket_locked(std::string_view client,
                                         TokenBucket::Clock::time_point now) {
  std::string key(client);
  if (const auto it = failures_by_client_.find(key); it != failures_by_client_.end()) {
    return it->second;
  }
  if (failures_by_client_.size() >= options_.max_tracked_clients) {
    // Full buckets carry no memory of failures: forgetting them changes nothing.
    std::erase_if(failures_by_client_, [now](auto& entry) { return entry.second.full(now); });
  }
  if (failures_by_client_.size() >= options_.max_tracked_clients) {
    const auto oldest = std::min_element(
        failures_by_client_.begin(), failures_by_client_.end(),
        [](const auto& a, const auto& b) { return a.second.updated() < b.second.updated(); });
    failures_by_client_.erase(oldest);
  }
  return failures_by_client_
      .emplace(std::move(key),
               TokenBucket(options_.failures_per_minute / 60.0, options_.failure_burst, now))
      .first->second;
}

}  // namespace kring::hub
