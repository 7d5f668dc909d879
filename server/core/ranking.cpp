#include "core/ranking.hpp"

#include <algorithm>

namespace kring::core {

std::uint32_t criteria_total(const CriteriaScores& scores) {
  return scores.likelihood + scores.visibility + scores.fits_vision + (2 * scores.reach - 1) +
         scores.concreteness;
}

std::uint64_t entry_total(const RankingEntry& entry) {
  const CriteriaScores& sums = entry.sums;
  return std::uint64_t{sums.likelihood} + sums.visibility + sums.fits_vision +
         (2 * std::uint64_t{sums.reach} - entry.scorers) + sums.concreteness;
}

namespace {

RankingEntry entry_of(const ActionRecord& record) {
  RankingEntry entry{record.action.id, static_cast<std::uint32_t>(record.scores.size()), {}};
  for (const auto& [tag, scores] : record.scores) {
    entry.sums.likelihood += scores.likelihood;
    entry.sums.visibility += scores.visibility;
    entry.sums.fits_vision += scores.fits_vision;
    entry.sums.reach += scores.reach;
    entry.sums.concreteness += scores.concreteness;
  }
  return entry;
}

// a ranks before b. Means are compared by cross-multiplying, so no rounding.
bool ranks_before(const RankingEntry& a, const RankingEntry& b) {
  if ((a.scorers == 0) != (b.scorers == 0)) return a.scorers != 0;
  if (a.scorers != 0) {
    const std::uint64_t left = entry_total(a) * b.scorers;
    const std::uint64_t right = entry_total(b) * a.scorers;
    if (left != right) return left > right;
    if (a.scorers != b.scorers) return a.scorers > b.scorers;
  }
  return a.action_id < b.action_id;
}

}  // namespace

std::vector<RankingEntry> rank_actions(const RoomState& state) {
  std::vector<RankingEntry> entries;
  for (const ActionRecord& record : state.actions) {
    if (!record.removed) entries.push_back(entry_of(record));
  }
  std::sort(entries.begin(), entries.end(), ranks_before);
  return entries;
}

}  // namespace kring::core
