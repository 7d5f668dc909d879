// decode_client on hostile input: garbage, truncations, unknown fields,
// missing payloads, bad enums, invalid UTF-8. It must never crash or throw,
// and each input yields either a message or a typed DecodeFailure.
#include <google/protobuf/stubs/logging.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "codec_test_support.hpp"

namespace kring::protocol::testing {
namespace codec_malformed_test {
namespace {

using core::ErrorCode;

void expect_failure(const std::string& frame, ErrorCode code, std::uint64_t request_id) {
  const DecodeFailure failure = decode_failure(frame);
  EXPECT_EQ(failure.rejection.code, code) << failure.rejection.detail;
  EXPECT_EQ(failure.request_id, request_id);
  EXPECT_FALSE(failure.rejection.detail.empty());
}

// A frame that touches strings, bytes, repeated and nested fields.
std::string rich_command_frame() {
  v1::ClientMessage message;
  message.set_request_id(300);
  v1::RoomCommand* command = message.mutable_command();
  command->set_idempotency_key(raw_bytes(32, 0x11));
  v1::AddBoard* add = command->mutable_add_board();
  add->set_title("Gezondheidsmatrix \xE2\x9C\x93");
  add->set_kind(v1::BOARD_KIND_MATRIX);
  add->set_writing_mode(v1::WRITING_MODE_PRIVATE_FIRST);
  add->add_column_labels("goed");
  add->add_column_labels("slecht");
  add->add_row_labels("team");
  add->set_participants_may_move(true);
  return frame_of(message);
}

std::string rich_join_frame() {
  v1::ClientMessage message;
  message.set_request_id(301);
  v1::JoinRoom* join = message.mutable_join_room();
  join->set_participant_code("K7MP-4QRX");
  join->set_member_secret(raw_bytes(20, 0x90));
  join->set_display_name("Bram");
  join->mutable_resume_from()->set_epoch(7);
  join->mutable_resume_from()->set_seq(123456);
  return frame_of(message);
}

// Decodes without expectations; counts what came out. The point is that
// nothing crashes (run under ASan/UBSan) and nothing throws.
struct Outcomes {
  int messages = 0;
  int failures = 0;
  void decode(const std::string& frame) {
    auto result = decode_client(frame);
    if (std::holds_alternative<ClientMessage>(result)) {
      ++messages;
    } else {
      ++failures;
    }
  }
};

TEST(CodecMalformed, EmptyFrameIsAMessageWithoutPayload) {
  // Zero bytes are a valid (all-default) ClientMessage: nothing to parse wrong.
  expect_failure("", ErrorCode::unknown_payload, 0);
}

TEST(CodecMalformed, PayloadUnsetKeepsTheRequestId) {
  v1::ClientMessage message;
  message.set_request_id(77);
  expect_failure(frame_of(message), ErrorCode::unknown_payload, 77);
}

TEST(CodecMalformed, UnknownPayloadFieldNumber) {
  // request_id = 42, then field 99 length-delimited "abc" (a payload from a newer schema).
  const std::string frame = std::string("\x08\x2A\x9A\x06\x03") + "abc";
  expect_failure(frame, ErrorCode::unknown_payload, 42);
}

TEST(CodecMalformed, UnknownPayloadBesideAKnownOneStillDecodesTheKnownOne) {
  // Unknown fields are skipped; the known ping wins.
  const std::string frame = std::string("\x08\x2A\x9A\x06\x03") + "abc" + "\x7A\x02\x08\x05";
  const ClientMessage message = decoded(frame);
  EXPECT_EQ(message.request_id, 42u);
  EXPECT_EQ(payload_as<Ping>(message).nonce, 5u);
}

TEST(CodecMalformed, RoomCommandWithoutCommand) {
  v1::ClientMessage message;
  message.set_request_id(78);
  message.mutable_command()->set_idempotency_key(raw_bytes(16, 1));
  expect_failure(frame_of(message), ErrorCode::unknown_payload, 78);
}

TEST(CodecMalformed, RoomCommandWithUnknownCommandFieldNumber) {
  // request_id = 79, command (field 13) holding field 50 length-delimited "xy".
  const std::string frame("\x08\x4F\x6A\x05\x92\x03\x02xy", 9);
  expect_failure(frame, ErrorCode::unknown_payload, 79);
}

TEST(CodecMalformed, JoinRoomWithoutCredential) {
  v1::ClientMessage message;
  message.set_request_id(80);
  message.mutable_join_room()->set_display_name("Anna");
  message.mutable_join_room()->mutable_resume_from()->set_seq(3);
  expect_failure(frame_of(message), ErrorCode::invalid_argument, 80);
}

TEST(CodecMalformed, EnumValuesThatAreUnspecifiedOrUnknown) {
  struct Case {
    const char* name;
    std::function<void(v1::RoomCommand&)> fill;
  };
  const auto board = [](int kind, int mode) {
    return [kind, mode](v1::RoomCommand& c) {
      c.mutable_add_board()->set_title("B");
      c.mutable_add_board()->set_kind(static_cast<v1::BoardKind>(kind));
      c.mutable_add_board()->set_writing_mode(static_cast<v1::WritingMode>(mode));
    };
  };
  const auto vote = [](int audience, int mode) {
    return [audience, mode](v1::RoomCommand& c) {
      c.mutable_open_vote()->add_options("a");
      c.mutable_open_vote()->add_options("b");
      c.mutable_open_vote()->set_audience(static_cast<v1::VoteAudience>(audience));
      c.mutable_open_vote()->set_mode(static_cast<v1::BallotMode>(mode));
    };
  };
  const auto focus = [](int kind) {
    return [kind](v1::RoomCommand& c) {
      c.mutable_set_focus()->mutable_focus()->set_kind(static_cast<v1::FocusKind>(kind));
    };
  };
  const std::vector<Case> cases = {
      {"board kind unspecified", board(0, 1)},
      {"board kind 4", board(4, 1)},
      {"board kind negative", board(-1, 1)},
      {"board kind int max", board(2147483647, 1)},
      {"writing mode unspecified", board(1, 0)},
      {"writing mode 3", board(1, 3)},
      {"writing mode negative", board(3, -7)},
      {"audience unspecified", vote(0, 1)},
      {"audience 3", vote(3, 1)},
      {"audience negative", vote(-2, 2)},
      {"ballot mode unspecified", vote(1, 0)},
      {"ballot mode 3", vote(2, 3)},
      {"ballot mode int min", vote(2, -2147483647 - 1)},
      {"focus kind 10", focus(10)},
      {"focus kind negative", focus(-1)},
      {"activity kind 12",
       [](v1::RoomCommand& c) {
         v1::Phase* phase = c.mutable_set_agenda()->add_phases();
         phase->set_title("A");
         phase->set_planned_seconds(60);
         phase->add_activities()->set_kind(static_cast<v1::FocusKind>(12));
       }},
  };
  std::uint64_t request_id = 1000;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    v1::ClientMessage message;
    message.set_request_id(++request_id);
    message.mutable_command()->set_idempotency_key(raw_bytes(16, 2));
    c.fill(*message.mutable_command());
    expect_failure(frame_of(message), ErrorCode::invalid_argument, request_id);
  }
}

TEST(CodecMalformed, InvalidUtf8InAnyStringFieldIsAMalformedFrame) {
  const std::string bad = "ok\xC3\x28 \xFF\xFE";  // broken 2-byte sequence, then non-UTF-8 bytes
  struct Case {
    const char* name;
    std::function<void(v1::ClientMessage&)> fill;
  };
  const std::vector<Case> cases = {
      {"hello.client", [&](v1::ClientMessage& m) { m.mutable_hello()->set_client(bad); }},
      {"create_room.title", [&](v1::ClientMessage& m) { m.mutable_create_room()->set_title(bad); }},
      {"join_room.participant_code",
       [&](v1::ClientMessage& m) { m.mutable_join_room()->set_participant_code(bad); }},
      {"join_room.display_name",
       [&](v1::ClientMessage& m) {
         m.mutable_join_room()->set_board_code("ABCDEFGH");
         m.mutable_join_room()->set_display_name(bad);
       }},
      {"add_note.text",
       [&](v1::ClientMessage& m) { m.mutable_command()->mutable_add_note()->set_text(bad); }},
      {"edit_note.text",
       [&](v1::ClientMessage& m) { m.mutable_command()->mutable_edit_note()->set_text(bad); }},
      {"add_board.column_labels",
       [&](v1::ClientMessage& m) {
         m.mutable_command()->mutable_add_board()->add_column_labels(bad);
       }},
      {"open_vote.options",
       [&](v1::ClientMessage& m) { m.mutable_command()->mutable_open_vote()->add_options(bad); }},
      {"set_agenda.phases.title",
       [&](v1::ClientMessage& m) {
         m.mutable_command()->mutable_set_agenda()->add_phases()->set_title(bad);
       }},
      {"overlong encoding of '/'",
       [](v1::ClientMessage& m) { m.mutable_create_room()->set_title("\xC0\xAF"); }},
      {"UTF-16 surrogate",
       [](v1::ClientMessage& m) { m.mutable_create_room()->set_title("\xED\xA0\x80"); }},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    v1::ClientMessage message;
    message.set_request_id(55);
    c.fill(message);
    // The generated serializer only logs about invalid UTF-8 (silenced here);
    // the parser rejects it.
    std::string frame;
    {
      const google::protobuf::LogSilencer quiet;
      frame = frame_of(message);
    }
    expect_failure(frame, ErrorCode::malformed_frame, 55);  // the leading request_id is echoed
  }
}

TEST(CodecMalformed, LengthBeyondTheFrame) {
  // create_room (field 11) claiming 2^32-1 bytes.
  expect_failure(std::string("\x5A\xFF\xFF\xFF\xFF\x0F", 6), ErrorCode::malformed_frame, 0);
  // A varint that never ends.
  expect_failure(std::string(11, '\xFF').insert(0, 1, '\x08'), ErrorCode::malformed_frame, 0);
}

TEST(CodecMalformed, DeeplyNestedUnknownGroupsDoNotExhaustTheStack) {
  std::string frame;
  for (int i = 0; i < 50000; ++i) frame += "\x9B\x06";  // start group, field 99
  expect_failure(frame, ErrorCode::malformed_frame, 0);
}

TEST(CodecMalformed, EveryPrefixOfValidFrames) {
  for (const std::string& full : {rich_command_frame(), rich_join_frame()}) {
    Outcomes outcomes;
    for (std::size_t length = 0; length < full.size(); ++length) {
      outcomes.decode(full.substr(0, length));
    }
    EXPECT_GT(outcomes.failures, 0);
    EXPECT_TRUE(std::holds_alternative<ClientMessage>(decode_client(full)));
  }
}

TEST(CodecMalformed, RandomGarbageNeverCrashes) {
  std::mt19937_64 random(20240607);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(0, 300);
  Outcomes outcomes;
  for (int i = 0; i < 500; ++i) {
    std::string frame(length(random), '\0');
    for (char& c : frame) c = static_cast<char>(byte(random));
    outcomes.decode(frame);
  }
  EXPECT_EQ(outcomes.messages + outcomes.failures, 500);
  EXPECT_GT(outcomes.failures, 0);
}

TEST(CodecMalformed, RandomMutationsOfValidFramesNeverCrash) {
  std::mt19937_64 random(77);
  std::uniform_int_distribution<int> byte(0, 255);
  Outcomes outcomes;
  for (const std::string& original : {rich_command_frame(), rich_join_frame()}) {
    std::uniform_int_distribution<std::size_t> position(0, original.size() - 1);
    std::uniform_int_distribution<int> edits(1, 4);
    for (int i = 0; i < 400; ++i) {
      std::string frame = original;
      for (int e = edits(random); e > 0; --e)
        frame[position(random)] = static_cast<char>(byte(random));
      outcomes.decode(frame);
    }
  }
  EXPECT_EQ(outcomes.messages + outcomes.failures, 800);
  EXPECT_GT(outcomes.messages, 0);  // some edits only change values
  EXPECT_GT(outcomes.failures, 0);
}

}  // namespace
}  // namespace codec_malformed_test
}  // namespace kring::protocol::testing

namespace kring::protocol {
namespace codec_malformed_test {
namespace {

TEST(CodecMalformed, TruncatedFrameStillEchoesItsLeadingRequestId) {
  kring::v1::ClientMessage message;
  message.set_request_id(300);  // two varint bytes
  message.mutable_create_room()->set_title("Kleine keuzes");
  const std::string whole = message.SerializeAsString();
  const auto decoded = decode_client(std::string_view(whole).substr(0, whole.size() - 3));
  ASSERT_TRUE(std::holds_alternative<DecodeFailure>(decoded));
  EXPECT_EQ(std::get<DecodeFailure>(decoded).request_id, 300u);
  EXPECT_EQ(std::get<DecodeFailure>(decoded).rejection.code, core::ErrorCode::malformed_frame);
  // Garbage that does not start with field 1 gets request_id 0.
  const auto garbage = decode_client("\xff\xff\xff");
  ASSERT_TRUE(std::holds_alternative<DecodeFailure>(garbage));
  EXPECT_EQ(std::get<DecodeFailure>(garbage).request_id, 0u);
}

}  // namespace
}  // namespace codec_malformed_test
}  // namespace kring::protocol
