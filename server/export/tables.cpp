#include "export/csv.hpp"

#include <utility>

#include "export/wording.hpp"

namespace kring::record {
namespace {

using Row = std::vector<std::string>;

std::string table(const Row& header, const std::vector<Row>& rows) {
  std::string out;
  auto append = [&out](const Row& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(row[i]);
    }
    out += "\r\n";
  };
  append(header);
  for (const Row& row : rows) append(row);
  return out;
}

std::string safe(std::string_view text) { return spreadsheet_safe(text); }

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

std::string agenda(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < record.agenda.size(); ++i) {
    const AgendaRow& row = record.agenda[i];
    const std::string actual = row.actual_seconds ? std::to_string(*row.actual_seconds) : "";
    const std::string drift =
        row.actual_seconds ? std::to_string(*row.actual_seconds - row.planned_seconds) : "";
    rows.push_back({std::to_string(i + 1), safe(row.title), std::to_string(row.planned_seconds),
                    actual, drift, row.in_progress ? "ja" : "nee"});
  }
  return table({"fase_nr", "fase", "gepland_s", "werkelijk_s", "verschil_s", "loopt_nog"}, rows);
}

std::string dilemmas(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (const DilemmaRecord& dilemma : record.dilemmas) {
    Row row{std::to_string(dilemma.id), safe(dilemma.title), safe(dilemma.context)};
    for (std::size_t i = 0; i < 3; ++i) {
      row.push_back(i < dilemma.scenarios.size() ? safe(dilemma.scenarios[i]) : "");
    }
    row.push_back(dilemma.strategy_scenario ? std::to_string(dilemma.strategy_scenario) : "");
    row.push_back(words::outcome(dilemma.outcome, dilemma.chosen_scenario));
    row.push_back(std::string(words::follows(dilemma.follows_strategy)));
    row.push_back(dilemma.poll ? std::to_string(*dilemma.poll) : "");
    rows.push_back(std::move(row));
  }
  return table({"dilemma_nr", "titel", "context", "scenario_1", "scenario_2", "scenario_3",
                "strategie_scenario", "uitkomst", "strategie", "peiling_nr"},
               rows);
}

// One row per option of every vote; counts only once the vote is revealed,
// board members' names only for the board's open cards.
std::string polls(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (const PollRecord& poll : record.polls) {
    const Row common{std::to_string(poll.vote_id),
                     safe(poll.title),
                     std::string(words::audience(poll.audience)),
                     std::string(words::ballot(poll.mode)),
                     std::string(words::vote_status(poll.status)),
                     std::to_string(poll.voters),
                     poll.dilemma_id ? std::to_string(poll.dilemma_id) : ""};
    if (!poll.revealed) {
      Row row = common;
      row.insert(row.end(), {"", "", "", ""});
      rows.push_back(std::move(row));
      continue;
    }
    for (const SpreadRow& option : poll.spread) {
      std::vector<std::string> names;
      for (const CardRow& card : poll.cards) {
        if (card.option_label == option.label) names.push_back(safe(card.voter_name));
      }
      Row row = common;
      row.insert(row.end(), {std::to_string(option.option_id), safe(option.label),
                             std::to_string(option.count), joined(names)});
      rows.push_back(std::move(row));
    }
  }
  return table({"stemming_nr", "titel", "wie", "stemwijze", "status", "gestemd", "dilemma_nr",
                "keuze_nr", "keuze", "stemmen", "bestuursleden"},
               rows);
}

std::string bundle_items(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (const BundleRecord& bundle : record.bundles) {
    for (const BundleItemRecord& item : bundle.items) {
      rows.push_back({std::to_string(bundle.id), safe(bundle.title),
                      std::string(words::ballot(bundle.mode)), std::to_string(item.dilemma_id),
                      safe(item.dilemma_title), std::string(words::item_kind(item.kind)),
                      std::to_string(item.vote_id), safe(item.decision)});
    }
  }
  return table({"bundel_nr", "bundel", "stemwijze", "dilemma_nr", "dilemma", "voorgelegd",
                "stemming_nr", "besluit"},
               rows);
}

std::string actions(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (const ActionRecord& row : record.actions) {
    const core::Action& a = row.action;
    Row out{std::to_string(row.rank),
            std::to_string(row.id),
            safe(a.title),
            safe(a.goal),
            safe(a.target_group),
            safe(a.specific),
            safe(a.measurable),
            safe(a.acceptable),
            safe(a.realistic),
            safe(a.deadline),
            safe(a.owner),
            std::string(words::term(a.term)),
            safe(joined(a.pros)),
            safe(joined(a.cons)),
            row.circle,
            std::to_string(row.scorers)};
    if (row.means) {
      for (const std::uint32_t mean :
           {row.means->likelihood, row.means->visibility, row.means->fits_vision, row.means->reach,
            row.means->concreteness, row.means->total}) {
        out.push_back(words::tenths(mean));
      }
    } else {
      out.insert(out.end(), 6, "");
    }
    rows.push_back(std::move(out));
  }
  return table({"rang",
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
               rows);
}

std::string notes(const DecisionRecord& record) {
  std::vector<Row> rows;
  for (const BoardNotes& board : record.boards) {
    for (const NoteRow& note : board.notes) {
      rows.push_back({std::to_string(board.board_id), safe(board.title),
                      std::string(words::board_kind(board.kind)), safe(note.zone),
                      safe(note.text)});
    }
  }
  return table({"bord_nr", "bord", "soort", "vak", "notitie"}, rows);
}

}  // namespace

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string spreadsheet_safe(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return "'" + std::string(text);
  }
  return std::string(text);
}

std::vector<CsvFile> render_csv(const DecisionRecord& record) {
  return {{"agenda.csv", agenda(record)},   {"dilemmas.csv", dilemmas(record)},
          {"polls.csv", polls(record)},     {"bundle_items.csv", bundle_items(record)},
          {"actions.csv", actions(record)}, {"notes.csv", notes(record)}};
}

}  // namespace kring::record
