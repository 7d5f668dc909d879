// The agenda and its clock. The timer is data: every decision records the new
// Timer computed from `now`, so apply() and every client need no clock.
#include <algorithm>

#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Rejection agenda_not_facilitator() { return forbidden("only the facilitator runs the agenda"); }

bool phase_in_progress(const RoomState& state) {
  return state.timer.phase_index < state.phases.size();
}

// Milliseconds of the current phase used so far, including the running stretch.
TimeMs used_ms(const Timer& timer, TimeMs now) {
  return timer.elapsed_ms + (timer.running ? std::max<TimeMs>(0, now - timer.started_at_ms) : 0);
}

// The clock has run: a phase was started, finished or timed.
bool clock_has_run(const Timer& timer) {
  return timer.running || timer.phase_index > 0 || timer.elapsed_ms > 0 ||
         timer.extended_seconds > 0 || !timer.actual_ms.empty();
}

// Once the clock has run, a new agenda may change the phases to come, not the
// ones that ran: their titles stay where they were, so the run-sheet's actual
// times and the clock's current phase still mean the same phases.
std::optional<Rejection> check_phases_that_ran(const RoomState& state,
                                               const std::vector<Phase>& phases) {
  const std::size_t ran = std::min<std::size_t>(state.timer.phase_index + 1, state.phases.size());
  if (phases.size() < ran) {
    return reject(ErrorCode::wrong_phase, "the phases that ran stay in the agenda");
  }
  for (std::size_t i = 0; i < ran; ++i) {
    if (phases[i].title != state.phases[i].title) {
      return reject(ErrorCode::wrong_phase,
                    "the phases that ran keep their place: '" + state.phases[i].title + "'");
    }
  }
  return std::nullopt;
}

std::optional<Rejection> check_activities(const RoomState& state, const Phase& phase) {
  if (phase.activities.size() > limits::max_activities_per_phase) {
    return reject(ErrorCode::limit_reached, "a phase holds at most 32 activities");
  }
  for (const Focus& activity : phase.activities) {
    if (activity.kind == FocusKind::none) {
      return reject(ErrorCode::invalid_argument, "an activity is something to show");
    }
    if (auto bad = check_focus_targets(state, activity)) return bad;
  }
  return std::nullopt;
}

}  // namespace

Outcome decide_agenda(const DecideContext& ctx, const cmd::SetAgenda& c) {
  if (!is_facilitator(ctx)) return agenda_not_facilitator();
  if (c.phases.empty() || c.phases.size() > limits::max_phases) {
    return reject(ErrorCode::invalid_argument, "an agenda has 1..20 phases");
  }
  for (const Phase& phase : c.phases) {
    if (auto bad = check_text(phase.title, limits::max_title_bytes, "phase title")) return *bad;
    if (phase.planned_seconds == 0 || phase.planned_seconds > limits::max_phase_seconds) {
      return reject(ErrorCode::invalid_argument, "a phase lasts 1 s .. 8 h");
    }
    if (auto bad = check_activities(ctx.state, phase)) return *bad;
  }
  // Before the workshop a new agenda starts a fresh clock. Once the clock has
  // run, the agenda changes only what is still to come and the clock (phase,
  // actual times, running stretch) carries on untouched.
  if (!clock_has_run(ctx.state.timer)) return ev::AgendaSet{c.phases, Timer{}};
  if (auto bad = check_phases_that_ran(ctx.state, c.phases)) return *bad;
  return ev::AgendaSet{c.phases, ctx.state.timer};
}

Outcome decide_agenda(const DecideContext& ctx, const cmd::StartTimer&) {
  if (!is_facilitator(ctx)) return agenda_not_facilitator();
  if (!phase_in_progress(ctx.state)) return reject(ErrorCode::wrong_phase, "no phase to time");
  if (ctx.state.timer.running) return reject(ErrorCode::wrong_phase, "timer already running");
  Timer timer = ctx.state.timer;
  timer.running = true;
  timer.started_at_ms = ctx.now;
  return ev::TimerChanged{timer};
}

Outcome decide_agenda(const DecideContext& ctx, const cmd::PauseTimer&) {
  if (!is_facilitator(ctx)) return agenda_not_facilitator();
  if (!ctx.state.timer.running) return reject(ErrorCode::wrong_phase, "timer is not running");
  Timer timer = ctx.state.timer;
  timer.elapsed_ms = used_ms(timer, ctx.now);
  timer.running = false;
  timer.started_at_ms = 0;
  return ev::TimerChanged{timer};
}

Outcome decide_agenda(const DecideContext& ctx, const cmd::ExtendTimer& c) {
  if (!is_facilitator(ctx)) return agenda_not_facilitator();
  if (!phase_in_progress(ctx.state)) return reject(ErrorCode::wrong_phase, "no phase to extend");
  if (c.seconds == 0 || c.seconds > limits::max_extend_seconds) {
    return reject(ErrorCode::invalid_argument, "extend by 1..3600 seconds");
  }
  Timer timer = ctx.state.timer;
  if (timer.extended_seconds + c.seconds > limits::max_phase_seconds) {
    return reject(ErrorCode::limit_reached, "phase extended too far");
  }
  timer.extended_seconds += c.seconds;
  return ev::TimerChanged{timer};
}

Outcome decide_agenda(const DecideContext& ctx, const cmd::NextPhase&) {
  if (!is_facilitator(ctx)) return agenda_not_facilitator();
  if (!phase_in_progress(ctx.state)) return reject(ErrorCode::wrong_phase, "agenda is finished");
  Timer timer = ctx.state.timer;
  timer.actual_ms.push_back(used_ms(timer, ctx.now));
  timer.phase_index += 1;
  timer.elapsed_ms = 0;
  timer.extended_seconds = 0;
  // A running clock carries on into the next phase; after the last phase it stops.
  const bool keep_running = timer.running && timer.phase_index < ctx.state.phases.size();
  timer.running = keep_running;
  timer.started_at_ms = keep_running ? ctx.now : 0;
  return ev::TimerChanged{timer};
}

}  // namespace kring::core
