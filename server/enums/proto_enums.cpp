#include "enums/proto_enums.hpp"

namespace kring::enums {

// The core enums are closed (scoped, every value named), so the switches from
// core values are exhaustive (-Wswitch); the trailing returns only satisfy the
// compiler for values a memory error could produce.

v1::Role to_proto(core::Role role) {
  switch (role) {
    case core::Role::facilitator:
      return v1::ROLE_FACILITATOR;
    case core::Role::participant:
      return v1::ROLE_PARTICIPANT;
    case core::Role::board_member:
      return v1::ROLE_BOARD_MEMBER;
    case core::Role::projector:
      return v1::ROLE_PROJECTOR;
  }
  return v1::ROLE_UNSPECIFIED;
}

v1::BoardKind to_proto(core::BoardKind kind) {
  switch (kind) {
    case core::BoardKind::columns:
      return v1::BOARD_KIND_COLUMNS;
    case core::BoardKind::circles:
      return v1::BOARD_KIND_CIRCLES;
    case core::BoardKind::matrix:
      return v1::BOARD_KIND_MATRIX;
  }
  return v1::BOARD_KIND_UNSPECIFIED;
}

v1::WritingMode to_proto(core::WritingMode mode) {
  switch (mode) {
    case core::WritingMode::open:
      return v1::WRITING_MODE_OPEN;
    case core::WritingMode::private_first:
      return v1::WRITING_MODE_PRIVATE_FIRST;
  }
  return v1::WRITING_MODE_UNSPECIFIED;
}

v1::VoteAudience to_proto(core::VoteAudience audience) {
  switch (audience) {
    case core::VoteAudience::participants:
      return v1::VOTE_AUDIENCE_PARTICIPANTS;
    case core::VoteAudience::board:
      return v1::VOTE_AUDIENCE_BOARD;
  }
  return v1::VOTE_AUDIENCE_UNSPECIFIED;
}

v1::BallotMode to_proto(core::BallotMode mode) {
  switch (mode) {
    case core::BallotMode::open_cards:
      return v1::BALLOT_MODE_OPEN_CARDS;
    case core::BallotMode::secret:
      return v1::BALLOT_MODE_SECRET;
  }
  return v1::BALLOT_MODE_UNSPECIFIED;
}

v1::VoteStatus to_proto(core::VoteStatus status) {
  switch (status) {
    case core::VoteStatus::open:
      return v1::VOTE_STATUS_OPEN;
    case core::VoteStatus::closed:
      return v1::VOTE_STATUS_CLOSED;
    case core::VoteStatus::revealed:
      return v1::VOTE_STATUS_REVEALED;
  }
  return v1::VOTE_STATUS_UNSPECIFIED;
}

v1::DilemmaOutcome to_proto(core::DilemmaOutcome outcome) {
  switch (outcome) {
    case core::DilemmaOutcome::open:
      return v1::DILEMMA_OUTCOME_OPEN;
    case core::DilemmaOutcome::consensus:
      return v1::DILEMMA_OUTCOME_CONSENSUS;
    case core::DilemmaOutcome::no_consensus:
      return v1::DILEMMA_OUTCOME_NO_CONSENSUS;
  }
  return v1::DILEMMA_OUTCOME_UNSPECIFIED;
}

v1::ProposalStatus to_proto(core::ProposalStatus status) {
  switch (status) {
    case core::ProposalStatus::open:
      return v1::PROPOSAL_STATUS_OPEN;
    case core::ProposalStatus::adopted:
      return v1::PROPOSAL_STATUS_ADOPTED;
    case core::ProposalStatus::dismissed:
      return v1::PROPOSAL_STATUS_DISMISSED;
  }
  return v1::PROPOSAL_STATUS_UNSPECIFIED;
}

v1::BundleItemKind to_proto(core::BundleItemKind kind) {
  switch (kind) {
    case core::BundleItemKind::approval:
      return v1::BUNDLE_ITEM_KIND_APPROVAL;
    case core::BundleItemKind::choice:
      return v1::BUNDLE_ITEM_KIND_CHOICE;
  }
  return v1::BUNDLE_ITEM_KIND_UNSPECIFIED;
}

v1::RoomKind to_proto(core::RoomKind kind) {
  switch (kind) {
    case core::RoomKind::workshop:
      return v1::ROOM_KIND_WORKSHOP;
    case core::RoomKind::programme:
      return v1::ROOM_KIND_PROGRAMME;
  }
  return v1::ROOM_KIND_UNSPECIFIED;
}

v1::RoomStatus to_proto(core::RoomStatus status) {
  switch (status) {
    case core::RoomStatus::planned:
      return v1::ROOM_STATUS_PLANNED;
    case core::RoomStatus::running:
      return v1::ROOM_STATUS_RUNNING;
    case core::RoomStatus::done:
      return v1::ROOM_STATUS_DONE;
    case core::RoomStatus::gone:
      return v1::ROOM_STATUS_GONE;
  }
  return v1::ROOM_STATUS_UNSPECIFIED;
}

v1::ErrorCode to_proto(core::ErrorCode code) {
  using core::ErrorCode;
  switch (code) {
    case ErrorCode::malformed_frame:
      return v1::ERROR_CODE_MALFORMED_FRAME;
    case ErrorCode::unknown_payload:
      return v1::ERROR_CODE_UNKNOWN_PAYLOAD;
    case ErrorCode::protocol_version:
      return v1::ERROR_CODE_PROTOCOL_VERSION;
    case ErrorCode::not_joined:
      return v1::ERROR_CODE_NOT_JOINED;
    case ErrorCode::already_joined:
      return v1::ERROR_CODE_ALREADY_JOINED;
    case ErrorCode::room_not_found:
      return v1::ERROR_CODE_ROOM_NOT_FOUND;
    case ErrorCode::forbidden:
      return v1::ERROR_CODE_FORBIDDEN;
    case ErrorCode::wrong_phase:
      return v1::ERROR_CODE_WRONG_PHASE;
    case ErrorCode::not_found:
      return v1::ERROR_CODE_NOT_FOUND;
    case ErrorCode::invalid_argument:
      return v1::ERROR_CODE_INVALID_ARGUMENT;
    case ErrorCode::limit_reached:
      return v1::ERROR_CODE_LIMIT_REACHED;
    case ErrorCode::rate_limited:
      return v1::ERROR_CODE_RATE_LIMITED;
    case ErrorCode::bad_secret:
      return v1::ERROR_CODE_BAD_SECRET;
    case ErrorCode::storage_unavailable:
      return v1::ERROR_CODE_STORAGE_UNAVAILABLE;
    case ErrorCode::going_away:
      return v1::ERROR_CODE_GOING_AWAY;
    case ErrorCode::missing_idempotency_key:
      return v1::ERROR_CODE_MISSING_IDEMPOTENCY_KEY;
    case ErrorCode::group_too_small:
      return v1::ERROR_CODE_GROUP_TOO_SMALL;
  }
  return v1::ERROR_CODE_UNSPECIFIED;
}

v1::ActionTerm to_proto(core::ActionTerm term) {
  switch (term) {
    case core::ActionTerm::short_term:
      return v1::ACTION_TERM_SHORT;
    case core::ActionTerm::long_term:
      return v1::ACTION_TERM_LONG;
  }
  return v1::ACTION_TERM_UNSPECIFIED;
}

v1::FocusKind to_proto(core::FocusKind kind) {
  switch (kind) {
    case core::FocusKind::none:
      return v1::FOCUS_KIND_UNSPECIFIED;
    case core::FocusKind::welcome:
      return v1::FOCUS_KIND_WELCOME;
    case core::FocusKind::strategy:
      return v1::FOCUS_KIND_STRATEGY;
    case core::FocusKind::board:
      return v1::FOCUS_KIND_BOARD;
    case core::FocusKind::dilemma:
      return v1::FOCUS_KIND_DILEMMA;
    case core::FocusKind::vote:
      return v1::FOCUS_KIND_VOTE;
    case core::FocusKind::bundle_item:
      return v1::FOCUS_KIND_BUNDLE_ITEM;
    case core::FocusKind::bundle:
      return v1::FOCUS_KIND_BUNDLE;
    case core::FocusKind::ranking:
      return v1::FOCUS_KIND_RANKING;
    case core::FocusKind::conclusion:
      return v1::FOCUS_KIND_CONCLUSION;
  }
  return v1::FOCUS_KIND_UNSPECIFIED;
}

std::optional<core::Role> role_from_proto(int value) {
  switch (value) {
    case v1::ROLE_FACILITATOR:
      return core::Role::facilitator;
    case v1::ROLE_PARTICIPANT:
      return core::Role::participant;
    case v1::ROLE_BOARD_MEMBER:
      return core::Role::board_member;
    case v1::ROLE_PROJECTOR:
      return core::Role::projector;
    default:
      return std::nullopt;
  }
}

std::optional<core::BoardKind> board_kind_from_proto(int value) {
  switch (value) {
    case v1::BOARD_KIND_COLUMNS:
      return core::BoardKind::columns;
    case v1::BOARD_KIND_CIRCLES:
      return core::BoardKind::circles;
    case v1::BOARD_KIND_MATRIX:
      return core::BoardKind::matrix;
    default:
      return std::nullopt;
  }
}

std::optional<core::WritingMode> writing_mode_from_proto(int value) {
  switch (value) {
    case v1::WRITING_MODE_OPEN:
      return core::WritingMode::open;
    case v1::WRITING_MODE_PRIVATE_FIRST:
      return core::WritingMode::private_first;
    default:
      return std::nullopt;
  }
}

std::optional<core::VoteAudience> vote_audience_from_proto(int value) {
  switch (value) {
    case v1::VOTE_AUDIENCE_PARTICIPANTS:
      return core::VoteAudience::participants;
    case v1::VOTE_AUDIENCE_BOARD:
      return core::VoteAudience::board;
    default:
      return std::nullopt;
  }
}

std::optional<core::BallotMode> ballot_mode_from_proto(int value) {
  switch (value) {
    case v1::BALLOT_MODE_OPEN_CARDS:
      return core::BallotMode::open_cards;
    case v1::BALLOT_MODE_SECRET:
      return core::BallotMode::secret;
    default:
      return std::nullopt;
  }
}

std::optional<core::VoteStatus> vote_status_from_proto(int value) {
  switch (value) {
    case v1::VOTE_STATUS_OPEN:
      return core::VoteStatus::open;
    case v1::VOTE_STATUS_CLOSED:
      return core::VoteStatus::closed;
    case v1::VOTE_STATUS_REVEALED:
      return core::VoteStatus::revealed;
    default:
      return std::nullopt;
  }
}

std::optional<core::DilemmaOutcome> dilemma_outcome_from_proto(int value) {
  switch (value) {
    case v1::DILEMMA_OUTCOME_OPEN:
      return core::DilemmaOutcome::open;
    case v1::DILEMMA_OUTCOME_CONSENSUS:
      return core::DilemmaOutcome::consensus;
    case v1::DILEMMA_OUTCOME_NO_CONSENSUS:
      return core::DilemmaOutcome::no_consensus;
    default:
      return std::nullopt;
  }
}

std::optional<core::ProposalStatus> proposal_status_from_proto(int value) {
  switch (value) {
    case v1::PROPOSAL_STATUS_OPEN:
      return core::ProposalStatus::open;
    case v1::PROPOSAL_STATUS_ADOPTED:
      return core::ProposalStatus::adopted;
    case v1::PROPOSAL_STATUS_DISMISSED:
      return core::ProposalStatus::dismissed;
    default:
      return std::nullopt;
  }
}

std::optional<core::BundleItemKind> bundle_item_kind_from_proto(int value) {
  switch (value) {
    case v1::BUNDLE_ITEM_KIND_APPROVAL:
      return core::BundleItemKind::approval;
    case v1::BUNDLE_ITEM_KIND_CHOICE:
      return core::BundleItemKind::choice;
    default:
      return std::nullopt;
  }
}

std::optional<core::RoomKind> room_kind_from_proto(int value) {
  switch (value) {
    case v1::ROOM_KIND_UNSPECIFIED:
    case v1::ROOM_KIND_WORKSHOP:
      return core::RoomKind::workshop;
    case v1::ROOM_KIND_PROGRAMME:
      return core::RoomKind::programme;
    default:
      return std::nullopt;
  }
}

std::optional<core::ActionTerm> action_term_from_proto(int value) {
  switch (value) {
    case v1::ACTION_TERM_SHORT:
      return core::ActionTerm::short_term;
    case v1::ACTION_TERM_LONG:
      return core::ActionTerm::long_term;
    default:
      return std::nullopt;
  }
}

std::optional<core::FocusKind> focus_kind_from_proto(int value) {
  switch (value) {
    case v1::FOCUS_KIND_UNSPECIFIED:
      return core::FocusKind::none;
    case v1::FOCUS_KIND_WELCOME:
      return core::FocusKind::welcome;
    case v1::FOCUS_KIND_STRATEGY:
      return core::FocusKind::strategy;
    case v1::FOCUS_KIND_BOARD:
      return core::FocusKind::board;
    case v1::FOCUS_KIND_DILEMMA:
      return core::FocusKind::dilemma;
    case v1::FOCUS_KIND_VOTE:
      return core::FocusKind::vote;
    case v1::FOCUS_KIND_BUNDLE_ITEM:
      return core::FocusKind::bundle_item;
    case v1::FOCUS_KIND_BUNDLE:
      return core::FocusKind::bundle;
    case v1::FOCUS_KIND_RANKING:
      return core::FocusKind::ranking;
    case v1::FOCUS_KIND_CONCLUSION:
      return core::FocusKind::conclusion;
    default:
      return std::nullopt;
  }
}

}  // namespace kring::enums
