#include "core/programme.hpp"

#include <algorithm>

#include "core/lookup.hpp"

namespace kring::core {

const ProgrammeRoom* find_programme_room(const RoomState& programme, RoomId room_id) {
  for (const ProgrammeRoom& room : programme.programme_rooms) {
    if (room.room_id == room_id) return &room;
  }
  return nullptr;
}

ProgrammeRoom* find_programme_room(RoomState& programme, RoomId room_id) {
  return const_cast<ProgrammeRoom*>(
      find_programme_room(static_cast<const RoomState&>(programme), room_id));
}

std::optional<ProgrammeNews> news_for(const RoomState& programme, RoomId programme_id,
                                      RoomId room_id) {
  const ProgrammeRoom* room = find_programme_room(programme, room_id);
  if (room == nullptr) return std::nullopt;
  ProgrammeNews news;
  news.programme_id = programme_id;
  news.version = room->news_version;
  news.programme_title = programme.title;
  news.job_family = room->job_family;
  news.board_meeting = room->board_meeting;
  news.strategy = programme.strategy;
  news.feedback = room->feedback;
  for (const ReleasedDecision& decision : programme.released) {
    if (decision.room_id == room_id) news.decisions.push_back(decision);
  }
  return news;
}

std::vector<RoomId> rooms_behind(const RoomState& programme) {
  std::vector<RoomId> behind;
  for (const ProgrammeRoom& room : programme.programme_rooms) {
    if (!room.gone && room.delivered_version < room.news_version) behind.push_back(room.room_id);
  }
  return behind;
}

std::variant<Dilemma, Rejection> import_copy(const RoomState& workshop, RoomId workshop_id,
                                             DilemmaId dilemma_id, const std::string& job_family) {
  const Dilemma* found = find_dilemma(workshop, dilemma_id);
  if (found == nullptr) return reject(ErrorCode::not_found, "no such dilemma in that workshop");
  if (found->outcome == DilemmaOutcome::open) {
    return reject(ErrorCode::wrong_phase, "the workshop has not recorded its outcome");
  }
  Dilemma copy;
  copy.title = found->title;
  copy.context = found->context;
  copy.scenarios = found->scenarios;
  copy.strategy_scenario = found->strategy_scenario;
  copy.outcome = found->outcome;
  copy.chosen_scenario = found->chosen_scenario;
  copy.source.room_id = workshop_id;
  copy.source.dilemma_id = dilemma_id;
  copy.source.job_family = job_family;
  // The group's spread, as every device of the workshop saw it: only after
  // the reveal, and only counts.
  if (const VoteRecord* poll = find_vote(workshop, found->poll_id);
      poll != nullptr && poll->result) {
    copy.source.poll_counts.assign(found->scenarios.size(), 0);
    for (const TallyEntry& entry : poll->result->tally) {
      if (entry.option_id >= 1 && entry.option_id <= copy.source.poll_counts.size()) {
        copy.source.poll_counts[entry.option_id - 1] = entry.count;
        copy.source.poll_ballots += entry.count;
      }
    }
  }
  return copy;
}

namespace {

// The scenario that holds after `decision` on `item` of `dilemma`.
std::uint32_t scenario_after(const Dilemma& dilemma, const BundleItem& item) {
  if (item.kind == BundleItemKind::choice) return item.decision;
  return item.decision == approval_approve ? dilemma.chosen_scenario : 0;
}

}  // namespace

std::vector<ReleasedDecision> decisions_to_release(const RoomState& board, DilemmaId dilemma_id) {
  std::vector<ReleasedDecision> released;
  for (const Dilemma& dilemma : board.dilemmas) {
    if (dilemma.source.room_id == 0) continue;
    if (dilemma_id != 0 && dilemma.id != dilemma_id) continue;
    const BundleItem* latest = nullptr;
    for (const Bundle& bundle : board.bundles) {
      for (const BundleItem& item : bundle.items) {
        if (item.dilemma_id == dilemma.id) latest = &item;
      }
    }
    if (latest == nullptr || latest->decision == 0) continue;
    const VoteRecord* vote = find_vote(board, latest->vote_id);
    if (vote == nullptr || !vote->result) continue;
    ReleasedDecision decision;
    decision.room_id = dilemma.source.room_id;
    decision.dilemma_id = dilemma.source.dilemma_id;
    decision.title = dilemma.title;
    decision.kind = latest->kind;
    decision.decision = latest->decision;
    decision.reason = latest->decision_reason;
    decision.scenario = scenario_after(dilemma, *latest);
    decision.follows_strategy =
        decision.scenario != 0 && decision.scenario == dilemma.strategy_scenario;
    decision.board_counts.assign(vote->vote.options.size(), 0);
    for (const TallyEntry& entry : vote->result->tally) {
      if (entry.option_id >= 1 && entry.option_id <= decision.board_counts.size()) {
        decision.board_counts[entry.option_id - 1] = entry.count;
      }
    }
    released.push_back(std::move(decision));
  }
  return released;
}

RoomSummary summarize_room(const ProgrammeRoom& entry, const RoomState* room) {
  RoomSummary summary;
  summary.room_id = entry.room_id;
  summary.job_family = entry.job_family;
  summary.board_meeting = entry.board_meeting;
  if (entry.gone || room == nullptr || !room->created) {
    summary.status = RoomStatus::gone;
    return summary;
  }
  const bool clock_ran = room->timer.running || room->timer.started_at_ms != 0 ||
                         room->timer.elapsed_ms != 0 || !room->timer.actual_ms.empty();
  if (!room->phases.empty() && room->timer.actual_ms.size() >= room->phases.size()) {
    summary.status = RoomStatus::done;
  } else if (clock_ran || !room->members.empty()) {
    summary.status = RoomStatus::running;
  } else {
    summary.status = RoomStatus::planned;
  }
  summary.title = room->title;
  summary.participants = member_count(*room, Role::participant);
  summary.board_members = member_count(*room, Role::board_member);
  for (Dilemma dilemma : room->dilemmas) {
    dilemma.proposal_id = 0;
    summary.dilemmas.push_back(std::move(dilemma));
  }
  for (const VoteRecord& record : room->votes) {
    if (!record.result) continue;
    VoteResult tally_only = *record.result;
    tally_only.cards.clear();
    summary.results.push_back(std::move(tally_only));
  }
  summary.bundles = room->bundles;
  summary.news_version = room->news.version;
  summary.up_to_date = room->news.version >= entry.news_version;
  return summary;
}

}  // namespace kring::core
