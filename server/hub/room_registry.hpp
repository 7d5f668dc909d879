// room_registry: every room this node holds, found by its capabilities.
// Thread-safe (one mutex; no call made under it blocks or calls out).
//
// Only hashes of the facilitator secret and projector token are kept. Failed
// credential lookups are rate-limited per client address, so codes cannot be
// enumerated from one address; the table of addresses is bounded.
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

#include "core/errors.hpp"
#include "core/ids.hpp"
#include "core/model.hpp"
#include "core/views.hpp"  // protocol/messages.hpp needs core::Snapshot
#include "hub/room_actor.hpp"
#include "hub/token_bucket.hpp"
#include "log/room_log.hpp"
#include "net/metrics.hpp"
#include "protocol/messages.hpp"

namespace kring::hub {

struct RegistryOptions {
  std::size_t max_rooms = 1000;
  // Failed lookups per client address: `failures_per_minute`, up to `failure_burst`.
  double failures_per_minute = 10;
  double failure_burst = 10;
  std::size_t max_tracked_clients = 10'000;
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

  RoomRegistry(boost::asio::io_context& io, log::RoomLog& log, net::Metrics& metrics,
               RegistryOptions options);

  // Makes a room titled `title`. `done` gets its capabilities once its first
  // event is in the log, or the reason it could not be made (limit_reached,
  // invalid_argument, storage_unavailable). It may run before this returns.
  void create_room(std::string title, CreatedDone done);

  // The room and role a credential of `kind` grants. Codes are normalised
  // first. room_not_found for an unknown credential, rate_limited when
  // `client` failed too often lately.
  std::variant<Found, core::Rejection> find(protocol::CredentialKind kind,
                                            std::string_view credential, std::string_view client);

  std::size_t room_count() const;

 private:
  struct Entry {
    std::shared_ptr<RoomActor> actor;
    core::SecretHash facilitator_hash;
    std::string participant_code;
    std::string board_code;
    core::SecretHash projector_hash;
  };

  std::shared_ptr<RoomActor> lookup_locked(protocol::CredentialKind kind,
                                           std::string_view credential) const;
  bool credential_taken_locked(const protocol::RoomCapabilities& caps) const;
  void remove(core::RoomId id);
  // The failure bucket of `client`, made (and the table pruned) if needed.
  TokenBucket& bucket_locked(std::string_view client, TokenBucket::Clock::time_point now);

  boost::asio::io_context& io_;
  log::RoomLog& log_;
  net::Metrics& metrics_;
  const RegistryOptions options_;

  mutable std::mutex mutex_;
  std::unordered_map<core::RoomId, Entry> rooms_;
  std::unordered_map<std::string, core::RoomId> by_participant_code_;
  std::unordered_map<std::string, core::RoomId> by_board_code_;
  std::unordered_map<core::SecretHash, core::RoomId> by_facilitator_hash_;
  std::unordered_map<core::SecretHash, core::RoomId> by_projector_hash_;
  std::unordered_map<std::string, TokenBucket> failures_by_client_;
};

}  // namespace kring::hub
