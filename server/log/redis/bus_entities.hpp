// bus_entities: the core entities that both a stored event and a stored room
// snapshot carry (member, phase, timer, board, note, vote) <-> their
// kring.bus.v1 messages. Shared by bus_codec and state_entities so there is
// one mapping per entity. Internal to the redis log: only .cpp files of this
// directory include it (it pulls in the generated bus schema).
//
// Every get() treats its input as untrusted: a bool get() returns false on an
// unknown or unset enum value and the caller must then drop the whole value.
#pragma once

#include "core/room_state.hpp"
#include "kring/bus/v1/events.pb.h"

namespace kring::log::redis::bus {

namespace pb = kring::bus::v1;

// Core enums start at 0 in declaration order; the bus enums put
// _UNSPECIFIED = 0 in front, so every core value maps to value + 1.
template <typename Proto, typename Core>
Proto to_proto_enum(Core value) {
  return static_cast<Proto>(static_cast<int>(value) + 1);
}

// Fails on _UNSPECIFIED and on values beyond `last`.
template <typename Core>
bool from_proto_enum(int value, Core last, Core& out) {
  if (value < 1 || value > static_cast<int>(last) + 1) return false;
  out = static_cast<Core>(value - 1);
  return true;
}

void put(const core::Member& in, pb::Member& out);
bool get(const pb::Member& in, core::Member& out);

void put(const core::Phase& in, pb::Phase& out);
void get(const pb::Phase& in, core::Phase& out);

void put(const core::Timer& in, pb::Timer& out);
void get(const pb::Timer& in, core::Timer& out);

void put(const core::Board& in, pb::Board& out);
bool get(const pb::Board& in, core::Board& out);

void put(const core::Note& in, pb::Note& out);
void get(const pb::Note& in, core::Note& out);

void put(const core::Vote& in, pb::Vote& out);
bool get(const pb::Vote& in, core::Vote& out);

void put(const core::Dilemma& in, pb::Dilemma& out);
bool get(const pb::Dilemma& in, core::Dilemma& out);

void put(const core::Proposal& in, pb::Proposal& out);
bool get(const pb::Proposal& in, core::Proposal& out);

void put(const core::Bundle& in, pb::Bundle& out);
bool get(const pb::Bundle& in, core::Bundle& out);

void put(const core::Action& in, pb::Action& out);
bool get(const pb::Action& in, core::Action& out);

void put(const core::CriteriaScores& in, pb::CriteriaScores& out);
void get(const pb::CriteriaScores& in, core::CriteriaScores& out);

void put(const core::RankingEntry& in, pb::RankingEntry& out);
void get(const pb::RankingEntry& in, core::RankingEntry& out);

// The key an action score is filed under: its tag, or for a score stored by a
// version before scorer tags (member id only), a stand-in made from that id so
// the old score still counts once.
core::SecretHash scorer_tag_of(const std::string& tag, core::MemberId legacy_member_id);

}  // namespace kring::log::redis::bus
