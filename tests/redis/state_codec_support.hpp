// Room states for the state_codec tests, built the way the hub builds them
// (decide + apply through RoomFixture), and a field-by-field comparison that
// names what differs.
#pragma once

#include <string>
#include <vector>

#include "core/limits.hpp"
#include "unit/room_fixture.hpp"

namespace kring::log::redis::testing {

using namespace core;
using core::testing::facilitator;
using core::testing::RoomFixture;

// Names every field of RoomState in which `a` and `b` differ; empty when equal.
inline std::vector<std::string> differences(const RoomState& a, const RoomState& b) {
  std::vector<std::string> out;
  auto check = [&out](bool same, const std::string& what) {
    if (!same) out.push_back(what);
  };
  check(a.seq == b.seq, "seq");
  check(a.created == b.created, "created");
  check(a.title == b.title, "title");
  check(a.facilitator_hash == b.facilitator_hash, "facilitator_hash");
  check(a.participant_code == b.participant_code, "participant_code");
  check(a.board_code == b.board_code, "board_code");
  check(a.projector_hash == b.projector_hash, "projector_hash");
  check(a.phases == b.phases, "phases");
  check(a.timer == b.timer, "timer");
  check(a.boards == b.boards, "boards");

  check(a.notes.size() == b.notes.size(), "notes.size");
  for (auto ia = a.notes.begin(), ib = b.notes.begin(); ia != a.notes.end() && ib != b.notes.end();
       ++ia, ++ib) {
    const std::string at = "notes[" + std::to_string(ia->first) + "].";
    check(ia->first == ib->first, at + "key");
    check(ia->second.note == ib->second.note, at + "note");
    check(ia->second.secret_hash == ib->second.secret_hash, at + "secret_hash");
    check(ia->second.hidden == ib->second.hidden, at + "hidden");
    check(ia->second.removed == ib->second.removed, at + "removed");
  }
  check(a.visible_order == b.visible_order, "visible_order");
  check(a.note_by_secret == b.note_by_secret, "note_by_secret");
  check(a.hidden_count == b.hidden_count, "hidden_count");

  check(a.votes.size() == b.votes.size(), "votes.size");
  for (std::size_t i = 0; i < std::min(a.votes.size(), b.votes.size()); ++i) {
    const std::string at = "votes[" + std::to_string(i) + "].";
    check(a.votes[i].vote == b.votes[i].vote, at + "vote");
    check(a.votes[i].open_choices == b.votes[i].open_choices, at + "open_choices");
    check(a.votes[i].secret_choices == b.votes[i].secret_choices, at + "secret_choices");
    check(a.votes[i].result == b.votes[i].result, at + "result");
  }

  check(a.members.size() == b.members.size(), "members.size");
  for (std::size_t i = 0; i < std::min(a.members.size(), b.members.size()); ++i) {
    const std::string at = "members[" + std::to_string(i) + "].";
    check(a.members[i].member == b.members[i].member, at + "member");
    check(a.members[i].member_hash == b.members[i].member_hash, at + "member_hash");
  }
  check(a.member_by_secret == b.member_by_secret, "member_by_secret");

  check(a.acks_by_key.size() == b.acks_by_key.size(), "acks_by_key.size");
  for (const auto& [key, ack] : a.acks_by_key) {
    const auto it = b.acks_by_key.find(key);
    check(it != b.acks_by_key.end() && it->second.seq == ack.seq &&
              it->second.created_id == ack.created_id,
          "acks_by_key[" + key + "]");
  }
  check(a.key_order == b.key_order, "key_order");
  check(a.strategy == b.strategy, "strategy");
  check(a.dilemmas == b.dilemmas, "dilemmas");
  check(a.proposals == b.proposals, "proposals");
  check(a.strategy_marks_shown == b.strategy_marks_shown, "strategy_marks_shown");
  check(a.bundles == b.bundles, "bundles");
  check(a.actions.size() == b.actions.size(), "actions.size");
  for (std::size_t i = 0; i < std::min(a.actions.size(), b.actions.size()); ++i) {
    const std::string at = "actions[" + std::to_string(i) + "].";
    check(a.actions[i].action == b.actions[i].action, at + "action");
    check(a.actions[i].removed == b.actions[i].removed, at + "removed");
    check(a.actions[i].scores == b.actions[i].scores, at + "scores");
  }
  check(a.ranking == b.ranking, "ranking");
  check(a.writers == b.writers, "writers");
  check(a.min_group_size == b.min_group_size, "min_group_size");
  check(a.auto_reveal == b.auto_reveal, "auto_reveal");
  check(a.projector_link_seq == b.projector_link_seq, "projector_link_seq");
  check(a.time_zone == b.time_zone, "time_zone");
  check(a.focus == b.focus, "focus");
  check(a.kind == b.kind, "kind");
  check(a.programme_rooms == b.programme_rooms, "programme_rooms");
  check(a.released == b.released, "released");
  check(a.news == b.news, "news");
  return out;
}

inline std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += name + " ";
  return out;
}

// A workshop in the middle of things, with every kind of record the state holds.
struct Workshop {
  RoomFixture room;
  Actor ans, bas, cor;       // participants (bas without a name)
  Actor dirk, eva;           // board members
  BoardId circles = 0;       // private-first, revealed
  BoardId columns = 0;       // private-first, still hidden
  BoardId matrix = 0;        // open writing
  NoteId hidden_note = 0;    // by ans on `columns`, secret note_secret('h')
  VoteId open_cards = 0;     // revealed
  VoteId secret_ballot = 0;  // open, with ballots
  std::string last_key;

  static std::string note_secret(char fill) { return std::string(24, fill); }

  Workshop() {
    ans = room.join(Role::participant, "Ans");
    bas = room.join(Role::participant, "");
    cor = room.join(Role::participant, "Cor");
    dirk = room.join(Role::board_member, "Dirk");
    eva = room.join(Role::board_member, "Eva");

    room.run(facilitator, cmd::SetAgenda{{{"Opening", 300}, {"Schrijven", 900}, {"Kiezen", 600}}});
    room.run(facilitator, cmd::StartTimer{});
    room.now += 290'000;
    room.run(facilitator, cmd::NextPhase{});
    room.now += 60'000;
    room.run(facilitator, cmd::ExtendTimer{120});

    circles = room.add_board(BoardKind::circles, WritingMode::private_first);
    room.add_note(ans, circles, "stilte na de pauze", note_secret('a'));
    const NoteId to_remove = room.add_note(bas, circles, "off topic", note_secret('b'));
    const NoteId merge_into = room.add_note(cor, circles, "meer tijd", note_secret('c'), 2);
    const NoteId merge_from = room.add_note(ans, circles, "langere sessies", note_secret('d'), 2);
    room.add_note(facilitator, circles, "koffie", note_secret('e'), 3);
    room.run(facilitator, cmd::RemoveNote{to_remove});  // tombstone, hidden when removed
    room.run(facilitator, cmd::RevealBoard{circles, true});
    room.run(facilitator, cmd::MergeNotes{merge_into, merge_from});
    const NoteId late = room.add_note(bas, circles, "na de onthulling", note_secret('f'));
    room.run(bas, cmd::DeleteNote{late, note_secret('f')});  // visible tombstone

    columns = room.add_board(BoardKind::columns, WritingMode::private_first);
    hidden_note = room.add_note(ans, columns, "nog geheim", note_secret('h'));
    room.add_note(cor, columns, "ook geheim", note_secret('i'), 2);
    room.run(ans, cmd::EditNote{hidden_note, "nog steeds geheim", note_secret('h')});
    room.run(ans, cmd::MoveNote{hidden_note, 3, note_secret('h')});

    matrix = room.add_board(BoardKind::matrix, WritingMode::open, true, true);
    const NoteId open_note = room.add_note(cor, matrix, "zichtbaar", note_secret('j'));
    room.add_note(ans, matrix, "ook zichtbaar", note_secret('k'), 4);
    room.run(cor, cmd::MoveNote{open_note, 2, {}});
    room.run(facilitator, cmd::SetWriting{matrix, false});

    open_cards = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
    room.run(ans, cmd::CastVote{open_cards, 2});
    room.run(bas, cmd::CastVote{open_cards, 3});
    room.run(bas, cmd::CastVote{open_cards, 1});
    room.run(facilitator, cmd::CloseVote{open_cards});
    room.run(facilitator, cmd::RevealVote{open_cards});

    secret_ballot = room.open_vote(VoteAudience::board, BallotMode::secret);
    room.run(dirk, cmd::CastVote{secret_ballot, 1});
    room.run(eva, cmd::CastVote{secret_ballot, 3});
    room.run(dirk, cmd::CastVote{secret_ballot, 2});
    room.open_vote(VoteAudience::participants, BallotMode::open_cards);  // nobody voted yet

    // The method: strategy, intake (one adopted, one dismissed, one open), two
    // dilemmas (one polled and concluded), marks shown.
    room.run(facilitator, cmd::SetStrategy{"Betaalbaar en dichtbij de huurder"});
    room.run(cor, cmd::SubmitProposal{"Dubbel glas bij schilderwerk?", "kost meer", {"nee", "ja"}});
    room.run(ans, cmd::SubmitProposal{"Praatje van de postbode", "", {}});
    room.run(bas, cmd::SubmitProposal{"Nog een", "", {}});
    room.run(facilitator, cmd::DismissProposal{2});
    room.run(
        facilitator,
        cmd::AddDilemma{"Dubbel glas?", "kost meer", {"nooit", "als het past", "altijd"}, 3, 1});
    room.run(facilitator, cmd::AddDilemma{"Praatje?", "", {"nee", "kort", "ja"}, 2, 0});
    room.run(facilitator,
             cmd::OpenVote{"", VoteAudience::participants, BallotMode::open_cards, {}, 1});
    room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
    room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});
    room.run(facilitator, cmd::ShowStrategyMarks{});
    // The board session: both dilemmas bundled, one item revealed and decided.
    const Event bundled =
        room.run(facilitator, cmd::CreateBundle{"Bestuur", BallotMode::secret, {1, 2}});
    const Bundle& bundle = std::get<ev::BundleCreated>(bundled.body).bundle;
    room.run(dirk, cmd::CastVote{bundle.items[0].vote_id, approval_approve});
    room.run(facilitator, cmd::SetMinGroupSize{1});  // a lone board vote may be revealed
    room.run(facilitator, cmd::RevealVote{bundle.items[0].vote_id});
    room.run(facilitator, cmd::RecordDecision{bundle.id, 1, approval_approve, ""});
    // Actions: one from a revealed note (edited by a participant), one typed in
    // and removed, one scored; the ranking revealed before the last score.
    Action from_note;
    from_note.note_id = merge_into;
    from_note.owner = "teamleider";
    from_note.pros = {"rust"};
    const Event saved = room.run(facilitator, cmd::SaveAction{0, from_note});
    const ActionId first = std::get<ev::ActionSaved>(saved.body).action.id;
    Action edited = std::get<ev::ActionSaved>(saved.body).action;
    edited.deadline = "2027-03-01";
    edited.term = ActionTerm::long_term;
    room.run(cor, cmd::SaveAction{first, edited});
    Action typed;
    typed.title = "Koffie om tien uur";
    room.run(facilitator, cmd::SaveAction{0, typed});
    room.run(facilitator, cmd::RemoveAction{first + 1});
    room.run(ans, cmd::ScoreAction{first, CriteriaScores{4, 3, 5, 2, 1}});
    room.run(facilitator, cmd::RevealRanking{});
    room.run(cor, cmd::ScoreAction{first, CriteriaScores{1, 1, 1, 1, 1}});
    // The room looks at the bundle's first item.
    Focus item_focus;
    item_focus.kind = FocusKind::bundle_item;
    item_focus.bundle_id = bundle.id;
    item_focus.dilemma_id = 1;
    room.run(facilitator, cmd::SetFocus{item_focus, false});
    last_key = room.log.back().idempotency_key;
  }

  // Adds `count` visible notes on a fresh open board (each its own command and key).
  void add_open_notes(std::size_t count) {
    const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
    for (std::size_t i = 0; i < count; ++i) {
      room.add_note(i % 2 == 0 ? ans : cor, board,
                    "idee nummer " + std::to_string(i) + " over de volgende stap",
                    "bulk-secret-" + std::to_string(i) + "-padding",
                    static_cast<ZoneId>(1 + i % 3));
    }
  }

  // Pauses and restarts the running clock until `count` more keys are
  // remembered; an even count leaves it running.
  void remember_keys(std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      room.now += 1000;
      room.run(facilitator,
               i % 2 == 0 ? cmd::Body{cmd::PauseTimer{}} : cmd::Body{cmd::StartTimer{}});
    }
  }
};

}  // namespace kring::log::redis::testing
