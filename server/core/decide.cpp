// decide(): idempotency and room checks shared by every command, then the
// area deciders in decide_*.cpp.
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/room.hpp"

namespace kring::core {
namespace {

bool is_server_made(const cmd::Body& body) {
  return std::holds_alternative<cmd::CreateRoom>(body) ||
         std::holds_alternative<cmd::JoinMember>(body) ||
         std::holds_alternative<cmd::ConfirmNews>(body) ||
         std::holds_alternative<cmd::MarkRoomGone>(body) ||
         std::holds_alternative<cmd::ReceiveNews>(body) ||
         std::holds_alternative<cmd::ImportDilemma>(body);
}

Outcome dispatch(const DecideContext& ctx, const cmd::Body& body) {
  return std::visit(
      [&ctx](const auto& c) -> Outcome {
        using C = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<C, cmd::CreateRoom> || std::is_same_v<C, cmd::JoinMember> ||
                      std::is_same_v<C, cmd::SetMinGroupSize> ||
                      std::is_same_v<C, cmd::SetAutoReveal>) {
          return decide_room(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::ReissueProjectorToken>) {
          return decide_room(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::SetAgenda> ||
                             std::is_same_v<C, cmd::StartTimer> ||
                             std::is_same_v<C, cmd::PauseTimer> ||
                             std::is_same_v<C, cmd::ExtendTimer> ||
                             std::is_same_v<C, cmd::NextPhase>) {
          return decide_agenda(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::AddBoard> ||
                             std::is_same_v<C, cmd::SetWriting> ||
                             std::is_same_v<C, cmd::RevealBoard>) {
          return decide_board(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::OpenVote> ||
                             std::is_same_v<C, cmd::CloseVote> ||
                             std::is_same_v<C, cmd::RevealVote> ||
                             std::is_same_v<C, cmd::CastVote>) {
          return decide_vote(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::SetStrategy> ||
                             std::is_same_v<C, cmd::AddDilemma> ||
                             std::is_same_v<C, cmd::EditDilemma> ||
                             std::is_same_v<C, cmd::RecordOutcome> ||
                             std::is_same_v<C, cmd::ShowStrategyMarks> ||
                             std::is_same_v<C, cmd::DismissProposal> ||
                             std::is_same_v<C, cmd::SubmitProposal>) {
          return decide_method(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::CreateBundle> ||
                             std::is_same_v<C, cmd::RevealBundle> ||
                             std::is_same_v<C, cmd::RecordDecision> ||
                             std::is_same_v<C, cmd::OpenBundleRound>) {
          return decide_bundle(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::SaveAction> ||
                             std::is_same_v<C, cmd::RemoveAction> ||
                             std::is_same_v<C, cmd::ScoreAction> ||
                             std::is_same_v<C, cmd::RevealRanking>) {
          return decide_action(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::AttachRoom> ||
                             std::is_same_v<C, cmd::SetFeedback> ||
                             std::is_same_v<C, cmd::ReleaseDecisions> ||
                             std::is_same_v<C, cmd::ConfirmNews> ||
                             std::is_same_v<C, cmd::MarkRoomGone> ||
                             std::is_same_v<C, cmd::ReceiveNews> ||
                             std::is_same_v<C, cmd::ImportDilemma>) {
          return decide_programme(ctx, c);
        } else if constexpr (std::is_same_v<C, cmd::SetFocus> ||
                             std::is_same_v<C, cmd::PlaceActivity>) {
          return decide_focus(ctx, c);
        } else {
          return decide_note(ctx, c);
        }
      },
      body);
}

}  // namespace

Decision decide(const RoomState& state, const Command& command, const Actor& actor, TimeMs now,
                std::uint64_t entropy) {
  const bool server_made = is_server_made(command.body);
  if (!state.created && !std::holds_alternative<cmd::CreateRoom>(command.body)) {
    return reject(ErrorCode::room_not_found, "room does not exist");
  }
  if (state.created) {
    if (auto refused = check_room_kind(state, command.body)) return std::move(*refused);
    if (auto settled = settled_by_content(state, command.body)) return Duplicate{*settled};
  }
  if (!server_made) {
    const std::size_t key_size = command.idempotency_key.size();
    if (key_size < limits::min_idempotency_key_bytes ||
        key_size > limits::max_idempotency_key_bytes) {
      return reject(ErrorCode::missing_idempotency_key, "idempotency key must be 16..64 bytes");
    }
    if (auto it = state.acks_by_key.find(command.idempotency_key); it != state.acks_by_key.end()) {
      return Duplicate{it->second};
    }
  }

  Entropy random(entropy);
  const DecideContext ctx{state, actor, now, random};
  Outcome outcome = dispatch(ctx, command.body);
  if (auto* rejection = std::get_if<Rejection>(&outcome)) return std::move(*rejection);

  Event event{0, now, server_made ? std::string() : command.idempotency_key,
              std::move(std::get<ev::Body>(outcome))};
  const std::uint64_t created = created_id_of(event);
  return Accepted{std::move(event), created};
}

std::uint64_t created_id_of(const Event& event) {
  return std::visit(
      [](const auto& body) -> std::uint64_t {
        using B = std::decay_t<decltype(body)>;
        if constexpr (std::is_same_v<B, ev::NoteAdded>) return body.note.id;
        if constexpr (std::is_same_v<B, ev::BoardAdded>) return body.board.id;
        if constexpr (std::is_same_v<B, ev::VoteOpened>) return body.vote.id;
        if constexpr (std::is_same_v<B, ev::MemberJoined>) return body.member.id;
        if constexpr (std::is_same_v<B, ev::DilemmaAdded>) return body.dilemma.id;
        if constexpr (std::is_same_v<B, ev::DilemmaImported>) return body.dilemma.id;
        if constexpr (std::is_same_v<B, ev::ProposalSubmitted>) return body.proposal.id;
        if constexpr (std::is_same_v<B, ev::BundleCreated>) return body.bundle.id;
        if constexpr (std::is_same_v<B, ev::ActionSaved>) return body.action.id;
        return 0;
      },
      event.body);
}

}  // namespace kring::core
