#include "export/document.hpp"

#include <utility>

#include "export/wording.hpp"

namespace kring::record {

void BlockWriter::heading(int level, std::string text) {
  Block block;
  block.kind = Block::Kind::heading;
  block.level = level;
  block.text = std::move(text);
  blocks_.push_back(std::move(block));
}

void BlockWriter::paragraph(std::string label, std::string text) {
  Block block;
  block.kind = Block::Kind::paragraph;
  block.label = std::move(label);
  block.text = std::move(text);
  blocks_.push_back(std::move(block));
}

void BlockWriter::list(std::vector<std::string> items) {
  if (items.empty()) return;
  Block block;
  block.kind = Block::Kind::list;
  block.items = std::move(items);
  blocks_.push_back(std::move(block));
}

void BlockWriter::table(std::vector<std::string> header,
                        std::vector<std::vector<std::string>> rows) {
  Block block;
  block.kind = Block::Kind::table;
  block.header = std::move(header);
  block.rows = std::move(rows);
  blocks_.push_back(std::move(block));
}

const PollRecord* find_poll(const DecisionRecord& record, core::VoteId id) {
  for (const PollRecord& poll : record.polls) {
    if (poll.vote_id == id) return &poll;
  }
  return nullptr;
}

std::string spread_text(const PollRecord& poll) {
  if (!poll.revealed) {
    return std::string(words::vote_status(poll.status)) + " (" + std::to_string(poll.voters) +
           " gestemd)";
  }
  std::string text;
  for (const SpreadRow& row : poll.spread) {
    if (!text.empty()) text += "; ";
    text += row.label + ": " + std::to_string(row.count);
  }
  return text;
}

// The spread of the item's vote; with several rounds, each round's, in order.
std::string rounds_text(const DecisionRecord& record, const BundleItemRecord& item) {
  std::vector<core::VoteId> rounds = item.earlier_vote_ids;
  rounds.push_back(item.vote_id);
  std::string text;
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    const PollRecord* poll = find_poll(record, rounds[i]);
    const std::string spread = poll ? spread_text(*poll) : "";
    if (rounds.size() == 1) return spread;
    text += (i == 0 ? "" : "; ") + ("ronde " + std::to_string(i + 1) + ": ") + spread;
  }
  return text;
}

namespace {

using Writer = BlockWriter;

void header_part(Writer& out, const DecisionRecord& record) {
  out.heading(1, "Besluitenverslag: " + record.title);
  out.paragraph("Gemaakt op", words::date(record.generated_local_ms) + " om " +
                                  words::time_of_day(record.generated_local_ms) + " (" +
                                  record.time_zone + ")");
  out.paragraph("Deelnemers", std::to_string(record.participants) +
                                  ", bestuursleden: " + std::to_string(record.board_members));
  out.paragraph("",
                "Notities zijn anoniem: dit verslag noemt geen schrijvers en bevat alleen "
                "onthulde notities.");
  out.heading(2, "De grote keuze");
  out.paragraph("Strategie", record.strategy.empty() ? "(niet vastgelegd)" : record.strategy);
}

void agenda_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Agenda");
  std::vector<std::vector<std::string>> rows;
  for (const AgendaRow& row : record.agenda) {
    std::string actual = row.actual_seconds ? words::minutes(*row.actual_seconds) : "";
    if (row.in_progress && row.actual_seconds) actual += " (loopt nog)";
    std::string drift;
    if (row.actual_seconds) {
      const std::int64_t delta = *row.actual_seconds - row.planned_seconds;
      drift = (delta > 0 ? "+" : "") + words::minutes(delta);
    }
    rows.push_back({row.title, words::minutes(row.planned_seconds), actual, drift});
  }
  out.table({"Fase", "Gepland (min:s)", "Werkelijk (min:s)", "Verschil"}, std::move(rows));
}

void dilemma_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Dilemma's");
  if (record.dilemmas.empty()) out.paragraph("", "Geen dilemma's.");
  for (const DilemmaRecord& dilemma : record.dilemmas) {
    out.heading(3, std::to_string(dilemma.id) + ". " + dilemma.title);
    if (!dilemma.context.empty()) out.paragraph("Context", dilemma.context);
    std::vector<std::string> scenarios;
    for (std::size_t i = 0; i < dilemma.scenarios.size(); ++i) {
      std::string item = "Scenario " + std::to_string(i + 1) + ": " + dilemma.scenarios[i];
      if (dilemma.strategy_scenario == i + 1) item += " (volgt de strategie)";
      scenarios.push_back(std::move(item));
    }
    out.list(std::move(scenarios));
    const PollRecord* poll = dilemma.poll ? find_poll(record, *dilemma.poll) : nullptr;
    out.paragraph("Peiling in de groep", poll ? spread_text(*poll) : "geen");
    std::string outcome = words::outcome(dilemma.outcome, dilemma.chosen_scenario);
    if (dilemma.follows_strategy)
      outcome += " (" + std::string(words::follows(dilemma.follows_strategy)) + ")";
    out.paragraph("Uitkomst", outcome);
  }
}

void poll_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Stemmingen");
  if (record.polls.empty()) out.paragraph("", "Geen stemmingen.");
  for (const PollRecord& poll : record.polls) {
    out.heading(3, std::to_string(poll.vote_id) + ". " + poll.title);
    out.paragraph("", std::string(words::audience(poll.audience)) + ", " +
                          std::string(words::ballot(poll.mode)) + ", " +
                          std::string(words::vote_status(poll.status)) + ", " +
                          std::to_string(poll.voters) + " gestemd");
    if (!poll.revealed) continue;
    std::vector<std::vector<std::string>> spread;
    for (const SpreadRow& row : poll.spread)
      spread.push_back({row.label, std::to_string(row.count)});
    out.table({"Keuze", "Stemmen"}, std::move(spread));
    if (poll.cards.empty()) continue;
    std::vector<std::vector<std::string>> cards;
    for (const CardRow& card : poll.cards) {
      cards.push_back(
          {card.voter_name.empty() ? "(zonder naam)" : card.voter_name, card.option_label});
    }
    out.table({"Bestuurslid", "Kaart"}, std::move(cards));
  }
}

void bundle_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Bestuur");
  if (record.bundles.empty()) out.paragraph("", "Niets aan het bestuur voorgelegd.");
  for (const BundleRecord& bundle : record.bundles) {
    out.heading(3, bundle.title + " (" + std::string(words::ballot(bundle.mode)) + ")");
    std::vector<std::vector<std::string>> rows;
    for (const BundleItemRecord& item : bundle.items) {
      rows.push_back({item.dilemma_title, std::string(words::item_kind(item.kind)),
                      rounds_text(record, item),
                      item.decision.empty() ? "Nog niet besloten" : item.decision, item.reason});
    }
    out.table({"Dilemma", "Voorgelegd", "Stemmen", "Besluit", "Reden"}, std::move(rows));
  }
}

// A room of a programme: what the board meeting gave back to it.
void given_back_part(Writer& out, const DecisionRecord& record) {
  if (!record.given_back) return;
  const GivenBack& given = *record.given_back;
  out.heading(2, "Teruggave van het bestuur");
  out.paragraph("Traject", given.programme_title);
  out.paragraph("Functiefamilie", given.job_family);
  if (given.decisions.empty()) out.paragraph("", "Het bestuur heeft nog niets teruggegeven.");
  std::vector<std::vector<std::string>> rows;
  for (const GivenBackRow& row : given.decisions) {
    rows.push_back(
        {row.dilemma_title, row.decision, row.reason, row.follows_strategy ? "Ja" : "Nee"});
  }
  if (!rows.empty()) {
    out.table({"Dilemma", "Besluit", "Reden", "Volgt de strategie"}, std::move(rows));
  }
  if (!given.feedback.empty()) out.paragraph("Woord van de trajectleider", given.feedback);
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

void action_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Acties");
  if (record.actions.empty()) out.paragraph("", "Geen acties.");
  std::vector<std::vector<std::string>> ranking;
  for (const ActionRecord& row : record.actions) {
    ranking.push_back({std::to_string(row.rank), row.action.title, row.circle,
                       std::to_string(row.scorers),
                       row.means ? words::tenths(row.means->total) : ""});
  }
  if (!ranking.empty()) {
    out.table({"Rang", "Actie", "Cirkel van invloed", "Scores", "Gemiddeld totaal (5-25)"},
              std::move(ranking));
  }
  for (const ActionRecord& row : record.actions) {
    const core::Action& action = row.action;
    out.heading(3, std::to_string(row.rank) + ". " + action.title);
    const std::pair<const char*, const std::string*> fields[] = {
        {"Doel", &action.goal},
        {"Doelgroep", &action.target_group},
        {"Specifiek", &action.specific},
        {"Meetbaar", &action.measurable},
        {"Acceptabel", &action.acceptable},
        {"Realistisch", &action.realistic},
        {"Tijdsgebonden", &action.deadline},
        {"Eigenaar", &action.owner}};
    for (const auto& [name, value] : fields) {
      if (!value->empty()) out.paragraph(name, *value);
    }
    out.paragraph("Termijn", std::string(words::term(action.term)));
    if (!action.pros.empty()) out.paragraph("Voordelen", joined(action.pros));
    if (!action.cons.empty()) out.paragraph("Nadelen", joined(action.cons));
    if (row.means) {
      out.table({"Criterium", "Gemiddelde"},
                {{"Hoe waarschijnlijk is het probleem (1-5)", words::tenths(row.means->likelihood)},
                 {"Hoe zichtbaar is de actie (1-5)", words::tenths(row.means->visibility)},
                 {"Conform visie en waarden (1-5)", words::tenths(row.means->fits_vision)},
                 {"Bereik: klein, middel, groot (1-3)", words::tenths(row.means->reach)},
                 {"Concreet (5) of beleidsmatig (1)", words::tenths(row.means->concreteness)}});
    }
  }
}

void notes_part(Writer& out, const DecisionRecord& record) {
  out.heading(2, "Notities per bord");
  for (const BoardNotes& board : record.boards) {
    out.heading(3, board.title + " (" + std::string(words::board_kind(board.kind)) + ")");
    if (board.notes.empty()) {
      out.paragraph("", "Geen onthulde notities.");
      continue;
    }
    std::vector<std::vector<std::string>> rows;
    for (const NoteRow& note : board.notes) rows.push_back({note.zone, note.text});
    out.table({"Vak", "Notitie"}, std::move(rows));
  }
}

}  // namespace

std::vector<Block> lay_out(const DecisionRecord& record) {
  Writer out;
  header_part(out, record);
  agenda_part(out, record);
  dilemma_part(out, record);
  poll_part(out, record);
  bundle_part(out, record);
  given_back_part(out, record);
  action_part(out, record);
  notes_part(out, record);
  return out.take();
}

}  // namespace kring::record
