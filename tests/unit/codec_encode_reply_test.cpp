// The reply encoders: Welcome, RoomCreated, Joined (with and without a
// snapshot), Ack, Error (every code), OwnNotes, Pong, GoingAway.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "codec_test_support.hpp"
#include "core/views.hpp"

namespace kring::protocol::testing {
namespace codec_encode_reply_test {
namespace {

TEST(CodecEncodeReply, Welcome) {
  const v1::ServerMessage message =
      parsed(encode_welcome(1, "node-a", "http://192.168.1.20:8080", 1'765'000'000'123));
  EXPECT_EQ(message.request_id(), 1u);
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kWelcome);
  EXPECT_EQ(message.welcome().protocol_version(), v1::PROTOCOL_VERSION_1);
  EXPECT_EQ(message.welcome().node(), "node-a");
  EXPECT_EQ(message.welcome().server_time_ms(), 1'765'000'000'123);
  EXPECT_EQ(message.welcome().public_url(), "http://192.168.1.20:8080");
}

TEST(CodecEncodeReply, RoomCreated) {
  const RoomCapabilities caps{"facilitator-secret-0123456789", "K7MP4QRX", "BCDEFGHJ",
                              "projector-token-9876543210"};
  const v1::ServerMessage message = parsed(encode_room_created(2, caps));
  EXPECT_EQ(message.request_id(), 2u);
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kRoomCreated);
  EXPECT_EQ(message.room_created().facilitator_secret(), caps.facilitator_secret);
  EXPECT_EQ(message.room_created().participant_code(), caps.participant_code);
  EXPECT_EQ(message.room_created().board_code(), caps.board_code);
  EXPECT_EQ(message.room_created().projector_token(), caps.projector_token);
}

TEST(CodecEncodeReply, JoinedRecoveredHasNoSnapshot) {
  const std::string secret = raw_bytes(32, 0xA0);
  struct Case {
    core::Role role;
    v1::Role wire;
  };
  for (const Case& c : {Case{core::Role::facilitator, v1::ROLE_FACILITATOR},
                        Case{core::Role::participant, v1::ROLE_PARTICIPANT},
                        Case{core::Role::board_member, v1::ROLE_BOARD_MEMBER},
                        Case{core::Role::projector, v1::ROLE_PROJECTOR}}) {
    SCOPED_TRACE(static_cast<int>(c.wire));
    const JoinedReply reply{c.role, 12, secret, true, 4096, std::nullopt};
    const v1::ServerMessage message = parsed(encode_joined(3, reply));
    EXPECT_EQ(message.request_id(), 3u);
    ASSERT_EQ(message.payload_case(), v1::ServerMessage::kJoined);
    const v1::Joined& joined = message.joined();
    EXPECT_EQ(joined.role(), c.wire);
    EXPECT_EQ(joined.member_id(), 12u);
    EXPECT_EQ(joined.member_secret(), secret);
    EXPECT_TRUE(joined.recovered());
    EXPECT_EQ(joined.head_seq(), 4096u);
    EXPECT_FALSE(joined.has_snapshot());
  }
}

core::Snapshot sample_snapshot() {
  core::Snapshot snapshot;
  snapshot.epoch = big;
  snapshot.seq = 77;
  snapshot.title = "Heidag";
  snapshot.phases = {{"Check-in", 300}, {"Retro", 3600}};
  snapshot.timer = core::Timer{1, false, 0, 12'345, 60, {299'000}};
  core::Board board;
  board.id = 2;
  board.title = "3B";
  board.kind = core::BoardKind::columns;
  board.writing_mode = core::WritingMode::open;
  board.zones = {{1, "behouden", 0, 0}, {2, "bannen", 0, 0}};
  board.column_labels = {"behouden", "bannen"};
  board.writing_open = true;
  core::Board circles;
  circles.id = 3;
  circles.kind = core::BoardKind::circles;
  circles.writing_mode = core::WritingMode::private_first;
  circles.revealed = true;
  snapshot.boards = {{board, 0}, {circles, 4}};
  snapshot.notes = {{50, 2, 1, "koffie", {}}, {51, 3, 0, "pauzes", {52}}};
  snapshot.votes = {{core::Vote{6,
                                "Pizza?",
                                core::VoteAudience::participants,
                                core::BallotMode::open_cards,
                                {{1, "ja"}, {2, "nee"}},
                                core::VoteStatus::revealed},
                     2, 2}};
  snapshot.results = {{6, {{1, 1}, {2, 1}}, {{"Anna", 1}, {"Bram", 2}}}};
  snapshot.members = {{1, core::Role::participant, "Anna"}, {2, core::Role::board_member, ""}};
  snapshot.participant_code = "K7MP4QRX";
  snapshot.board_code = "BCDEFGHJ";
  return snapshot;
}

TEST(CodecEncodeReply, JoinedWithSnapshot) {
  const JoinedReply reply{core::Role::facilitator, 0, "", false, 77, sample_snapshot()};
  const v1::ServerMessage message = parsed(encode_joined(4, reply));
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kJoined);
  const v1::Joined& joined = message.joined();
  EXPECT_EQ(joined.role(), v1::ROLE_FACILITATOR);
  EXPECT_EQ(joined.member_id(), 0u);
  EXPECT_EQ(joined.member_secret(), "");
  EXPECT_FALSE(joined.recovered());
  EXPECT_EQ(joined.head_seq(), 77u);
  ASSERT_TRUE(joined.has_snapshot());

  const v1::Snapshot& s = joined.snapshot();
  EXPECT_EQ(s.epoch(), big);
  EXPECT_EQ(s.seq(), 77u);
  EXPECT_EQ(s.title(), "Heidag");
  ASSERT_EQ(s.phases_size(), 2);
  EXPECT_EQ(s.phases(1).title(), "Retro");
  EXPECT_EQ(s.phases(1).planned_seconds(), 3600u);
  EXPECT_EQ(s.timer().phase_index(), 1u);
  EXPECT_FALSE(s.timer().running());
  EXPECT_EQ(s.timer().elapsed_ms(), 12'345);
  EXPECT_EQ(s.timer().extended_seconds(), 60u);
  ASSERT_EQ(s.timer().actual_ms_size(), 1);
  EXPECT_EQ(s.timer().actual_ms(0), 299'000);

  ASSERT_EQ(s.boards_size(), 2);
  EXPECT_EQ(s.boards(0).id(), 2u);
  EXPECT_EQ(s.boards(0).title(), "3B");
  EXPECT_EQ(s.boards(0).kind(), v1::BOARD_KIND_COLUMNS);
  EXPECT_EQ(s.boards(0).writing_mode(), v1::WRITING_MODE_OPEN);
  ASSERT_EQ(s.boards(0).zones_size(), 2);
  EXPECT_EQ(s.boards(0).zones(1).label(), "bannen");
  ASSERT_EQ(s.boards(0).column_labels_size(), 2);
  EXPECT_EQ(s.boards(0).row_labels_size(), 0);
  EXPECT_TRUE(s.boards(0).writing_open());
  EXPECT_EQ(s.boards(0).hidden_count(), 0u);
  EXPECT_EQ(s.boards(1).kind(), v1::BOARD_KIND_CIRCLES);
  EXPECT_EQ(s.boards(1).writing_mode(), v1::WRITING_MODE_PRIVATE_FIRST);
  EXPECT_TRUE(s.boards(1).revealed());
  EXPECT_FALSE(s.boards(1).writing_open());
  EXPECT_EQ(s.boards(1).hidden_count(), 4u);

  ASSERT_EQ(s.notes_size(), 2);
  EXPECT_EQ(s.notes(0).id(), 50u);
  EXPECT_EQ(s.notes(0).text(), "koffie");
  EXPECT_EQ(s.notes(0).merged_ids_size(), 0);
  EXPECT_EQ(s.notes(1).board_id(), 3u);
  EXPECT_EQ(s.notes(1).zone_id(), 0u);
  ASSERT_EQ(s.notes(1).merged_ids_size(), 1);
  EXPECT_EQ(s.notes(1).merged_ids(0), 52u);

  ASSERT_EQ(s.votes_size(), 1);
  EXPECT_EQ(s.votes(0).id(), 6u);
  EXPECT_EQ(s.votes(0).audience(), v1::VOTE_AUDIENCE_PARTICIPANTS);
  EXPECT_EQ(s.votes(0).mode(), v1::BALLOT_MODE_OPEN_CARDS);
  EXPECT_EQ(s.votes(0).status(), v1::VOTE_STATUS_REVEALED);
  ASSERT_EQ(s.votes(0).options_size(), 2);
  EXPECT_EQ(s.votes(0).options(0).label(), "ja");
  EXPECT_EQ(s.votes(0).voted_count(), 2u);
  EXPECT_EQ(s.votes(0).eligible_count(), 2u);

  ASSERT_EQ(s.results_size(), 1);
  EXPECT_EQ(s.results(0).vote_id(), 6u);
  ASSERT_EQ(s.results(0).tally_size(), 2);
  EXPECT_EQ(s.results(0).tally(1).option_id(), 2u);
  EXPECT_EQ(s.results(0).tally(1).count(), 1u);
  ASSERT_EQ(s.results(0).cards_size(), 2);
  EXPECT_EQ(s.results(0).cards(1).voter_name(), "Bram");
  EXPECT_EQ(s.results(0).cards(1).option_id(), 2u);

  ASSERT_EQ(s.members_size(), 2);
  EXPECT_EQ(s.members(0).id(), 1u);
  EXPECT_EQ(s.members(0).role(), v1::ROLE_PARTICIPANT);
  EXPECT_EQ(s.members(0).display_name(), "Anna");
  EXPECT_EQ(s.members(1).role(), v1::ROLE_BOARD_MEMBER);
  EXPECT_EQ(s.participant_code(), "K7MP4QRX");
  EXPECT_EQ(s.board_code(), "BCDEFGHJ");
}

TEST(CodecEncodeReply, JoinedWithAnEmptySnapshotStillHasOne) {
  const JoinedReply reply{core::Role::projector, 0, "", false, 0, core::Snapshot{}};
  EXPECT_TRUE(parsed(encode_joined(5, reply)).joined().has_snapshot());
}

TEST(CodecEncodeReply, Ack) {
  struct Case {
    std::uint64_t request_id;
    core::Seq seq;
    std::uint64_t created_id;
  };
  for (const Case& c : {Case{6, 1, 0}, Case{6, 2, 1}, Case{big, big, big}, Case{0, 0, 0},
                        Case{1, 300, 0x8000'0000'0000'0000}}) {
    SCOPED_TRACE(c.created_id);
    const v1::ServerMessage message = parsed(encode_ack(c.request_id, c.seq, c.created_id));
    EXPECT_EQ(message.request_id(), c.request_id);
    ASSERT_EQ(message.payload_case(), v1::ServerMessage::kAck);
    EXPECT_EQ(message.ack().seq(), c.seq);
    EXPECT_EQ(message.ack().created_id(), c.created_id);
  }
}

// The hand-written Ack is the canonical encoding whenever proto3 would write
// created_id anyway; it only differs by keeping an explicit zero.
TEST(CodecEncodeReply, AckMatchesTheGeneratedEncodingForNonZeroIds) {
  for (std::uint64_t created_id : {std::uint64_t{1}, std::uint64_t{300}, big}) {
    v1::ServerMessage expected;
    expected.set_request_id(6);
    expected.mutable_ack()->set_seq(1234);
    expected.mutable_ack()->set_created_id(created_id);
    EXPECT_EQ(encode_ack(6, 1234, created_id), as_batch(expected)) << created_id;
  }
  v1::ServerMessage zero;
  zero.set_request_id(6);
  zero.mutable_ack()->set_seq(1234);
  EXPECT_EQ(encode_ack(6, 1234, 0).size(), as_batch(zero).size() + 9);
}

TEST(CodecEncodeReply, ErrorMapsEveryCode) {
  using core::ErrorCode;
  struct Case {
    ErrorCode code;
    v1::ErrorCode wire;
  };
  const std::vector<Case> cases = {
      {ErrorCode::malformed_frame, v1::ERROR_CODE_MALFORMED_FRAME},
      {ErrorCode::unknown_payload, v1::ERROR_CODE_UNKNOWN_PAYLOAD},
      {ErrorCode::protocol_version, v1::ERROR_CODE_PROTOCOL_VERSION},
      {ErrorCode::not_joined, v1::ERROR_CODE_NOT_JOINED},
      {ErrorCode::already_joined, v1::ERROR_CODE_ALREADY_JOINED},
      {ErrorCode::room_not_found, v1::ERROR_CODE_ROOM_NOT_FOUND},
      {ErrorCode::forbidden, v1::ERROR_CODE_FORBIDDEN},
      {ErrorCode::wrong_phase, v1::ERROR_CODE_WRONG_PHASE},
      {ErrorCode::not_found, v1::ERROR_CODE_NOT_FOUND},
      {ErrorCode::invalid_argument, v1::ERROR_CODE_INVALID_ARGUMENT},
      {ErrorCode::limit_reached, v1::ERROR_CODE_LIMIT_REACHED},
      {ErrorCode::rate_limited, v1::ERROR_CODE_RATE_LIMITED},
      {ErrorCode::bad_secret, v1::ERROR_CODE_BAD_SECRET},
      {ErrorCode::storage_unavailable, v1::ERROR_CODE_STORAGE_UNAVAILABLE},
      {ErrorCode::going_away, v1::ERROR_CODE_GOING_AWAY},
      {ErrorCode::missing_idempotency_key, v1::ERROR_CODE_MISSING_IDEMPOTENCY_KEY},
      {ErrorCode::group_too_small, v1::ERROR_CODE_GROUP_TOO_SMALL},
  };
  std::set<int> wire_codes;
  for (const Case& c : cases) {
    SCOPED_TRACE(v1::ErrorCode_Name(c.wire));
    const v1::ServerMessage message = parsed(encode_error(7, {c.code, "why it failed"}));
    EXPECT_EQ(message.request_id(), 7u);
    ASSERT_EQ(message.payload_case(), v1::ServerMessage::kError);
    EXPECT_EQ(message.error().code(), c.wire);
    EXPECT_EQ(message.error().detail(), "why it failed");
    wire_codes.insert(c.wire);
  }
  // Every wire code except _UNSPECIFIED is reachable, each from exactly one core code.
  EXPECT_EQ(wire_codes.size(), cases.size());
  EXPECT_EQ(static_cast<std::size_t>(v1::ErrorCode_descriptor()->value_count()), cases.size() + 1);
}

TEST(CodecEncodeReply, OwnNotes) {
  const std::vector<core::Note> notes = {{60, 4, 2, "mijn idee", {}}, {61, 4, 0, "nog een", {62}}};
  const v1::ServerMessage message = parsed(encode_own_notes(8, notes));
  EXPECT_EQ(message.request_id(), 8u);
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kOwnNotes);
  ASSERT_EQ(message.own_notes().notes_size(), 2);
  EXPECT_EQ(message.own_notes().notes(0).id(), 60u);
  EXPECT_EQ(message.own_notes().notes(0).board_id(), 4u);
  EXPECT_EQ(message.own_notes().notes(0).zone_id(), 2u);
  EXPECT_EQ(message.own_notes().notes(0).text(), "mijn idee");
  EXPECT_EQ(message.own_notes().notes(1).text(), "nog een");
  ASSERT_EQ(message.own_notes().notes(1).merged_ids_size(), 1);
  EXPECT_EQ(message.own_notes().notes(1).merged_ids(0), 62u);
}

TEST(CodecEncodeReply, OwnNotesEmptyIsStillOwnNotes) {
  const v1::ServerMessage message = parsed(encode_own_notes(9, {}));
  EXPECT_EQ(message.payload_case(), v1::ServerMessage::kOwnNotes);
  EXPECT_EQ(message.own_notes().notes_size(), 0);
}

TEST(CodecEncodeReply, Pong) {
  const v1::ServerMessage message = parsed(encode_pong(10, big, 1'765'000'000'456));
  EXPECT_EQ(message.request_id(), 10u);
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kPong);
  EXPECT_EQ(message.pong().nonce(), big);
  EXPECT_EQ(message.pong().server_time_ms(), 1'765'000'000'456);
}

TEST(CodecEncodeReply, GoingAway) {
  const v1::ServerMessage message = parsed(encode_going_away(2500));
  EXPECT_EQ(message.request_id(), 0u);  // pushed
  ASSERT_EQ(message.payload_case(), v1::ServerMessage::kGoingAway);
  EXPECT_EQ(message.going_away().retry_after_ms(), 2500u);
}

TEST(CodecEncodeReply, RoomDeleted) {
  const v1::ServerMessage message = parsed(encode_room_deleted());
  EXPECT_EQ(message.request_id(), 0u);  // pushed
  EXPECT_EQ(message.payload_case(), v1::ServerMessage::kRoomDeleted);
}

}  // namespace
}  // namespace codec_encode_reply_test
}  // namespace kring::protocol::testing
