#include "room_driver.hpp"

#include <string>
#include <utility>

#include "core/ballot_tag.hpp"
#include "core/secret_hash.hpp"
#include "protocol/codec.hpp"

namespace kring::fuzz {
namespace {

core::Actor make_actor(core::Role role) {
  core::Actor actor;
  actor.role = role;
  return actor;
}

}  // namespace

RoomDriver::RoomDriver() {
  const core::Actor facilitator = make_actor(core::Role::facilitator);
  accept(core::Command{"", core::cmd::CreateRoom{"Kleine keuzes", core::hash_secret("facilitator"),
                                                 "ABCDEFGH", "BCDEFGHJ",
                                                 core::hash_secret("projector"), ""}},
         facilitator);
  actors_[facilitator_actor] = facilitator;
  actors_[projector_actor] = make_actor(core::Role::projector);
  for (std::size_t i = first_participant_actor; i < projector_actor; ++i) {
    const core::Role role =
        i < first_board_actor ? core::Role::participant : core::Role::board_member;
    const std::string secret = "member-secret-" + std::to_string(i);
    const core::Event joined = accept(
        core::Command{
            "", core::cmd::JoinMember{role, "Lid " + std::to_string(i), core::hash_secret(secret)}},
        facilitator);
    core::Actor& actor = actors_[i];
    actor.role = role;
    actor.member = std::get<core::ev::MemberJoined>(joined.body).member.id;
    actor.ballot_key = core::ballot_key(secret);
  }
}

core::Event RoomDriver::accept(const core::Command& command, const core::Actor& actor) {
  core::Decision decision = core::decide(state_, command, actor, now_, ++entropy_);
  core::Event event = std::move(std::get<core::Accepted>(decision).event);
  event.seq = state_.seq + 1;
  core::apply(state_, event);
  events_.push_back(event);
  return event;
}

StepOutcome RoomDriver::step(std::size_t actor, std::string_view frame, const Rewrite& rewrite) {
  auto decoded = protocol::decode_client(frame);
  auto* message = std::get_if<protocol::ClientMessage>(&decoded);
  if (message == nullptr) return NotACommand{};
  auto* command = std::get_if<core::Command>(&message->payload);
  if (command == nullptr) return NotACommand{};
  if (rewrite) rewrite(*command);
  core::Decision decision =
      core::decide(state_, *command, actors_.at(actor % actor_count), now_, ++entropy_);
  if (auto* rejection = std::get_if<core::Rejection>(&decision)) return std::move(*rejection);
  if (auto* duplicate = std::get_if<core::Duplicate>(&decision)) return *duplicate;
  core::Event event = std::move(std::get<core::Accepted>(decision).event);
  event.seq = state_.seq + 1;
  core::apply(state_, event);
  events_.push_back(event);
  return event;
}

}  // namespace kring::fuzz
