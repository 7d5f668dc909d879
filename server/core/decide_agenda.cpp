// The agenda and its clock. The timer is data: every decision records the new
// Timer computed from `now`, so apply() and every client need no clock.
#include <algorithm>

#include "core/decide_parts.hpp"
#include "core/limits.hpp"

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
  }
  // A new agenda restarts the clock: actual times of an old agenda mean nothing for it.
  return ev::AgendaSet{c.phases, Timer{}};
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
