// Boards: creation, writing open/closed, and the private-first reveal.
#include <algorithm>

#include "core/board_layout.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Check check_labels(const std::vector<std::string>& labels, std::size_t max_count,
                   std::string_view what) {
  if (labels.empty() || labels.size() > max_count) {
    return reject(ErrorCode::invalid_argument,
                  std::string(what) + ": 1.." + std::to_string(max_count) + " labels");
  }
  for (const std::string& label : labels) {
    if (auto bad = check_text(label, limits::max_label_bytes, what)) return bad;
  }
  return std::nullopt;
}

}  // namespace

Outcome decide_board(const DecideContext& ctx, const cmd::AddBoard& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator adds boards");
  if (ctx.state.boards.size() >= limits::max_boards) {
    return reject(ErrorCode::limit_reached, "too many boards");
  }
  if (auto bad = check_text(c.title, limits::max_title_bytes, "board title")) return *bad;

  Board board;
  board.id = static_cast<BoardId>(ctx.state.boards.size() + 1);
  board.title = c.title;
  board.kind = c.kind;
  board.writing_mode = c.writing_mode;
  board.participants_may_move = c.participants_may_move;
  switch (c.kind) {
    case BoardKind::circles:
      board.zones = circle_zones();
      break;
    case BoardKind::columns:
      if (auto bad = check_labels(c.column_labels, limits::max_columns, "columns")) return *bad;
      board.column_labels = c.column_labels;
      board.zones = column_zones(c.column_labels);
      break;
    case BoardKind::matrix:
      if (auto bad = check_labels(c.row_labels, limits::max_rows, "rows")) return *bad;
      if (auto bad = check_labels(c.column_labels, limits::max_columns, "columns")) return *bad;
      board.row_labels = c.row_labels;
      board.column_labels = c.column_labels;
      board.zones = matrix_zones(c.row_labels, c.column_labels);
      break;
  }
  return ev::BoardAdded{std::move(board)};
}

Outcome decide_board(const DecideContext& ctx, const cmd::SetWriting& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator opens and closes writing");
  const Board* board = find_board(ctx.state, c.board_id);
  if (board == nullptr) return reject(ErrorCode::not_found, "no such board");
  if (board->writing_open == c.open) {
    return reject(ErrorCode::wrong_phase,
                  c.open ? "writing already open" : "writing already closed");
  }
  return ev::WritingChanged{c.board_id, c.open};
}

Outcome decide_board(const DecideContext& ctx, const cmd::RevealBoard& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator reveals");
  const Board* board = find_board(ctx.state, c.board_id);
  if (board == nullptr) return reject(ErrorCode::not_found, "no such board");
  if (board->writing_mode != WritingMode::private_first) {
    return reject(ErrorCode::wrong_phase, "board is open, nothing to reveal");
  }
  if (board->revealed) return reject(ErrorCode::wrong_phase, "board already revealed");
  // Few writers are easy to tell apart: the facilitator confirms, and the
  // writers were told so beside their composer.
  const std::uint32_t writers = writer_count(ctx.state, c.board_id);
  if (writers > 0 && writers < ctx.state.min_group_size && !c.confirm_small_group) {
    return reject(ErrorCode::group_too_small,
                  "only " + std::to_string(writers) + " wrote on this board (fewer than " +
                      std::to_string(ctx.state.min_group_size) + "); confirm to reveal");
  }

  std::vector<NoteId> order;
  for (const auto& [id, record] : ctx.state.notes) {
    if (!record.removed && record.hidden && record.note.board_id == c.board_id) {
      order.push_back(id);
    }
  }
  // Fisher-Yates with the decision's entropy: the published order says nothing
  // about who wrote first. (Ids are random too, so map order leaks nothing.)
  for (std::size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[ctx.entropy.below(i)]);
  }
  return ev::BoardRevealed{c.board_id, std::move(order)};
}

}  // namespace kring::core
