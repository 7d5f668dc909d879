// What is stored and what is rebuilt (see apply.cpp for how the state grows):
//
// - note_by_secret is not stored. apply() adds a note's own secret hash when
//   the note is added and erases it when the note is dropped, and decide()
//   refuses a secret that a live note already holds. So it is exactly
//   {secret_hash -> id} of the live (not removed) notes, removed notes excluded.
// - member_by_secret is not stored. apply() only ever assigns
//   member_by_secret[hash] = id in join order and never erases, so replaying
//   the assignments over `members` in order rebuilds it, last join winning.
// - hidden_count is stored: an entry appears with the board's first hidden
//   note and stays (at 0) after the reveal, and which boards ever had one
//   cannot be told from the notes afterwards. Its counts are checked against
//   the notes on decode.
// - acks_by_key is stored inside key_order: decide() answers a remembered key
//   with Duplicate, so key_order holds distinct keys, each with its ack.
//
// Decoding also rejects bytes whose state breaks what apply() keeps true and
// the core relies on without checking (ids 1..n, visible_order naming the
// live visible notes, a result exactly on revealed votes): a state that
// decodes can be applied to and viewed.
#include "log/redis/state_codec.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/limits.hpp"
#include "enums/proto_enums.hpp"
#include "log/redis/bus_entities.hpp"
#include "log/redis/state_entities.hpp"

namespace kring::log::redis {
namespace {

namespace pb = kring::bus::v1;

void put_notes(const core::RoomState& in, pb::RoomSnapshot& out) {
  for (const auto& [id, record] : in.notes) state::put(record, *out.add_notes());
  for (const core::NoteId id : in.visible_order) out.add_visible_order(id);
  std::vector<std::pair<core::BoardId, std::uint32_t>> counts(in.hidden_count.begin(),
                                                              in.hidden_count.end());
  std::sort(counts.begin(), counts.end());
  for (const auto& [board, count] : counts) {
    pb::HiddenCount& c = *out.add_hidden_counts();
    c.set_board_id(board);
    c.set_count(count);
  }
}

void put_remembered_keys(const core::RoomState& in, pb::RoomSnapshot& out) {
  for (const std::string& key : in.key_order) {
    pb::RememberedKey& k = *out.add_remembered_keys();
    k.set_key(key);
    // Every key in key_order has its ack (see the top of this file).
    if (const auto it = in.acks_by_key.find(key); it != in.acks_by_key.end()) {
      k.set_seq(it->second.seq);
      k.set_created_id(it->second.created_id);
    }
  }
}

bool get_boards(const pb::RoomSnapshot& in, core::RoomState& out) {
  out.boards.reserve(static_cast<std::size_t>(in.boards_size()));
  for (const pb::Board& b : in.boards()) {
    core::Board& board = out.boards.emplace_back();
    // find_board() relies on ids 1..n in order.
    if (!bus::get(b, board) || board.id != out.boards.size()) return false;
  }
  return true;
}

// Notes, then the indexes over them.
bool get_notes(const pb::RoomSnapshot& in, core::RoomState& out) {
  std::size_t live_visible = 0;
  std::map<core::BoardId, std::uint32_t> live_hidden;
  for (const pb::NoteRecord& n : in.notes()) {
    core::NoteRecord record;
    if (!state::get(n, record)) return false;
    const core::NoteId id = record.note.id;
    if (id == 0 || record.note.board_id == 0 || record.note.board_id > out.boards.size()) {
      return false;
    }
    if (!record.removed) {
      if (record.hidden) {
        live_hidden[record.note.board_id] += 1;
      } else {
        ++live_visible;
      }
      // Live secrets are distinct in every state decide() leads to.
      if (!out.note_by_secret.emplace(record.secret_hash, id).second) return false;
    }
    if (!out.notes.emplace(id, std::move(record)).second) return false;
  }

  std::set<core::NoteId> shown;
  for (const core::NoteId id : in.visible_order()) {
    const auto it = out.notes.find(id);
    if (it == out.notes.end() || it->second.removed || it->second.hidden) return false;
    if (!shown.insert(id).second) return false;
    out.visible_order.push_back(id);
  }
  if (shown.size() != live_visible) return false;

  std::size_t counted_boards = 0;
  for (const pb::HiddenCount& c : in.hidden_counts()) {
    const auto it = live_hidden.find(c.board_id());
    const std::uint32_t expected = it == live_hidden.end() ? 0 : it->second;
    if (c.count() != expected || c.board_id() == 0 || c.board_id() > out.boards.size()) {
      return false;
    }
    if (!out.hidden_count.emplace(c.board_id(), c.count()).second) return false;
    if (expected > 0) ++counted_boards;
  }
  // Every board with live hidden notes has its entry.
  return counted_boards == live_hidden.size();
}

bool get_votes(const pb::RoomSnapshot& in, core::RoomState& out) {
  out.votes.reserve(static_cast<std::size_t>(in.votes_size()));
  for (const pb::VoteRecord& v : in.votes()) {
    core::VoteRecord& record = out.votes.emplace_back();
    if (!state::get(v, record) || record.vote.id != out.votes.size()) return false;
    // view_event() reads the result of a revealed vote without checking.
    if (record.result.has_value() != (record.vote.status == core::VoteStatus::revealed)) {
      return false;
    }
  }
  return true;
}

bool get_members(const pb::RoomSnapshot& in, core::RoomState& out) {
  out.members.reserve(static_cast<std::size_t>(in.members_size()));
  for (const pb::MemberRecord& m : in.members()) {
    core::MemberRecord& record = out.members.emplace_back();
    if (!state::get(m, record) || record.member.id != out.members.size()) return false;
    // Same assignment, same order as apply(): a repeated hash ends on the last join.
    out.member_by_secret[record.member_hash] = record.member.id;
  }
  return true;
}

bool get_remembered_keys(const pb::RoomSnapshot& in, core::RoomState& out) {
  if (static_cast<std::size_t>(in.remembered_keys_size()) >
      core::limits::remembered_idempotency_keys) {
    return false;
  }
  for (const pb::RememberedKey& k : in.remembered_keys()) {
    const core::RememberedAck ack{k.seq(), k.created_id()};
    if (k.key().empty() || !out.acks_by_key.emplace(k.key(), ack).second) return false;
    out.key_order.push_back(k.key());
  }
  return true;
}

// k, auto-reveal and the writer tags of hidden notes (boards strictly ascending, tags too).
// k is 0 in snapshots written before it existed: those rooms get the default.
bool get_group_size(const pb::RoomSnapshot& in, core::RoomState& out) {
  out.min_group_size =
      in.min_group_size() == 0 ? core::limits::default_min_group_size : in.min_group_size();
  if (out.min_group_size > core::limits::max_min_group_size) return false;
  out.auto_reveal = in.auto_reveal();
  for (const pb::BoardWriters& w : in.board_writers()) {
    if (!out.writers.empty() && w.board_id() <= out.writers.rbegin()->first) return false;
    std::set<core::SecretHash>& tags = out.writers[w.board_id()];
    for (const std::string& tag : w.tags()) {
      if (tag.empty() || (!tags.empty() && tag <= *tags.rbegin())) return false;
      tags.insert(tags.end(), tag);
    }
  }
  return true;
}

void put_group_size(const core::RoomState& in, pb::RoomSnapshot& out) {
  out.set_min_group_size(in.min_group_size);
  out.set_auto_reveal(in.auto_reveal);
  for (const auto& [board, tags] : in.writers) {
    pb::BoardWriters& w = *out.add_board_writers();
    w.set_board_id(board);
    for (const core::SecretHash& tag : tags) w.add_tags(tag);
  }
}

// Strategy, dilemmas, proposals and bundles; ids must run 1..n like the state's vectors.
bool get_method(const pb::RoomSnapshot& in, core::RoomState& out) {
  out.strategy = in.strategy();
  out.strategy_marks_shown = in.strategy_marks_shown();
  for (const pb::Dilemma& d : in.dilemmas()) {
    core::Dilemma dilemma;
    if (!bus::get(d, dilemma) || dilemma.id != out.dilemmas.size() + 1) return false;
    out.dilemmas.push_back(std::move(dilemma));
  }
  for (const pb::Proposal& p : in.proposals()) {
    core::Proposal proposal;
    if (!bus::get(p, proposal) || proposal.id != out.proposals.size() + 1) return false;
    out.proposals.push_back(std::move(proposal));
  }
  for (const pb::Bundle& b : in.bundles()) {
    core::Bundle bundle;
    if (!bus::get(b, bundle) || bundle.id != out.bundles.size() + 1) return false;
    out.bundles.push_back(std::move(bundle));
  }
  return true;
}

// Actions with their scores (ids 1..n, scorer tags strictly ascending) and the ranking.
bool get_actions(const pb::RoomSnapshot& in, core::RoomState& out) {
  for (const pb::ActionRecord& a : in.actions()) {
    core::ActionRecord record;
    if (!bus::get(a.action(), record.action) || record.action.id != out.actions.size() + 1) {
      return false;
    }
    record.removed = a.removed();
    for (const pb::TaggedScores& s : a.scores()) {
      core::CriteriaScores scores;
      bus::get(s.scores(), scores);
      core::SecretHash tag = bus::scorer_tag_of(s.scorer_tag(), s.legacy_member_id());
      if (!record.scores.empty() && tag <= record.scores.rbegin()->first) return false;
      record.scores.emplace(std::move(tag), scores);
    }
    out.actions.push_back(std::move(record));
  }
  for (const pb::RankingEntry& e : in.ranking()) bus::get(e, out.ranking.emplace_back());
  return true;
}

void put_actions(const core::RoomState& in, pb::RoomSnapshot& out) {
  for (const core::ActionRecord& record : in.actions) {
    pb::ActionRecord& a = *out.add_actions();
    bus::put(record.action, *a.mutable_action());
    a.set_removed(record.removed);
    for (const auto& [tag, scores] : record.scores) {
      pb::TaggedScores& s = *a.add_scores();
      s.set_scorer_tag(tag);
      bus::put(scores, *s.mutable_scores());
    }
  }
  for (const core::RankingEntry& entry : in.ranking) bus::put(entry, *out.add_ranking());
}

// The focus; absent in snapshots written before it existed (no focus). The ids
// it names must exist, as decide made sure when it was set.
bool get_focus(const pb::RoomSnapshot& in, core::RoomState& out) {
  if (!in.has_focus()) return true;
  if (!bus::get(in.focus(), out.focus)) return false;
  const core::Focus& f = out.focus;
  return f.board_id <= out.boards.size() && f.dilemma_id <= out.dilemmas.size() &&
         f.vote_id <= out.votes.size() && f.bundle_id <= out.bundles.size();
}

// What a programme keeps (its rooms, released decisions) and what a room of
// a programme received; all empty in snapshots written before programmes.
bool get_programme(const pb::RoomSnapshot& in, core::RoomState& out) {
  const std::optional<core::RoomKind> kind = enums::room_kind_from_proto(in.kind());
  if (!kind) return false;
  out.kind = *kind;
  for (const pb::ProgrammeRoom& r : in.programme_rooms()) {
    if (!bus::get(r, out.programme_rooms.emplace_back())) return false;
  }
  for (const pb::ReleasedDecision& d : in.released()) {
    if (!bus::get(d, out.released.emplace_back())) return false;
  }
  if (in.has_news() && !bus::get(in.news(), out.news)) return false;
  return true;
}

void put_programme(const core::RoomState& in, pb::RoomSnapshot& out) {
  out.set_kind(enums::to_proto(in.kind));
  for (const core::ProgrammeRoom& room : in.programme_rooms) {
    bus::put(room, *out.add_programme_rooms());
  }
  for (const core::ReleasedDecision& decision : in.released) {
    bus::put(decision, *out.add_released());
  }
  if (in.news.programme_id != 0) bus::put(in.news, *out.mutable_news());
}

}  // namespace

std::string encode_room_state(const core::RoomState& in) {
  // No map fields anywhere in RoomSnapshot, so the serialization is a pure
  // function of the fields written below.
  pb::RoomSnapshot out;
  out.set_seq(in.seq);
  out.set_created(in.created);
  out.set_title(in.title);
  out.set_facilitator_hash(in.facilitator_hash);
  out.set_participant_code(in.participant_code);
  out.set_board_code(in.board_code);
  out.set_projector_hash(in.projector_hash);
  out.set_projector_link_seq(in.projector_link_seq);
  out.set_time_zone(in.time_zone);
  for (const core::Phase& phase : in.phases) bus::put(phase, *out.add_phases());
  bus::put(in.timer, *out.mutable_timer());
  for (const core::Board& board : in.boards) bus::put(board, *out.add_boards());
  put_notes(in, out);
  for (const core::VoteRecord& vote : in.votes) state::put(vote, *out.add_votes());
  for (const core::MemberRecord& member : in.members) state::put(member, *out.add_members());
  put_remembered_keys(in, out);
  out.set_strategy(in.strategy);
  for (const core::Dilemma& dilemma : in.dilemmas) bus::put(dilemma, *out.add_dilemmas());
  for (const core::Proposal& proposal : in.proposals) bus::put(proposal, *out.add_proposals());
  out.set_strategy_marks_shown(in.strategy_marks_shown);
  for (const core::Bundle& bundle : in.bundles) bus::put(bundle, *out.add_bundles());
  put_actions(in, out);
  put_group_size(in, out);
  bus::put(in.focus, *out.mutable_focus());
  put_programme(in, out);
  return out.SerializeAsString();
}

std::optional<core::RoomState> decode_room_state(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return std::nullopt;
  pb::RoomSnapshot in;
  if (!in.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return std::nullopt;
  if (!in.has_timer()) return std::nullopt;

  core::RoomState out;
  out.seq = in.seq();
  out.created = in.created();
  out.title = in.title();
  out.facilitator_hash = in.facilitator_hash();
  out.participant_code = in.participant_code();
  out.board_code = in.board_code();
  out.projector_hash = in.projector_hash();
  out.projector_link_seq = in.projector_link_seq();
  out.time_zone = in.time_zone();
  for (const pb::Phase& p : in.phases()) bus::get(p, out.phases.emplace_back());
  bus::get(in.timer(), out.timer);
  if (!get_boards(in, out) || !get_notes(in, out) || !get_votes(in, out) || !get_members(in, out) ||
      !get_remembered_keys(in, out) || !get_method(in, out) || !get_actions(in, out) ||
      !get_group_size(in, out) || !get_focus(in, out) || !get_programme(in, out)) {
    return std::nullopt;
  }
  return out;
}

}  // namespace kring::log::redis
