// The one place that decides what a device may see. Hidden notes and ballots
// leave here only as counts; secret hashes never leave here at all.
//
// Hidden is hidden for the facilitator and the projector too. What the
// facilitator alone sees: the board code, the intake proposals, and which
// scenario of each dilemma follows the strategy before the marks are shown.
#include "core/lookup.hpp"
#include "core/room.hpp"
#include "core/secret_hash.hpp"

namespace kring::core {
namespace {

view::BoardView board_view(const RoomState& state, const Board& board) {
  return view::BoardView{board, hidden_count(state, board.id), writer_count(state, board.id)};
}

view::VoteView vote_view(const RoomState& state, const VoteRecord& record) {
  return view::VoteView{record.vote, record.ballots(), eligible_count(state, record.vote)};
}

// Hidden or gone notes are sealed; `after` is the state right after the event.
bool note_visible(const RoomState& after, NoteId id) {
  const auto it = after.notes.find(id);
  return it != after.notes.end() && !it->second.hidden;
}

// The dilemma as `audience` may see it: the strategy mark only for the
// facilitator until the marks are shown; the proposal link only for the facilitator.
Dilemma dilemma_view(const RoomState& state, Dilemma dilemma, Role audience) {
  if (audience == Role::facilitator) return dilemma;
  if (!state.strategy_marks_shown) dilemma.strategy_scenario = 0;
  dilemma.proposal_id = 0;
  return dilemma;
}

view::ActionView action_view(const ActionRecord& record) {
  return view::ActionView{record.action, static_cast<std::uint32_t>(record.scores.size())};
}

struct EventViewer {
  const RoomState& after;
  Role audience;

  bool facilitator() const { return audience == Role::facilitator; }

  view::Body operator()(const ev::RoomCreated&) const { return view::Sealed{}; }
  view::Body operator()(const ev::MemberJoined& e) const {
    return view::MemberJoined{e.member, member_count(after, Role::participant),
                              member_count(after, Role::board_member)};
  }
  view::Body operator()(const ev::AgendaSet& e) const { return e; }
  view::Body operator()(const ev::TimerChanged& e) const { return e; }
  view::Body operator()(const ev::BoardAdded& e) const {
    return view::BoardAdded{board_view(after, e.board)};
  }
  view::Body operator()(const ev::WritingChanged& e) const { return e; }
  view::Body operator()(const ev::BoardRevealed& e) const {
    view::BoardRevealed revealed{e.board_id, {}};
    revealed.notes.reserve(e.order.size());
    for (NoteId id : e.order) revealed.notes.push_back(after.notes.at(id).note);
    return revealed;
  }
  view::Body operator()(const ev::NoteAdded& e) const {
    if (e.hidden) {
      return view::HiddenNoteCount{e.note.board_id, hidden_count(after, e.note.board_id),
                                   writer_count(after, e.note.board_id)};
    }
    return view::NoteAdded{e.note};
  }
  view::Body operator()(const ev::NoteEdited& e) const {
    if (!note_visible(after, e.note_id)) return view::Sealed{};
    return e;
  }
  view::Body operator()(const ev::NoteRemoved& e) const {
    const NoteRecord& record = after.notes.at(e.note_id);
    // drop_note() leaves `hidden` as it was, so the tombstone tells which view applies.
    if (record.hidden) {
      return view::HiddenNoteCount{record.note.board_id, hidden_count(after, record.note.board_id),
                                   writer_count(after, record.note.board_id)};
    }
    return e;
  }
  view::Body operator()(const ev::NoteMoved& e) const {
    if (!note_visible(after, e.note_id)) return view::Sealed{};
    return e;
  }
  view::Body operator()(const ev::NotesMerged& e) const {
    return view::NotesMerged{e.into_note_id, e.note_id, after.notes.at(e.into_note_id).note.text};
  }
  view::Body operator()(const ev::VoteOpened& e) const {
    return view::VoteOpened{vote_view(after, *find_vote(after, e.vote.id))};
  }
  // A ballot shows as a count, unless it completed its vote under auto-reveal:
  // then everybody gets the reveal it caused, as a RevealVote or RevealBundle would.
  view::Body operator()(const ev::BallotCast& e) const {
    const VoteRecord& record = *find_vote(after, e.vote_id);
    if (e.revealed_vote_ids.empty()) {
      return view::VoteProgress{e.vote_id, record.ballots(), eligible_count(after, record.vote)};
    }
    const Bundle* bundle = find_bundle_of_vote(after, e.vote_id);
    if (bundle == nullptr) return view::VoteRevealed{*record.result};
    view::BundleRevealed revealed{bundle->id, {}};
    for (const VoteId id : e.revealed_vote_ids) {
      revealed.results.push_back(*find_vote(after, id)->result);
    }
    return revealed;
  }
  view::Body operator()(const ev::VoteClosed& e) const { return e; }
  view::Body operator()(const ev::VoteRevealed& e) const {
    return view::VoteRevealed{*find_vote(after, e.vote_id)->result};
  }
  view::Body operator()(const ev::StrategySet& e) const { return e; }
  view::Body operator()(const ev::DilemmaAdded& e) const {
    return view::DilemmaAdded{dilemma_view(after, e.dilemma, audience), board_view(after, e.board)};
  }
  view::Body operator()(const ev::DilemmaEdited& e) const {
    return ev::DilemmaEdited{dilemma_view(after, e.dilemma, audience)};
  }
  view::Body operator()(const ev::OutcomeRecorded& e) const { return e; }
  view::Body operator()(const ev::StrategyMarksShown&) const {
    view::StrategyMarksShown shown;
    for (const Dilemma& dilemma : after.dilemmas) {
      shown.marks.push_back(view::StrategyMark{dilemma.id, dilemma.strategy_scenario});
    }
    return shown;
  }
  view::Body operator()(const ev::ProposalSubmitted& e) const {
    if (!facilitator()) return view::Sealed{};
    return e;
  }
  view::Body operator()(const ev::ProposalDismissed& e) const {
    if (!facilitator()) return view::Sealed{};
    return e;
  }
  view::Body operator()(const ev::BundleCreated& e) const {
    view::BundleCreated created{e.bundle, {}};
    for (const Vote& vote : e.votes) {
      created.votes.push_back(vote_view(after, *find_vote(after, vote.id)));
    }
    return created;
  }
  view::Body operator()(const ev::BundleRevealed& e) const {
    view::BundleRevealed revealed{e.bundle_id, {}};
    for (const VoteId id : e.vote_ids) revealed.results.push_back(*find_vote(after, id)->result);
    return revealed;
  }
  view::Body operator()(const ev::DecisionRecorded& e) const { return e; }
  view::Body operator()(const ev::BundleRoundOpened& e) const {
    return view::BundleRoundOpened{e.bundle_id, e.dilemma_id,
                                   vote_view(after, *find_vote(after, e.vote.id))};
  }
  view::Body operator()(const ev::ActionSaved& e) const {
    return view::ActionSaved{action_view(after.actions[e.action.id - 1])};
  }
  view::Body operator()(const ev::ActionRemoved& e) const { return e; }
  // Scores are like ballots: everyone, the scorer too, learns only the count.
  view::Body operator()(const ev::ActionScored& e) const {
    return view::ActionScoreProgress{
        e.action_id, static_cast<std::uint32_t>(after.actions[e.action_id - 1].scores.size())};
  }
  view::Body operator()(const ev::RankingRevealed& e) const { return e; }
  view::Body operator()(const ev::MinGroupSizeSet& e) const { return e; }
  view::Body operator()(const ev::AutoRevealSet& e) const { return e; }
  // A pointer to what every role may look at, as its role may see it.
  view::Body operator()(const ev::FocusSet& e) const { return e; }
  view::Body operator()(const ev::ActivityPlaced& e) const { return e; }
  // A programme's own events: its lead is the only one who joins it.
  view::Body operator()(const ev::RoomAttached& e) const { return lead_only(e); }
  view::Body operator()(const ev::FeedbackSet& e) const { return lead_only(e); }
  view::Body operator()(const ev::DecisionsReleased& e) const { return lead_only(e); }
  view::Body operator()(const ev::NewsDelivered& e) const { return lead_only(e); }
  view::Body operator()(const ev::ProgrammeRoomGone& e) const { return lead_only(e); }
  // The package is for everyone in the workshop: decisions, feedback, strategy.
  view::Body operator()(const ev::NewsReceived& e) const { return e; }
  view::Body operator()(const ev::DilemmaImported& e) const {
    return ev::DilemmaImported{dilemma_view(after, e.dilemma, audience)};
  }
  template <class E>
  view::Body lead_only(const E& e) const {
    if (!facilitator()) return view::Sealed{};
    return e;
  }
  // The hash of a capability is nobody's business, the facilitator's neither:
  // the facilitator learns only that (and, by the seq, when) the link changed.
  view::Body operator()(const ev::ProjectorTokenReissued&) const {
    if (!facilitator()) return view::Sealed{};
    return view::ProjectorLinkReplaced{};
  }
};

}  // namespace

view::Body view_event(const RoomState& after, const Event& event, Role audience) {
  return std::visit(EventViewer{after, audience}, event.body);
}

Snapshot view_snapshot(const RoomState& state, Role audience, Epoch epoch) {
  Snapshot snapshot;
  snapshot.epoch = epoch;
  snapshot.seq = state.seq;
  snapshot.title = state.title;
  snapshot.phases = state.phases;
  snapshot.timer = state.timer;
  for (const Board& board : state.boards) snapshot.boards.push_back(board_view(state, board));
  snapshot.notes.reserve(state.visible_order.size());
  for (NoteId id : state.visible_order) snapshot.notes.push_back(state.notes.at(id).note);
  for (const VoteRecord& record : state.votes) {
    snapshot.votes.push_back(vote_view(state, record));
    if (record.result) snapshot.results.push_back(*record.result);
  }
  for (const MemberRecord& member : state.members) snapshot.members.push_back(member.member);
  snapshot.participant_code = state.participant_code;
  if (audience == Role::facilitator) snapshot.board_code = state.board_code;
  snapshot.strategy = state.strategy;
  for (const Dilemma& dilemma : state.dilemmas) {
    snapshot.dilemmas.push_back(dilemma_view(state, dilemma, audience));
  }
  if (audience == Role::facilitator) snapshot.proposals = state.proposals;
  snapshot.strategy_marks_shown = state.strategy_marks_shown;
  snapshot.bundles = state.bundles;
  for (const ActionRecord& record : state.actions) {
    if (!record.removed) snapshot.actions.push_back(action_view(record));
  }
  snapshot.ranking = state.ranking;
  snapshot.min_group_size = state.min_group_size;
  snapshot.focus = state.focus;
  snapshot.auto_reveal = state.auto_reveal;
  if (audience == Role::facilitator) snapshot.projector_link_seq = state.projector_link_seq;
  snapshot.kind = state.kind;
  if (audience == Role::facilitator) {
    snapshot.programme_rooms = state.programme_rooms;
    snapshot.released = state.released;
  }
  snapshot.news = state.news;
  return snapshot;
}

std::vector<Note> claim_notes(const RoomState& state, const std::vector<std::string>& secrets) {
  std::vector<Note> notes;
  for (const std::string& secret : secrets) {
    const auto it = state.note_by_secret.find(hash_secret(secret));
    if (it == state.note_by_secret.end()) continue;
    const NoteRecord* record = find_note(state, it->second);
    if (record != nullptr) notes.push_back(record->note);
  }
  return notes;
}

std::optional<Member> find_member(const RoomState& state, std::string_view member_secret) {
  if (member_secret.empty()) return std::nullopt;
  const auto it = state.member_by_secret.find(hash_secret(member_secret));
  if (it == state.member_by_secret.end()) return std::nullopt;
  return *find_member_by_id(state, it->second);
}

}  // namespace kring::core
