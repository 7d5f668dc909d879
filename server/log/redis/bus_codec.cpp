#include "log/redis/bus_codec.hpp"

#include <type_traits>
#include <utility>

#include "kring/bus/v1/events.pb.h"

namespace kring::log::redis {
namespace {

namespace pb = kring::bus::v1;

// Core enums start at 0 in declaration order; the bus enums add
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

void put(const core::Member& in, pb::Member& out) {
  out.set_id(in.id);
  out.set_role(to_proto_enum<pb::Role>(in.role));
  out.set_display_name(in.display_name);
}
bool get(const pb::Member& in, core::Member& out) {
  out.id = in.id();
  out.display_name = in.display_name();
  return from_proto_enum(in.role(), core::Role::projector, out.role);
}

void put(const core::Board& in, pb::Board& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_kind(to_proto_enum<pb::BoardKind>(in.kind));
  out.set_writing_mode(to_proto_enum<pb::WritingMode>(in.writing_mode));
  for (const core::Zone& zone : in.zones) {
    pb::Zone& z = *out.add_zones();
    z.set_id(zone.id);
    z.set_label(zone.label);
    z.set_row(zone.row);
    z.set_column(zone.column);
  }
  for (const std::string& label : in.row_labels) out.add_row_labels(label);
  for (const std::string& label : in.column_labels) out.add_column_labels(label);
  out.set_writing_open(in.writing_open);
  out.set_revealed(in.revealed);
  out.set_participants_may_move(in.participants_may_move);
}
bool get(const pb::Board& in, core::Board& out) {
  out.id = in.id();
  out.title = in.title();
  for (const pb::Zone& z : in.zones())
    out.zones.push_back({z.id(), z.label(), z.row(), z.column()});
  out.row_labels.assign(in.row_labels().begin(), in.row_labels().end());
  out.column_labels.assign(in.column_labels().begin(), in.column_labels().end());
  out.writing_open = in.writing_open();
  out.revealed = in.revealed();
  out.participants_may_move = in.participants_may_move();
  return from_proto_enum(in.kind(), core::BoardKind::matrix, out.kind) &&
         from_proto_enum(in.writing_mode(), core::WritingMode::private_first, out.writing_mode);
}

void put(const core::Note& in, pb::Note& out) {
  out.set_id(in.id);
  out.set_board_id(in.board_id);
  out.set_zone_id(in.zone_id);
  out.set_text(in.text);
  for (const core::NoteId id : in.merged_ids) out.add_merged_ids(id);
}
void get(const pb::Note& in, core::Note& out) {
  out.id = in.id();
  out.board_id = in.board_id();
  out.zone_id = in.zone_id();
  out.text = in.text();
  out.merged_ids.assign(in.merged_ids().begin(), in.merged_ids().end());
}

void put(const core::Timer& in, pb::Timer& out) {
  out.set_phase_index(in.phase_index);
  out.set_running(in.running);
  out.set_started_at_ms(in.started_at_ms);
  out.set_elapsed_ms(in.elapsed_ms);
  out.set_extended_seconds(in.extended_seconds);
  for (const core::TimeMs ms : in.actual_ms) out.add_actual_ms(ms);
}
void get(const pb::Timer& in, core::Timer& out) {
  out.phase_index = in.phase_index();
  out.running = in.running();
  out.started_at_ms = in.started_at_ms();
  out.elapsed_ms = in.elapsed_ms();
  out.extended_seconds = in.extended_seconds();
  out.actual_ms.assign(in.actual_ms().begin(), in.actual_ms().end());
}

void put(const core::Vote& in, pb::Vote& out) {
  out.set_id(in.id);
  out.set_title(in.title);
  out.set_audience(to_proto_enum<pb::VoteAudience>(in.audience));
  out.set_mode(to_proto_enum<pb::BallotMode>(in.mode));
  for (const core::VoteOption& option : in.options) {
    pb::VoteOption& o = *out.add_options();
    o.set_id(option.id);
    o.set_label(option.label);
  }
  out.set_status(to_proto_enum<pb::VoteStatus>(in.status));
}
bool get(const pb::Vote& in, core::Vote& out) {
  out.id = in.id();
  out.title = in.title();
  for (const pb::VoteOption& o : in.options()) out.options.push_back({o.id(), o.label()});
  return from_proto_enum(in.audience(), core::VoteAudience::board, out.audience) &&
         from_proto_enum(in.mode(), core::BallotMode::secret, out.mode) &&
         from_proto_enum(in.status(), core::VoteStatus::revealed, out.status);
}

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
    for (const core::Phase& phase : b.phases) {
      pb::Phase& p = *m.add_phases();
      p.set_title(phase.title);
      p.set_planned_seconds(phase.planned_seconds);
    }
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
    m.set_ballot_hash(b.ballot_hash);
  }
  void operator()(const core::ev::VoteClosed& b) const {
    out.mutable_vote_closed()->set_vote_id(b.vote_id);
  }
  void operator()(const core::ev::VoteRevealed& b) const {
    out.mutable_vote_revealed()->set_vote_id(b.vote_id);
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
      for (const pb::Phase& p : in.agenda_set().phases()) {
        b.phases.push_back({p.title(), p.planned_seconds()});
      }
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
      body = core::ev::BallotCast{m.vote_id(), m.option_id(), m.voter(), m.ballot_hash()};
      return true;
    }
    case pb::StoredEvent::kVoteClosed:
      body = core::ev::VoteClosed{in.vote_closed().vote_id()};
      return true;
    case pb::StoredEvent::kVoteRevealed:
      body = core::ev::VoteRevealed{in.vote_revealed().vote_id()};
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
