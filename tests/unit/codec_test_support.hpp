// Helpers shared by the codec tests: build client frames with the generated
// API, parse server frames back, and unpack decode results.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <variant>

#include "kring/v1/envelope.pb.h"
#include "protocol/codec.hpp"

namespace kring::protocol::testing {

// The largest id the wire carries: every id field must survive it.
inline constexpr std::uint64_t big = std::numeric_limits<std::uint64_t>::max();

// Bytes that are not UTF-8 and include NUL, for bytes fields.
inline std::string raw_bytes(std::size_t size, unsigned char seed) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) {
    bytes[i] = static_cast<char>(static_cast<unsigned char>(seed + i * 37));
  }
  return bytes;
}

inline std::string frame_of(const kring::v1::ClientMessage& message) {
  return message.SerializeAsString();
}

// Fails the test (and returns a default) when the frame does not decode.
inline ClientMessage decoded(const std::string& frame) {
  auto result = decode_client(frame);
  if (auto* failure = std::get_if<DecodeFailure>(&result)) {
    ADD_FAILURE() << "decode failed: " << failure->rejection.detail;
    return {};
  }
  return std::get<ClientMessage>(std::move(result));
}

// Fails the test (and returns a default) when the frame decodes.
inline DecodeFailure decode_failure(const std::string& frame) {
  auto result = decode_client(frame);
  if (!std::holds_alternative<DecodeFailure>(result)) {
    ADD_FAILURE() << "frame decoded but was expected to fail";
    return {};
  }
  return std::get<DecodeFailure>(std::move(result));
}

// The payload of a decoded message as `T`; fails the test on another kind.
template <typename T>
T payload_as(const ClientMessage& message) {
  if (const T* payload = std::get_if<T>(&message.payload)) return *payload;
  ADD_FAILURE() << "unexpected payload kind, index " << message.payload.index();
  return T{};
}

// `message` as the canonical one-message ServerBatch an encoder should produce.
inline std::string as_batch(const kring::v1::ServerMessage& message) {
  kring::v1::ServerBatch batch;
  *batch.add_messages() = message;
  return batch.SerializeAsString();
}

// The one ServerMessage of an encoder's output, which must be a one-message ServerBatch.
inline kring::v1::ServerMessage parsed(const std::string& frame) {
  kring::v1::ServerBatch batch;
  EXPECT_TRUE(batch.ParseFromString(frame)) << "encoder produced an unparseable frame";
  EXPECT_EQ(batch.messages_size(), 1) << "an encoder's output is exactly one batch entry";
  if (batch.messages_size() != 1) return {};
  return batch.messages(0);
}

}  // namespace kring::protocol::testing
