// Explicit mappings between core enums and kring.v1 enums. Every mapping is a
// switch on names, never a cast, so reordering either enum cannot silently
// change what goes on the wire.
#pragma once

#include <optional>

#include "core/errors.hpp"
#include "core/model.hpp"
#include "kring/v1/errors.pb.h"
#include "kring/v1/model.pb.h"

namespace kring::protocol {

kring::v1::Role to_proto(core::Role role);
kring::v1::BoardKind to_proto(core::BoardKind kind);
kring::v1::WritingMode to_proto(core::WritingMode mode);
kring::v1::VoteAudience to_proto(core::VoteAudience audience);
kring::v1::BallotMode to_proto(core::BallotMode mode);
kring::v1::VoteStatus to_proto(core::VoteStatus status);
kring::v1::DilemmaOutcome to_proto(core::DilemmaOutcome outcome);
kring::v1::ProposalStatus to_proto(core::ProposalStatus status);
kring::v1::BundleItemKind to_proto(core::BundleItemKind kind);
kring::v1::ActionTerm to_proto(core::ActionTerm term);
kring::v1::ErrorCode to_proto(core::ErrorCode code);

// Client-sent enum values. proto3 enums are open, so any int32 can arrive:
// nullopt for _UNSPECIFIED and for values this build does not know.
std::optional<core::BoardKind> board_kind_from_proto(kring::v1::BoardKind kind);
std::optional<core::WritingMode> writing_mode_from_proto(kring::v1::WritingMode mode);
std::optional<core::VoteAudience> vote_audience_from_proto(kring::v1::VoteAudience audience);
std::optional<core::BallotMode> ballot_mode_from_proto(kring::v1::BallotMode mode);
std::optional<core::DilemmaOutcome> dilemma_outcome_from_proto(kring::v1::DilemmaOutcome outcome);
std::optional<core::ActionTerm> action_term_from_proto(kring::v1::ActionTerm term);

}  // namespace kring::protocol
