#include "secrecy_mask.hpp"

#include <string>
#include <type_traits>
#include <variant>

namespace kring::fuzz {
namespace {

// A stand-in of the same size: view code must not depend on the text at all,
// and the size of a hidden text must not show either.
std::string masked_text(const std::string& text) {
  return std::string(text.size(), text.empty() || text[0] != 'q' ? 'q' : 'z');
}

void mask_proposal(core::Proposal& proposal) {
  proposal.title = masked_text(proposal.title);
  proposal.context = masked_text(proposal.context);
  for (std::string& scenario : proposal.scenarios) scenario = masked_text(scenario);
}

void mask_dilemma(core::Dilemma& dilemma, bool marks_shown) {
  if (!marks_shown) dilemma.strategy_scenario = 0;
  dilemma.proposal_id = 0;
}

bool hidden_note(const core::RoomState& state, core::NoteId id) {
  const auto it = state.notes.find(id);
  return it != state.notes.end() && it->second.hidden;
}

}  // namespace

core::RoomState mask_state(const core::RoomState& state, core::Role audience) {
  core::RoomState out = state;
  for (auto& [id, record] : out.notes) {
    if (record.hidden) record.note.text = masked_text(record.note.text);
  }
  for (core::VoteRecord& record : out.votes) {
    if (record.result) continue;
    for (auto& [voter, choice] : record.open_choices) choice = {};
    for (auto& [tag, choice] : record.secret_choices) choice = {};
  }
  for (core::ActionRecord& record : out.actions) {
    for (auto& [scorer, scores] : record.scores) scores = {};
  }
  if (audience != core::Role::facilitator) {
    for (core::Dilemma& dilemma : out.dilemmas) mask_dilemma(dilemma, out.strategy_marks_shown);
    for (core::Proposal& proposal : out.proposals) mask_proposal(proposal);
    out.board_code = masked_text(out.board_code);
  }
  return out;
}

core::Event mask_event(const core::Event& event, const core::RoomState& after,
                       core::Role audience) {
  core::Event out = event;
  const bool others = audience != core::Role::facilitator;
  std::visit(
      [&](auto& body) {
        using T = std::decay_t<decltype(body)>;
        if constexpr (std::is_same_v<T, core::ev::NoteAdded>) {
          if (body.hidden) body.note.text = masked_text(body.note.text);
        } else if constexpr (std::is_same_v<T, core::ev::NoteEdited>) {
          if (hidden_note(after, body.note_id)) body.text = masked_text(body.text);
        } else if constexpr (std::is_same_v<T, core::ev::BallotCast>) {
          body.option_id = {};
        } else if constexpr (std::is_same_v<T, core::ev::ActionScored>) {
          body.scores = {};
        } else if constexpr (std::is_same_v<T, core::ev::ProposalSubmitted>) {
          if (others) mask_proposal(body.proposal);
        } else if constexpr (std::is_same_v<T, core::ev::DilemmaAdded> ||
                             std::is_same_v<T, core::ev::DilemmaEdited>) {
          if (others) mask_dilemma(body.dilemma, after.strategy_marks_shown);
        }
      },
      out.body);
  return out;
}

}  // namespace kring::fuzz
