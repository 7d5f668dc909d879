// Idempotency and determinism: the properties the log relies on.
#include "core/limits.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_log_test {
namespace {

TEST(Idempotency, RetryGetsTheFirstAckAndChangesNothing) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open);
  const Command command{std::string(16, 'r'), cmd::AddNote{board, 0, "een keer", secret('a')}};
  const Event first = room.accept(command, ans);
  const Seq seq_after = room.state.seq;
  const Decision retry = decide(room.state, command, ans, room.now, 42);
  ASSERT_TRUE(std::holds_alternative<Duplicate>(retry));
  EXPECT_EQ(std::get<Duplicate>(retry).ack.seq, first.seq);
  EXPECT_EQ(std::get<Duplicate>(retry).ack.created_id, created_id_of(first));
  EXPECT_EQ(room.state.seq, seq_after);
}

TEST(Idempotency, RememberedKeysAreBounded) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}}});
  const std::string first_key = room.log.back().idempotency_key;
  for (std::size_t i = 0; i < limits::remembered_idempotency_keys; ++i) {
    room.run(facilitator, cmd::ExtendTimer{1});
  }
  EXPECT_EQ(room.state.acks_by_key.size(), limits::remembered_idempotency_keys);
  EXPECT_FALSE(room.state.acks_by_key.contains(first_key));
}

TEST(Determinism, ReplayingTheLogRebuildsTheSameRoom) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant, "Ans");
  const Actor anna = room.join(Role::board_member, "Anna");
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.add_note(ans, board, "een", secret('a'));
  room.add_note(ans, board, "twee", secret('b'));
  room.run(facilitator, cmd::RevealBoard{board, true});
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::open_cards);
  room.run(anna, cmd::CastVote{vote, 2});
  room.run(facilitator, cmd::RevealVote{vote});

  RoomState replayed;
  for (const Event& event : room.log) apply(replayed, event);
  for (Role role : {Role::facilitator, Role::participant, Role::projector}) {
    EXPECT_EQ(view_snapshot(replayed, role, 7), view_snapshot(room.state, role, 7));
  }
}

TEST(Determinism, SameInputsSameDecision) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open);
  const Command command{std::string(16, 'd'), cmd::AddNote{board, 0, "x", secret('a')}};
  const Decision a = decide(room.state, command, ans, room.now, 99);
  const Decision b = decide(room.state, command, ans, room.now, 99);
  EXPECT_EQ(std::get<Accepted>(a).event, std::get<Accepted>(b).event);
}

TEST(Members, JoinGivesSequentialIdsAndSecretFindsThem) {
  RoomFixture room;
  const Actor first = room.join(Role::participant, "Ans");
  const Actor second = room.join(Role::board_member, "Anna");
  EXPECT_EQ(first.member, 1u);
  EXPECT_EQ(second.member, 2u);
  const auto found = find_member(room.state, "member-secret-2");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->display_name, "Anna");
  EXPECT_FALSE(find_member(room.state, "not a secret").has_value());
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).board_code, "BCDEFGHJ");
  EXPECT_EQ(view_snapshot(room.state, Role::participant, 1).board_code, "");
}

TEST(SecretHash, KnownVectors) {
  auto hex = [](const std::string& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 15]);
    }
    return out;
  };
  EXPECT_EQ(hex(hash_secret("")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(hash_secret("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(hash_secret("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

}  // namespace
}  // namespace core_log_test
}  // namespace kring::core::testing
