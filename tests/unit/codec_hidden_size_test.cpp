// What an observer of frame sizes (or of other audiences' frames) must not
// learn: which option a ballot chose, how long a hidden note is, whether an
// ack carries a small or large id. Driven through the real core where the
// hidden value originates.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "codec_test_support.hpp"
#include "room_fixture.hpp"

namespace kring::protocol::testing {
namespace codec_hidden_size_test {
namespace {

using core::testing::RoomFixture;
using core::testing::secret;

const std::vector<core::Role> all_roles = {core::Role::facilitator, core::Role::participant,
                                           core::Role::board_member, core::Role::projector};

std::string encoded_view(const RoomFixture& room, const core::Event& event, core::Role audience) {
  const core::Epoch epoch = 5;
  return encode_event(core::ClientEvent{epoch, event.seq, event.at_ms,
                                        core::view_event(room.state, event, audience)});
}

TEST(CodecHiddenSize, AckSizeDoesNotDependOnCreatedId) {
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::size_t size = encode_ack(12, 345, 0).size();
  for (std::uint64_t created_id :
       {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{1} << 32, max}) {
    EXPECT_EQ(encode_ack(12, 345, created_id).size(), size) << created_id;
  }
}

TEST(CodecHiddenSize, VoteProgressHasNoChoiceField) {
  const auto* descriptor = v1::VoteProgress::descriptor();
  ASSERT_EQ(descriptor->field_count(), 3);
  EXPECT_NE(descriptor->FindFieldByName("vote_id"), nullptr);
  EXPECT_NE(descriptor->FindFieldByName("voted_count"), nullptr);
  EXPECT_NE(descriptor->FindFieldByName("eligible_count"), nullptr);
}

// Two identical rooms in which the same voter picks a different option: every
// audience's frame for the cast, and the voter's ack, are byte-identical.
TEST(CodecHiddenSize, VoteProgressFramesDoNotDependOnTheChoice) {
  for (core::BallotMode mode : {core::BallotMode::open_cards, core::BallotMode::secret}) {
    SCOPED_TRACE(mode == core::BallotMode::secret ? "secret" : "open cards");
    std::vector<std::string> frames[2];
    std::string acks[2];
    const core::OptionId choices[2] = {1, 3};
    for (int i = 0; i < 2; ++i) {
      RoomFixture room;
      const core::Actor anna = room.join(core::Role::board_member, "Anna");
      room.join(core::Role::board_member, "Bram");
      const core::VoteId vote = room.open_vote(core::VoteAudience::board, mode);
      const core::Event cast = room.run(anna, core::cmd::CastVote{vote, choices[i]});
      for (core::Role audience : all_roles) frames[i].push_back(encoded_view(room, cast, audience));
      acks[i] = encode_ack(9, cast.seq, core::created_id_of(cast));
      const v1::ServerMessage progress = parsed(frames[i].front());
      EXPECT_EQ(progress.event().payload_case(), v1::RoomEvent::kVoteProgress);
      EXPECT_EQ(progress.event().vote_progress().voted_count(), 1u);
    }
    EXPECT_EQ(frames[0], frames[1]);
    EXPECT_EQ(acks[0], acks[1]);
  }
}

// Two identical rooms whose one hidden note differs only in text length:
// what other audiences receive is byte-identical, and the author's ack has
// the same size (its id is random, its size fixed).
TEST(CodecHiddenSize, HiddenNoteCountFramesDoNotDependOnTheNote) {
  const std::string texts[2] = {"a", std::string(1000, 'x')};
  std::vector<std::string> frames[2];
  std::size_t ack_sizes[2] = {0, 0};
  for (int i = 0; i < 2; ++i) {
    RoomFixture room;
    const core::Actor bram = room.join(core::Role::participant, "Bram");
    const core::BoardId board =
        room.add_board(core::BoardKind::columns, core::WritingMode::private_first);
    const core::Event added = room.run(bram, core::cmd::AddNote{board, 1, texts[i], secret('n')});
    for (core::Role audience :
         {core::Role::facilitator, core::Role::board_member, core::Role::projector}) {
      const std::string frame = encoded_view(room, added, audience);
      const v1::ServerMessage message = parsed(frame);
      EXPECT_EQ(message.event().payload_case(), v1::RoomEvent::kHiddenNoteCount);
      EXPECT_EQ(message.event().hidden_note_count().board_id(), board);
      EXPECT_EQ(message.event().hidden_note_count().hidden_count(), 1u);
      frames[i].push_back(frame);
    }
    ack_sizes[i] = encode_ack(9, added.seq, core::created_id_of(added)).size();
  }
  EXPECT_EQ(frames[0], frames[1]);
  EXPECT_EQ(ack_sizes[0], ack_sizes[1]);
}

TEST(CodecHiddenSize, HiddenNoteCountEncodingIsOnlyBoardAndCount) {
  const core::ClientEvent event{5, 8, 1000, core::view::HiddenNoteCount{4, 2}};
  v1::ServerMessage expected;
  expected.mutable_event()->set_epoch(5);
  expected.mutable_event()->set_seq(8);
  expected.mutable_event()->set_at_ms(1000);
  expected.mutable_event()->mutable_hidden_note_count()->set_board_id(4);
  expected.mutable_event()->mutable_hidden_note_count()->set_hidden_count(2);
  EXPECT_EQ(encode_event(event), as_batch(expected));
}

}  // namespace
}  // namespace codec_hidden_size_test
}  // namespace kring::protocol::testing
