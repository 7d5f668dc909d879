// Notes: anonymous writing, author-only edits through the per-note secret, and
// the facilitator's moderation. A hidden note answers "not found" to anyone
// who does not hold its secret, so its id cannot be probed.
#include "core/ballot_tag.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"
#include "core/secret_hash.hpp"

namespace kring::core {
namespace {

bool may_write(const DecideContext& ctx) {
  return ctx.actor.role == Role::participant || ctx.actor.role == Role::facilitator;
}

Rejection no_such_note() { return reject(ErrorCode::not_found, "no such note"); }

// The note, if it exists and `secret` is its author's secret.
std::variant<const NoteRecord*, Rejection> authored_note(const DecideContext& ctx, NoteId id,
                                                         const std::string& secret) {
  const NoteRecord* record = find_note(ctx.state, id);
  if (record == nullptr) return no_such_note();
  if (auto bad = check_secret(secret, "note secret")) return *bad;
  if (hash_secret(secret) != record->secret_hash) {
    // For a hidden note a wrong secret must look like a missing note.
    if (record->hidden) return no_such_note();
    return reject(ErrorCode::bad_secret, "note secret does not match");
  }
  return record;
}

const NoteRecord* visible_note(const RoomState& state, NoteId id) {
  const NoteRecord* record = find_note(state, id);
  return record != nullptr && !record->hidden ? record : nullptr;
}

}  // namespace

Outcome decide_note(const DecideContext& ctx, const cmd::AddNote& c) {
  if (!may_write(ctx)) return forbidden("only participants and the facilitator write notes");
  const Board* board = find_board(ctx.state, c.board_id);
  if (board == nullptr) return reject(ErrorCode::not_found, "no such board");
  if (!board->writing_open) return reject(ErrorCode::wrong_phase, "writing is closed");
  if (!has_zone(*board, c.zone_id)) return reject(ErrorCode::not_found, "no such zone");
  if (auto bad = check_text(c.text, limits::max_note_text_bytes, "note text")) return *bad;
  if (auto bad = check_secret(c.note_secret, "note secret")) return *bad;
  if (ctx.state.notes.size() >= limits::max_notes) {
    return reject(ErrorCode::limit_reached, "too many notes");
  }
  SecretHash secret_hash = hash_secret(c.note_secret);
  if (ctx.state.note_by_secret.contains(secret_hash)) {
    return reject(ErrorCode::invalid_argument, "note secret already in use");
  }

  // Random ids: sequential ids would tell, after a reveal, who wrote when.
  NoteId id = 0;
  while (id == 0 || ctx.state.notes.contains(id)) id = ctx.entropy.next();

  const bool hidden = board->writing_mode == WritingMode::private_first && !board->revealed;
  // Only members count as writers: the facilitator knows its own notes, so
  // they hide nobody, and it holds no ballot key.
  SecretHash writer_tag;
  if (hidden && !ctx.actor.ballot_key.empty()) {
    writer_tag = ballot_tag(ctx.actor.ballot_key, TagScope::board_writer, c.board_id);
    const auto known = ctx.state.writers.find(c.board_id);
    if (known != ctx.state.writers.end() && known->second.contains(writer_tag)) writer_tag.clear();
  }
  return ev::NoteAdded{Note{id, c.board_id, c.zone_id, c.text, {}}, std::move(secret_hash), hidden,
                       std::move(writer_tag)};
}

Outcome decide_note(const DecideContext& ctx, const cmd::EditNote& c) {
  if (!may_write(ctx)) return forbidden("only authors edit notes");
  auto note = authored_note(ctx, c.note_id, c.note_secret);
  if (auto* rejection = std::get_if<Rejection>(&note)) return *rejection;
  if (auto bad = check_text(c.text, limits::max_note_text_bytes, "note text")) return *bad;
  return ev::NoteEdited{c.note_id, c.text};
}

Outcome decide_note(const DecideContext& ctx, const cmd::DeleteNote& c) {
  if (!may_write(ctx)) return forbidden("only authors delete notes");
  auto note = authored_note(ctx, c.note_id, c.note_secret);
  if (auto* rejection = std::get_if<Rejection>(&note)) return *rejection;
  return ev::NoteRemoved{c.note_id};
}

Outcome decide_note(const DecideContext& ctx, const cmd::MoveNote& c) {
  const NoteRecord* record = nullptr;
  if (!c.note_secret.empty()) {
    if (!may_write(ctx)) return forbidden("only authors move their notes");
    auto note = authored_note(ctx, c.note_id, c.note_secret);
    if (auto* rejection = std::get_if<Rejection>(&note)) return *rejection;
    record = std::get<const NoteRecord*>(note);
  } else {
    if (!may_write(ctx)) return forbidden("this role does not move notes");
    record = visible_note(ctx.state, c.note_id);
    if (record == nullptr) return no_such_note();
    const Board* board = find_board(ctx.state, record->note.board_id);
    if (ctx.actor.role == Role::participant && !board->participants_may_move) {
      return forbidden("this board does not let participants move notes");
    }
  }
  const Board* board = find_board(ctx.state, record->note.board_id);
  if (!has_zone(*board, c.zone_id)) return reject(ErrorCode::not_found, "no such zone");
  if (record->note.zone_id == c.zone_id) {
    return reject(ErrorCode::invalid_argument, "note is already in that zone");
  }
  return ev::NoteMoved{c.note_id, c.zone_id};
}

Outcome decide_note(const DecideContext& ctx, const cmd::MergeNotes& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator merges notes");
  const NoteRecord* into = visible_note(ctx.state, c.into_note_id);
  const NoteRecord* folded = visible_note(ctx.state, c.note_id);
  if (into == nullptr || folded == nullptr) return no_such_note();
  if (c.into_note_id == c.note_id) return reject(ErrorCode::invalid_argument, "same note");
  if (into->note.board_id != folded->note.board_id) {
    return reject(ErrorCode::invalid_argument, "notes are on different boards");
  }
  if (into->note.text.size() + folded->note.text.size() + 2 > 4 * limits::max_note_text_bytes) {
    return reject(ErrorCode::limit_reached, "merged note would be too long");
  }
  return ev::NotesMerged{c.into_note_id, c.note_id};
}

Outcome decide_note(const DecideContext& ctx, const cmd::RemoveNote& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator removes notes");
  // Also hidden notes: moderation does not wait for the reveal.
  if (find_note(ctx.state, c.note_id) == nullptr) return no_such_note();
  return ev::NoteRemoved{c.note_id};
}

}  // namespace kring::core
