// "Hidden is hidden", asserted on the wire: a whole workshop (facilitator, three
// participants, two board members, a projector, each on its own connection)
// writes private-first notes and casts hidden votes, and every frame every
// other device received is searched for what it must not contain.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/ballot_tag.hpp"
#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace workshop_secrecy_test {
namespace {

namespace v1 = kring::v1;

struct WrittenNote {
  Device* author = nullptr;
  std::string marker;  // unique; the text starts with it
  std::string text;    // current text (after edits)
  std::string secret;
  std::uint64_t id = 0;
  std::uint32_t zone = 0;
};

struct Cast {
  std::uint64_t seq = 0;
  std::uint64_t request_id = 0;
  std::string ack_bytes;
};

std::map<std::uint32_t, std::uint32_t> tally_of(const v1::VoteResult& result) {
  std::map<std::uint32_t, std::uint32_t> tally;
  for (const v1::TallyEntry& entry : result.tally()) {
    if (entry.count() != 0) tally[entry.option_id()] = entry.count();
  }
  return tally;
}

class WorkshopSecrecy : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Secrecy workshop");
    for (const char* name : {"Anna", "Bram", "Cas"}) {
      participants_.push_back(&workshop_->add_participant(name));
    }
    for (const char* name : {"Dirk", "Eva"}) {
      board_members_.push_back(&workshop_->add_board_member(name));
    }
    projector_ = &workshop_->add_projector();
  }

  void TearDown() override {
    workshop_.reset();
    const ExitStatus status = server_.stop();
    EXPECT_TRUE(status.clean()) << "kring-server " << status.describe();
  }

  Device& facilitator() { return workshop_->facilitator(); }

  // Every device received every seq from its join up to `last` exactly once,
  // in order, and all devices agree on each event's epoch and time.
  void expect_same_sequence_everywhere(std::uint64_t last) {
    std::map<std::uint64_t, v1::RoomEvent> reference;
    for (Device* device : workshop_->devices()) {
      const auto events = events_between((*device)->events(), 0, last);
      EXPECT_TRUE(contiguous(events, (*device)->first_event_seq(), last)) << device->name;
      for (const v1::RoomEvent& event : events) {
        const auto [it, fresh] = reference.emplace(event.seq(), event);
        if (fresh) continue;
        EXPECT_EQ(event.epoch(), it->second.epoch()) << device->name << " seq " << event.seq();
        EXPECT_EQ(event.at_ms(), it->second.at_ms()) << device->name << " seq " << event.seq();
      }
    }
  }

  // Between `first` and `last` every device received only VoteProgress of
  // `vote_id` (or VoteClosed of it): nothing that tells who chose what.
  void expect_only_progress(std::uint64_t first, std::uint64_t last, std::uint64_t vote_id) {
    for (Device* device : workshop_->devices()) {
      for (const v1::RoomEvent& event : events_between((*device)->events(), first, last)) {
        const std::string payload = payload_name(event);
        if (payload == "vote_closed") continue;
        EXPECT_EQ(payload, "vote_progress") << device->name << " seq " << event.seq();
        if (event.has_vote_progress()) {
          EXPECT_EQ(event.vote_progress().vote_id(), vote_id);
        }
      }
    }
  }

  // Casts a vote and keeps the raw Ack frame.
  Cast cast(Device& voter, std::uint64_t vote_id, std::uint32_t option) {
    Cast result;
    result.request_id = voter->send_command(cmd::cast_vote(vote_id, option));
    const v1::ServerMessage reply = voter->wait_for_reply(result.request_id);
    EXPECT_TRUE(reply.has_ack()) << voter.name << ": " << reply.ShortDebugString();
    result.seq = reply.ack().seq();
    const Frame* frame = find_reply_frame(voter->frames(), result.request_id);
    if (frame != nullptr) result.ack_bytes = frame->bytes;
    return result;
  }

  // Every device got VoteProgress frames of one size for the casts at `seqs`.
  void expect_progress_frames_same_size(const std::vector<std::uint64_t>& seqs) {
    for (Device* device : workshop_->devices()) {
      std::vector<std::size_t> sizes;
      const auto& events = (*device)->events();
      for (std::size_t i = 0; i < events.size(); ++i) {
        if (std::find(seqs.begin(), seqs.end(), events[i].seq()) != seqs.end()) {
          sizes.push_back((*device)->event_bytes()[i].size());
        }
      }
      ASSERT_EQ(sizes.size(), seqs.size()) << device->name;
      for (std::size_t size : sizes) EXPECT_EQ(size, sizes.front()) << device->name;
    }
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> participants_;
  std::vector<Device*> board_members_;
  Device* projector_ = nullptr;
};

TEST_F(WorkshopSecrecy, PrivateFirstNotesReachNobodyUntilRevealThenAllAtOnceInOneOrder) {
  const auto board =
      workshop_->add_board(cmd::add_circles_board("Invloed", v1::WRITING_MODE_PRIVATE_FIRST));
  const std::uint64_t writing_opened = board.seq;

  // Each participant writes two notes, the facilitator one; texts differ in
  // length so that a size leak would show in the HiddenNoteCount frames.
  std::vector<WrittenNote> notes;
  std::vector<std::uint64_t> add_seqs;
  std::vector<Device*> authors = participants_;
  authors.push_back(&facilitator());
  for (std::size_t a = 0; a < authors.size(); ++a) {
    const std::size_t count = authors[a] == &facilitator() ? 1 : 2;
    for (std::size_t n = 0; n < count; ++n) {
      WrittenNote note;
      note.author = authors[a];
      note.marker =
          "SECRET-MARKER-" + authors[a]->name + "-" + std::to_string(n) + "-" + random_hex(16);
      note.text = note.marker + std::string(1 + (a * 2 + n) * 97, 'x');
      note.secret = random_bytes(32);
      note.zone = static_cast<std::uint32_t>((a + n) % 4);
      const v1::Ack ack =
          (*note.author)
              ->command_ok(cmd::add_note(board.board_id, note.zone, note.text, note.secret));
      note.id = ack.created_id();
      EXPECT_NE(note.id, 0u);
      add_seqs.push_back(ack.seq());
      notes.push_back(note);
    }
  }

  // The author edits one hidden note and moves another: others learn nothing.
  WrittenNote& edited = notes[0];
  edited.marker = "SECRET-MARKER-edited-" + random_hex(16);
  edited.text = edited.marker + " rewritten";
  const std::uint64_t edit_seq =
      (*edited.author)->command_ok(cmd::edit_note(edited.id, edited.text, edited.secret)).seq();
  WrittenNote& moved = notes[2];
  moved.zone = cmd::zone_unchangeable;
  const std::uint64_t move_seq =
      (*moved.author)->command_ok(cmd::move_note(moved.id, moved.zone, moved.secret)).seq();

  // Without its secret a hidden note cannot be told from no note at all.
  const v1::ServerMessage guessed =
      (*participants_[1])->command(cmd::edit_note(notes[0].id, "overgenomen", random_bytes(16)));
  const v1::ServerMessage unknown = (*participants_[1])
                                        ->command(cmd::edit_note(notes[0].id ^ 0x5a5a5a5a5a5aULL,
                                                                 "overgenomen", random_bytes(16)));
  ASSERT_TRUE(guessed.has_error()) << guessed.ShortDebugString();
  ASSERT_TRUE(unknown.has_error()) << unknown.ShortDebugString();
  EXPECT_EQ(guessed.error().code(), v1::ERROR_CODE_NOT_FOUND);
  EXPECT_EQ(unknown.error().code(), v1::ERROR_CODE_NOT_FOUND);
  EXPECT_EQ(guessed.error().detail(), unknown.error().detail());
  workshop_->sync_all(move_seq);

  ASSERT_LT(move_seq, 128u) << "frame sizes below are compared with one-byte seq varints";
  std::vector<std::string> retired_markers{"SECRET-MARKER-" + participants_[0]->name + "-0-"};
  for (Device* device : workshop_->devices()) {
    SCOPED_TRACE(device->name);
    for (const WrittenNote& note : notes) {
      EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, note.secret));
      if (note.author == device) continue;
      EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, note.marker));
      EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, note.text));
    }
    if (device != participants_[0]) {
      EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, retired_markers[0]));
    }

    // Others see a count for each note and nothing else; every count frame
    // has the same size whatever the note's length.
    std::uint32_t expected_count = 0;
    std::size_t count_frame_size = 0;
    const auto& events = (*device)->events();
    for (std::size_t i = 0; i < events.size(); ++i) {
      const v1::RoomEvent& event = events[i];
      if (event.seq() <= writing_opened || event.seq() > move_seq) continue;
      const auto written = std::find(add_seqs.begin(), add_seqs.end(), event.seq());
      if (written != add_seqs.end()) {
        ++expected_count;
        const WrittenNote& note = notes[static_cast<std::size_t>(written - add_seqs.begin())];
        if (note.author == device && event.has_note_added()) {
          EXPECT_EQ(event.note_added().note().id(), note.id);
          continue;
        }
        ASSERT_TRUE(event.has_hidden_note_count())
            << "seq " << event.seq() << " carries " << payload_name(event);
        EXPECT_EQ(event.hidden_note_count().board_id(), board.board_id);
        EXPECT_EQ(event.hidden_note_count().hidden_count(), expected_count);
        if (count_frame_size == 0) count_frame_size = (*device)->event_bytes()[i].size();
        EXPECT_EQ((*device)->event_bytes()[i].size(), count_frame_size) << "seq " << event.seq();
      } else if (event.seq() == edit_seq || event.seq() == move_seq) {
        const Device* author = event.seq() == edit_seq ? edited.author : moved.author;
        if (author != device) {
          EXPECT_EQ(payload_name(event), "sealed") << "seq " << event.seq();
        }
      } else {
        ADD_FAILURE() << "unexpected event seq " << event.seq() << ": " << payload_name(event);
      }
    }
    EXPECT_EQ(expected_count, notes.size());
  }

  // The reveal publishes every note at once, in one order for everybody.
  const std::uint64_t reveal_seq =
      facilitator()->command_ok(cmd::reveal_board(board.board_id)).seq();
  workshop_->sync_all(reveal_seq);
  const v1::RoomEvent* reference = find_event(facilitator()->events(), reveal_seq);
  ASSERT_NE(reference, nullptr);
  ASSERT_TRUE(reference->has_board_revealed()) << payload_name(*reference);
  const v1::BoardRevealed& revealed = reference->board_revealed();
  EXPECT_EQ(revealed.board_id(), board.board_id);
  ASSERT_EQ(static_cast<std::size_t>(revealed.notes_size()), notes.size());
  for (const WrittenNote& note : notes) {
    const auto found = std::find_if(revealed.notes().begin(), revealed.notes().end(),
                                    [&](const v1::Note& shown) { return shown.id() == note.id; });
    ASSERT_NE(found, revealed.notes().end()) << note.marker;
    EXPECT_EQ(found->text(), note.text);
    EXPECT_EQ(found->zone_id(), note.zone);
    EXPECT_EQ(found->board_id(), board.board_id);
  }
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), reveal_seq);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_board_revealed()) << device->name;
    EXPECT_EQ(event->board_revealed().SerializeAsString(), revealed.SerializeAsString())
        << device->name << " got another order or content";
    // The same byte search that found nothing before now finds every text.
    for (const WrittenNote& note : notes) {
      EXPECT_FALSE(no_frame_contains((*device)->frames(), 0, note.text)) << device->name;
    }
  }

  // After the reveal a new note on the board is visible at once.
  const std::string late_text = "AFTER-REVEAL-" + random_hex(16);
  const std::uint64_t late_seq = (*participants_[2])
                                     ->command_ok(cmd::add_note(board.board_id, cmd::zone_unsorted,
                                                                late_text, random_bytes(16)))
                                     .seq();
  workshop_->sync_all(late_seq);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), late_seq);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_note_added()) << device->name << ": " << payload_name(*event);
    EXPECT_EQ(event->note_added().note().text(), late_text) << device->name;
  }

  expect_same_sequence_everywhere(late_seq);
  for (Device* device : workshop_->devices()) {
    EXPECT_TRUE((*device)->stray_replies().empty()) << device->name;
  }
}

TEST_F(WorkshopSecrecy, ClaimNotesReturnsTheAuthorsHiddenNotesAndNothingForAWrongSecret) {
  const auto board = workshop_->add_board(
      cmd::add_columns_board("3B", v1::WRITING_MODE_PRIVATE_FIRST, {"behouden", "bannen"}));
  Device& author = *participants_[1];
  const std::string first_secret = random_bytes(24);
  const std::string second_secret = random_bytes(24);
  const std::string first_text = "SECRET-MARKER-claim-1-" + random_hex(12);
  const std::string second_text = "SECRET-MARKER-claim-2-" + random_hex(12);
  const std::uint64_t first_id =
      author->command_ok(cmd::add_note(board.board_id, 1, first_text, first_secret)).created_id();
  const std::uint64_t second_id =
      author->command_ok(cmd::add_note(board.board_id, 2, second_text, second_secret)).created_id();
  const std::string other_text = "SECRET-MARKER-claim-other-" + random_hex(12);
  const std::uint64_t last =
      (*participants_[0])
          ->command_ok(cmd::add_note(board.board_id, 1, other_text, random_bytes(24)))
          .seq();

  v1::ClientMessage claim;
  claim.mutable_claim_notes()->add_note_secrets(first_secret);
  claim.mutable_claim_notes()->add_note_secrets(second_secret);
  const v1::ServerMessage own = author->request(claim);
  ASSERT_TRUE(own.has_own_notes()) << own.ShortDebugString();
  ASSERT_EQ(own.own_notes().notes_size(), 2);
  std::map<std::uint64_t, std::string> texts;
  for (const v1::Note& note : own.own_notes().notes()) texts[note.id()] = note.text();
  EXPECT_EQ(texts[first_id], first_text);
  EXPECT_EQ(texts[second_id], second_text);
  EXPECT_FALSE(no_frame_contains(author->frames(), 0, first_text))
      << "the byte search below must be able to find a marker";

  v1::ClientMessage wrong;
  wrong.mutable_claim_notes()->add_note_secrets(random_bytes(24));
  const v1::ServerMessage none = author->request(wrong);
  ASSERT_TRUE(none.has_own_notes()) << none.ShortDebugString();
  EXPECT_EQ(none.own_notes().notes_size(), 0);

  // A claim moves no seq and reaches nobody else.
  workshop_->sync_all(last);
  for (Device* device : workshop_->devices_except(author)) {
    EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, "SECRET-MARKER-claim-1-"))
        << device->name;
    EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, "SECRET-MARKER-claim-2-"))
        << device->name;
  }
  for (Device* device : workshop_->devices()) (*device)->sync();
  expect_same_sequence_everywhere(last);
  for (Device* device : workshop_->devices()) {
    EXPECT_EQ((*device)->last_seq(), last) << device->name;
  }
}

TEST_F(WorkshopSecrecy, OpenCardsBoardVoteShowsOnlyProgressUntilRevealThenEveryCard) {
  Device& dirk = *board_members_[0];
  Device& eva = *board_members_[1];
  const v1::Ack opened = facilitator()->command_ok(
      cmd::open_vote("Bundel: dilemma 1", v1::VOTE_AUDIENCE_BOARD, v1::BALLOT_MODE_OPEN_CARDS,
                     {"Akkoord", "Niet akkoord"}));
  const std::uint64_t vote_id = opened.created_id();
  workshop_->sync_all(opened.seq());
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), opened.seq());
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_vote_opened()) << device->name;
    EXPECT_EQ(event->vote_opened().vote().eligible_count(), 2u) << device->name;
  }

  const Cast dirk_first = cast(dirk, vote_id, 1);
  const Cast eva_vote = cast(eva, vote_id, 2);
  const Cast dirk_change = cast(dirk, vote_id, 2);
  workshop_->sync_all(dirk_change.seq);

  // The Ack of a vote has the same size whatever was chosen.
  ASSERT_EQ(varint_size(dirk_first.request_id), varint_size(eva_vote.request_id));
  ASSERT_EQ(varint_size(dirk_first.seq), varint_size(eva_vote.seq));
  EXPECT_EQ(dirk_first.ack_bytes.size(), eva_vote.ack_bytes.size());
  EXPECT_EQ(dirk_first.ack_bytes.size(), dirk_change.ack_bytes.size());

  expect_only_progress(opened.seq() + 1, dirk_change.seq, vote_id);
  expect_progress_frames_same_size({dirk_first.seq, eva_vote.seq, dirk_change.seq});
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* first = find_event((*device)->events(), dirk_first.seq);
    const v1::RoomEvent* second = find_event((*device)->events(), eva_vote.seq);
    const v1::RoomEvent* change = find_event((*device)->events(), dirk_change.seq);
    ASSERT_TRUE(first && second && change) << device->name;
    EXPECT_EQ(first->vote_progress().voted_count(), 1u) << device->name;
    EXPECT_EQ(second->vote_progress().voted_count(), 2u) << device->name;
    EXPECT_EQ(change->vote_progress().voted_count(), 2u)
        << device->name << ": a changed vote is not a second ballot";
    EXPECT_EQ(change->vote_progress().eligible_count(), 2u) << device->name;
  }

  const std::uint64_t closed_seq = facilitator()->command_ok(cmd::close_vote(vote_id)).seq();
  const v1::ServerMessage late = eva->command(cmd::cast_vote(vote_id, 1));
  ASSERT_TRUE(late.has_error()) << late.ShortDebugString();
  EXPECT_EQ(late.error().code(), v1::ERROR_CODE_WRONG_PHASE);

  const std::uint64_t reveal_seq = facilitator()->command_ok(cmd::reveal_vote(vote_id)).seq();
  EXPECT_EQ(reveal_seq, closed_seq + 1) << "the rejected cast must not move the room's seq";
  workshop_->sync_all(reveal_seq);
  const v1::RoomEvent* reference = find_event(facilitator()->events(), reveal_seq);
  ASSERT_NE(reference, nullptr);
  ASSERT_TRUE(reference->has_vote_revealed()) << payload_name(*reference);
  const v1::VoteResult& result = reference->vote_revealed().result();
  EXPECT_EQ(result.vote_id(), vote_id);
  EXPECT_EQ(tally_of(result), (std::map<std::uint32_t, std::uint32_t>{{2, 2}}));
  std::multimap<std::string, std::uint32_t> cards;
  for (const v1::Card& card : result.cards()) cards.emplace(card.voter_name(), card.option_id());
  EXPECT_EQ(cards, (std::multimap<std::string, std::uint32_t>{{"Dirk", 2}, {"Eva", 2}}));
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), reveal_seq);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_vote_revealed()) << device->name;
    EXPECT_EQ(event->vote_revealed().SerializeAsString(),
              reference->vote_revealed().SerializeAsString())
        << device->name;
  }
  expect_same_sequence_everywhere(reveal_seq);
}

TEST_F(WorkshopSecrecy, SecretBallotPollRevealsTheTallyAndNoCards) {
  const v1::Ack opened = facilitator()->command_ok(
      cmd::open_vote("Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET,
                     {"Scenario 1", "Scenario 2", "Scenario 3"}));
  const std::uint64_t vote_id = opened.created_id();
  // The tags the server files these ballots under (from each member's own secret).
  std::vector<std::string> tags;
  std::vector<Cast> casts;
  for (std::size_t i = 0; i < participants_.size(); ++i) {
    tags.push_back(core::ballot_tag(core::ballot_key(participants_[i]->joined.member_secret()),
                                    core::TagScope::vote, vote_id));
    casts.push_back(cast(*participants_[i], vote_id, static_cast<std::uint32_t>(i + 1)));
  }
  // Anna changes her vote: still one ballot of hers.
  const Cast change = cast(*participants_[0], vote_id, 2);
  workshop_->sync_all(change.seq);

  for (const Cast& one : casts) {
    ASSERT_EQ(varint_size(one.request_id), varint_size(casts[0].request_id));
    ASSERT_EQ(varint_size(one.seq), varint_size(casts[0].seq));
    EXPECT_EQ(one.ack_bytes.size(), casts[0].ack_bytes.size());
  }
  expect_only_progress(opened.seq() + 1, change.seq, vote_id);
  expect_progress_frames_same_size({casts[0].seq, casts[1].seq, casts[2].seq, change.seq});
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* last = find_event((*device)->events(), change.seq);
    ASSERT_NE(last, nullptr) << device->name;
    EXPECT_EQ(last->vote_progress().voted_count(), 3u) << device->name;
    EXPECT_EQ(last->vote_progress().eligible_count(), 3u) << device->name;
  }

  const std::uint64_t reveal_seq = facilitator()->command_ok(cmd::reveal_vote(vote_id)).seq();
  EXPECT_EQ(reveal_seq, change.seq + 1);
  workshop_->sync_all(reveal_seq);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), reveal_seq);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_vote_revealed()) << device->name << ": " << payload_name(*event);
    const v1::VoteResult& result = event->vote_revealed().result();
    EXPECT_EQ(result.vote_id(), vote_id);
    EXPECT_EQ(tally_of(result), (std::map<std::uint32_t, std::uint32_t>{{2, 2}, {3, 1}}))
        << device->name;
    EXPECT_EQ(result.cards_size(), 0) << device->name << ": a secret ballot shows no cards";
    for (const std::string& tag : tags) {
      EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, tag)) << device->name;
    }
  }
  expect_same_sequence_everywhere(reveal_seq);
}

}  // namespace
}  // namespace workshop_secrecy_test
}  // namespace kring::test
