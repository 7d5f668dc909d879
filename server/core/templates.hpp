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

// The commands that apply `chosen` (edited or not) to a room whose agenda is
// `current_agenda`: one SetAgenda (the template's phases replacing or appended
// to the agenda; none when it has no phases) followed by one AddBoard per board.
std::vector<cmd::Body> template_commands(const WorkshopTemplate& chosen,
                                         const std::vector<Phase>& current_agenda);

}  // namespace kring::core
