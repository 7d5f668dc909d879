// The whole state of one room, rebuilt by applying its log in order.
// Only apply() (apply.cpp) mutates it.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/ids.hpp"
#include "core/limits.hpp"
#include "core/model.hpp"

namespace kring::core {

struct NoteRecord {
  Note note;
  SecretHash secret_hash;
  // Written on an unrevealed private-first board: only its author (by secret) may see it.
  bool hidden = false;
  // Removed, deleted or merged away. Kept as a tombstone so views can still
  // tell whether the note was hidden; counts toward limits::max_notes.
  bool removed = false;
};

struct MemberRecord {
  Member member;
  SecretHash member_hash;
};

struct VoteRecord {
  Vote vote;
  // Open cards: each voter's choice.
  std::map<MemberId, OptionId> open_choices;
  // Secret ballots: choices filed under ballot tags, never under a member.
  std::map<SecretHash, OptionId> secret_choices;
  std::optional<VoteResult> result;  // set at reveal

  // How many have voted (one entry per voter in either map).
  std::uint32_t ballots() const {
    return static_cast<std::uint32_t>(open_choices.size() + secret_choices.size());
  }
};

struct ActionRecord {
  Action action;
  bool removed = false;
  // Each scorer's latest scores under its ballot tag, never under a member;
  // only sums leave the server, at a reveal.
  std::map<SecretHash, CriteriaScores> scores;
};

// What an accepted command answered, kept so a retry gets the same answer.
struct RememberedAck {
  Seq seq = 0;
  std::uint64_t created_id = 0;
};

struct RoomState {
  Seq seq = 0;
  bool created = false;
  std::string title;
  SecretHash facilitator_hash;
  std::string participant_code;
  std::string board_code;
  SecretHash projector_hash;
  // The workshop's IANA time zone, as the facilitator's browser named it at
  // creation (rooms from before it: empty, read as default_time_zone).
  std::string time_zone;
  RoomKind kind = RoomKind::workshop;
  // The seq of the event that last replaced the projector token; 0 while the
  // room's first token holds. Not secret: a facilitator device that kept a
  // token made before this seq knows its link no longer works.
  Seq projector_link_seq = 0;

  std::vector<Phase> phases;
  Timer timer;

  std::vector<Board> boards;
  std::map<NoteId, NoteRecord> notes;
  // Visible notes in display order (insertion order; a reveal appends its shuffle).
  std::vector<NoteId> visible_order;
  std::unordered_map<SecretHash, NoteId> note_by_secret;
  // Live hidden notes per board (what others may learn of them).
  std::unordered_map<BoardId, std::uint32_t> hidden_count;
  // Writer tags of each board's hidden notes, one per writer (see ev::NoteAdded).
  std::map<BoardId, std::set<SecretHash>> writers;
  // k: results that would single out someone wait until at least k took part.
  std::uint32_t min_group_size = limits::default_min_group_size;
  // A ballot that completes its vote reveals it (see cmd::SetAutoReveal).
  bool auto_reveal = false;

  std::vector<VoteRecord> votes;

  // The big strategic choice, shown at the start and beside every dilemma.
  std::string strategy;
  std::vector<Dilemma> dilemmas;    // id = index + 1
  std::vector<Proposal> proposals;  // id = index + 1; facilitator eyes only
  // Once true, every device may see which scenario follows the strategy.
  bool strategy_marks_shown = false;
  std::vector<Bundle> bundles;        // id = index + 1
  std::vector<ActionRecord> actions;  // id = index + 1; removed ones stay as tombstones
  // The ranking as last revealed; scores given after it stay hidden until the next reveal.
  std::vector<RankingEntry> ranking;

  // A programme: its rooms (at most limits::max_programme_rooms) and the
  // board decisions released to them.
  std::vector<ProgrammeRoom> programme_rooms;
  std::vector<ReleasedDecision> released;
  // A workshop or board meeting of a programme: the newest package it
  // received (programme_id 0: none, the room is on its own).
  ProgrammeNews news;

  // What the room looks at now (SetFocus).
  Focus focus;

  std::vector<MemberRecord> members;
  std::unordered_map<SecretHash, MemberId> member_by_secret;

  std::unordered_map<std::string, RememberedAck> acks_by_key;
  std::deque<std::string> key_order;  // oldest first, bounded by limits
};

}  // namespace kring::core
