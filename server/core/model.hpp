// The room's entities as plain values. Mirrors kring.v1 model.proto where the
// client may see them; fields that must never leave the server (secret hashes,
// ballots) live only here and are dropped by view().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/ids.hpp"

namespace kring::core {

enum class Role { facilitator, participant, board_member, projector };
enum class BoardKind { columns, circles, matrix };
enum class WritingMode { open, private_first };
enum class VoteAudience { participants, board };
enum class BallotMode { open_cards, secret };
enum class VoteStatus { open, closed, revealed };

// Hash of a device-held secret (SHA-256). Only hashes are ever stored.
using SecretHash = std::string;

struct Zone {
  ZoneId id = 0;
  std::string label;
  std::uint32_t row = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Zone&, const Zone&) = default;
};

struct Board {
  BoardId id = 0;
  std::string title;
  BoardKind kind = BoardKind::columns;
  WritingMode writing_mode = WritingMode::open;
  std::vector<Zone> zones;
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  bool writing_open = false;
  bool revealed = false;
  bool participants_may_move = false;
  friend bool operator==(const Board&, const Board&) = default;
};

struct Note {
  NoteId id = 0;
  BoardId board_id = 0;
  ZoneId zone_id = 0;
  std::string text;
  std::vector<NoteId> merged_ids;
  friend bool operator==(const Note&, const Note&) = default;
};

struct Phase {
  std::string title;
  std::uint32_t planned_seconds = 0;
  friend bool operator==(const Phase&, const Phase&) = default;
};

// The agenda clock as data (see kring.v1.Timer).
struct Timer {
  std::uint32_t phase_index = 0;
  bool running = false;
  TimeMs started_at_ms = 0;
  TimeMs elapsed_ms = 0;
  std::uint32_t extended_seconds = 0;
  std::vector<TimeMs> actual_ms;
  friend bool operator==(const Timer&, const Timer&) = default;
};

struct VoteOption {
  OptionId id = 0;
  std::string label;
  friend bool operator==(const VoteOption&, const VoteOption&) = default;
};

struct Vote {
  VoteId id = 0;
  std::string title;
  VoteAudience audience = VoteAudience::participants;
  BallotMode mode = BallotMode::open_cards;
  std::vector<VoteOption> options;
  VoteStatus status = VoteStatus::open;
  friend bool operator==(const Vote&, const Vote&) = default;
};

struct TallyEntry {
  OptionId option_id = 0;
  std::uint32_t count = 0;
  friend bool operator==(const TallyEntry&, const TallyEntry&) = default;
};

struct Card {
  std::string voter_name;
  OptionId option_id = 0;
  friend bool operator==(const Card&, const Card&) = default;
};

struct VoteResult {
  VoteId vote_id = 0;
  std::vector<TallyEntry> tally;
  std::vector<Card> cards;  // empty for secret ballots
  friend bool operator==(const VoteResult&, const VoteResult&) = default;
};

struct Member {
  MemberId id = 0;
  Role role = Role::participant;
  std::string display_name;
  friend bool operator==(const Member&, const Member&) = default;
};

}  // namespace kring::core
