// The small-choices method: the strategy statement, dilemmas with exactly three
// scenarios (one marked as following the strategy), the group's outcome, and
// the anonymous intake of proposed dilemmas before the workshop.
#include "core/board_layout.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Rejection method_not_facilitator() { return forbidden("only the facilitator runs the method"); }
Rejection no_such_dilemma() { return reject(ErrorCode::not_found, "no such dilemma"); }

Check check_scenarios(const std::vector<std::string>& scenarios, std::size_t min_count) {
  if (scenarios.size() < min_count || scenarios.size() > scenarios_per_dilemma) {
    return reject(ErrorCode::invalid_argument, min_count == scenarios_per_dilemma
                                                   ? "a dilemma has exactly three scenarios"
                                                   : "at most three scenarios");
  }
  for (const std::string& scenario : scenarios) {
    if (auto bad = check_text(scenario, limits::max_scenario_bytes, "scenario")) return bad;
  }
  return std::nullopt;
}

// Title, context, scenarios and mark of a dilemma as the facilitator sends them.
Check check_dilemma_text(std::string_view title, std::string_view context,
                         const std::vector<std::string>& scenarios, std::uint32_t mark) {
  if (auto bad = check_text(title, limits::max_title_bytes, "dilemma title")) return bad;
  if (auto bad = check_optional_text(context, limits::max_dilemma_context_bytes, "context")) {
    return bad;
  }
  if (auto bad = check_scenarios(scenarios, scenarios_per_dilemma)) return bad;
  if (mark > scenarios_per_dilemma) {
    return reject(ErrorCode::invalid_argument, "strategy scenario is 0 or 1..3");
  }
  return std::nullopt;
}

// The dilemma's note board: per scenario, the method's three prompts. Labels
// are keys the clients translate ("Wat betekent dit voor mijn werk?" ...).
Board dilemma_board(BoardId id, const std::string& title) {
  Board board;
  board.id = id;
  board.title = title;
  board.kind = BoardKind::matrix;
  board.writing_mode = WritingMode::open;
  board.row_labels = {"scenario_1", "scenario_2", "scenario_3"};
  board.column_labels = {"prompt_my_work", "prompt_opportunities", "prompt_hard"};
  board.zones = matrix_zones(board.row_labels, board.column_labels);
  return board;
}

}  // namespace

Outcome decide_method(const DecideContext& ctx, const cmd::SetStrategy& c) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  if (auto bad = check_optional_text(c.text, limits::max_strategy_bytes, "strategy")) return *bad;
  return ev::StrategySet{c.text};
}

Outcome decide_method(const DecideContext& ctx, const cmd::AddDilemma& c) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  if (ctx.state.dilemmas.size() >= limits::max_dilemmas) {
    return reject(ErrorCode::limit_reached, "too many dilemmas");
  }
  if (ctx.state.boards.size() >= limits::max_boards) {
    return reject(ErrorCode::limit_reached, "too many boards");
  }
  if (auto bad = check_dilemma_text(c.title, c.context, c.scenarios, c.strategy_scenario)) {
    return *bad;
  }
  if (c.proposal_id != 0) {
    const Proposal* proposal = find_proposal(ctx.state, c.proposal_id);
    if (proposal == nullptr) return reject(ErrorCode::not_found, "no such proposal");
    if (proposal->status != ProposalStatus::open) {
      return reject(ErrorCode::wrong_phase, "proposal already curated");
    }
  }
  Dilemma dilemma;
  dilemma.id = static_cast<DilemmaId>(ctx.state.dilemmas.size() + 1);
  dilemma.title = c.title;
  dilemma.context = c.context;
  dilemma.scenarios = c.scenarios;
  dilemma.strategy_scenario = c.strategy_scenario;
  dilemma.board_id = static_cast<BoardId>(ctx.state.boards.size() + 1);
  dilemma.proposal_id = c.proposal_id;
  Board board = dilemma_board(dilemma.board_id, c.title);
  return ev::DilemmaAdded{std::move(dilemma), std::move(board)};
}

Outcome decide_method(const DecideContext& ctx, const cmd::EditDilemma& c) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  const Dilemma* current = find_dilemma(ctx.state, c.dilemma_id);
  if (current == nullptr) return no_such_dilemma();
  // Once polled, the scenarios are what people voted on: they stay.
  if (current->poll_id != 0) return reject(ErrorCode::wrong_phase, "dilemma already polled");
  if (auto bad = check_dilemma_text(c.title, c.context, c.scenarios, c.strategy_scenario)) {
    return *bad;
  }
  Dilemma edited = *current;
  edited.title = c.title;
  edited.context = c.context;
  edited.scenarios = c.scenarios;
  edited.strategy_scenario = c.strategy_scenario;
  return ev::DilemmaEdited{std::move(edited)};
}

Outcome decide_method(const DecideContext& ctx, const cmd::RecordOutcome& c) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  if (find_dilemma(ctx.state, c.dilemma_id) == nullptr) return no_such_dilemma();
  const bool consensus = c.outcome == DilemmaOutcome::consensus;
  if (consensus && (c.chosen_scenario == 0 || c.chosen_scenario > scenarios_per_dilemma)) {
    return reject(ErrorCode::invalid_argument, "consensus names scenario 1..3");
  }
  if (!consensus && c.chosen_scenario != 0) {
    return reject(ErrorCode::invalid_argument, "only a consensus names a scenario");
  }
  return ev::OutcomeRecorded{c.dilemma_id, c.outcome, c.chosen_scenario};
}

Outcome decide_method(const DecideContext& ctx, const cmd::ShowStrategyMarks&) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  if (ctx.state.strategy_marks_shown) return reject(ErrorCode::wrong_phase, "already shown");
  return ev::StrategyMarksShown{};
}

Outcome decide_method(const DecideContext& ctx, const cmd::DismissProposal& c) {
  if (!is_facilitator(ctx)) return method_not_facilitator();
  const Proposal* proposal = find_proposal(ctx.state, c.proposal_id);
  if (proposal == nullptr) return reject(ErrorCode::not_found, "no such proposal");
  if (proposal->status != ProposalStatus::open) {
    return reject(ErrorCode::wrong_phase, "proposal already curated");
  }
  return ev::ProposalDismissed{c.proposal_id};
}

Outcome decide_method(const DecideContext& ctx, const cmd::SubmitProposal& c) {
  if (ctx.actor.role != Role::participant ||
      find_member_by_id(ctx.state, ctx.actor.member) == nullptr) {
    return forbidden("participants send in dilemmas");
  }
  if (ctx.state.proposals.size() >= limits::max_proposals) {
    return reject(ErrorCode::limit_reached, "too many proposals");
  }
  if (auto bad = check_text(c.title, limits::max_title_bytes, "dilemma title")) return *bad;
  if (auto bad = check_optional_text(c.context, limits::max_dilemma_context_bytes, "context")) {
    return *bad;
  }
  if (auto bad = check_scenarios(c.scenarios, 0)) return *bad;
  // No member id goes into the event: the intake is anonymous.
  Proposal proposal{static_cast<ProposalId>(ctx.state.proposals.size() + 1), c.title, c.context,
                    c.scenarios, ProposalStatus::open};
  return ev::ProposalSubmitted{std::move(proposal)};
}

}  // namespace kring::core
