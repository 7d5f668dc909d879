// A programme and its rooms (docs/architecture.md, "A programme"): the lead's
// commands on the programme, and the server-made deliveries that carry a
// programme's effects into another room's log. Every delivery is settled by
// content, not by an idempotency key: a repeat after a crash finds what it
// would add already there and is acknowledged without a second copy
// (settled_by_content, asked by decide() before these run).
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"
#include "core/programme.hpp"

namespace kring::core {
namespace {

Rejection not_the_lead() { return forbidden("only the programme lead changes the programme"); }

// A live room of the programme, or why not.
std::variant<const ProgrammeRoom*, Rejection> live_room(const RoomState& state, RoomId room_id) {
  const ProgrammeRoom* room = find_programme_room(state, room_id);
  if (room == nullptr) return reject(ErrorCode::not_found, "no such room in the programme");
  if (room->gone) return reject(ErrorCode::not_found, "that room was deleted");
  return room;
}

Check check_released(const RoomState& state, const ReleasedDecision& decision) {
  const auto room = live_room(state, decision.room_id);
  if (const auto* refused = std::get_if<Rejection>(&room)) return *refused;
  if (std::get<const ProgrammeRoom*>(room)->board_meeting) {
    return reject(ErrorCode::invalid_argument, "decisions go back to workshops");
  }
  if (decision.dilemma_id == 0 || decision.decision == 0) {
    return reject(ErrorCode::invalid_argument, "a released decision names a decided dilemma");
  }
  if (auto bad = check_text(decision.title, limits::max_title_bytes, "dilemma title")) return bad;
  if (auto bad = check_optional_text(decision.reason, limits::max_decision_reason_bytes,
                                     "decision reason")) {
    return bad;
  }
  if (decision.scenario > scenarios_per_dilemma ||
      decision.board_counts.size() > limits::max_vote_options) {
    return reject(ErrorCode::invalid_argument, "a released decision is out of range");
  }
  return std::nullopt;
}

Check check_news(const ProgrammeNews& news) {
  if (news.programme_id == 0 || news.version == 0) {
    return reject(ErrorCode::invalid_argument, "a package names its programme and version");
  }
  if (auto bad = check_text(news.programme_title, limits::max_title_bytes, "programme title")) {
    return bad;
  }
  if (auto bad = check_text(news.job_family, limits::max_label_bytes, "job family")) return bad;
  if (auto bad = check_optional_text(news.strategy, limits::max_strategy_bytes, "strategy")) {
    return bad;
  }
  if (auto bad = check_optional_text(news.feedback, limits::max_feedback_bytes, "feedback")) {
    return bad;
  }
  if (news.decisions.size() > limits::max_dilemmas) {
    return reject(ErrorCode::limit_reached, "too many decisions in a package");
  }
  for (const ReleasedDecision& decision : news.decisions) {
    if (auto bad = check_text(decision.title, limits::max_title_bytes, "dilemma title")) {
      return bad;
    }
    if (auto bad = check_optional_text(decision.reason, limits::max_decision_reason_bytes,
                                       "decision reason")) {
      return bad;
    }
  }
  return std::nullopt;
}

Check check_import(const Dilemma& dilemma) {
  if (dilemma.source.room_id == 0 || dilemma.source.dilemma_id == 0) {
    return reject(ErrorCode::invalid_argument, "an imported dilemma names its source");
  }
  if (auto bad = check_text(dilemma.title, limits::max_title_bytes, "dilemma title")) return bad;
  if (auto bad = check_optional_text(dilemma.context, limits::max_dilemma_context_bytes,
                                     "dilemma context")) {
    return bad;
  }
  if (dilemma.scenarios.size() != scenarios_per_dilemma) {
    return reject(ErrorCode::invalid_argument, "a dilemma has exactly three scenarios");
  }
  for (const std::string& scenario : dilemma.scenarios) {
    if (auto bad = check_text(scenario, limits::max_scenario_bytes, "scenario")) return bad;
  }
  if (auto bad = check_text(dilemma.source.job_family, limits::max_label_bytes, "job family")) {
    return bad;
  }
  if (dilemma.outcome == DilemmaOutcome::open ||
      dilemma.strategy_scenario > scenarios_per_dilemma ||
      dilemma.chosen_scenario > scenarios_per_dilemma ||
      (dilemma.outcome == DilemmaOutcome::consensus) != (dilemma.chosen_scenario != 0) ||
      dilemma.source.poll_counts.size() > limits::max_vote_options) {
    return reject(ErrorCode::invalid_argument, "an imported dilemma is out of range");
  }
  return std::nullopt;
}

const Dilemma* imported_from(const RoomState& state, const DilemmaSource& source) {
  for (const Dilemma& dilemma : state.dilemmas) {
    if (dilemma.source.room_id == source.room_id &&
        dilemma.source.dilemma_id == source.dilemma_id) {
      return &dilemma;
    }
  }
  return nullptr;
}

}  // namespace

std::optional<RememberedAck> settled_by_content(const RoomState& state, const cmd::Body& body) {
  const RememberedAck nothing_new{state.seq, 0};
  if (const auto* news = std::get_if<cmd::ReceiveNews>(&body)) {
    if (state.news.programme_id == news->news.programme_id &&
        state.news.version >= news->news.version) {
      return nothing_new;
    }
  } else if (const auto* confirm = std::get_if<cmd::ConfirmNews>(&body)) {
    const ProgrammeRoom* room = find_programme_room(state, confirm->room_id);
    if (room != nullptr && room->delivered_version >= confirm->version) return nothing_new;
  } else if (const auto* gone = std::get_if<cmd::MarkRoomGone>(&body)) {
    const ProgrammeRoom* room = find_programme_room(state, gone->room_id);
    if (room != nullptr && room->gone) return nothing_new;
  } else if (const auto* import = std::get_if<cmd::ImportDilemma>(&body)) {
    if (const Dilemma* done = imported_from(state, import->dilemma.source)) {
      return RememberedAck{state.seq, done->id};
    }
  }
  return std::nullopt;
}

Check check_room_kind(const RoomState& state, const cmd::Body& body) {
  const bool programme_command = std::holds_alternative<cmd::AttachRoom>(body) ||
                                 std::holds_alternative<cmd::SetFeedback>(body) ||
                                 std::holds_alternative<cmd::ReleaseDecisions>(body) ||
                                 std::holds_alternative<cmd::ConfirmNews>(body) ||
                                 std::holds_alternative<cmd::MarkRoomGone>(body);
  if (state.kind == RoomKind::programme) {
    if (programme_command || std::holds_alternative<cmd::SetStrategy>(body)) return std::nullopt;
    return forbidden("a programme holds workshops; this belongs in a workshop");
  }
  if (programme_command) return forbidden("this belongs in a programme");
  if (std::holds_alternative<cmd::SetStrategy>(body) && state.news.programme_id != 0) {
    return forbidden("the programme holds the strategy");
  }
  return std::nullopt;
}

Outcome decide_programme(const DecideContext& ctx, const cmd::AttachRoom& c) {
  if (!is_facilitator(ctx)) return not_the_lead();
  if (c.room_id == 0) return reject(ErrorCode::invalid_argument, "no room");
  if (auto bad = check_text(c.job_family, limits::max_label_bytes, "job family")) return *bad;
  std::size_t board_meetings = 0;
  for (const ProgrammeRoom& room : ctx.state.programme_rooms) {
    if (room.room_id == c.room_id) {
      return reject(ErrorCode::invalid_argument, "that room is in the programme already");
    }
    if (room.board_meeting && !room.gone) ++board_meetings;
  }
  if (ctx.state.programme_rooms.size() >= limits::max_programme_rooms) {
    return reject(ErrorCode::limit_reached, "a programme holds at most 12 rooms");
  }
  if (c.board_meeting && board_meetings > 0) {
    return reject(ErrorCode::invalid_argument, "a programme has one board meeting");
  }
  return ev::RoomAttached{c.room_id, c.job_family, c.board_meeting};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::SetFeedback& c) {
  if (!is_facilitator(ctx)) return not_the_lead();
  const auto room = live_room(ctx.state, c.room_id);
  if (const auto* refused = std::get_if<Rejection>(&room)) return *refused;
  if (std::get<const ProgrammeRoom*>(room)->board_meeting) {
    return reject(ErrorCode::invalid_argument, "feedback goes to a job family's workshop");
  }
  if (auto bad = check_optional_text(c.text, limits::max_feedback_bytes, "feedback")) return *bad;
  return ev::FeedbackSet{c.room_id, c.text};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::ReleaseDecisions& c) {
  if (!is_facilitator(ctx)) return not_the_lead();
  if (c.decisions.empty()) {
    return reject(ErrorCode::wrong_phase, "the board meeting has no decision to release yet");
  }
  if (c.decisions.size() > limits::max_dilemmas) {
    return reject(ErrorCode::limit_reached, "too many decisions");
  }
  for (const ReleasedDecision& decision : c.decisions) {
    if (auto bad = check_released(ctx.state, decision)) return *bad;
  }
  return ev::DecisionsReleased{c.decisions};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::ConfirmNews& c) {
  const auto room = live_room(ctx.state, c.room_id);
  if (const auto* refused = std::get_if<Rejection>(&room)) return *refused;
  if (c.version > std::get<const ProgrammeRoom*>(room)->news_version) {
    return reject(ErrorCode::invalid_argument, "no such package yet");
  }
  return ev::NewsDelivered{c.room_id, c.version};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::MarkRoomGone& c) {
  if (find_programme_room(ctx.state, c.room_id) == nullptr) {
    return reject(ErrorCode::not_found, "no such room in the programme");
  }
  return ev::ProgrammeRoomGone{c.room_id};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::ReceiveNews& c) {
  if (ctx.state.news.programme_id != 0 && ctx.state.news.programme_id != c.news.programme_id) {
    return forbidden("this room belongs to another programme");
  }
  if (auto bad = check_news(c.news)) return *bad;
  return ev::NewsReceived{c.news};
}

Outcome decide_programme(const DecideContext& ctx, const cmd::ImportDilemma& c) {
  if (auto bad = check_import(c.dilemma)) return *bad;
  if (ctx.state.dilemmas.size() >= limits::max_dilemmas) {
    return reject(ErrorCode::limit_reached, "too many dilemmas");
  }
  Dilemma dilemma = c.dilemma;
  dilemma.id = static_cast<DilemmaId>(ctx.state.dilemmas.size() + 1);
  dilemma.board_id = 0;
  dilemma.poll_id = 0;
  dilemma.proposal_id = 0;
  return ev::DilemmaImported{std::move(dilemma)};
}

}  // namespace kring::core
