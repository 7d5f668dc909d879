#include "export/build_record.hpp"

#include <algorithm>

#include "core/lookup.hpp"
#include "core/ranking.hpp"
#include "export/wording.hpp"

namespace kring::record {
namespace {

constexpr std::int64_t ms_per_second = 1000;

std::vector<AgendaRow> agenda_of(const core::RoomState& state, core::TimeMs now) {
  const core::Timer& timer = state.timer;
  std::vector<AgendaRow> rows;
  for (std::size_t i = 0; i < state.phases.size(); ++i) {
    AgendaRow row{state.phases[i].title, state.phases[i].planned_seconds, std::nullopt, false};
    if (i < timer.actual_ms.size()) {
      row.actual_seconds = timer.actual_ms[i] / ms_per_second;
    } else if (i == timer.phase_index) {
      const core::TimeMs running =
          timer.running ? std::max<core::TimeMs>(0, now - timer.started_at_ms) : 0;
      const core::TimeMs used = timer.elapsed_ms + running;
      row.in_progress = true;
      if (used > 0 || timer.running) row.actual_seconds = used / ms_per_second;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string option_label(const core::Vote& vote, core::OptionId option) {
  for (const core::VoteOption& candidate : vote.options) {
    if (candidate.id == option) return words::label(candidate.label);
  }
  return std::to_string(option);
}

// The title a poll is shown under: its own, or its dilemma's for a group poll
// opened without one.
std::string poll_title(const core::RoomState& state, const core::Vote& vote) {
  if (!vote.title.empty() || vote.dilemma_id == 0) return vote.title;
  for (const core::Dilemma& dilemma : state.dilemmas) {
    if (dilemma.id == vote.dilemma_id) return dilemma.title;
  }
  return vote.title;
}

PollRecord poll_of(const core::RoomState& state, const core::VoteRecord& record) {
  const core::Vote& vote = record.vote;
  PollRecord poll;
  poll.vote_id = vote.id;
  poll.title = poll_title(state, vote);
  poll.audience = vote.audience;
  poll.mode = vote.mode;
  poll.status = vote.status;
  poll.dilemma_id = vote.dilemma_id;
  poll.voters = record.ballots();
  // Only the result made at the reveal may leave: never the ballots themselves.
  if (vote.status != core::VoteStatus::revealed || !record.result) return poll;
  poll.revealed = true;
  for (const core::VoteOption& option : vote.options) {
    std::uint32_t count = 0;
    for (const core::TallyEntry& entry : record.result->tally) {
      if (entry.option_id == option.id) count = entry.count;
    }
    poll.spread.push_back(SpreadRow{option.id, words::label(option.label), count});
  }
  // Who held up which card is public only for the board's open-card votes;
  // in a group poll the participants stay anonymous.
  if (vote.audience == core::VoteAudience::board && vote.mode == core::BallotMode::open_cards) {
    for (const core::Card& card : record.result->cards) {
      poll.cards.push_back(CardRow{card.voter_name, option_label(vote, card.option_id)});
    }
  }
  return poll;
}

DilemmaRecord dilemma_of(const core::Dilemma& dilemma) {
  DilemmaRecord out;
  out.id = dilemma.id;
  out.title = dilemma.title;
  out.context = dilemma.context;
  out.scenarios = dilemma.scenarios;
  out.strategy_scenario = dilemma.strategy_scenario;
  out.outcome = dilemma.outcome;
  out.chosen_scenario = dilemma.chosen_scenario;
  if (dilemma.outcome == core::DilemmaOutcome::consensus && dilemma.strategy_scenario != 0) {
    out.follows_strategy = dilemma.chosen_scenario == dilemma.strategy_scenario;
  }
  if (dilemma.poll_id != 0) out.poll = dilemma.poll_id;
  return out;
}

std::string decision_of(const core::RoomState& state, const core::BundleItem& item) {
  if (item.decision == 0) return "";
  if (item.kind == core::BundleItemKind::approval) {
    return item.decision == core::approval_approve ? "Goedgekeurd" : "Afgewezen";
  }
  for (const core::VoteRecord& record : state.votes) {
    if (record.vote.id == item.vote_id) {
      return "Scenario " + std::to_string(item.decision) + ": " +
             option_label(record.vote, item.decision);
    }
  }
  return "Scenario " + std::to_string(item.decision);
}

BundleRecord bundle_of(const core::RoomState& state, const core::Bundle& bundle) {
  BundleRecord out{bundle.id, bundle.title, bundle.mode, {}};
  for (const core::BundleItem& item : bundle.items) {
    std::string title;
    for (const core::Dilemma& dilemma : state.dilemmas) {
      if (dilemma.id == item.dilemma_id) title = dilemma.title;
    }
    out.items.push_back(BundleItemRecord{item.dilemma_id, std::move(title), item.kind, item.vote_id,
                                         item.earlier_vote_ids, decision_of(state, item),
                                         item.decision_reason});
  }
  return out;
}

// sum / scorers in tenths, rounded half up.
std::uint32_t mean_tenths(std::uint64_t sum, std::uint32_t scorers) {
  return static_cast<std::uint32_t>((sum * 20 + scorers) / (2 * std::uint64_t{scorers}));
}

CriteriaMeans means_of(const core::RankingEntry& entry) {
  const core::CriteriaScores& sums = entry.sums;
  return CriteriaMeans{mean_tenths(sums.likelihood, entry.scorers),
                       mean_tenths(sums.visibility, entry.scorers),
                       mean_tenths(sums.fits_vision, entry.scorers),
                       mean_tenths(sums.reach, entry.scorers),
                       mean_tenths(sums.concreteness, entry.scorers),
                       mean_tenths(core::entry_total(entry), entry.scorers)};
}

std::string circle_of(core::ZoneId zone) {
  static constexpr std::string_view keys[] = {"unsorted", "changeable", "partly_changeable",
                                              "unchangeable"};
  return words::label(zone < std::size(keys) ? keys[zone] : keys[0]);
}

// Every live action, best first. The record is the workshop's conclusion, so
// it ranks on every score given (as a final reveal would), not on the ranking
// as last revealed; scores appear only as means, never per scorer.
std::vector<ActionRecord> actions_of(const core::RoomState& state) {
  std::vector<ActionRecord> out;
  std::uint32_t rank = 0;
  for (const core::RankingEntry& entry : core::rank_actions(state)) {
    const core::ActionRecord& action = state.actions.at(entry.action_id - 1);
    ActionRecord row;
    row.rank = ++rank;
    row.id = entry.action_id;
    row.action = action.action;
    row.circle = circle_of(action.action.circle_zone);
    row.scorers = entry.scorers;
    if (entry.scorers > 0) row.means = means_of(entry);
    out.push_back(std::move(row));
  }
  return out;
}

std::string zone_label(const core::Board& board, core::ZoneId zone) {
  for (const core::Zone& candidate : board.zones) {
    if (candidate.id != zone) continue;
    if (board.kind == core::BoardKind::matrix && candidate.row < board.row_labels.size() &&
        candidate.column < board.column_labels.size()) {
      return words::label(board.row_labels[candidate.row]) + " / " +
             words::label(board.column_labels[candidate.column]);
    }
    return words::label(candidate.label);
  }
  return "";
}

// Each board with the notes everybody can see, grouped by column (zone) in
// the board's order and within a column in the order they became visible: a
// hidden note (private-first, not revealed) and a removed one never appear,
// and no note says who wrote it.
std::vector<BoardNotes> boards_of(const core::RoomState& state) {
  std::vector<BoardNotes> out;
  for (const core::Board& board : state.boards) {
    BoardNotes notes{board.id, board.title, board.kind, {}};
    for (const core::Zone& zone : board.zones) {
      for (const core::NoteId id : state.visible_order) {
        const auto it = state.notes.find(id);
        if (it == state.notes.end() || it->second.hidden || it->second.removed) continue;
        const core::Note& note = it->second.note;
        if (note.board_id == board.id && note.zone_id == zone.id) {
          notes.notes.push_back(NoteRow{zone_label(board, note.zone_id), note.text});
        }
      }
    }
    out.push_back(std::move(notes));
  }
  return out;
}

// The board's decision on `decision` in words, with the scenario's text from
// this room's own dilemma.
std::string given_back_decision(const core::RoomState& state,
                                const core::ReleasedDecision& decision) {
  const core::Dilemma* dilemma = core::find_dilemma(state, decision.dilemma_id);
  const bool known = dilemma != nullptr && decision.scenario >= 1 &&
                     decision.scenario <= dilemma->scenarios.size();
  return words::released(decision, known ? dilemma->scenarios[decision.scenario - 1] : "");
}

std::optional<GivenBack> given_back_of(const core::RoomState& state) {
  if (state.news.programme_id == 0) return std::nullopt;
  GivenBack given;
  given.programme_title = state.news.programme_title;
  given.job_family = state.news.job_family;
  given.feedback = state.news.feedback;
  for (const core::ReleasedDecision& decision : state.news.decisions) {
    given.decisions.push_back(GivenBackRow{decision.title, given_back_decision(state, decision),
                                           decision.reason, decision.follows_strategy});
  }
  return given;
}

}  // namespace

DecisionRecord build_record(const core::RoomState& state, core::TimeMs generated_at_ms,
                            const ZoneRules& zone) {
  DecisionRecord record;
  record.title = state.title;
  record.generated_at_ms = generated_at_ms;
  record.generated_local_ms = zone.local_ms(generated_at_ms);
  record.time_zone = zone.name;
  record.strategy = state.strategy;
  for (const core::MemberRecord& member : state.members) {
    if (member.member.role == core::Role::participant) ++record.participants;
    if (member.member.role == core::Role::board_member) ++record.board_members;
  }
  record.agenda = agenda_of(state, generated_at_ms);
  for (const core::Dilemma& dilemma : state.dilemmas) {
    record.dilemmas.push_back(dilemma_of(dilemma));
  }
  for (const core::VoteRecord& vote : state.votes) record.polls.push_back(poll_of(state, vote));
  for (const core::Bundle& bundle : state.bundles) {
    record.bundles.push_back(bundle_of(state, bundle));
  }
  record.actions = actions_of(state);
  record.boards = boards_of(state);
  record.given_back = given_back_of(state);
  return record;
}

}  // namespace kring::record
