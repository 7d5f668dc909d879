// Notes and boards: private-first writing, the reveal, author-only edits,
// moderation, zones of each board kind.
#include <algorithm>
#include <set>

#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_notes_test {
namespace {

TEST(Notes, PrivateFirstNotesStayHiddenUntilReveal) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bob = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.add_note(ans, board, "ans 1", secret('a'));
  room.add_note(bob, board, "bob 1", secret('b'));
  room.add_note(ans, board, "ans 2", secret('c'), 3);

  for (Role role : {Role::facilitator, Role::participant, Role::projector, Role::board_member}) {
    const Snapshot snapshot = view_snapshot(room.state, role, 1);
    EXPECT_TRUE(snapshot.notes.empty());
    EXPECT_EQ(snapshot.boards[0].hidden_count, 3u);
  }
  const Event reveal = room.run(facilitator, cmd::RevealBoard{board, true});
  const auto& revealed = std::get<ev::BoardRevealed>(reveal.body);
  EXPECT_EQ(revealed.order.size(), 3u);
  const Snapshot after = view_snapshot(room.state, Role::participant, 1);
  EXPECT_EQ(after.boards[0].hidden_count, 0u);
  ASSERT_EQ(after.notes.size(), 3u);
  std::multiset<std::string> texts;
  for (const Note& note : after.notes) texts.insert(note.text);
  EXPECT_EQ(texts, (std::multiset<std::string>{"ans 1", "ans 2", "bob 1"}));

  // After the reveal new notes are visible at once.
  const Event late = room.run(bob, cmd::AddNote{board, 2, "laat", secret('d')});
  EXPECT_FALSE(std::get<ev::NoteAdded>(late.body).hidden);
}

TEST(Notes, RevealOrderIsAShuffleNotTheWritingOrder) {
  // Over many rooms, the first-written note must not always come first.
  int first_written_first = 0;
  constexpr int rooms = 40;
  for (int i = 0; i < rooms; ++i) {
    RoomFixture room;
    const Actor ans = room.join(Role::participant);
    const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
    const NoteId first = room.add_note(ans, board, "first", secret('a'));
    for (char c = 'b'; c < 'h'; ++c) room.add_note(ans, board, std::string(1, c), secret(c));
    // Vary the entropy the fixture hands out so the rooms differ.
    for (int skip = 0; skip < i; ++skip) room.decide_as(facilitator, cmd::StartTimer{});
    const Event reveal = room.run(facilitator, cmd::RevealBoard{board, true});
    if (std::get<ev::BoardRevealed>(reveal.body).order.front() == first) ++first_written_first;
  }
  EXPECT_LT(first_written_first, rooms / 2);
}

TEST(Notes, AuthorEditsAndDeletesWithSecretOnly) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bob = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open);
  const NoteId note = room.add_note(ans, board, "eerst", secret('a'), 0);
  // The secret, not the member, is what counts: another device with it may edit.
  room.run(bob, cmd::EditNote{note, "daarna", secret('a')});
  EXPECT_EQ(room.state.notes.at(note).note.text, "daarna");
  room.run(ans, cmd::DeleteNote{note, secret('a')});
  EXPECT_TRUE(view_snapshot(room.state, Role::participant, 1).notes.empty());
  EXPECT_TRUE(rejected_with(room.decide_as(ans, cmd::EditNote{note, "x", secret('a')}),
                            ErrorCode::not_found));
}

TEST(Notes, NoAuthorIsStoredAnywhere) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant, "Ans");
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::private_first);
  const Event added = room.run(ans, cmd::AddNote{board, 0, "anoniem", secret('a')});
  const auto& body = std::get<ev::NoteAdded>(added.body);
  // The event holds the note, a hash of the device's secret, and nothing of the member.
  EXPECT_EQ(body.secret_hash, RoomFixture::hash_of(secret('a')));
  EXPECT_EQ(body.note.text, "anoniem");
  const NoteRecord& record = room.state.notes.at(body.note.id);
  EXPECT_EQ(record.secret_hash.size(), 32u);
  EXPECT_EQ(record.secret_hash.find("Ans"), std::string::npos);
}

TEST(Notes, ClaimReturnsOwnHiddenNotesOnly) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.add_note(ans, board, "mijn", secret('a'));
  room.add_note(ans, board, "andermans", secret('b'));
  const auto claimed = claim_notes(room.state, {secret('a'), secret('z')});
  ASSERT_EQ(claimed.size(), 1u);
  EXPECT_EQ(claimed[0].text, "mijn");
}

TEST(Notes, FacilitatorMovesMergesAndRemoves) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open, true, true);
  const NoteId a = room.add_note(ans, board, "een", secret('a'), 0);
  const NoteId b = room.add_note(ans, board, "twee", secret('b'), 0);
  const NoteId c = room.add_note(ans, board, "drie", secret('c'), 0);
  room.run(ans, cmd::MoveNote{a, 1, ""});  // participants may move on this board
  room.run(facilitator, cmd::MoveNote{b, 3, ""});
  const Event merged = room.run(facilitator, cmd::MergeNotes{a, b});
  // Every role is told the merged text: no client repeats the merge rule.
  for (const Role role : {Role::facilitator, Role::participant, Role::projector}) {
    const view::Body body = view_event(room.state, merged, role);
    const auto* told = std::get_if<view::NotesMerged>(&body);
    ASSERT_NE(told, nullptr);
    EXPECT_EQ(*told, (view::NotesMerged{a, b, "een\n\ntwee"}));
  }
  room.run(facilitator, cmd::RemoveNote{c});
  const Snapshot snapshot = view_snapshot(room.state, Role::projector, 1);
  ASSERT_EQ(snapshot.notes.size(), 1u);
  EXPECT_EQ(snapshot.notes[0].id, a);
  EXPECT_EQ(snapshot.notes[0].zone_id, 1u);
  EXPECT_EQ(snapshot.notes[0].text, "een\n\ntwee");
  EXPECT_EQ(snapshot.notes[0].merged_ids, std::vector<NoteId>{b});
}

TEST(Notes, FacilitatorRemovesHiddenNoteBeforeReveal) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  const NoteId note = room.add_note(ans, board, "grof", secret('a'));
  room.run(facilitator, cmd::RemoveNote{note});
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).boards[0].hidden_count, 0u);
  const Event reveal = room.run(facilitator, cmd::RevealBoard{board, true});
  EXPECT_TRUE(std::get<ev::BoardRevealed>(reveal.body).order.empty());
}

struct ZoneRow {
  BoardKind kind;
  std::vector<ZoneId> zones;
};

TEST(Boards, ZonesOfEachKind) {
  const std::vector<ZoneRow> rows = {
      {BoardKind::circles, {0, 1, 2, 3}},
      {BoardKind::columns, {1, 2, 3}},
      {BoardKind::matrix, {1, 2, 3, 4, 5, 6}},  // 2 rows x 3 columns
  };
  for (const ZoneRow& row : rows) {
    RoomFixture room;
    const BoardId board = room.add_board(row.kind, WritingMode::open);
    std::vector<ZoneId> ids;
    for (const Zone& zone : room.state.boards[board - 1].zones) ids.push_back(zone.id);
    EXPECT_EQ(ids, row.zones);
  }
  RoomFixture room;
  const BoardId matrix = room.add_board(BoardKind::matrix, WritingMode::open);
  const Zone& last = room.state.boards[matrix - 1].zones.back();
  EXPECT_EQ(last.row, 1u);
  EXPECT_EQ(last.column, 2u);
  EXPECT_EQ(last.label, "r2 / bereiken");
}

}  // namespace
}  // namespace core_notes_test
}  // namespace kring::core::testing
