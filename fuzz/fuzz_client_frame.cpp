// fuzz_client_frame: any bytes a WebSocket client can send, through
// protocol::decode_client, the one decoder of client frames.
//
// Checked (protocol/codec.hpp): decoding never crashes or throws; a frame
// either decodes into a ClientMessage or yields a DecodeFailure typed as
// malformed_frame, unknown_payload or invalid_argument with a detail; decoded
// text fields are valid UTF-8. A frame that parses decodes to the same result
// after protobuf re-serializes it (fields in order, unknown fields kept): what
// the decoder answers depends on the message, not on how its bytes were laid out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "check.hpp"
#include "kring/v1/envelope.pb.h"
#include "protocol/codec.hpp"
#include "utf8.hpp"

namespace kring::fuzz {
namespace {

using protocol::ClientMessage;
using protocol::DecodeFailure;
using Decoded = std::variant<ClientMessage, DecodeFailure>;

// What a decode produced, as values that compare: the outcome, the request id,
// which payload and which command, the idempotency key, or the error code.
struct Outcome {
  bool decoded = false;
  std::uint64_t request_id = 0;
  std::size_t payload = 0;
  std::size_t command = 0;
  std::string key;
  core::ErrorCode code = core::ErrorCode::malformed_frame;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome outcome_of(const Decoded& decoded) {
  Outcome out;
  if (const auto* failure = std::get_if<DecodeFailure>(&decoded)) {
    out.request_id = failure->request_id;
    out.code = failure->rejection.code;
    return out;
  }
  const auto& message = std::get<ClientMessage>(decoded);
  out.decoded = true;
  out.request_id = message.request_id;
  out.payload = message.payload.index();
  if (const auto* command = std::get_if<core::Command>(&message.payload)) {
    out.command = command->body.index();
    out.key = command->idempotency_key;
  }
  return out;
}

void require_text(std::string_view text) {
  require(valid_utf8(text), "a decoded string field is not valid UTF-8");
}

// The text fields of the commands people type into: they are proto3 strings,
// so the parser has checked their encoding.
void check_command_text(const core::cmd::Body& body) {
  std::visit(
      [](const auto& c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, core::cmd::AddNote> ||
                      std::is_same_v<T, core::cmd::EditNote> ||
                      std::is_same_v<T, core::cmd::SetStrategy>) {
          require_text(c.text);
        } else if constexpr (std::is_same_v<T, core::cmd::OpenVote>) {
          require_text(c.title);
          for (const std::string& option : c.options) require_text(option);
        } else if constexpr (std::is_same_v<T, core::cmd::AddBoard>) {
          require_text(c.title);
          for (const std::string& label : c.column_labels) require_text(label);
          for (const std::string& label : c.row_labels) require_text(label);
        }
      },
      body);
}

void check_decoded(const ClientMessage& message) {
  if (const auto* hello = std::get_if<protocol::Hello>(&message.payload)) {
    require_text(hello->client);
  } else if (const auto* create = std::get_if<protocol::CreateRoom>(&message.payload)) {
    require_text(create->title);
  } else if (const auto* join = std::get_if<protocol::JoinRoom>(&message.payload)) {
    require_text(join->credential);
    require_text(join->display_name);
  } else if (const auto* command = std::get_if<core::Command>(&message.payload)) {
    check_command_text(command->body);
  }
}

void check_failure(const DecodeFailure& failure) {
  const core::ErrorCode code = failure.rejection.code;
  require(code == core::ErrorCode::malformed_frame || code == core::ErrorCode::unknown_payload ||
              code == core::ErrorCode::invalid_argument,
          "decode_client failed with an error code outside its contract");
  require(!failure.rejection.detail.empty(), "a decode failure has no detail");
}

}  // namespace
}  // namespace kring::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kring::fuzz;
  const std::string_view frame(reinterpret_cast<const char*>(data), size);
  const Decoded decoded = kring::protocol::decode_client(frame);
  const Outcome first = outcome_of(decoded);
  if (const auto* failure = std::get_if<DecodeFailure>(&decoded)) {
    check_failure(*failure);
    // Only a frame that does not parse is malformed; nothing to re-serialize.
    if (failure->rejection.code == kring::core::ErrorCode::malformed_frame) return 0;
  } else {
    check_decoded(std::get<ClientMessage>(decoded));
  }
  kring::v1::ClientMessage parsed;
  require(parsed.ParseFromArray(frame.data(), static_cast<int>(frame.size())),
          "a frame decode_client parsed does not parse");
  const std::string canonical = parsed.SerializeAsString();
  require(outcome_of(kring::protocol::decode_client(canonical)) == first,
          "a re-serialized frame decodes differently");
  return 0;
}
