// bus_entities: the core entities that both a stored event and a stored room
// snapshot carry (member, phase, timer, board, note, vote, ...) <-> their
// kring.bus.v1 messages. Every entity is written and read by its schema_of()
// rows (schema_codec.hpp); this file names what the rows cannot say. Internal
// to the redis log: only .cpp files of this directory include it (it pulls in
// the generated bus schema).
//
// Every get() treats its input as untrusted: it returns false on an unknown or
// unset enum value or a number out of range, and the caller must then drop the
// whole value.
#pragma once

#include <string>

#include "core/room_state.hpp"
#include "kring/bus/v1/events.pb.h"
#include "log/redis/schema_codec.hpp"

namespace kring::log::redis::bus {

namespace pb = kring::bus::v1;

template <core::Stored T>
void put(const T& in, gp::Message& out) {
  write(in, out);
}

template <core::Stored T>
bool get(const gp::Message& in, T& out) {
  return read(in, out);
}

// The key an action score is filed under: its tag, or for a score stored by a
// version before scorer tags (member id only), a stand-in made from that id so
// the old score still counts once.
core::SecretHash scorer_tag_of(const std::string& tag, core::MemberId legacy_member_id);

}  // namespace kring::log::redis::bus
