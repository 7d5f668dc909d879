// The secrecy table: for every role, every event and snapshot that view() lets
// out, encoded exactly as it goes on the wire, must hold no byte of a hidden
// note's text or a hidden choice before the reveal, and its size must not
// depend on the hidden value.
#include <string>

#include "protocol/codec.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace view_secrecy_test {
namespace {

const std::vector<Role> all_roles = {Role::facilitator, Role::participant, Role::board_member,
                                     Role::projector};

std::string wire(const RoomState& state, const Event& event, Role role) {
  return protocol::encode_event(
      ClientEvent{1, event.seq, event.at_ms, view_event(state, event, role)});
}

std::string wire_snapshot(const RoomState& state, Role role) {
  protocol::JoinedReply joined;
  joined.role = role;
  joined.snapshot = view_snapshot(state, role, 1);
  return protocol::encode_joined(1, joined);
}

struct HiddenRoom {
  RoomFixture room;
  Actor author;
  BoardId board = 0;
  std::vector<std::string> frames_by_role;  // the NoteAdded event as each role gets it
};

HiddenRoom write_hidden_note(const std::string& text) {
  HiddenRoom hidden;
  hidden.author = hidden.room.join(Role::participant);
  hidden.board = hidden.room.add_board(BoardKind::columns, WritingMode::private_first);
  const Event added =
      hidden.room.run(hidden.author, cmd::AddNote{hidden.board, 2, text, secret('s')});
  for (Role role : all_roles) hidden.frames_by_role.push_back(wire(hidden.room.state, added, role));
  return hidden;
}

TEST(ViewSecrecy, HiddenNoteTextNeverOnTheWireBeforeReveal) {
  const std::string marker = "GEHEIM-marker-7f3a";
  HiddenRoom hidden = write_hidden_note(marker);
  RoomFixture& room = hidden.room;
  // Edit and move it too: those events must be sealed for everyone.
  const NoteId id = room.state.notes.begin()->first;
  const Event edited = room.run(hidden.author, cmd::EditNote{id, marker + "-v2", secret('s')});
  const Event moved = room.run(hidden.author, cmd::MoveNote{id, 3, secret('s')});
  for (std::size_t i = 0; i < all_roles.size(); ++i) {
    const Role role = all_roles[i];
    EXPECT_EQ(hidden.frames_by_role[i].find(marker), std::string::npos);
    EXPECT_EQ(wire(room.state, edited, role).find(marker), std::string::npos);
    EXPECT_TRUE(std::holds_alternative<view::Sealed>(view_event(room.state, edited, role)));
    EXPECT_TRUE(std::holds_alternative<view::Sealed>(view_event(room.state, moved, role)));
    EXPECT_EQ(wire_snapshot(room.state, role).find(marker), std::string::npos);
    // The id is not out there either: a hidden note's id would link it to its moment.
    const std::string id_bytes(reinterpret_cast<const char*>(&id), sizeof id);
    EXPECT_EQ(hidden.frames_by_role[i].find(id_bytes), std::string::npos);
  }
  const Event reveal = room.run(facilitator, cmd::RevealBoard{hidden.board, true});
  for (Role role : all_roles) {
    EXPECT_NE(wire(room.state, reveal, role).find(marker + "-v2"), std::string::npos);
    EXPECT_NE(wire_snapshot(room.state, role).find(marker + "-v2"), std::string::npos);
  }
}

TEST(ViewSecrecy, HiddenNoteFrameSizeDoesNotDependOnText) {
  const HiddenRoom short_note = write_hidden_note("ja");
  const HiddenRoom long_note = write_hidden_note(std::string(900, 'x'));
  for (std::size_t i = 0; i < all_roles.size(); ++i) {
    // Same room shape, same seq: the frames must be identical, not just the same size.
    EXPECT_EQ(short_note.frames_by_role[i], long_note.frames_by_role[i]);
  }
}

struct Ballot {
  BallotMode mode;
  OptionId choice;
};

std::vector<std::string> cast_frames(Ballot ballot, std::vector<std::string>* snapshots) {
  RoomFixture room;
  const Actor voter = room.join(Role::board_member, "Anna");
  room.join(Role::board_member, "Bram");
  const VoteId vote = room.open_vote(VoteAudience::board, ballot.mode);
  const Event cast = room.run(voter, cmd::CastVote{vote, ballot.choice});
  std::vector<std::string> frames;
  for (Role role : all_roles) {
    frames.push_back(wire(room.state, cast, role));
    snapshots->push_back(wire_snapshot(room.state, role));
  }
  return frames;
}

TEST(ViewSecrecy, VoteFramesAreIdenticalWhateverTheChoice) {
  for (BallotMode mode : {BallotMode::open_cards, BallotMode::secret}) {
    std::vector<std::string> snapshots_one, snapshots_three;
    const auto one = cast_frames({mode, 1}, &snapshots_one);
    const auto three = cast_frames({mode, 3}, &snapshots_three);
    EXPECT_EQ(one, three);
    EXPECT_EQ(snapshots_one, snapshots_three);
  }
}

TEST(ViewSecrecy, NoSecretHashEverLeaves) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant, "Ans");
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open);
  const Event added = room.run(ans, cmd::AddNote{board, 0, "open", secret('n')});
  const std::string note_hash = RoomFixture::hash_of(secret('n'));
  const std::string member_hash = RoomFixture::hash_of("member-secret-1");
  for (Role role : all_roles) {
    for (const Event& event : room.log) {
      const std::string frame = wire(room.state, event, role);
      EXPECT_EQ(frame.find(note_hash), std::string::npos);
      EXPECT_EQ(frame.find(member_hash), std::string::npos);
      EXPECT_EQ(frame.find(std::string(32, 'f')), std::string::npos);  // facilitator hash
    }
    const std::string snapshot = wire_snapshot(room.state, role);
    EXPECT_EQ(snapshot.find(note_hash), std::string::npos);
    EXPECT_EQ(snapshot.find(member_hash), std::string::npos);
  }
  (void)added;
}

}  // namespace
}  // namespace view_secrecy_test
}  // namespace kring::core::testing
