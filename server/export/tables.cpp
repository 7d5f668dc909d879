#include "export/tables.hpp"

#include <utility>

#include "export/wording.hpp"

namespace kring::record {
namespace {

using Row = std::vector<Cell>;

Cell number(std::int64_t value) { return value; }
Cell text(std::string value) { return Cell(std::move(value)); }
Cell id_or_empty(std::uint64_t id) {
  return id == 0 ? Cell{} : Cell(static_cast<std::int64_t>(id));
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

Table overview(const DecisionRecord& record) {
  return {"Overzicht",
          {"onderwerp", "waarde"},
          {{text("Workshop"), text(record.title)},
           {text("Gemaakt op"), WallClockTime{record.generated_local_ms}},
           {text("Tijdzone"), text(record.time_zone)},
           {text("Strategie"), text(record.strategy)},
           {text("Deelnemers"), number(record.participants)},
           {text("Bestuursleden"), number(record.board_members)}}};
}

Table agenda(const DecisionRecord& record) {
  Table table{"Agenda",
              {"fase_nr", "fase", "gepland_min", "werkelijk_min", "verschil_min", "loopt_nog"},
              {}};
  const auto minutes = [](std::int64_t seconds) { return static_cast<double>(seconds) / 60.0; };
  for (std::size_t i = 0; i < record.agenda.size(); ++i) {
    const AgendaRow& row = record.agenda[i];
    table.rows.push_back(
        {number(static_cast<std::int64_t>(i + 1)), text(row.title), minutes(row.planned_seconds),
         row.actual_seconds ? Cell(minutes(*row.actual_seconds)) : Cell{},
         row.actual_seconds ? Cell(minutes(*row.actual_seconds - row.planned_seconds)) : Cell{},
         text(row.in_progress ? "ja" : "nee")});
  }
  return table;
}

Table dilemmas(const DecisionRecord& record) {
  Table table{"Dilemmas",
              {"dilemma_nr", "titel", "context", "scenario_1", "scenario_2", "scenario_3",
               "strategie_scenario", "uitkomst", "strategie", "peiling_nr"},
              {}};
  for (const DilemmaRecord& dilemma : record.dilemmas) {
    Row row{id_or_empty(dilemma.id), text(dilemma.title), text(dilemma.context)};
    for (std::size_t i = 0; i < 3; ++i) {
      row.push_back(i < dilemma.scenarios.size() ? text(dilemma.scenarios[i]) : Cell{});
    }
    row.push_back(id_or_empty(dilemma.strategy_scenario));
    row.push_back(text(words::outcome(dilemma.outcome, dilemma.chosen_scenario)));
    row.push_back(text(std::string(words::follows(dilemma.follows_strategy))));
    row.push_back(dilemma.poll ? id_or_empty(*dilemma.poll) : Cell{});
    table.rows.push_back(std::move(row));
  }
  return table;
}

// One row per option of every vote; counts only once the vote is revealed,
// board members' names only for the board's open cards.
Table polls(const DecisionRecord& record) {
  Table table{"Stemmingen",
              {"stemming_nr", "titel", "wie", "stemwijze", "status", "gestemd", "dilemma_nr",
               "keuze_nr", "keuze", "stemmen", "bestuursleden"},
              {}};
  for (const PollRecord& poll : record.polls) {
    const Row common{id_or_empty(poll.vote_id),
                     text(poll.title),
                     text(std::string(words::audience(poll.audience))),
                     text(std::string(words::ballot(poll.mode))),
                     text(std::string(words::vote_status(poll.status))),
                     number(poll.voters),
                     id_or_empty(poll.dilemma_id)};
    if (!poll.revealed) {
      Row row = common;
      row.resize(row.size() + 4);
      table.rows.push_back(std::move(row));
      continue;
    }
    for (const SpreadRow& option : poll.spread) {
      std::vector<std::string> names;
      for (const CardRow& card : poll.cards) {
        if (card.option_label == option.label) names.push_back(card.voter_name);
      }
      Row row = common;
      row.insert(row.end(), {id_or_empty(option.option_id), text(option.label),
                             number(option.count), text(joined(names))});
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

// "3 5": the vote numbers of the item's earlier rounds, oldest first.
std::string earlier_rounds(const BundleItemRecord& item) {
  std::string out;
  for (const core::VoteId id : item.earlier_vote_ids) {
    out += (out.empty() ? "" : " ") + std::to_string(id);
  }
  return out;
}

Table bundle_items(const DecisionRecord& record) {
  Table table{"Bestuur",
              {"bundel_nr", "bundel", "stemwijze", "dilemma_nr", "dilemma", "voorgelegd",
               "stemming_nr", "eerdere_stemmingen", "besluit", "reden"},
              {}};
  for (const BundleRecord& bundle : record.bundles) {
    for (const BundleItemRecord& item : bundle.items) {
      table.rows.push_back({id_or_empty(bundle.id), text(bundle.title),
                            text(std::string(words::ballot(bundle.mode))),
                            id_or_empty(item.dilemma_id), text(item.dilemma_title),
                            text(std::string(words::item_kind(item.kind))),
                            id_or_empty(item.vote_id), text(earlier_rounds(item)),
                            text(item.decision), text(item.reason)});
    }
  }
  return table;
}

// A room of a programme only: what its board meeting gave back.
Table given_back(const GivenBack& given) {
  Table table{"Teruggave",
              {"traject", "functiefamilie", "dilemma", "besluit", "reden", "volgt_strategie",
               "woord_trajectleider"},
              {}};
  for (const GivenBackRow& row : given.decisions) {
    table.rows.push_back({text(given.programme_title), text(given.job_family),
                          text(row.dilemma_title), text(row.decision), text(row.reason),
                          text(row.follows_strategy ? "ja" : "nee"), text(given.feedback)});
  }
  if (given.decisions.empty()) {
    table.rows.push_back({text(given.programme_title),
                          text(given.job_family),
                          {},
                          {},
                          {},
                          {},
                          text(given.feedback)});
  }
  return table;
}

Table actions(const DecisionRecord& record) {
  Table table{"Acties",
              {"rang",
               "actie_nr",
               "titel",
               "doel",
               "doelgroep",
               "specifiek",
               "meetbaar",
               "acceptabel",
               "realistisch",
               "tijdsgebonden",
               "eigenaar",
               "termijn",
               "voordelen",
               "nadelen",
               "cirkel_van_invloed",
               "scores",
               "gem_waarschijnlijk",
               "gem_zichtbaar",
               "gem_visie_en_waarden",
               "gem_bereik",
               "gem_concreet",
               "gem_totaal"},
              {}};
  for (const ActionRecord& row : record.actions) {
    const core::Action& a = row.action;
    const auto deadline = parse_calendar_date(a.deadline);
    Row out{number(row.rank),     id_or_empty(row.id),
            text(a.title),        text(a.goal),
            text(a.target_group), text(a.specific),
            text(a.measurable),   text(a.acceptable),
            text(a.realistic),    deadline ? Cell(*deadline) : text(a.deadline),
            text(a.owner),        text(std::string(words::term(a.term))),
            text(joined(a.pros)), text(joined(a.cons)),
            text(row.circle),     number(row.scorers)};
    if (row.means) {
      for (const std::uint32_t mean :
           {row.means->likelihood, row.means->visibility, row.means->fits_vision, row.means->reach,
            row.means->concreteness, row.means->total}) {
        out.push_back(static_cast<double>(mean) / 10.0);
      }
    } else {
      out.resize(out.size() + 6);
    }
    table.rows.push_back(std::move(out));
  }
  return table;
}

Table notes(const DecisionRecord& record) {
  Table table{"Notities", {"bord_nr", "bord", "soort", "vak", "notitie"}, {}};
  for (const BoardNotes& board : record.boards) {
    for (const NoteRow& note : board.notes) {
      table.rows.push_back({id_or_empty(board.board_id), text(board.title),
                            text(std::string(words::board_kind(board.kind))), text(note.zone),
                            text(note.text)});
    }
  }
  return table;
}

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

std::optional<CalendarDate> parse_calendar_date(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (std::size_t p = 0; p < 3; ++p) {
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (value[i] < '0' || value[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (value[i] - '0');
    }
  }
  static constexpr int days_in[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int year = parts[0];
  const int month = parts[1];
  const int day = parts[2];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int last = days_in[month - 1] + (month == 2 && leap_year(year) ? 1 : 0);
  if (day > last) return std::nullopt;
  return CalendarDate{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
}

std::vector<Table> record_tables(const DecisionRecord& record) {
  std::vector<Table> tables{overview(record),     agenda(record),  dilemmas(record), polls(record),
                            bundle_items(record), actions(record), notes(record)};
  if (record.given_back) tables.insert(tables.begin() + 5, given_back(*record.given_back));
  return tables;
}

}  // namespace kring::record
