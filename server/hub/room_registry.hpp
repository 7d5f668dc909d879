// room_registry: the rooms this node holds, found by their capabilities.
// Thread-safe (one mutex; no call made under it blocks).
//
// The room log's directory maps credential keys (hub/credential_keys) to room
// ids for every node; this registry caches what it learnt and opens a room
// made on another node by loading it from the log. Only hashes of the
// facilitator secret and projector token are kept, here and in the directory.
// Failed credential lookups are limited per client address and node-wide
// (hub/lookup_limiter), so codes cannot be enumerated, while a correct code
// from an address where someone mistyped still joins.
#pragma once

#include <boost/asio/io_context.hpp>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "base/metrics.hpp"
#include "core/errors.hpp"
#include "core/ids.hpp"
#include "core/model.hpp"
#include "hub/lookup_limiter.hpp"
#include "hub/programme_links.hpp"
#include "hub/room_actor.hpp"
#include "log/room_log.hpp"
#include "protocol/messages.hpp"

namespace kring::hub {

struct RegistryOptions {
  std::size_t max_rooms = 1000;
  LookupLimits lookups;
  RoomOptions room;
};

class RoomRegistry {
 public:
  using Created = std::variant<protocol::RoomCapabilities, core::Rejection>;
  using CreatedDone = std::function<void(Created)>;

  struct Found {
    std::shared_ptr<RoomActor> room;
    core::Role role = core::Role::participant;
  };
  using FindResult = std::variant<Found, core::Rejection>;
  using FindDone = std::function<void(FindResult)>;

  RoomRegistry(boost::asio::io_context& io, log::RoomLog& log, base::Metrics& metrics,
               RegistryOptions options);

  // Makes a room with `room`'s title and time zone. `done` gets its
  // capabilities once its first event is in the log, or the reason it could
  // not be made (limit_reached, invalid_argument, storage_unavailable). It may
  // run before this returns.
  void create_room(protocol::CreateRoom room, CreatedDone done);

  // The room and role a credential of `kind` grants. Codes are normalised
  // first. room_not_found for an unknown credential, rate_limited when
  // `client` failed too often lately, storage_unavailable when the directory
  // could not be asked. `done` may run before this returns, on any thread.
  void find(protocol::CredentialKind kind, std::string_view credential, std::string_view client,
            FindDone done);

  // The actor of room `id` (a room of a programme this node must reach),
  // opened from the log if this node does not hold it yet; null when the node
  // holds --max-rooms already. A room that does not exist answers its
  // commands room_not_found.
  std::shared_ptr<RoomActor> room_by_id(core::RoomId id);
  // Removes room `id` from storage (a programme's room, as the programme is
  // deleted) and, once storage confirmed it, ends its actor here (its
  // sessions get RoomDeleted) and forgets it. `done(false)` when storage
  // refused; then nothing changed. Other nodes end the room when they read it.
  void delete_by_id(core::RoomId id, std::function<void(bool deleted)> done);

  std::size_t room_count() const;

  // What ties the rooms of a programme together on this node.
  ProgrammeLinks& links() { return *links_; }

  // Retention: ends every room whose last activity is before `cutoff_ms`
  // (RoomActor::close) and removes it from the log, with every key that
  // names it. Returns how many rooms it ended.
  std::size_t expire_idle(core::TimeMs cutoff_ms);

  // Forgets room `id` here (its actor and cached credential keys), after the
  // room was deleted; the log already has no trace of it.
  void forget(core::RoomId id);

 private:
  void create_with_fresh_capabilities(protocol::CreateRoom room, int attempt, CreatedDone done);
  void on_found(const std::string& key, core::Role role, log::FindOutcome outcome,
                std::string client, const FindDone& done);

  void remove(core::RoomId id, const std::vector<std::string>& keys);
  // Closes `actor`, forgets it here and removes its room from the log.
  void end_room(const std::shared_ptr<RoomActor>& actor);

  boost::asio::io_context& io_;
  log::RoomLog& log_;
  base::Metrics& metrics_;
  // Every actor's options: RegistryOptions::room with the links below.
  RoomOptions room_options_;
  const RegistryOptions options_;
  std::shared_ptr<ProgrammeLinks> links_;

  mutable std::mutex mutex_;
  std::unordered_map<core::RoomId, std::shared_ptr<RoomActor>> rooms_;
  // Credential keys seen so far (a cache of the log's directory).
  std::unordered_map<std::string, core::RoomId> by_key_;
  LookupLimiter lookups_;
};

}  // namespace kring::hub
