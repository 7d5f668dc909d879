// Internal to the core: one decider per area, dispatched by decide().
// Each returns the event body to append, or a Rejection; none mutates state.
#pragma once

#include <optional>
#include <variant>

#include "core/checks.hpp"
#include "core/commands.hpp"
#include "core/entropy.hpp"
#include "core/events.hpp"
#include "core/room_state.hpp"

namespace kring::core {

struct DecideContext {
  const RoomState& state;
  const Actor& actor;
  TimeMs now;
  Entropy& entropy;
};

using Outcome = std::variant<ev::Body, Rejection>;

inline bool is_facilitator(const DecideContext& ctx) { return ctx.actor.role == Role::facilitator; }
inline Rejection forbidden(std::string_view what) { return reject(ErrorCode::forbidden, what); }

Outcome decide_room(const DecideContext& ctx, const cmd::CreateRoom& c);
Outcome decide_room(const DecideContext& ctx, const cmd::JoinMember& c);
Outcome decide_room(const DecideContext& ctx, const cmd::SetMinGroupSize& c);
Outcome decide_room(const DecideContext& ctx, const cmd::SetAutoReveal& c);
Outcome decide_room(const DecideContext& ctx, const cmd::ReissueProjectorToken& c);

// group_too_small when revealing `record` (a secret ballot) would show a tally
// of fewer than the room's minimum group size; nothing otherwise.
std::optional<Rejection> too_few_ballots(const RoomState& state, const VoteRecord& record);

Outcome decide_agenda(const DecideContext& ctx, const cmd::SetAgenda& c);
Outcome decide_agenda(const DecideContext& ctx, const cmd::StartTimer& c);
Outcome decide_agenda(const DecideContext& ctx, const cmd::PauseTimer& c);
Outcome decide_agenda(const DecideContext& ctx, const cmd::ExtendTimer& c);
Outcome decide_agenda(const DecideContext& ctx, const cmd::NextPhase& c);

Outcome decide_board(const DecideContext& ctx, const cmd::AddBoard& c);
Outcome decide_board(const DecideContext& ctx, const cmd::SetWriting& c);
Outcome decide_board(const DecideContext& ctx, const cmd::RevealBoard& c);

Outcome decide_note(const DecideContext& ctx, const cmd::AddNote& c);
Outcome decide_note(const DecideContext& ctx, const cmd::EditNote& c);
Outcome decide_note(const DecideContext& ctx, const cmd::DeleteNote& c);
Outcome decide_note(const DecideContext& ctx, const cmd::MoveNote& c);
Outcome decide_note(const DecideContext& ctx, const cmd::MergeNotes& c);
Outcome decide_note(const DecideContext& ctx, const cmd::RemoveNote& c);

Outcome decide_vote(const DecideContext& ctx, const cmd::OpenVote& c);
Outcome decide_vote(const DecideContext& ctx, const cmd::CloseVote& c);
Outcome decide_vote(const DecideContext& ctx, const cmd::RevealVote& c);
Outcome decide_vote(const DecideContext& ctx, const cmd::CastVote& c);

Outcome decide_method(const DecideContext& ctx, const cmd::SetStrategy& c);
Outcome decide_method(const DecideContext& ctx, const cmd::AddDilemma& c);
Outcome decide_method(const DecideContext& ctx, const cmd::EditDilemma& c);
Outcome decide_method(const DecideContext& ctx, const cmd::RecordOutcome& c);
Outcome decide_method(const DecideContext& ctx, const cmd::ShowStrategyMarks& c);
Outcome decide_method(const DecideContext& ctx, const cmd::DismissProposal& c);
Outcome decide_method(const DecideContext& ctx, const cmd::SubmitProposal& c);

Outcome decide_bundle(const DecideContext& ctx, const cmd::CreateBundle& c);
Outcome decide_bundle(const DecideContext& ctx, const cmd::RevealBundle& c);
Outcome decide_bundle(const DecideContext& ctx, const cmd::RecordDecision& c);
Outcome decide_bundle(const DecideContext& ctx, const cmd::OpenBundleRound& c);

Outcome decide_action(const DecideContext& ctx, const cmd::SaveAction& c);
Outcome decide_action(const DecideContext& ctx, const cmd::RemoveAction& c);
Outcome decide_action(const DecideContext& ctx, const cmd::ScoreAction& c);
Outcome decide_action(const DecideContext& ctx, const cmd::RevealRanking& c);

Outcome decide_programme(const DecideContext& ctx, const cmd::AttachRoom& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::SetFeedback& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::ReleaseDecisions& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::ConfirmNews& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::MarkRoomGone& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::ReceiveNews& c);
Outcome decide_programme(const DecideContext& ctx, const cmd::ImportDilemma& c);
// What a programme command may do in a room of this kind: a programme takes
// only its own commands and its strategy; a workshop none of those, and not
// its own strategy once a programme holds it.
Check check_room_kind(const RoomState& state, const cmd::Body& body);
// A delivery that finds what it would add already in the room: the answer
// it had the first time (decide() returns it as a Duplicate).
std::optional<RememberedAck> settled_by_content(const RoomState& state, const cmd::Body& body);

Outcome decide_focus(const DecideContext& ctx, const cmd::SetFocus& c);
Outcome decide_focus(const DecideContext& ctx, const cmd::PlaceActivity& c);
// A rejection when `focus` names something that does not exist, or an id its
// kind does not use (decide_focus.cpp; the agenda's activities obey it too).
std::optional<Rejection> check_focus_targets(const RoomState& state, const Focus& focus);

}  // namespace kring::core
