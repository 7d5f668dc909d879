#include "hub/client_connection.hpp"

#include <utility>
#include <variant>

#include "base/wall_clock.hpp"
#include "core/secret_hash.hpp"
#include "hub/replies.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {

ClientConnection::ClientConnection(RoomRegistry& registry, base::Metrics& metrics,
                                   std::weak_ptr<SessionSink> session,
                                   std::string_view client_address, std::string_view node_name,
                                   std::string_view public_url, ConnectionLimits limits)
    : registry_(registry),
      metrics_(metrics),
      session_(std::move(session)),
      client_address_(client_address),
      node_name_(node_name),
      public_url_(public_url),
      limits_(limits),
      budget_(limits.messages_per_second, limits.message_burst, TokenBucket::Clock::now()),
      refusals_(limits.refusals_per_second, limits.refusal_burst, TokenBucket::Clock::now()) {}

ClientConnection::Verdict ClientConnection::on_frame(std::string_view frame) {
  auto decoded = protocol::decode_client(frame);
  const auto now = TokenBucket::Clock::now();
  if (!budget_.try_take(now)) {
    // Accepted frames in between do not forgive a flood: refusals have their own budget.
    if (!refusals_.try_take(now)) return Verdict::close;
    const std::uint64_t request_id =
        std::visit([](const auto& d) { return d.request_id; }, decoded);
    reject(request_id, core::ErrorCode::rate_limited, "too many messages, slow down");
    return Verdict::keep_open;
  }
  if (auto* failure = std::get_if<protocol::DecodeFailure>(&decoded)) {
    send_error(session_, metrics_, failure->request_id, failure->rejection);
    return Verdict::keep_open;
  }
  auto& message = std::get<protocol::ClientMessage>(decoded);
  const std::uint64_t request_id = message.request_id;
  std::visit([this, request_id](auto& payload) { handle(request_id, std::move(payload)); },
             message.payload);
  return Verdict::keep_open;
}

void ClientConnection::on_closed() {
  if (room_) room_->route([session = session_](RoomActor& room) { room.leave(session); });
  room_.reset();
}

void ClientConnection::handle(std::uint64_t request_id, protocol::Hello hello) {
  if (greeted_) return reject(request_id, core::ErrorCode::protocol_version, "hello sent twice");
  if (hello.protocol_version != protocol::protocol_version) {
    return reject(request_id, core::ErrorCode::protocol_version, "unsupported protocol version");
  }
  greeted_ = true;
  send_frame(session_,
             protocol::encode_welcome(request_id, node_name_, public_url_, base::wall_clock_ms()));
}

void ClientConnection::handle(std::uint64_t request_id, protocol::CreateRoom create) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (rooms_created_ >= limits_.max_rooms_created) {
    return reject(request_id, core::ErrorCode::limit_reached, "too many rooms on one connection");
  }
  ++rooms_created_;
  registry_.create_room(std::move(create), [session = session_, metrics = &metrics_,
                                            request_id](RoomRegistry::Created created) {
    if (auto* caps = std::get_if<protocol::RoomCapabilities>(&created)) {
      return send_frame(session, protocol::encode_room_created(request_id, *caps));
    }
    send_error(session, *metrics, request_id, std::get<core::Rejection>(created));
  });
}

void ClientConnection::handle(std::uint64_t request_id, protocol::JoinRoom join) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (joined()) return reject(request_id, core::ErrorCode::already_joined, "already in a room");
  room_ = std::make_shared<RoomTicket>(limits_.max_held_while_joining);
  const auto kind = join.kind;
  const std::string credential = std::move(join.credential);
  // Capabilities (not codes) are checked against the room's current hash.
  const bool capability = kind == protocol::CredentialKind::facilitator_secret ||
                          kind == protocol::CredentialKind::projector_token;
  registry_.find(kind, credential, client_address_,
                 [ticket = room_, session = session_, metrics = &metrics_, request_id,
                  request = JoinRequest{core::Role::participant,
                                        capability ? core::hash_secret(credential) : "",
                                        std::move(join.member_secret), std::move(join.display_name),
                                        join.resume_from}](RoomRegistry::FindResult found) mutable {
                   if (auto* rejection = std::get_if<core::Rejection>(&found)) {
                     ticket->fail();
                     return send_error(session, *metrics, request_id, *rejection);
                   }
                   auto& room = std::get<RoomRegistry::Found>(found);
                   request.role = room.role;
                   room.room->join(session, request_id, std::move(request), [ticket](bool seated) {
                     if (!seated) ticket->fail();
                   });
                   ticket->resolve(std::move(room.room));
                 });
}

void ClientConnection::handle(std::uint64_t request_id, core::Command command) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (!joined()) return reject(request_id, core::ErrorCode::not_joined, "join a room first");
  route(request_id,
        [session = session_, request_id, command = std::move(command)](RoomActor& room) mutable {
          room.command(session, request_id, std::move(command));
        });
}

void ClientConnection::handle(std::uint64_t request_id, protocol::ClaimNotes claim) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (!joined()) return reject(request_id, core::ErrorCode::not_joined, "join a room first");
  route(request_id, [session = session_, request_id,
                     secrets = std::move(claim.note_secrets)](RoomActor& room) mutable {
    room.claim_notes(session, request_id, std::move(secrets));
  });
}

void ClientConnection::handle(std::uint64_t request_id, protocol::Ping ping) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  send_frame(session_, protocol::encode_pong(request_id, ping.nonce, base::wall_clock_ms()));
}

void ClientConnection::handle(std::uint64_t request_id, protocol::DeleteRoom) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (!joined()) return reject(request_id, core::ErrorCode::not_joined, "join a room first");
  route(request_id, [session = session_, request_id, registry = &registry_](RoomActor& room) {
    room.delete_room(session, request_id, [registry, id = room.id()] { registry->forget(id); });
  });
}

void ClientConnection::handle(std::uint64_t request_id, protocol::AttachRoom request) {
  lead(request_id, std::move(request));
}

void ClientConnection::handle(std::uint64_t request_id, protocol::ReleaseDecisions request) {
  lead(request_id, std::move(request));
}

void ClientConnection::handle(std::uint64_t request_id, protocol::ImportDilemmas request) {
  lead(request_id, std::move(request));
}

void ClientConnection::handle(std::uint64_t request_id, protocol::GetProgrammeOverview request) {
  lead(request_id, request);
}

void ClientConnection::lead(std::uint64_t request_id, RoomActor::LeadRequest request) {
  if (!greeted_) return reject(request_id, core::ErrorCode::protocol_version, "send hello first");
  if (!joined()) return reject(request_id, core::ErrorCode::not_joined, "join a room first");
  route(request_id, [session = session_, request_id, request = std::move(request),
                     client = std::string(client_address_)](RoomActor& room) mutable {
    room.lead_request(session, request_id, std::move(request), std::move(client));
  });
}

void ClientConnection::reject(std::uint64_t request_id, core::ErrorCode code,
                              std::string_view detail) {
  send_error(session_, metrics_, request_id, core::Rejection{code, std::string(detail)});
}

bool ClientConnection::joined() const { return room_ && !room_->failed(); }

void ClientConnection::route(std::uint64_t request_id, RoomTicket::Action action) {
  if (room_->route(std::move(action)) != RoomTicket::Route::refused) return;
  if (room_->failed()) return reject(request_id, core::ErrorCode::not_joined, "join a room first");
  reject(request_id, core::ErrorCode::rate_limited, "wait for Joined before sending more");
}

}  // namespace kring::hub
