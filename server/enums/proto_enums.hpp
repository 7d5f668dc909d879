// proto_enums: the one mapping between core enums and their schema enums
// (kring.v1, proto/kring/v1/model.proto and errors.proto). The wire codec and
// the stored-event codec both use it, so a value means the same on the wire
// and in Redis. Every mapping is a switch on names, never a cast or an
// offset: reordering a core enum cannot change what is sent or stored.
// tests/unit/proto_enums_test.cpp round-trips every value of every enum.
#pragma once

#include <optional>

#include "core/errors.hpp"
#include "core/model.hpp"
#include "core/programme.hpp"
#include "kring/v1/envelope.pb.h"
#include "kring/v1/errors.pb.h"
#include "kring/v1/model.pb.h"

namespace kring::enums {

v1::Role to_proto(core::Role role);
v1::BoardKind to_proto(core::BoardKind kind);
v1::WritingMode to_proto(core::WritingMode mode);
v1::VoteAudience to_proto(core::VoteAudience audience);
v1::BallotMode to_proto(core::BallotMode mode);
v1::VoteStatus to_proto(core::VoteStatus status);
v1::DilemmaOutcome to_proto(core::DilemmaOutcome outcome);
v1::ProposalStatus to_proto(core::ProposalStatus status);
v1::BundleItemKind to_proto(core::BundleItemKind kind);
v1::ActionTerm to_proto(core::ActionTerm term);
v1::RoomKind to_proto(core::RoomKind kind);
// Only sent (ProgrammeOverview), never read back.
v1::RoomStatus to_proto(core::RoomStatus status);
v1::FocusKind to_proto(core::FocusKind kind);
v1::ErrorCode to_proto(core::ErrorCode code);

// proto3 enums are open, so any int32 can arrive (from a client or from a
// record a newer version wrote): nullopt for _UNSPECIFIED and for values this
// build does not know.
std::optional<core::Role> role_from_proto(int value);
std::optional<core::BoardKind> board_kind_from_proto(int value);
std::optional<core::WritingMode> writing_mode_from_proto(int value);
std::optional<core::VoteAudience> vote_audience_from_proto(int value);
std::optional<core::BallotMode> ballot_mode_from_proto(int value);
std::optional<core::VoteStatus> vote_status_from_proto(int value);
std::optional<core::DilemmaOutcome> dilemma_outcome_from_proto(int value);
std::optional<core::ProposalStatus> proposal_status_from_proto(int value);
std::optional<core::BundleItemKind> bundle_item_kind_from_proto(int value);
std::optional<core::ActionTerm> action_term_from_proto(int value);
// ROOM_KIND_UNSPECIFIED is a workshop: rooms made before programmes, and a
// CreateRoom that names no kind.
std::optional<core::RoomKind> room_kind_from_proto(int value);
// FOCUS_KIND_UNSPECIFIED is a value here: no focus (core::FocusKind::none).
std::optional<core::FocusKind> focus_kind_from_proto(int value);

}  // namespace kring::enums
