// wire_enums: the protocol's names for the shared enum mapping
// (enums/proto_enums.hpp), which the stored-event codec uses too.
#pragma once

#include "enums/proto_enums.hpp"

namespace kring::protocol {

using enums::action_term_from_proto;
using enums::ballot_mode_from_proto;
using enums::board_kind_from_proto;
using enums::dilemma_outcome_from_proto;
using enums::focus_kind_from_proto;
using enums::room_kind_from_proto;
using enums::to_proto;
using enums::vote_audience_from_proto;
using enums::writing_mode_from_proto;

}  // namespace kring::protocol
