// Actions: made from notes (or typed in) by the facilitator, worked out with
// the seeds' SMART fields by the group, scored by participants on the seeds'
// criteria and ranked when the facilitator reveals the ranking.
#include "core/ballot_tag.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"
#include "core/ranking.hpp"

namespace kring::core {
namespace {

Rejection no_such_action() { return reject(ErrorCode::not_found, "no such action"); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// YYYY-MM-DD with a month 01..12 and a day 01..31 (the calendar is the client's).
bool is_plain_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!is_digit(text[i])) return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Check check_list(const std::vector<std::string>& items, std::string_view what) {
  if (items.size() > limits::max_pros_or_cons) {
    return reject(ErrorCode::invalid_argument, "at most 10 pros and 10 cons");
  }
  for (const std::string& item : items) {
    if (auto bad = check_text(item, limits::max_pro_or_con_bytes, what)) return bad;
  }
  return std::nullopt;
}

// Every field of an action as sent; the title has been filled in already.
Check check_action(const Action& a) {
  if (auto bad = check_text(a.title, limits::max_note_text_bytes, "action")) return bad;
  const std::pair<const std::string*, std::string_view> fields[] = {
      {&a.goal, "goal"},
      {&a.target_group, "target group"},
      {&a.specific, "specific"},
      {&a.measurable, "measurable"},
      {&a.acceptable, "acceptable"},
      {&a.realistic, "realistic"}};
  for (const auto& [text, what] : fields) {
    if (auto bad = check_optional_text(*text, limits::max_action_field_bytes, what)) return bad;
  }
  if (auto bad = check_optional_text(a.owner, limits::max_action_owner_bytes, "owner")) return bad;
  if (!a.deadline.empty() && !is_plain_date(a.deadline)) {
    return reject(ErrorCode::invalid_argument, "deadline is YYYY-MM-DD");
  }
  if (auto bad = check_list(a.pros, "pro")) return bad;
  if (auto bad = check_list(a.cons, "con")) return bad;
  if (a.circle_zone > 3) return reject(ErrorCode::invalid_argument, "circle zone is 0..3");
  return std::nullopt;
}

Check check_scores(const CriteriaScores& s) {
  const bool in_range = s.likelihood >= 1 && s.likelihood <= 5 && s.visibility >= 1 &&
                        s.visibility <= 5 && s.fits_vision >= 1 && s.fits_vision <= 5 &&
                        s.reach >= 1 && s.reach <= 3 && s.concreteness >= 1 && s.concreteness <= 5;
  if (in_range) return std::nullopt;
  return reject(ErrorCode::invalid_argument, "scores are 1..5, reach 1..3");
}

// A new action from the command: the note's text as title when none is given,
// and the note's circle when it sits on a circle-of-influence board.
Outcome create_action(const DecideContext& ctx, Action action) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator makes actions");
  if (ctx.state.actions.size() >= limits::max_actions) {
    return reject(ErrorCode::limit_reached, "too many actions");
  }
  if (action.note_id != 0) {
    // A hidden note is unknown to everybody but its author.
    const NoteRecord* note = find_note(ctx.state, action.note_id);
    if (note == nullptr || note->hidden) return reject(ErrorCode::not_found, "no such note");
    if (action.title.empty()) action.title = note->note.text;
    const Board* board = find_board(ctx.state, note->note.board_id);
    if (action.circle_zone == 0 && board->kind == BoardKind::circles) {
      action.circle_zone = note->note.zone_id;
    }
  }
  if (auto bad = check_action(action)) return *bad;
  action.id = ctx.state.actions.size() + 1;
  return ev::ActionSaved{std::move(action)};
}

}  // namespace

Outcome decide_action(const DecideContext& ctx, const cmd::SaveAction& c) {
  if (c.action_id == 0) return create_action(ctx, c.action);
  if (ctx.actor.role != Role::facilitator && ctx.actor.role != Role::participant) {
    return forbidden("the group works out actions");
  }
  const ActionRecord* record = find_action(ctx.state, c.action_id);
  if (record == nullptr) return no_such_action();
  Action action = c.action;
  action.id = c.action_id;
  action.note_id = record->action.note_id;  // where it came from does not change
  if (auto bad = check_action(action)) return *bad;
  return ev::ActionSaved{std::move(action)};
}

Outcome decide_action(const DecideContext& ctx, const cmd::RemoveAction& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator removes actions");
  if (find_action(ctx.state, c.action_id) == nullptr) return no_such_action();
  return ev::ActionRemoved{c.action_id};
}

Outcome decide_action(const DecideContext& ctx, const cmd::ScoreAction& c) {
  if (ctx.actor.role != Role::participant) return forbidden("participants score actions");
  if (find_action(ctx.state, c.action_id) == nullptr) return no_such_action();
  if (auto bad = check_scores(c.scores)) return *bad;
  if (ctx.actor.ballot_key.empty()) return reject(ErrorCode::bad_secret, "no ballot key");
  return ev::ActionScored{
      c.action_id, ballot_tag(ctx.actor.ballot_key, TagScope::action_score, c.action_id), c.scores};
}

Outcome decide_action(const DecideContext& ctx, const cmd::RevealRanking&) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator reveals the ranking");
  return ev::RankingRevealed{rank_actions(ctx.state)};
}

}  // namespace kring::core
