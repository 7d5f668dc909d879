// Workshop templates: the "Kleine keuzes" agenda and the method's exercises as
// data (phases to plan, boards to open), in Dutch and English. A facilitator
// edits a copy before the workshop; applying it is a plain sequence of room
// commands (SetAgenda, AddBoard), so the templates add no new event and every
// rule of those commands still holds.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/model.hpp"
#include "core/room_state.hpp"

namespace kring::core {

enum class Language { dutch, english };

struct WorkshopTemplate {
  std::string key;  // stable, language-independent: "kleine-keuzes", "3b", ...
  std::string name;
  std::string purpose;  // one line on when to use it, from the seeds
  // The whole workshop (replaces the agenda) or one exercise (appended to it).
  bool replaces_agenda = false;
  std::vector<Phase> phases;
  // Per phase, the most the method advises (0 = no bound); same length as phases.
  std::vector<std::uint32_t> phase_max_seconds;
  // The most the whole agenda should take (0 = no bound). Both bounds are advice
  // the client shows while editing: a facilitator may choose to run longer.
  std::uint32_t max_total_seconds = 0;
  std::vector<cmd::AddBoard> boards;
};

// Every template, in a fixed order (the workshop first).
const std::vector<WorkshopTemplate>& workshop_templates(Language language);

// Where an exercise goes in the agenda (phase numbers are 1-based). A workshop
// template replaces the agenda and ignores it.
struct Placement {
  // Its boards join this phase's activities and no phase is added (3B in
  // "Waar staan we vandaag?"). 0: the exercise gets a phase of its own.
  std::uint32_t into_phase = 0;
  // With into_phase 0: its phases come right after this phase (0 = at the end).
  std::uint32_t after_phase = 0;
};

// The commands that apply `chosen` (edited or not) to `room`: one SetAgenda
// when phases are added or replaced (none for an exercise placed into a phase,
// or a template without phases), one AddBoard per board, and one PlaceActivity
// per board putting it in its phase. None of them touches the clock or the
// run-sheet of a workshop that has started: SetAgenda keeps the phases that
// ran and the clock (decide_agenda.cpp), and the others do not change them.
// Board ids are predicted from `room` (ids run 1..n), so the commands must be
// run in order with nothing else in between.
std::vector<cmd::Body> template_commands(const WorkshopTemplate& chosen, const RoomState& room,
                                         Placement where = {});

}  // namespace kring::core
