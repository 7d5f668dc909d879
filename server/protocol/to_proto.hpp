// Fills generated kring.v1 messages from the core's client-facing values.
// Callers own `out` (usually arena-allocated, see server_message.hpp); each
// function only sets fields, so `out` should start empty.
#pragma once

#include <vector>

#include "core/model.hpp"
#include "core/views.hpp"
#include "kring/v1/model.pb.h"
#include "kring/v1/snapshot.pb.h"

namespace kring::protocol {

void to_proto(const core::Zone& zone, kring::v1::Zone* out);
void to_proto(const core::VoteOption& option, kring::v1::VoteOption* out);
void to_proto(const core::TallyEntry& entry, kring::v1::TallyEntry* out);
void to_proto(const core::Card& card, kring::v1::Card* out);
void to_proto(const core::Phase& phase, kring::v1::Phase* out);
void to_proto(const core::Timer& timer, kring::v1::Timer* out);
void to_proto(const core::view::BoardView& board, kring::v1::Board* out);
void to_proto(const core::Note& note, kring::v1::Note* out);
void to_proto(const core::view::VoteView& vote, kring::v1::Vote* out);
void to_proto(const core::VoteResult& result, kring::v1::VoteResult* out);
void to_proto(const core::Member& member, kring::v1::Member* out);
void to_proto(const core::Focus& focus, kring::v1::Focus* out);
void to_proto(const core::Dilemma& dilemma, kring::v1::Dilemma* out);
void to_proto(const core::DilemmaSource& source, kring::v1::DilemmaSource* out);
void to_proto(const core::ProgrammeRoom& room, kring::v1::ProgrammeRoom* out);
void to_proto(const core::ReleasedDecision& decision, kring::v1::ReleasedDecision* out);
void to_proto(const core::ProgrammeNews& news, kring::v1::ProgrammeNews* out);
void to_proto(const core::Proposal& proposal, kring::v1::Proposal* out);
void to_proto(const core::BundleItem& item, kring::v1::BundleItem* out);
void to_proto(const core::Bundle& bundle, kring::v1::Bundle* out);
void to_proto(const core::CriteriaScores& scores, kring::v1::CriteriaScores* out);
void to_proto(const core::RankingEntry& entry, kring::v1::RankingEntry* out);
void to_proto(const core::view::ActionView& action, kring::v1::Action* out);
void to_proto(const core::Snapshot& snapshot, kring::v1::Snapshot* out);

// Appends one message per element of `values` to `out`.
template <typename Value, typename Message>
void append_all(const std::vector<Value>& values,
                google::protobuf::RepeatedPtrField<Message>* out) {
  out->Reserve(out->size() + static_cast<int>(values.size()));
  for (const Value& value : values) to_proto(value, out->Add());
}

}  // namespace kring::protocol
