// "Bad input gets a clear error and changes nothing": a corpus of bad frames,
// each answered by exactly one Error with the expected code and request_id,
// while a control participant of the same room keeps writing notes and sees
// the room's seq advance only by its own notes.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace bad_input_test {
namespace {

namespace v1 = kring::v1;

constexpr std::uint16_t message_too_big = 1009;

// A ClientMessage with a request_id and nothing else set yet.
v1::ClientMessage message(std::uint64_t request_id) {
  v1::ClientMessage out;
  out.set_request_id(request_id);
  return out;
}

v1::ClientMessage command_message(std::uint64_t request_id, v1::RoomCommand command,
                                  bool with_key = true) {
  if (with_key) command.set_idempotency_key(random_bytes(16));
  return cmd::as_message(request_id, std::move(command));
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Bad input");
    control_ = &workshop_->add_participant("Controle");
    // The member whose secret the bad participant connections reuse: a rejoin
    // is no room event, so the corpus below cannot move the seq by joining.
    bad_member_ = &workshop_->add_participant("Stoorzender");
    workshop_->add_board_member("Bestuurder");
    Device& facilitator = workshop_->facilitator();

    open_board_ = workshop_->add_board(
        cmd::add_columns_board("Open", v1::WRITING_MODE_OPEN, {"Links", "Rechts"}));
    closed_board_ = workshop_->add_board(
        cmd::add_columns_board("Dicht", v1::WRITING_MODE_OPEN, {"Enige"}), false);
    control_note_secret_ = random_bytes(16);
    control_note_ = (*control_)
                        ->command_ok(cmd::add_note(open_board_.board_id, 1, "control note",
                                                   control_note_secret_))
                        .created_id();
    open_poll_ = facilitator
                     ->command_ok(cmd::open_vote("Open peiling", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                                 v1::BALLOT_MODE_OPEN_CARDS, {"Ja", "Nee"}))
                     .created_id();
    board_vote_ = facilitator
                      ->command_ok(cmd::open_vote("Bestuur", v1::VOTE_AUDIENCE_BOARD,
                                                  v1::BALLOT_MODE_OPEN_CARDS, {"Ja", "Nee"}))
                      .created_id();
    closed_poll_ = facilitator
                       ->command_ok(cmd::open_vote("Gesloten", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                                   v1::BALLOT_MODE_OPEN_CARDS, {"Ja", "Nee"}))
                       .created_id();
    seq_ = facilitator->command_ok(cmd::close_vote(closed_poll_)).seq();
    workshop_->sync_all(seq_);
    baseline_ = seq_;
  }

  void TearDown() override {
    bad_clients_.clear();
    workshop_.reset();
    const ExitStatus status = server_.stop();
    EXPECT_TRUE(status.clean()) << "kring-server " << status.describe();
  }

  WsClient& raw_client() {
    bad_clients_.push_back(std::make_unique<WsClient>(server_.port()));
    return *bad_clients_.back();
  }
  WsClient& helloed_client() {
    bad_clients_.push_back(connect_with_hello(server_.port()));
    return *bad_clients_.back();
  }
  // Another connection of the "Stoorzender" participant (no room event).
  WsClient& participant_client() {
    WsClient& client = helloed_client();
    v1::JoinRoom join;
    join.set_participant_code(workshop_->room().participant_code());
    join.set_member_secret(bad_member_->joined.member_secret());
    const v1::Joined joined = client.join(join);
    EXPECT_EQ(joined.member_id(), bad_member_->joined.member_id());
    return client;
  }
  WsClient& projector_client() {
    WsClient& client = helloed_client();
    v1::JoinRoom join;
    join.set_projector_token(workshop_->room().projector_token());
    client.join(join);
    return client;
  }

  // The control participant writes a note: its Ack must carry the next seq,
  // proving that nothing before it moved the room.
  void control_round() {
    const v1::Ack ack = (*control_)->command_ok(
        cmd::add_note(open_board_.board_id, 2, "control " + random_hex(8), random_bytes(16)));
    EXPECT_EQ(ack.seq(), seq_ + 1) << "the room's seq moved on a rejected request";
    seq_ = ack.seq();
    (*control_)->drain_events_until(seq_);
  }

  // A Ping sent now is the next thing answered (with a Pong, or an Error
  // before Hello): the bad request got exactly one answer.
  void expect_no_second_answer(WsClient& client) {
    v1::ClientMessage ping = message(client.next_request_id() + 1'000'000);
    ping.mutable_ping()->set_nonce(42);
    client.send(ping);
    const v1::ServerMessage next = client.next_reply();
    EXPECT_EQ(next.request_id(), ping.request_id())
        << "a second answer: " << next.ShortDebugString();
  }

  // Sends `bytes` on `client` and expects exactly one Error with `code` and
  // `request_id`; then the control participant goes on.
  void expect_rejected(WsClient& client, const std::string& bytes, std::uint64_t request_id,
                       v1::ErrorCode code, bool binary = true) {
    client.send_raw(bytes, binary);
    const v1::ServerMessage reply = client.next_reply();
    ASSERT_TRUE(reply.has_error()) << reply.ShortDebugString();
    EXPECT_EQ(reply.error().code(), code)
        << v1::ErrorCode_Name(reply.error().code()) << ": " << reply.error().detail();
    EXPECT_EQ(reply.request_id(), request_id);
    EXPECT_FALSE(reply.error().detail().empty());
    expect_no_second_answer(client);
    control_round();
  }
  void expect_rejected(WsClient& client, const v1::ClientMessage& request, v1::ErrorCode code) {
    expect_rejected(client, request.SerializeAsString(), request.request_id(), code);
  }

  // After the corpus: the control participant saw only its own notes, every
  // joined bad client saw the same contiguous stream, and a fresh snapshot is
  // at the control's last seq.
  void expect_room_untouched() {
    const auto control_events = (*control_)->events();
    EXPECT_TRUE(contiguous(control_events, (*control_)->first_event_seq(), seq_));
    for (const auto& event : events_between(control_events, baseline_ + 1, seq_)) {
      EXPECT_EQ(payload_name(event), "note_added") << "seq " << event.seq();
    }
    for (const auto& client : bad_clients_) {
      if (!client->is_open() || !client->has_joined()) continue;
      client->drain_events_until(seq_);
      EXPECT_TRUE(contiguous(client->events(), client->first_event_seq(), seq_));
    }
    Device& observer = workshop_->add_projector();
    EXPECT_EQ(observer.joined.snapshot().seq(), seq_);
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  Device* control_ = nullptr;
  Device* bad_member_ = nullptr;
  Workshop::BoardReady open_board_;
  Workshop::BoardReady closed_board_;
  std::string control_note_secret_;
  std::uint64_t control_note_ = 0;
  std::uint64_t open_poll_ = 0;
  std::uint64_t board_vote_ = 0;
  std::uint64_t closed_poll_ = 0;
  std::uint64_t seq_ = 0;
  std::uint64_t baseline_ = 0;
  std::vector<std::unique_ptr<WsClient>> bad_clients_;
};

TEST_F(BadInput, RequestsBeforeHelloAndBadHellos) {
  WsClient& client = raw_client();
  {
    SCOPED_TRACE("command before Hello");
    expect_rejected(
        client, command_message(11, cmd::add_note(open_board_.board_id, 1, "x", random_bytes(16))),
        v1::ERROR_CODE_PROTOCOL_VERSION);
  }
  {
    SCOPED_TRACE("join before Hello");
    v1::ClientMessage join = message(12);
    join.mutable_join_room()->set_participant_code(workshop_->room().participant_code());
    expect_rejected(client, join, v1::ERROR_CODE_PROTOCOL_VERSION);
  }
  {
    SCOPED_TRACE("wrong protocol version");
    v1::ClientMessage hello = message(13);
    hello.mutable_hello()->set_protocol_version(static_cast<v1::ProtocolVersion>(2));
    expect_rejected(client, hello, v1::ERROR_CODE_PROTOCOL_VERSION);
  }
  {
    SCOPED_TRACE("unspecified protocol version");
    v1::ClientMessage hello = message(14);
    hello.mutable_hello();
    expect_rejected(client, hello, v1::ERROR_CODE_PROTOCOL_VERSION);
  }
  {
    SCOPED_TRACE("second Hello");
    WsClient& helloed = helloed_client();
    v1::ClientMessage hello = message(15);
    hello.mutable_hello()->set_protocol_version(v1::PROTOCOL_VERSION_1);
    expect_rejected(helloed, hello, v1::ERROR_CODE_PROTOCOL_VERSION);
  }
  expect_room_untouched();
}

TEST_F(BadInput, UndecodableFrames) {
  WsClient& client = helloed_client();
  {
    SCOPED_TRACE("garbage bytes");
    expect_rejected(client, std::string(12, '\xff'), 0, v1::ERROR_CODE_MALFORMED_FRAME);
  }
  {
    SCOPED_TRACE("ascii text in a binary frame");
    expect_rejected(client, "this is not protobuf", 0, v1::ERROR_CODE_MALFORMED_FRAME);
  }
  {
    // Kring speaks binary frames only. The server does not look at the opcode:
    // a text frame is decoded like any frame, so text that is not a
    // ClientMessage is a malformed frame, answered, and the connection stays.
    SCOPED_TRACE("text frame");
    expect_rejected(client, "{\"hello\": {\"protocol_version\": 1}}", 0,
                    v1::ERROR_CODE_MALFORMED_FRAME, false);
  }
  {
    SCOPED_TRACE("truncated frame");
    v1::ClientMessage join = message(21);
    join.mutable_join_room()->set_participant_code(workshop_->room().participant_code());
    join.mutable_join_room()->set_display_name("Afgekapt");
    const std::string whole = join.SerializeAsString();
    const std::string truncated = whole.substr(0, whole.size() - 4);
    client.send_raw(truncated);
    const v1::ServerMessage reply = client.next_reply();
    ASSERT_TRUE(reply.has_error()) << reply.ShortDebugString();
    EXPECT_EQ(reply.error().code(), v1::ERROR_CODE_MALFORMED_FRAME);
    // The request_id precedes the cut, so the server echoes it.
    EXPECT_EQ(reply.request_id(), 21u);
    expect_no_second_answer(client);
    control_round();
  }
  {
    SCOPED_TRACE("invalid UTF-8 in a string field");
    v1::ClientMessage join = message(24);
    join.mutable_join_room()->set_participant_code("QQQQ-QQQQ");
    std::string bytes = join.SerializeAsString();
    const std::size_t at = bytes.find("QQQQ-QQQQ");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 4, "\xff\xfe\xc0\x80");
    expect_rejected(client, bytes, 24, v1::ERROR_CODE_MALFORMED_FRAME);
  }
  {
    SCOPED_TRACE("empty frame");
    expect_rejected(client, std::string(), 0, v1::ERROR_CODE_UNKNOWN_PAYLOAD);
  }
  {
    SCOPED_TRACE("no payload");
    expect_rejected(client, message(22), v1::ERROR_CODE_UNKNOWN_PAYLOAD);
  }
  {
    SCOPED_TRACE("unknown oneof field");
    // request_id 23, then field 99 (length-delimited) that this schema lacks.
    std::string bytes = message(23).SerializeAsString();
    bytes += std::string("\x9a\x06\x03") + "abc";
    expect_rejected(client, bytes, 23, v1::ERROR_CODE_UNKNOWN_PAYLOAD);
  }
  {
    SCOPED_TRACE("room command without a command");
    WsClient& joined = participant_client();
    v1::RoomCommand empty;
    empty.set_idempotency_key(random_bytes(16));
    expect_rejected(joined, cmd::as_message(25, empty), v1::ERROR_CODE_UNKNOWN_PAYLOAD);
  }
  expect_room_untouched();
}

TEST_F(BadInput, RequestsBeforeJoinAndBadCredentials) {
  WsClient& client = helloed_client();
  {
    SCOPED_TRACE("command before join");
    expect_rejected(
        client, command_message(31, cmd::add_note(open_board_.board_id, 1, "x", random_bytes(16))),
        v1::ERROR_CODE_NOT_JOINED);
  }
  {
    SCOPED_TRACE("claim notes before join");
    v1::ClientMessage claim = message(32);
    claim.mutable_claim_notes()->add_note_secrets(control_note_secret_);
    expect_rejected(client, claim, v1::ERROR_CODE_NOT_JOINED);
  }
  {
    SCOPED_TRACE("unknown participant code");
    v1::ClientMessage join = message(33);
    const std::string code =
        workshop_->room().participant_code() == "ZZZZZZZZ" ? "YYYY-YYYY" : "ZZZZ-ZZZZ";
    join.mutable_join_room()->set_participant_code(code);
    expect_rejected(client, join, v1::ERROR_CODE_ROOM_NOT_FOUND);
  }
  {
    SCOPED_TRACE("unknown facilitator secret");
    v1::ClientMessage join = message(34);
    join.mutable_join_room()->set_facilitator_secret(random_hex(32));
    expect_rejected(client, join, v1::ERROR_CODE_ROOM_NOT_FOUND);
  }
  {
    SCOPED_TRACE("join without a credential");
    v1::ClientMessage join = message(36);
    join.mutable_join_room()->set_display_name("Niemand");
    expect_rejected(client, join, v1::ERROR_CODE_INVALID_ARGUMENT);
  }
  {
    SCOPED_TRACE("second join");
    WsClient& joined = participant_client();
    v1::ClientMessage join = message(35);
    join.mutable_join_room()->set_participant_code(workshop_->room().participant_code());
    expect_rejected(joined, join, v1::ERROR_CODE_ALREADY_JOINED);
  }
  expect_room_untouched();
}

TEST_F(BadInput, CommandsTheRoomRefuses) {
  WsClient& participant = participant_client();
  WsClient& projector = projector_client();
  const std::uint64_t open_board = open_board_.board_id;
  struct Case {
    const char* name;
    WsClient* client;
    v1::ClientMessage request;
    v1::ErrorCode code;
  };
  std::vector<Case> cases;
  std::uint64_t id = 40;
  auto add = [&](const char* name, WsClient& client, v1::RoomCommand command, v1::ErrorCode code,
                 bool with_key = true) {
    cases.push_back({name, &client, command_message(++id, std::move(command), with_key), code});
  };
  add("participant reveals a board", participant, cmd::reveal_board(open_board),
      v1::ERROR_CODE_FORBIDDEN);
  add("participant opens a vote", participant,
      cmd::open_vote("Mag niet", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET,
                     {"a", "b"}),
      v1::ERROR_CODE_FORBIDDEN);
  add("participant votes in a board vote", participant, cmd::cast_vote(board_vote_, 1),
      v1::ERROR_CODE_FORBIDDEN);
  add("projector writes a note", projector,
      cmd::add_note(open_board, 1, "projector note", random_bytes(16)), v1::ERROR_CODE_FORBIDDEN);
  add("projector votes", projector, cmd::cast_vote(open_poll_, 1), v1::ERROR_CODE_FORBIDDEN);
  add("note on a board with writing closed", participant,
      cmd::add_note(closed_board_.board_id, 1, "te vroeg", random_bytes(16)),
      v1::ERROR_CODE_WRONG_PHASE);
  add("vote on a closed vote", participant, cmd::cast_vote(closed_poll_, 1),
      v1::ERROR_CODE_WRONG_PHASE);
  add("missing idempotency key", participant,
      cmd::add_note(open_board, 1, "zonder sleutel", random_bytes(16)),
      v1::ERROR_CODE_MISSING_IDEMPOTENCY_KEY, false);
  {
    v1::RoomCommand short_key = cmd::add_note(open_board, 1, "korte sleutel", random_bytes(16));
    short_key.set_idempotency_key(random_bytes(15));
    cases.push_back({"idempotency key of 15 bytes", &participant, cmd::as_message(++id, short_key),
                     v1::ERROR_CODE_MISSING_IDEMPOTENCY_KEY});
    v1::RoomCommand long_key = cmd::add_note(open_board, 1, "lange sleutel", random_bytes(16));
    long_key.set_idempotency_key(random_bytes(65));
    cases.push_back({"idempotency key of 65 bytes", &participant, cmd::as_message(++id, long_key),
                     v1::ERROR_CODE_MISSING_IDEMPOTENCY_KEY});
  }
  add("note text of 1001 bytes", participant,
      cmd::add_note(open_board, 1, std::string(1001, 'a'), random_bytes(16)),
      v1::ERROR_CODE_INVALID_ARGUMENT);
  add("empty note text", participant, cmd::add_note(open_board, 1, "", random_bytes(16)),
      v1::ERROR_CODE_INVALID_ARGUMENT);
  add("unknown board", participant,
      cmd::add_note(open_board + closed_board_.board_id + 7919, 1, "waar?", random_bytes(16)),
      v1::ERROR_CODE_NOT_FOUND);
  add("unknown zone", participant, cmd::add_note(open_board, 9, "welke zone?", random_bytes(16)),
      v1::ERROR_CODE_NOT_FOUND);
  add("unknown note", participant,
      cmd::edit_note(control_note_ + 7919, "andere tekst", random_bytes(16)),
      v1::ERROR_CODE_NOT_FOUND);
  add("unknown vote", participant,
      cmd::cast_vote(open_poll_ + board_vote_ + closed_poll_ + 7919, 1), v1::ERROR_CODE_NOT_FOUND);
  add("unknown option", participant, cmd::cast_vote(open_poll_, 7), v1::ERROR_CODE_NOT_FOUND);
  add("bad note secret", participant,
      cmd::edit_note(control_note_, "overgenomen", random_bytes(16)), v1::ERROR_CODE_BAD_SECRET);
  add("delete with a bad note secret", participant,
      cmd::delete_note(control_note_, random_bytes(16)), v1::ERROR_CODE_BAD_SECRET);
  add("vote option label too long", *workshop_->facilitator().client,
      cmd::open_vote("Te lang", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET,
                     {std::string(201, 'o'), "kort"}),
      v1::ERROR_CODE_INVALID_ARGUMENT);
  add("vote with one option", *workshop_->facilitator().client,
      cmd::open_vote("Eén optie", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET,
                     {"alleen"}),
      v1::ERROR_CODE_INVALID_ARGUMENT);

  for (const Case& one : cases) {
    SCOPED_TRACE(one.name);
    expect_rejected(*one.client, one.request, one.code);
  }
  expect_room_untouched();
}

TEST_F(BadInput, SecondCastIsAChangeNotASecondBallot) {
  WsClient& participant = participant_client();
  const std::uint64_t first = participant.command_ok(cmd::cast_vote(open_poll_, 1)).seq();
  const std::uint64_t second = participant.command_ok(cmd::cast_vote(open_poll_, 2)).seq();
  EXPECT_EQ(second, first + 1);
  (*control_)->drain_events_until(second);
  for (std::uint64_t seq : {first, second}) {
    const v1::RoomEvent* event = find_event((*control_)->events(), seq);
    ASSERT_NE(event, nullptr);
    ASSERT_TRUE(event->has_vote_progress()) << payload_name(*event);
    EXPECT_EQ(event->vote_progress().voted_count(), 1u);
    EXPECT_EQ(event->vote_progress().eligible_count(), 2u);
  }
  const std::uint64_t revealed =
      workshop_->facilitator()->command_ok(cmd::reveal_vote(open_poll_)).seq();
  (*control_)->drain_events_until(revealed);
  const v1::RoomEvent* event = find_event((*control_)->events(), revealed);
  ASSERT_NE(event, nullptr);
  ASSERT_TRUE(event->has_vote_revealed()) << payload_name(*event);
  ASSERT_EQ(event->vote_revealed().result().cards_size(), 1);
  EXPECT_EQ(event->vote_revealed().result().cards(0).option_id(), 2u);
}

// A frame just under the 64 KiB limit arrives whole (the session's read buffer
// grows in steps from 256 bytes) and is answered, not closed; the connection
// then goes on with small frames.
TEST_F(BadInput, LargestFrameIsReadWholeAndAnsweredWithATypedError) {
  WsClient& participant = participant_client();
  const v1::ClientMessage large = command_message(
      78, cmd::add_note(open_board_.board_id, 1, std::string(63 * 1024, 'g'), random_bytes(16)));
  ASSERT_LT(large.ByteSizeLong(), 64u * 1024u);
  ASSERT_GT(large.ByteSizeLong(), 63u * 1024u);
  expect_rejected(participant, large, v1::ERROR_CODE_INVALID_ARGUMENT);
  const v1::ClientMessage small = command_message(
      79, cmd::add_note(open_board_.board_id, 1, std::string(1001, 's'), random_bytes(16)));
  expect_rejected(participant, small, v1::ERROR_CODE_INVALID_ARGUMENT);
  expect_room_untouched();
}

TEST_F(BadInput, OversizeFrameClosesOnlyThatConnectionWith1009) {
  WsClient& participant = participant_client();
  const v1::ClientMessage huge = command_message(
      77, cmd::add_note(open_board_.board_id, 1, std::string(70 * 1024, 'h'), random_bytes(16)));
  participant.send_raw(huge.SerializeAsString());
  const std::optional<CloseInfo> closed = participant.wait_for_close();
  ASSERT_TRUE(closed.has_value()) << "the oversize frame did not end the connection";
  EXPECT_TRUE(closed->close_frame) << closed->describe();
  EXPECT_EQ(closed->code, message_too_big) << closed->describe();
  EXPECT_TRUE(participant.stray_replies().empty());

  for (int round = 0; round < 3; ++round) control_round();
  workshop_->facilitator()->sync();
  expect_room_untouched();
}

}  // namespace
}  // namespace bad_input_test
}  // namespace kring::test
