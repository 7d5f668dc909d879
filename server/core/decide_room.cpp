// Room creation and member joins: server-made commands.
#include "core/access.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/secret_hash.hpp"

namespace kring::core {

Outcome decide_room(const DecideContext& ctx, const cmd::CreateRoom& c) {
  if (ctx.state.created) return reject(ErrorCode::wrong_phase, "room already exists");
  if (auto bad = check_room_title(c.title)) return *bad;
  if (auto bad = check_time_zone(c.time_zone)) return *bad;
  if (c.facilitator_hash.empty() || c.projector_hash.empty() || c.participant_code.empty() ||
      c.board_code.empty()) {
    return reject(ErrorCode::invalid_argument, "room capabilities missing");
  }
  return ev::RoomCreated{c.title,
                         c.facilitator_hash,
                         c.participant_code,
                         c.board_code,
                         c.projector_hash,
                         c.time_zone.empty() ? std::string(default_time_zone) : c.time_zone,
                         c.kind};
}

Outcome decide_room(const DecideContext& ctx, const cmd::JoinMember& c) {
  if (!is_member_role(c.role)) {
    return reject(ErrorCode::invalid_argument, "only participants and board members are members");
  }
  if (auto bad =
          check_optional_text(c.display_name, limits::max_display_name_bytes, "display name")) {
    return *bad;
  }
  if (c.member_hash.empty()) return reject(ErrorCode::invalid_argument, "member secret missing");
  if (ctx.state.member_by_secret.contains(c.member_hash)) {
    return reject(ErrorCode::invalid_argument, "member secret already in use");
  }
  if (ctx.state.members.size() >= limits::max_members) {
    return reject(ErrorCode::limit_reached, "room is full");
  }
  const auto id = static_cast<MemberId>(ctx.state.members.size() + 1);
  return ev::MemberJoined{Member{id, c.role, c.display_name}, c.member_hash};
}

Outcome decide_room(const DecideContext& ctx, const cmd::SetMinGroupSize& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator sets the minimum group size");
  if (c.size < 1 || c.size > limits::max_min_group_size) {
    return reject(ErrorCode::invalid_argument, "minimum group size is 1..20");
  }
  return ev::MinGroupSizeSet{c.size};
}

Outcome decide_room(const DecideContext& ctx, const cmd::SetAutoReveal& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator sets auto-reveal");
  if (c.on == ctx.state.auto_reveal) {
    return reject(ErrorCode::wrong_phase, c.on ? "auto-reveal is on" : "auto-reveal is off");
  }
  return ev::AutoRevealSet{c.on};
}

Outcome decide_room(const DecideContext& ctx, const cmd::ReissueProjectorToken& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator makes a projector link");
  const std::string_view token = c.projector_token;
  // The format RoomCreated's tokens have: a device that makes its own token
  // cannot make a short or guessable-looking one by mistake.
  if (token.size() != limits::capability_token_length ||
      token.find_first_not_of(limits::capability_token_alphabet) != std::string_view::npos) {
    return reject(ErrorCode::invalid_argument, "a projector token is 26 characters of a-z and 2-7");
  }
  SecretHash hash = hash_secret(token);
  if (hash == ctx.state.projector_hash) {
    return reject(ErrorCode::wrong_phase, "this is the current projector token");
  }
  return ev::ProjectorTokenReissued{std::move(hash)};
}

std::optional<Rejection> too_few_ballots(const RoomState& state, const VoteRecord& record) {
  if (record.vote.mode != BallotMode::secret || record.ballots() >= state.min_group_size) {
    return std::nullopt;
  }
  return reject(ErrorCode::group_too_small, "a secret ballot is revealed once at least " +
                                                std::to_string(state.min_group_size) +
                                                " have voted (" + std::to_string(record.ballots()) +
                                                " so far)");
}

}  // namespace kring::core
