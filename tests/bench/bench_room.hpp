// bench_room: a room driven through decide() + apply() as the hub drives it,
// with one participant and one note on an open board: the state the
// micro-benchmarks edit notes in. Aborts on a rejection (a bench bug).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>
#include <variant>

#include "core/ballot_tag.hpp"
#include "core/room.hpp"
#include "core/secret_hash.hpp"

namespace kring::bench {

class BenchRoom {
 public:
  BenchRoom() {
    accept({"", core::cmd::CreateRoom{"Bench", core::hash_secret(std::string(32, 'f')), "ABCDEFGH",
                                      "BCDEFGHJ", core::hash_secret(std::string(32, 'p')), ""}},
           facilitator);
    const core::Event joined =
        accept({"", core::cmd::JoinMember{core::Role::participant, "p", core::hash_secret(secret)}},
               facilitator);
    author = {core::Role::participant, std::get<core::ev::MemberJoined>(joined.body).member.id,
              core::ballot_key(secret)};
    const core::Event board = accept(
        {next_key(),
         core::cmd::AddBoard{
             "Board", core::BoardKind::columns, core::WritingMode::open, {"notes"}, {}, false}},
        facilitator);
    board_id = std::get<core::ev::BoardAdded>(board.body).board.id;
    accept({next_key(), core::cmd::SetWriting{board_id, true}}, facilitator);
    const core::Event note =
        accept({next_key(), core::cmd::AddNote{board_id, 1, "first", secret}}, author);
    note_id = std::get<core::ev::NoteAdded>(note.body).note.id;
  }

  // A fresh 16-byte idempotency key.
  std::string next_key() {
    std::string key = "key-" + std::to_string(++keys_);
    key.resize(16, '.');
    return key;
  }

  core::Command edit(std::string text) {
    return {next_key(), core::cmd::EditNote{note_id, std::move(text), secret}};
  }

  core::Decision decide(const core::Command& command, const core::Actor& actor) {
    return core::decide(state, command, actor, now, ++entropy_);
  }

  // Decides and applies `command`; returns the event with its seq.
  core::Event accept(const core::Command& command, const core::Actor& actor) {
    core::Decision decision = decide(command, actor);
    auto* accepted = std::get_if<core::Accepted>(&decision);
    if (accepted == nullptr) std::abort();
    accepted->event.seq = state.seq + 1;
    core::apply(state, accepted->event);
    return accepted->event;
  }

  const core::Actor facilitator{core::Role::facilitator, 0, {}};
  const std::string secret = std::string(24, 's');
  core::Actor author;
  core::RoomState state;
  core::BoardId board_id = 0;
  core::NoteId note_id = 0;
  core::TimeMs now = 1'700'000'000'000;

 private:
  std::uint64_t entropy_ = 1;
  std::uint64_t keys_ = 0;
};

}  // namespace kring::bench
