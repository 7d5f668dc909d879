// apply(): folds one event into the state. Deterministic and total for events
// produced by decide() on an equal state; anything else is a broken log and
// trips an assertion in debug builds.
#include <algorithm>
#include <cassert>

#include "core/limits.hpp"
#include "core/lookup.hpp"
#include "core/programme.hpp"
#include "core/room.hpp"

namespace kring::core {
namespace {

void remember_key(RoomState& state, const Event& event) {
  if (event.idempotency_key.empty()) return;
  state.acks_by_key[event.idempotency_key] = RememberedAck{event.seq, created_id_of(event)};
  state.key_order.push_back(event.idempotency_key);
  if (state.key_order.size() > limits::remembered_idempotency_keys) {
    state.acks_by_key.erase(state.key_order.front());
    state.key_order.pop_front();
  }
}

void show_note(RoomState& state, NoteRecord& record) {
  if (record.hidden) {
    record.hidden = false;
    state.hidden_count[record.note.board_id] -= 1;
  }
  state.visible_order.push_back(record.note.id);
}

// Takes a live note off the board (delete, removal, or merged away).
void drop_note(RoomState& state, NoteRecord& record) {
  record.removed = true;
  state.note_by_secret.erase(record.secret_hash);
  if (record.hidden) {
    state.hidden_count[record.note.board_id] -= 1;
  } else {
    std::erase(state.visible_order, record.note.id);
  }
}

VoteResult tally(const RoomState& state, const VoteRecord& record) {
  VoteResult result;
  result.vote_id = record.vote.id;
  for (const VoteOption& option : record.vote.options) {
    result.tally.push_back(TallyEntry{option.id, 0});
  }
  auto count = [&result](OptionId option) { result.tally[option - 1].count += 1; };
  if (record.vote.mode == BallotMode::secret) {
    for (const auto& [tag, option] : record.secret_choices) count(option);
    return result;
  }
  // Open cards: one card per voter, in the order members joined.
  for (const MemberRecord& member : state.members) {
    const auto it = record.open_choices.find(member.member.id);
    if (it == record.open_choices.end()) continue;
    count(it->second);
    const std::string& name = member.member.display_name;
    result.cards.push_back(
        Card{name.empty() ? "#" + std::to_string(member.member.id) : name, it->second});
  }
  return result;
}

struct Applier {
  RoomState& state;
  Seq seq;  // of the event being applied

  void operator()(const ev::RoomCreated& e) {
    state.created = true;
    state.title = e.title;
    state.facilitator_hash = e.facilitator_hash;
    state.participant_code = e.participant_code;
    state.board_code = e.board_code;
    state.projector_hash = e.projector_hash;
    state.time_zone = e.time_zone;
    state.kind = e.kind;
  }
  void operator()(const ev::MemberJoined& e) {
    assert(e.member.id == state.members.size() + 1);
    state.members.push_back(MemberRecord{e.member, e.member_hash});
    state.member_by_secret[e.member_hash] = e.member.id;
  }
  void operator()(const ev::AgendaSet& e) {
    state.phases = e.phases;
    state.timer = e.timer;
  }
  void operator()(const ev::TimerChanged& e) { state.timer = e.timer; }
  void operator()(const ev::BoardAdded& e) {
    assert(e.board.id == state.boards.size() + 1);
    state.boards.push_back(e.board);
  }
  void operator()(const ev::WritingChanged& e) {
    find_board(state, e.board_id)->writing_open = e.open;
  }
  void operator()(const ev::BoardRevealed& e) {
    find_board(state, e.board_id)->revealed = true;
    for (NoteId id : e.order) show_note(state, *find_note(state, id));
  }
  void operator()(const ev::NoteAdded& e) {
    NoteRecord& record = state.notes[e.note.id];
    record = NoteRecord{e.note, e.secret_hash, e.hidden, false};
    state.note_by_secret[e.secret_hash] = e.note.id;
    if (!e.writer_tag.empty()) state.writers[e.note.board_id].insert(e.writer_tag);
    if (e.hidden) {
      state.hidden_count[e.note.board_id] += 1;
    } else {
      state.visible_order.push_back(e.note.id);
    }
  }
  void operator()(const ev::NoteEdited& e) { find_note(state, e.note_id)->note.text = e.text; }
  void operator()(const ev::NoteRemoved& e) { drop_note(state, *find_note(state, e.note_id)); }
  void operator()(const ev::NoteMoved& e) { find_note(state, e.note_id)->note.zone_id = e.zone_id; }
  void operator()(const ev::NotesMerged& e) {
    NoteRecord& into = *find_note(state, e.into_note_id);
    NoteRecord& folded = *find_note(state, e.note_id);
    into.note.text += "\n\n" + folded.note.text;
    into.note.merged_ids.push_back(e.note_id);
    drop_note(state, folded);
  }
  void operator()(const ev::VoteOpened& e) {
    assert(e.vote.id == state.votes.size() + 1);
    state.votes.push_back(VoteRecord{e.vote, {}, {}, std::nullopt});
    if (e.vote.dilemma_id != 0) find_dilemma(state, e.vote.dilemma_id)->poll_id = e.vote.id;
  }
  void operator()(const ev::BallotCast& e) {
    VoteRecord& record = *find_vote(state, e.vote_id);
    if (e.ballot_tag.empty()) {
      record.open_choices[e.voter] = e.option_id;
    } else {
      record.secret_choices[e.ballot_tag] = e.option_id;
    }
    for (const VoteId id : e.revealed_vote_ids) reveal(id);
  }
  void operator()(const ev::VoteClosed& e) {
    find_vote(state, e.vote_id)->vote.status = VoteStatus::closed;
  }
  void operator()(const ev::VoteRevealed& e) { reveal(e.vote_id); }
  void reveal(VoteId id) {
    VoteRecord& record = *find_vote(state, id);
    record.vote.status = VoteStatus::revealed;
    record.result = tally(state, record);
  }
  void operator()(const ev::StrategySet& e) {
    state.strategy = e.text;
    // A programme's strategy is in every room's package.
    for (ProgrammeRoom& room : state.programme_rooms) room.news_version = seq;
  }
  void operator()(const ev::DilemmaAdded& e) {
    assert(e.dilemma.id == state.dilemmas.size() + 1);
    assert(e.board.id == state.boards.size() + 1);
    state.dilemmas.push_back(e.dilemma);
    state.boards.push_back(e.board);
    if (e.dilemma.proposal_id != 0) {
      find_proposal(state, e.dilemma.proposal_id)->status = ProposalStatus::adopted;
    }
  }
  void operator()(const ev::DilemmaEdited& e) {
    Dilemma& dilemma = *find_dilemma(state, e.dilemma.id);
    dilemma.title = e.dilemma.title;
    dilemma.context = e.dilemma.context;
    dilemma.scenarios = e.dilemma.scenarios;
    dilemma.strategy_scenario = e.dilemma.strategy_scenario;
  }
  void operator()(const ev::OutcomeRecorded& e) {
    Dilemma& dilemma = *find_dilemma(state, e.dilemma_id);
    dilemma.outcome = e.outcome;
    dilemma.chosen_scenario = e.chosen_scenario;
  }
  void operator()(const ev::StrategyMarksShown&) { state.strategy_marks_shown = true; }
  void operator()(const ev::ProposalSubmitted& e) {
    assert(e.proposal.id == state.proposals.size() + 1);
    state.proposals.push_back(e.proposal);
  }
  void operator()(const ev::ProposalDismissed& e) {
    find_proposal(state, e.proposal_id)->status = ProposalStatus::dismissed;
  }
  void operator()(const ev::BundleCreated& e) {
    assert(e.bundle.id == state.bundles.size() + 1);
    for (const Vote& vote : e.votes) {
      assert(vote.id == state.votes.size() + 1);
      state.votes.push_back(VoteRecord{vote, {}, {}, std::nullopt});
    }
    state.bundles.push_back(e.bundle);
  }
  void operator()(const ev::BundleRevealed& e) {
    for (const VoteId id : e.vote_ids) reveal(id);
  }
  void operator()(const ev::ActionSaved& e) {
    if (e.action.id == state.actions.size() + 1) {
      state.actions.push_back(ActionRecord{e.action, false, {}});
    } else {
      find_action(state, e.action.id)->action = e.action;
    }
  }
  void operator()(const ev::ActionRemoved& e) { state.actions[e.action_id - 1].removed = true; }
  void operator()(const ev::ActionScored& e) {
    find_action(state, e.action_id)->scores[e.scorer_tag] = e.scores;
  }
  void operator()(const ev::RankingRevealed& e) { state.ranking = e.entries; }
  void operator()(const ev::MinGroupSizeSet& e) { state.min_group_size = e.size; }
  void operator()(const ev::AutoRevealSet& e) { state.auto_reveal = e.on; }
  void operator()(const ev::ProjectorTokenReissued& e) {
    state.projector_hash = e.projector_hash;
    state.projector_link_seq = seq;
  }
  void operator()(const ev::ActivityPlaced& e) {
    for (Phase& phase : state.phases) std::erase(phase.activities, e.activity);
    if (e.phase_number > 0) state.phases[e.phase_number - 1].activities.push_back(e.activity);
  }
  void operator()(const ev::FocusSet& e) {
    state.focus = e.focus;
    if (e.writing_opened) find_board(state, board_of_focus(state, e.focus))->writing_open = true;
  }
  void operator()(const ev::DecisionRecorded& e) {
    for (BundleItem& item : find_bundle(state, e.bundle_id)->items) {
      if (item.dilemma_id != e.dilemma_id) continue;
      item.decision = e.decision;
      item.decision_reason = e.reason;
    }
  }
  void operator()(const ev::RoomAttached& e) {
    state.programme_rooms.push_back(
        ProgrammeRoom{e.room_id, e.job_family, e.board_meeting, {}, seq, 0, false});
  }
  void operator()(const ev::FeedbackSet& e) {
    ProgrammeRoom& room = *find_programme_room(state, e.room_id);
    room.feedback = e.text;
    room.news_version = seq;
  }
  void operator()(const ev::DecisionsReleased& e) {
    for (const ReleasedDecision& decision : e.decisions) {
      auto same = std::find_if(state.released.begin(), state.released.end(), [&](const auto& d) {
        return d.room_id == decision.room_id && d.dilemma_id == decision.dilemma_id;
      });
      if (same == state.released.end()) {
        state.released.push_back(decision);
      } else {
        *same = decision;
      }
      find_programme_room(state, decision.room_id)->news_version = seq;
    }
  }
  void operator()(const ev::NewsDelivered& e) {
    ProgrammeRoom& room = *find_programme_room(state, e.room_id);
    room.delivered_version = std::max(room.delivered_version, e.version);
  }
  void operator()(const ev::ProgrammeRoomGone& e) {
    find_programme_room(state, e.room_id)->gone = true;
  }
  void operator()(const ev::NewsReceived& e) {
    state.news = e.news;
    state.strategy = e.news.strategy;
  }
  void operator()(const ev::DilemmaImported& e) {
    assert(e.dilemma.id == state.dilemmas.size() + 1);
    state.dilemmas.push_back(e.dilemma);
  }
  void operator()(const ev::BundleRoundOpened& e) {
    assert(e.vote.id == state.votes.size() + 1);
    state.votes.push_back(VoteRecord{e.vote, {}, {}, std::nullopt});
    for (BundleItem& item : find_bundle(state, e.bundle_id)->items) {
      if (item.dilemma_id != e.dilemma_id) continue;
      item.earlier_vote_ids.push_back(item.vote_id);
      item.vote_id = e.vote.id;
    }
  }
};

}  // namespace

void apply(RoomState& state, const Event& event) {
  assert(event.seq == state.seq + 1);
  std::visit(Applier{state, event.seq}, event.body);
  state.seq = event.seq;
  remember_key(state, event);
}

}  // namespace kring::core
