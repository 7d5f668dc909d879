// decode_client round trips for the non-command payloads: Hello, CreateRoom,
// JoinRoom (every credential kind, with and without resume_from), ClaimNotes, Ping.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "codec_test_support.hpp"

namespace kring::protocol::testing {
namespace codec_decode_client_test {
namespace {

TEST(CodecDecodeClient, HelloPassesTheVersionThroughAsANumber) {
  struct Case {
    v1::ProtocolVersion wire;
    std::uint32_t expected;
  };
  for (const Case& c : {Case{v1::PROTOCOL_VERSION_1, 1}, Case{v1::PROTOCOL_VERSION_UNSPECIFIED, 0},
                        Case{static_cast<v1::ProtocolVersion>(7), 7},
                        Case{static_cast<v1::ProtocolVersion>(-1), 0xFFFF'FFFFu}}) {
    SCOPED_TRACE(c.expected);
    v1::ClientMessage message;
    message.set_request_id(1);
    message.mutable_hello()->set_protocol_version(c.wire);
    message.mutable_hello()->set_client("kring-web/1.0");
    const ClientMessage result = decoded(frame_of(message));
    EXPECT_EQ(result.request_id, 1u);
    const Hello hello = payload_as<Hello>(result);
    EXPECT_EQ(hello.protocol_version, c.expected);
    EXPECT_EQ(hello.client, "kring-web/1.0");
  }
}

TEST(CodecDecodeClient, CreateRoom) {
  v1::ClientMessage message;
  message.set_request_id(big);
  message.mutable_create_room()->set_title("Heidag \xC3\xA9\xC3\xA9n");
  const ClientMessage result = decoded(frame_of(message));
  EXPECT_EQ(result.request_id, big);
  EXPECT_EQ(payload_as<CreateRoom>(result).title, "Heidag \xC3\xA9\xC3\xA9n");
}

// DeleteRoom rides in RoomCommand (field 90) but is no room event: it decodes
// to its own payload, which the hub handles, never to a core command.
TEST(CodecDecodeClient, DeleteRoomIsItsOwnPayload) {
  v1::ClientMessage message;
  message.set_request_id(9);
  message.mutable_command()->set_idempotency_key(std::string(16, 'k'));
  message.mutable_command()->mutable_delete_room();
  const ClientMessage result = decoded(frame_of(message));
  EXPECT_EQ(result.request_id, 9u);
  EXPECT_TRUE(std::holds_alternative<DeleteRoom>(result.payload));
}

TEST(CodecDecodeClient, CreateRoomWithoutTitle) {
  v1::ClientMessage message;
  message.mutable_create_room();
  EXPECT_EQ(payload_as<CreateRoom>(decoded(frame_of(message))).title, "");
}

struct CredentialCase {
  const char* name;
  std::function<void(v1::JoinRoom&, const std::string&)> set;
  CredentialKind kind;
};

const std::vector<CredentialCase> credential_cases = {
    {"facilitator_secret",
     [](v1::JoinRoom& j, const std::string& v) { j.set_facilitator_secret(v); },
     CredentialKind::facilitator_secret},
    {"participant_code", [](v1::JoinRoom& j, const std::string& v) { j.set_participant_code(v); },
     CredentialKind::participant_code},
    {"board_code", [](v1::JoinRoom& j, const std::string& v) { j.set_board_code(v); },
     CredentialKind::board_code},
    {"projector_token", [](v1::JoinRoom& j, const std::string& v) { j.set_projector_token(v); },
     CredentialKind::projector_token},
};

TEST(CodecDecodeClient, JoinRoomEveryCredentialWithoutResume) {
  const std::string member_secret = raw_bytes(24, 0x7F);
  for (const CredentialCase& c : credential_cases) {
    SCOPED_TRACE(c.name);
    v1::ClientMessage message;
    message.set_request_id(9);
    v1::JoinRoom* join = message.mutable_join_room();
    c.set(*join, "k7mp-4qrx");  // passed through as typed: normalizing is not the codec's job
    join->set_member_secret(member_secret);
    join->set_display_name("Anna");
    const ClientMessage result = decoded(frame_of(message));
    EXPECT_EQ(result.request_id, 9u);
    const JoinRoom decoded_join = payload_as<JoinRoom>(result);
    EXPECT_EQ(decoded_join.kind, c.kind);
    EXPECT_EQ(decoded_join.credential, "k7mp-4qrx");
    EXPECT_EQ(decoded_join.member_secret, member_secret);
    EXPECT_EQ(decoded_join.display_name, "Anna");
    EXPECT_FALSE(decoded_join.resume_from.has_value());
  }
}

TEST(CodecDecodeClient, JoinRoomEveryCredentialWithResume) {
  struct Position {
    std::uint64_t epoch;
    std::uint64_t seq;
  };
  for (const CredentialCase& c : credential_cases) {
    // {0, 0} is a real position (nothing applied yet) and must still count as present.
    for (const Position& position : {Position{0, 0}, Position{17, 4096}, Position{big, big}}) {
      SCOPED_TRACE(std::string(c.name) + " epoch " + std::to_string(position.epoch));
      v1::ClientMessage message;
      message.set_request_id(10);
      v1::JoinRoom* join = message.mutable_join_room();
      c.set(*join, "ABCDEFGH");
      join->mutable_resume_from()->set_epoch(position.epoch);
      join->mutable_resume_from()->set_seq(position.seq);
      const JoinRoom decoded_join = payload_as<JoinRoom>(decoded(frame_of(message)));
      EXPECT_EQ(decoded_join.kind, c.kind);
      EXPECT_EQ(decoded_join.credential, "ABCDEFGH");
      EXPECT_EQ(decoded_join.member_secret, "");
      EXPECT_EQ(decoded_join.display_name, "");
      ASSERT_TRUE(decoded_join.resume_from.has_value());
      EXPECT_EQ(decoded_join.resume_from->epoch, position.epoch);
      EXPECT_EQ(decoded_join.resume_from->seq, position.seq);
    }
  }
}

TEST(CodecDecodeClient, JoinRoomWithAnEmptyCredentialStillNamesItsKind) {
  v1::ClientMessage message;
  message.mutable_join_room()->set_board_code("");  // oneof member set, even if empty
  const JoinRoom join = payload_as<JoinRoom>(decoded(frame_of(message)));
  EXPECT_EQ(join.kind, CredentialKind::board_code);
  EXPECT_EQ(join.credential, "");
}

TEST(CodecDecodeClient, ClaimNotesKeepsEverySecretAsRawBytes) {
  const std::vector<std::string> secrets = {raw_bytes(16, 0x00), "", raw_bytes(64, 0xFE),
                                            std::string(3, '\0')};
  v1::ClientMessage message;
  message.set_request_id(12);
  for (const std::string& secret : secrets) message.mutable_claim_notes()->add_note_secrets(secret);
  const ClientMessage result = decoded(frame_of(message));
  EXPECT_EQ(result.request_id, 12u);
  EXPECT_EQ(payload_as<ClaimNotes>(result).note_secrets, secrets);
}

TEST(CodecDecodeClient, ClaimNotesWithoutSecrets) {
  v1::ClientMessage message;
  message.mutable_claim_notes();
  EXPECT_TRUE(payload_as<ClaimNotes>(decoded(frame_of(message))).note_secrets.empty());
}

TEST(CodecDecodeClient, Ping) {
  for (std::uint64_t nonce : {std::uint64_t{0}, std::uint64_t{1}, big}) {
    v1::ClientMessage message;
    message.set_request_id(nonce ^ 0x55);
    message.mutable_ping()->set_nonce(nonce);
    const ClientMessage result = decoded(frame_of(message));
    EXPECT_EQ(result.request_id, nonce ^ 0x55);
    EXPECT_EQ(payload_as<Ping>(result).nonce, nonce);
  }
}

}  // namespace
}  // namespace codec_decode_client_test
}  // namespace kring::protocol::testing
