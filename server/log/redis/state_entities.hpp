// state_entities: the records of a core::RoomState (note, vote and member with
// their secrets) <-> their kring.bus.v1 messages, for state_codec; the plain
// entities are in bus_entities. Internal to the redis log: only .cpp files of
// this directory include it (it pulls in the generated bus schema).
//
// Every get() treats its input as untrusted: it returns false on an unknown or
// unset enum value, an unset required sub-message, or a repeated entry that a
// std::map / std::set would silently fold (duplicate key), never leaving the
// caller to use a half-filled value.
#pragma once

#include "core/room_state.hpp"
#include "kring/bus/v1/snapshot.pb.h"

namespace kring::log::redis::state {

namespace pb = kring::bus::v1;

void put(const core::NoteRecord& in, pb::NoteRecord& out);
bool get(const pb::NoteRecord& in, core::NoteRecord& out);

void put(const core::VoteRecord& in, pb::VoteRecord& out);
bool get(const pb::VoteRecord& in, core::VoteRecord& out);

void put(const core::MemberRecord& in, pb::MemberRecord& out);
bool get(const pb::MemberRecord& in, core::MemberRecord& out);

}  // namespace kring::log::redis::state
