// A room driven through decide() + apply() the way the hub drives it, for
// table-driven core tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/ballot_tag.hpp"
#include "core/room.hpp"
#include "core/secret_hash.hpp"

namespace kring::core::testing {

inline const Actor facilitator{Role::facilitator, 0, {}};
inline const Actor projector{Role::projector, 0, {}};

class RoomFixture {
 public:
  explicit RoomFixture(RoomKind kind = RoomKind::workshop) {
    cmd::CreateRoom create{"Kleine keuzes",
                           std::string(32, 'f'),
                           "ABCDEFGH",
                           "BCDEFGHJ",
                           std::string(32, 'p'),
                           "",
                           kind};
    accept(Command{"", create}, facilitator);
  }

  // Decides a server-made command (no key) and applies it if accepted.
  Decision deliver(cmd::Body body) {
    Decision decision = decide(state, Command{"", std::move(body)}, facilitator, now, ++entropy_);
    if (auto* accepted = std::get_if<Accepted>(&decision)) {
      accepted->event.seq = state.seq + 1;
      apply(state, accepted->event);
      log.push_back(accepted->event);
    }
    return decision;
  }

  std::string next_key() {
    std::string key = "key-" + std::to_string(++key_counter_);
    key.resize(16, '.');
    return key;
  }

  Decision decide_as(const Actor& actor, cmd::Body body) {
    return decide(state, Command{next_key(), std::move(body)}, actor, now, ++entropy_);
  }

  // Decides and applies; fails the test if the command is rejected.
  Event accept(Command command, const Actor& actor) {
    Decision decision = decide(state, command, actor, now, ++entropy_);
    if (auto* rejection = std::get_if<Rejection>(&decision)) {
      ADD_FAILURE() << "rejected: " << rejection->detail;
      return {};
    }
    Event event = std::get<Accepted>(decision).event;
    event.seq = state.seq + 1;
    apply(state, event);
    log.push_back(event);
    return event;
  }

  Event run(const Actor& actor, cmd::Body body) {
    return accept(Command{next_key(), std::move(body)}, actor);
  }

  Actor join(Role role, std::string name = "") {
    std::string secret = "member-secret-" + std::to_string(++member_counter_);
    Event event = accept(Command{"", cmd::JoinMember{role, name, hash_of(secret)}}, facilitator);
    return Actor{role, std::get<ev::MemberJoined>(event.body).member.id, ballot_key(secret)};
  }

  BoardId add_board(BoardKind kind, WritingMode mode, bool open_writing = true,
                    bool participants_may_move = false) {
    cmd::AddBoard add{"Board",      kind,
                      mode,         {"behouden", "bannen", "bereiken"},
                      {"r1", "r2"}, participants_may_move};
    Event event = run(facilitator, add);
    BoardId id = std::get<ev::BoardAdded>(event.body).board.id;
    if (open_writing) run(facilitator, cmd::SetWriting{id, true});
    return id;
  }

  NoteId add_note(const Actor& author, BoardId board, std::string text, std::string secret,
                  ZoneId zone = 1) {
    Event event = run(author, cmd::AddNote{board, zone, std::move(text), std::move(secret)});
    return std::get<ev::NoteAdded>(event.body).note.id;
  }

  VoteId open_vote(VoteAudience audience, BallotMode mode) {
    Event event =
        run(facilitator,
            cmd::OpenVote{
                "Welk scenario?", audience, mode, {"Scenario 1", "Scenario 2", "Scenario 3"}});
    return std::get<ev::VoteOpened>(event.body).vote.id;
  }

  static SecretHash hash_of(const std::string& secret) { return hash_secret(secret); }

  RoomState state;
  std::vector<Event> log;
  TimeMs now = 1'700'000'000'000;

 private:
  std::uint64_t entropy_ = 1000;
  int key_counter_ = 0;
  int member_counter_ = 0;
};

inline std::string secret(char fill) { return std::string(20, fill); }

inline bool rejected_with(const Decision& decision, ErrorCode code) {
  const auto* rejection = std::get_if<Rejection>(&decision);
  return rejection != nullptr && rejection->code == code;
}

}  // namespace kring::core::testing
