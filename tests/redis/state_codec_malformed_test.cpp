// state_codec on untrusted bytes: garbage and every truncation never crash,
// and a decoded state is always usable; unknown enum values and states that
// apply() could never build decode to nullopt.
#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <random>

#include "kring/bus/v1/snapshot.pb.h"
#include "log/redis/state_codec.hpp"
#include "redis/state_codec_support.hpp"

namespace kring::log::redis::testing {
namespace state_codec_malformed_test {
namespace {

namespace pb = kring::bus::v1;

// A decoded state must be safe to view and to encode again.
void expect_usable(const RoomState& state) {
  for (const Role role :
       {Role::facilitator, Role::participant, Role::board_member, Role::projector}) {
    EXPECT_NO_THROW(view_snapshot(state, role, 1));
  }
  const std::optional<RoomState> again = decode_room_state(encode_room_state(state));
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(joined(differences(state, *again)), "");
}

TEST(StateCodecMalformed, GarbageNeverCrashes) {
  EXPECT_FALSE(decode_room_state("").has_value());  // no timer: not a snapshot
  EXPECT_FALSE(decode_room_state(std::string("\xff\xff\xff", 3)).has_value());
  std::mt19937 random(20261123);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(1, 300);
  int decoded = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string bytes(length(random), '\0');
    for (char& c : bytes) c = static_cast<char>(byte(random));
    if (const auto state = decode_room_state(bytes)) {
      ++decoded;
      expect_usable(*state);
    }
  }
  std::cout << "[state_codec] random garbage that decoded: " << decoded << " of 3000\n";
}

TEST(StateCodecMalformed, EveryTruncationIsNulloptOrAUsableState) {
  const Workshop workshop;
  const std::string bytes = encode_room_state(workshop.room.state);
  int decoded = 0;
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    if (const auto state = decode_room_state(std::string_view(bytes).substr(0, size))) {
      ++decoded;
      expect_usable(*state);
    }
  }
  std::cout << "[state_codec] prefixes that decoded: " << decoded << " of " << bytes.size() << "\n";
}

pb::RoomSnapshot workshop_snapshot(const Workshop& workshop) {
  pb::RoomSnapshot snapshot;
  const std::string bytes = encode_room_state(workshop.room.state);
  EXPECT_TRUE(snapshot.ParseFromString(bytes));
  return snapshot;
}

int first_live_note(const pb::RoomSnapshot& s, bool hidden) {
  for (int i = 0; i < s.notes_size(); ++i) {
    if (!s.notes(i).removed() && s.notes(i).hidden() == hidden) return i;
  }
  ADD_FAILURE() << "no such note";
  return 0;
}

struct Mutation {
  const char* what;
  std::function<void(pb::RoomSnapshot&, const Workshop&)> apply;
};

const std::vector<Mutation>& mutations() {
  static const std::vector<Mutation> all = {
      // Unknown or unset enum values.
      {"board kind 7",
       [](auto& s, auto&) { s.mutable_boards(0)->set_kind(kring::v1::BoardKind(7)); }},
      {"board kind unset", [](auto& s, auto&) { s.mutable_boards(1)->clear_kind(); }},
      {"writing mode 3",
       [](auto& s, auto&) { s.mutable_boards(0)->set_writing_mode(kring::v1::WritingMode(3)); }},
      {"role unset", [](auto& s, auto&) { s.mutable_members(0)->mutable_member()->clear_role(); }},
      {"role 5",
       [](auto& s, auto&) {
         s.mutable_members(2)->mutable_member()->set_role(kring::v1::Role(5));
       }},
      {"member unset", [](auto& s, auto&) { s.mutable_members(1)->clear_member(); }},
      {"audience 3",
       [](auto& s, auto&) {
         s.mutable_votes(0)->mutable_vote()->set_audience(kring::v1::VoteAudience(3));
       }},
      {"ballot mode unset",
       [](auto& s, auto&) { s.mutable_votes(1)->mutable_vote()->clear_mode(); }},
      {"vote status 4",
       [](auto& s, auto&) {
         s.mutable_votes(1)->mutable_vote()->set_status(kring::v1::VoteStatus(4));
       }},
      // Required parts missing.
      {"timer unset", [](auto& s, auto&) { s.clear_timer(); }},
      {"note unset", [](auto& s, auto&) { s.mutable_notes(0)->clear_note(); }},
      {"vote unset", [](auto& s, auto&) { s.mutable_votes(0)->clear_vote(); }},
      // Ids the core looks up by position.
      {"board ids out of order", [](auto& s, auto&) { s.mutable_boards(0)->set_id(2); }},
      {"vote ids out of order",
       [](auto& s, auto&) { s.mutable_votes(1)->mutable_vote()->set_id(1); }},
      {"member ids out of order",
       [](auto& s, auto&) { s.mutable_members(0)->mutable_member()->set_id(3); }},
      // Notes and their indexes.
      {"duplicate note id", [](auto& s, auto&) { *s.add_notes() = s.notes(0); }},
      {"note id 0", [](auto& s, auto&) { s.mutable_notes(0)->mutable_note()->set_id(0); }},
      {"note on a missing board",
       [](auto& s, auto&) { s.mutable_notes(0)->mutable_note()->set_board_id(99); }},
      {"visible order names a hidden note",
       [](auto& s, auto&) { s.add_visible_order(s.notes(first_live_note(s, true)).note().id()); }},
      {"visible order names a missing note", [](auto& s, auto&) { s.add_visible_order(12345); }},
      {"visible order repeats a note",
       [](auto& s, auto&) { s.add_visible_order(s.visible_order(0)); }},
      {"visible order lacks a visible note",
       [](auto& s, auto&) { s.mutable_visible_order()->RemoveLast(); }},
      {"live secret used twice",
       [](auto& s, auto&) {
         const int hidden = first_live_note(s, true);
         const int shown = first_live_note(s, false);
         s.mutable_notes(hidden)->set_secret_hash(s.notes(shown).secret_hash());
       }},
      {"hidden count off by one",
       [](auto& s, auto& w) {
         for (auto& c : *s.mutable_hidden_counts()) {
           if (c.board_id() == w.columns) c.set_count(c.count() + 1);
         }
       }},
      {"hidden count missing",
       [](auto& s, auto& w) {
         auto& counts = *s.mutable_hidden_counts();
         for (int i = 0; i < counts.size(); ++i) {
           if (counts.Get(i).board_id() == w.columns) counts.DeleteSubrange(i, 1);
         }
       }},
      {"hidden count repeated",
       [](auto& s, auto&) { *s.add_hidden_counts() = s.hidden_counts(0); }},
      // Votes.
      {"revealed vote without result",
       [](auto& s, auto& w) { s.mutable_votes(int(w.open_cards - 1))->clear_result(); }},
      {"open vote with result",
       [](auto& s, auto& w) { s.mutable_votes(int(w.secret_ballot - 1))->mutable_result(); }},
      {"ballot repeated",
       [](auto& s, auto& w) {
         auto& vote = *s.mutable_votes(int(w.secret_ballot - 1));
         *vote.add_secret_choices() = vote.secret_choices(0);
       }},
      {"open choice repeated",
       [](auto& s, auto& w) {
         auto& vote = *s.mutable_votes(int(w.open_cards - 1));
         *vote.add_open_choices() = vote.open_choices(0);
       }},
      // Idempotency memory.
      {"key repeated", [](auto& s, auto&) { *s.add_remembered_keys() = s.remembered_keys(0); }},
      {"empty key", [](auto& s, auto&) { s.mutable_remembered_keys(1)->clear_key(); }},
      {"too many keys",
       [](auto& s, auto&) {
         for (std::size_t i = 0; i <= limits::remembered_idempotency_keys; ++i) {
           s.add_remembered_keys()->set_key("extra-key-" + std::to_string(i));
         }
       }},
  };
  return all;
}

TEST(StateCodecMalformed, ImpossibleStatesAndUnknownEnumsAreRejected) {
  const Workshop workshop;
  const pb::RoomSnapshot original = workshop_snapshot(workshop);
  // Control: the untouched message, serialized by the test, decodes.
  ASSERT_TRUE(decode_room_state(original.SerializeAsString()).has_value());
  for (const Mutation& mutation : mutations()) {
    pb::RoomSnapshot changed = original;
    mutation.apply(changed, workshop);
    EXPECT_FALSE(decode_room_state(changed.SerializeAsString()).has_value()) << mutation.what;
  }
}

}  // namespace
}  // namespace state_codec_malformed_test
}  // namespace kring::log::redis::testing
