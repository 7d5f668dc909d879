// The catalogue follows the seeds: the "Kleine keuzes" workshop (15 / at most
// 90 / 15 minutes, at most two hours) and the exercises that prepare or follow
// it. Exercises done "alone first, then together" open private-first boards.
#include "core/templates.hpp"

#include <algorithm>

namespace kring::core {
namespace {

constexpr std::uint32_t minutes(std::uint32_t m) { return m * 60; }

cmd::AddBoard columns_board(std::string title, WritingMode mode, std::vector<std::string> labels) {
  return cmd::AddBoard{std::move(title), BoardKind::columns, mode, std::move(labels), {}, false};
}

cmd::AddBoard matrix_board(std::string title, std::vector<std::string> rows,
                           std::vector<std::string> columns) {
  return cmd::AddBoard{std::move(title),   BoardKind::matrix, WritingMode::open,
                       std::move(columns), std::move(rows),   false};
}

// One exercise: one phase of `planned` minutes and one board with the phase's title.
WorkshopTemplate exercise(std::string key, std::string name, std::string purpose,
                          std::uint32_t planned, cmd::AddBoard board) {
  WorkshopTemplate t;
  t.key = std::move(key);
  t.name = std::move(name);
  t.purpose = std::move(purpose);
  t.phases = {Phase{t.name, minutes(planned)}};
  t.phase_max_seconds = {0};
  t.boards = {std::move(board)};
  return t;
}

WorkshopTemplate small_choices(std::string name, std::string purpose,
                               std::vector<std::string> phase_titles) {
  WorkshopTemplate t;
  t.key = "kleine-keuzes";
  t.name = std::move(name);
  t.purpose = std::move(purpose);
  t.replaces_agenda = true;
  t.phases = {Phase{phase_titles[0], minutes(15)}, Phase{phase_titles[1], minutes(90)},
              Phase{phase_titles[2], minutes(15)}};
  t.phase_max_seconds = {0, minutes(90), 0};
  t.max_total_seconds = minutes(120);
  return t;
}

WorkshopTemplate circles_exercise(std::string name, std::string purpose) {
  cmd::AddBoard board{name, BoardKind::circles, WritingMode::open, {}, {}, true};
  return exercise("cirkel-van-invloed", std::move(name), std::move(purpose), 20, std::move(board));
}

std::vector<WorkshopTemplate> dutch() {
  return {
      small_choices("Kleine keuzes",
                    "Dilemma's uit het dagelijks werk naast de strategie leggen: drie scenario's, "
                    "samen kiezen, zonder consensus naar het bestuur.",
                    {"Waar staan we vandaag?", "Dilemma's", "Conclusie en feedback"}),
      exercise("3b", "3B: behouden, bannen, bereiken",
               "Beslissen waar je naartoe wilt: eerst ieder voor zich, daarna samen.", 20,
               columns_board("3B: behouden, bannen, bereiken", WritingMode::private_first,
                             {"Behouden", "Bannen", "Bereiken"})),
      exercise("kaders", "Kaders: wat ligt vast, wat ligt open?",
               "Vanaf de start helder maken waar ruimte voor invloed is, tegen schijnparticipatie.",
               15,
               columns_board("Kaders: wat ligt vast, wat ligt open?", WritingMode::open,
                             {"Ligt vast", "Ligt open", "Ontwerpen we samen"})),
      exercise("steunvragen", "Trots, veranderen, balen",
               "Vragen die energie geven: waar ben je trots op, wat zou je veranderen, waar baal "
               "je van?",
               20,
               columns_board("Trots, veranderen, balen", WritingMode::private_first,
                             {"Waar ben ik trots op?", "Wat zou ik meteen veranderen?",
                              "Waar baal ik van?"})),
      exercise("voor-en-nadelen", "Voor- en nadelenbalans",
               "Voordat een actie start: winst en verlies, op korte en op lange termijn.", 20,
               matrix_board("Voor- en nadelenbalans", {"Korte termijn", "Lange termijn"},
                            {"Winst / voordelen", "Verlies / nadelen"})),
      circles_exercise("Cirkel van invloed",
                       "Acties sorteren: veranderbaar, deels veranderbaar, onveranderbaar."),
      exercise("gezondheidsmatrix", "Gezondheidsmatrix",
               "Zien waar de hiaten zitten: per niveau welke soort interventie er al is.", 30,
               matrix_board("Gezondheidsmatrix",
                            {"Werknemer (individu)", "Afdeling of team", "Leidinggevende",
                             "Bedrijf / organisatie (alle werknemers)",
                             "Omgeving buiten het bedrijf (gezin, buurt)"},
                            {"Educatie", "Omgevingsinterventies", "Afspraken en regels",
                             "Zorg en begeleiding"})),
  };
}

std::vector<WorkshopTemplate> english() {
  return {
      small_choices("Small choices",
                    "Put everyday dilemmas beside the strategy: three scenarios, choose together, "
                    "no consensus goes to the board.",
                    {"Where do we stand today?", "Dilemmas", "Conclusion and feedback"}),
      // The method's three B's (behouden, bannen, bereiken) as three English verbs
      // in the same order, with "3B" kept so both languages name one exercise.
      exercise("3b", "Keep, stop, achieve (3B)",
               "Decide where you want to go: everyone alone first, then together.", 20,
               columns_board("Keep, stop, achieve (3B)", WritingMode::private_first,
                             {"Keep", "Stop", "Achieve"})),
      exercise("kaders", "Frames: what is fixed, what is open?",
               "Make clear from the start where there is room for influence, against token "
               "participation.",
               15,
               columns_board("Frames: what is fixed, what is open?", WritingMode::open,
                             {"Fixed", "Open", "We design together"})),
      exercise("steunvragen", "Proud, change, fed up",
               "Questions that give energy: what are you proud of, what would you change, what "
               "are you fed up with?",
               20,
               columns_board("Proud, change, fed up", WritingMode::private_first,
                             {"What am I proud of?", "What would I change right away?",
                              "What am I fed up with?"})),
      exercise("voor-en-nadelen", "Pros and cons balance",
               "Before an action starts: gains and losses, short term and long term.", 20,
               matrix_board("Pros and cons balance", {"Short term", "Long term"},
                            {"Gains / pros", "Losses / cons"})),
      circles_exercise("Circle of influence",
                       "Sort actions: changeable, partly changeable, unchangeable."),
      exercise(
          "gezondheidsmatrix", "Health matrix",
          "See where the gaps are: per level, which kind of intervention exists.", 30,
          matrix_board("Health matrix",
                       {"Employee (individual)", "Department or team", "Manager",
                        "Company / organisation (all employees)",
                        "Outside the company (family, neighbourhood)"},
                       {"Education", "Environment", "Agreements and rules", "Care and guidance"})),
  };
}

// The workshop's phases holding the activities the current agenda holds, so
// replacing the agenda drops nothing: a phase's activities go to the new phase
// of the same title, else to the new phase at the same position (the last one
// when the new agenda is shorter).
std::vector<Phase> phases_keeping_activities(const std::vector<Phase>& current,
                                             std::vector<Phase> replacement) {
  if (replacement.empty()) return replacement;
  for (std::size_t i = 0; i < current.size(); ++i) {
    const auto same_title =
        std::find_if(replacement.begin(), replacement.end(),
                     [&](const Phase& p) { return p.title == current[i].title; });
    Phase& home = same_title != replacement.end()
                      ? *same_title
                      : replacement[std::min(i, replacement.size() - 1)];
    home.activities.insert(home.activities.end(), current[i].activities.begin(),
                           current[i].activities.end());
  }
  return replacement;
}

}  // namespace

const std::vector<WorkshopTemplate>& workshop_templates(Language language) {
  static const std::vector<WorkshopTemplate> in_dutch = dutch();
  static const std::vector<WorkshopTemplate> in_english = english();
  return language == Language::english ? in_english : in_dutch;
}

std::vector<cmd::Body> template_commands(const WorkshopTemplate& chosen, const RoomState& room,
                                         Placement where) {
  std::vector<cmd::Body> commands;
  // The phase its boards join (1-based); 0 = none (a template without phases).
  std::uint32_t home = 0;
  if (chosen.replaces_agenda) {
    if (!chosen.phases.empty()) {
      commands.emplace_back(cmd::SetAgenda{phases_keeping_activities(room.phases, chosen.phases)});
    }
    home = chosen.phases.empty() ? 0 : 1;
  } else if (where.into_phase > 0) {
    home = where.into_phase;
  } else if (!chosen.phases.empty()) {
    std::vector<Phase> agenda = room.phases;
    const std::size_t at = where.after_phase == 0
                               ? agenda.size()
                               : std::min<std::size_t>(where.after_phase, agenda.size());
    agenda.insert(agenda.begin() + static_cast<std::ptrdiff_t>(at), chosen.phases.begin(),
                  chosen.phases.end());
    commands.emplace_back(cmd::SetAgenda{std::move(agenda)});
    home = static_cast<std::uint32_t>(at + 1);
  }
  BoardId next_board = room.boards.size() + 1;
  for (const cmd::AddBoard& board : chosen.boards) {
    commands.emplace_back(board);
    if (home > 0) {
      Focus activity;
      activity.kind = FocusKind::board;
      activity.board_id = next_board;
      commands.emplace_back(cmd::PlaceActivity{activity, home});
    }
    ++next_board;
  }
  return commands;
}

}  // namespace kring::core
