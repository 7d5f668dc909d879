#include "log/redis/bus_codec.hpp"

#include <type_traits>
#include <utility>

#include "log/redis/bus_entities.hpp"

namespace kring::log::redis {
namespace {

namespace pb = kring::bus::v1;
using bus::get;
using bus::put;

struct BodyWriter {
  pb::StoredEvent& out;

  void operator()(const core::ev::RoomCreated& b) const {
    auto& m = *out.mutable_room_created();
    m.set_title(b.title);
    m.set_facilitator_hash(b.facilitator_hash);
    m.set_participant_code(b.participant_code);
    m.set_board_code(b.board_code);
    m.set_projector_hash(b.projector_hash);
  }
  void operator()(const core::ev::MemberJoined& b) const {
    auto& m = *out.mutable_member_joined();
    put(b.member, *m.mutable_member());
    m.set_member_hash(b.member_hash);
  }
  void operator()(const core::ev::AgendaSet& b) const {
    auto& m = *out.mutable_agenda_set();
    for (const core::Phase& phase : b.phases) put(phase, *m.add_phases());
    put(b.timer, *m.mutable_timer());
  }
  void operator()(const core::ev::TimerChanged& b) const {
    put(b.timer, *out.mutable_timer_changed()->mutable_timer());
  }
  void operator()(const core::ev::BoardAdded& b) const {
    put(b.board, *out.mutable_board_added()->mutable_board());
  }
  void operator()(const core::ev::WritingChanged& b) const {
    auto& m = *out.mutable_writing_changed();
    m.set_board_id(b.board_id);
    m.set_open(b.open);
  }
  void operator()(const core::ev::BoardRevealed& b) const {
    auto& m = *out.mutable_board_revealed();
    m.set_board_id(b.board_id);
    for (const core::NoteId id : b.order) m.add_order(id);
  }
  void operator()(const core::ev::NoteAdded& b) const {
    auto& m = *out.mutable_note_added();
    put(b.note, *m.mutable_note());
    m.set_secret_hash(b.secret_hash);
    m.set_hidden(b.hidden);
    m.set_writer_tag(b.writer_tag);
  }
  void operator()(const core::ev::NoteEdited& b) const {
    auto& m = *out.mutable_note_edited();
    m.set_note_id(b.note_id);
    m.set_text(b.text);
  }
  void operator()(const core::ev::NoteRemoved& b) const {
    out.mutable_note_removed()->set_note_id(b.note_id);
  }
  void operator()(const core::ev::NoteMoved& b) const {
    auto& m = *out.mutable_note_moved();
    m.set_note_id(b.note_id);
    m.set_zone_id(b.zone_id);
  }
  void operator()(const core::ev::NotesMerged& b) const {
    auto& m = *out.mutable_notes_merged();
    m.set_into_note_id(b.into_note_id);
    m.set_note_id(b.note_id);
  }
  void operator()(const core::ev::VoteOpened& b) const {
    put(b.vote, *out.mutable_vote_opened()->mutable_vote());
  }
  void operator()(const core::ev::BallotCast& b) const {
    auto& m = *out.mutable_ballot_cast();
    m.set_vote_id(b.vote_id);
    m.set_option_id(b.option_id);
    m.set_voter(b.voter);
    m.set_ballot_tag(b.ballot_tag);
  }
  void operator()(const core::ev::VoteClosed& b) const {
    out.mutable_vote_closed()->set_vote_id(b.vote_id);
  }
  void operator()(const core::ev::VoteRevealed& b) const {
    out.mutable_vote_revealed()->set_vote_id(b.vote_id);
  }
  void operator()(const core::ev::StrategySet& b) const {
    out.mutable_strategy_set()->set_text(b.text);
  }
  void operator()(const core::ev::DilemmaAdded& b) const {
    auto& m = *out.mutable_dilemma_added();
    put(b.dilemma, *m.mutable_dilemma());
    put(b.board, *m.mutable_board());
  }
  void operator()(const core::ev::DilemmaEdited& b) const {
    put(b.dilemma, *out.mutable_dilemma_edited()->mutable_dilemma());
  }
  void operator()(const core::ev::OutcomeRecorded& b) const {
    auto& m = *out.mutable_outcome_recorded();
    m.set_dilemma_id(b.dilemma_id);
    m.set_outcome(bus::to_proto_enum<pb::DilemmaOutcome>(b.outcome));
    m.set_chosen_scenario(b.chosen_scenario);
  }
  void operator()(const core::ev::StrategyMarksShown&) const { out.mutable_strategy_marks_shown(); }
  void operator()(const core::ev::ProposalSubmitted& b) const {
    put(b.proposal, *out.mutable_proposal_submitted()->mutable_proposal());
  }
  void operator()(const core::ev::ProposalDismissed& b) const {
    out.mutable_proposal_dismissed()->set_proposal_id(b.proposal_id);
  }
  void operator()(const core::ev::BundleCreated& b) const {
    auto& m = *out.mutable_bundle_created();
    put(b.bundle, *m.mutable_bundle());
    for (const core::Vote& vote : b.votes) put(vote, *m.add_votes());
  }
  void operator()(const core::ev::BundleRevealed& b) const {
    auto& m = *out.mutable_bundle_revealed();
    m.set_bundle_id(b.bundle_id);
    for (const core::VoteId id : b.vote_ids) m.add_vote_ids(id);
  }
  void operator()(const core::ev::DecisionRecorded& b) const {
    auto& m = *out.mutable_decision_recorded();
    m.set_bundle_id(b.bundle_id);
    m.set_dilemma_id(b.dilemma_id);
    m.set_decision(b.decision);
  }
  void operator()(const core::ev::ActionSaved& b) const {
    put(b.action, *out.mutable_action_saved()->mutable_action());
  }
  void operator()(const core::ev::ActionRemoved& b) const {
    out.mutable_action_removed()->set_action_id(b.action_id);
  }
  void operator()(const core::ev::ActionScored& b) const {
    auto& m = *out.mutable_action_scored();
    m.set_action_id(b.action_id);
    m.set_scorer_tag(b.scorer_tag);
    put(b.scores, *m.mutable_scores());
  }
  void operator()(const core::ev::RankingRevealed& b) const {
    auto& m = *out.mutable_ranking_revealed();
    for (const core::RankingEntry& entry : b.entries) put(entry, *m.add_entries());
  }
  void operator()(const core::ev::MinGroupSizeSet& b) const {
    out.mutable_min_group_size_set()->set_size(b.size);
  }
};

// Fills `body` from the stored oneof; false when unset or malformed.
bool read_body(const pb::StoredEvent& in, core::ev::Body& body) {
  switch (in.body_case()) {
    case pb::StoredEvent::kRoomCreated: {
      const auto& m = in.room_created();
      body = core::ev::RoomCreated{m.title(), m.facilitator_hash(), m.participant_code(),
                                   m.board_code(), m.projector_hash()};
      return true;
    }
    case pb::StoredEvent::kMemberJoined: {
      core::ev::MemberJoined b;
      if (!get(in.member_joined().member(), b.member)) return false;
      b.member_hash = in.member_joined().member_hash();
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kAgendaSet: {
      core::ev::AgendaSet b;
      for (const pb::Phase& p : in.agenda_set().phases()) get(p, b.phases.emplace_back());
      get(in.agenda_set().timer(), b.timer);
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kTimerChanged: {
      core::ev::TimerChanged b;
      get(in.timer_changed().timer(), b.timer);
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kBoardAdded: {
      core::ev::BoardAdded b;
      if (!get(in.board_added().board(), b.board)) return false;
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kWritingChanged:
      body = core::ev::WritingChanged{in.writing_changed().board_id(), in.writing_changed().open()};
      return true;
    case pb::StoredEvent::kBoardRevealed: {
      const auto& m = in.board_revealed();
      body = core::ev::BoardRevealed{m.board_id(), {m.order().begin(), m.order().end()}};
      return true;
    }
    case pb::StoredEvent::kNoteAdded: {
      core::ev::NoteAdded b;
      get(in.note_added().note(), b.note);
      b.secret_hash = in.note_added().secret_hash();
      b.hidden = in.note_added().hidden();
      b.writer_tag = in.note_added().writer_tag();
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kNoteEdited:
      body = core::ev::NoteEdited{in.note_edited().note_id(), in.note_edited().text()};
      return true;
    case pb::StoredEvent::kNoteRemoved:
      body = core::ev::NoteRemoved{in.note_removed().note_id()};
      return true;
    case pb::StoredEvent::kNoteMoved:
      body = core::ev::NoteMoved{in.note_moved().note_id(), in.note_moved().zone_id()};
      return true;
    case pb::StoredEvent::kNotesMerged:
      body = core::ev::NotesMerged{in.notes_merged().into_note_id(), in.notes_merged().note_id()};
      return true;
    case pb::StoredEvent::kVoteOpened: {
      core::ev::VoteOpened b;
      if (!get(in.vote_opened().vote(), b.vote)) return false;
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kBallotCast: {
      const auto& m = in.ballot_cast();
      // A tag means a secret ballot: its voter is not kept, even where an
      // older version stored one beside it.
      const core::MemberId voter = m.ballot_tag().empty() ? m.voter() : 0;
      body = core::ev::BallotCast{m.vote_id(), m.option_id(), voter, m.ballot_tag()};
      return true;
    }
    case pb::StoredEvent::kVoteClosed:
      body = core::ev::VoteClosed{in.vote_closed().vote_id()};
      return true;
    case pb::StoredEvent::kVoteRevealed:
      body = core::ev::VoteRevealed{in.vote_revealed().vote_id()};
      return true;
    case pb::StoredEvent::kStrategySet:
      body = core::ev::StrategySet{in.strategy_set().text()};
      return true;
    case pb::StoredEvent::kDilemmaAdded: {
      core::ev::DilemmaAdded b;
      if (!get(in.dilemma_added().dilemma(), b.dilemma) ||
          !get(in.dilemma_added().board(), b.board)) {
        return false;
      }
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kDilemmaEdited: {
      core::ev::DilemmaEdited b;
      if (!get(in.dilemma_edited().dilemma(), b.dilemma)) return false;
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kOutcomeRecorded: {
      const auto& m = in.outcome_recorded();
      core::ev::OutcomeRecorded b{m.dilemma_id(), {}, m.chosen_scenario()};
      if (!bus::from_proto_enum(m.outcome(), core::DilemmaOutcome::no_consensus, b.outcome)) {
        return false;
      }
      body = b;
      return true;
    }
    case pb::StoredEvent::kStrategyMarksShown:
      body = core::ev::StrategyMarksShown{};
      return true;
    case pb::StoredEvent::kProposalSubmitted: {
      core::ev::ProposalSubmitted b;
      if (!get(in.proposal_submitted().proposal(), b.proposal)) return false;
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kProposalDismissed:
      body = core::ev::ProposalDismissed{in.proposal_dismissed().proposal_id()};
      return true;
    case pb::StoredEvent::kBundleCreated: {
      core::ev::BundleCreated b;
      if (!get(in.bundle_created().bundle(), b.bundle)) return false;
      for (const pb::Vote& v : in.bundle_created().votes()) {
        if (!get(v, b.votes.emplace_back())) return false;
      }
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kBundleRevealed: {
      const auto& m = in.bundle_revealed();
      body = core::ev::BundleRevealed{m.bundle_id(), {m.vote_ids().begin(), m.vote_ids().end()}};
      return true;
    }
    case pb::StoredEvent::kDecisionRecorded: {
      const auto& m = in.decision_recorded();
      body = core::ev::DecisionRecorded{m.bundle_id(), m.dilemma_id(), m.decision()};
      return true;
    }
    case pb::StoredEvent::kActionSaved: {
      core::ev::ActionSaved b;
      if (!get(in.action_saved().action(), b.action)) return false;
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kActionRemoved:
      body = core::ev::ActionRemoved{in.action_removed().action_id()};
      return true;
    case pb::StoredEvent::kActionScored: {
      const auto& m = in.action_scored();
      core::ev::ActionScored b{
          m.action_id(), bus::scorer_tag_of(m.scorer_tag(), m.legacy_member_id()), {}};
      get(m.scores(), b.scores);
      body = b;
      return true;
    }
    case pb::StoredEvent::kRankingRevealed: {
      core::ev::RankingRevealed b;
      for (const pb::RankingEntry& e : in.ranking_revealed().entries()) {
        get(e, b.entries.emplace_back());
      }
      body = std::move(b);
      return true;
    }
    case pb::StoredEvent::kMinGroupSizeSet:
      body = core::ev::MinGroupSizeSet{in.min_group_size_set().size()};
      return true;
    case pb::StoredEvent::BODY_NOT_SET:
      break;
  }
  return false;
}

}  // namespace

std::string encode_stored_event(const core::Event& event) {
  pb::StoredEvent out;
  out.set_at_ms(event.at_ms);
  out.set_idempotency_key(event.idempotency_key);
  std::visit(BodyWriter{out}, event.body);
  return out.SerializeAsString();
}

std::optional<core::Event> decode_stored_event(core::Seq seq, std::string_view bytes) {
  pb::StoredEvent in;
  if (!in.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return std::nullopt;
  core::Event event;
  event.seq = seq;
  event.at_ms = in.at_ms();
  event.idempotency_key = in.idempotency_key();
  if (!read_body(in, event.body)) return std::nullopt;
  return event;
}

}  // namespace kring::log::redis
