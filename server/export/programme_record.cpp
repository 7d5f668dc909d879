#include "export/programme_record.hpp"

#include "export/build_record.hpp"
#include "export/file_name.hpp"
#include "export/html.hpp"
#include "export/markdown.hpp"
#include "export/wording.hpp"

namespace kring::record {
namespace {

const char* status_text(const ProgrammeRoomRecord& room) {
  if (!room.record) return "verwijderd";
  return room.record->participants + room.record->board_members > 0 ? "gehouden" : "gepland";
}

// The group's poll on `dilemma` in words, or "geen".
std::string poll_text(const DecisionRecord& record, const DilemmaRecord& dilemma) {
  const PollRecord* poll = dilemma.poll ? find_poll(record, *dilemma.poll) : nullptr;
  return poll ? spread_text(*poll) : "geen";
}

std::string outcome_text(const DilemmaRecord& dilemma) {
  std::string text = words::outcome(dilemma.outcome, dilemma.chosen_scenario);
  if (dilemma.follows_strategy) {
    text += " (" + std::string(words::follows(dilemma.follows_strategy)) + ")";
  }
  return text;
}

std::string job_family_of(const ProgrammeRoomRecord& board, core::DilemmaId id) {
  return id >= 1 && id <= board.job_family_of_dilemma.size() ? board.job_family_of_dilemma[id - 1]
                                                             : "";
}

}  // namespace

ProgrammeRecord build_programme_record(const core::RoomState& programme,
                                       const std::vector<ProgrammeRoomState>& rooms,
                                       core::TimeMs generated_at_ms, const ZoneRules& zone) {
  ProgrammeRecord record;
  record.title = programme.title;
  record.generated_local_ms = zone.local_ms(generated_at_ms);
  record.time_zone = zone.name;
  record.strategy = programme.strategy;
  record.released = programme.released;
  for (const auto& [entry, state] : rooms) {
    ProgrammeRoomRecord room{entry, std::nullopt, {}};
    if (!entry.gone && state && state->created) {
      room.record = build_record(*state, generated_at_ms, zone);
      for (const core::Dilemma& dilemma : state->dilemmas) {
        room.job_family_of_dilemma.push_back(dilemma.source.job_family);
      }
    }
    record.rooms.push_back(std::move(room));
  }
  return record;
}

std::vector<Block> lay_out_programme(const ProgrammeRecord& record) {
  BlockWriter out;
  out.heading(1, "Trajectverslag: " + record.title);
  out.paragraph("Gemaakt op", words::date(record.generated_local_ms) + " om " +
                                  words::time_of_day(record.generated_local_ms) + " (" +
                                  record.time_zone + ")");
  out.paragraph("",
                "Dit verslag noemt niemand: geen deelnemers, geen schrijvers, geen namen bij de "
                "stemmen van het bestuur; alleen onthulde peilingen en stemmen.");
  out.heading(2, "De grote keuze");
  out.paragraph("Strategie", record.strategy.empty() ? "(niet vastgelegd)" : record.strategy);

  out.heading(2, "Workshops");
  for (const ProgrammeRoomRecord& room : record.rooms) {
    if (room.entry.board_meeting) continue;
    out.heading(3, room.entry.job_family + (room.record ? ": " + room.record->title : ""));
    out.paragraph(
        "Stand",
        std::string(status_text(room)) +
            (room.record ? ", deelnemers: " + std::to_string(room.record->participants) : ""));
    if (!room.record) continue;
    std::vector<std::vector<std::string>> rows;
    for (const DilemmaRecord& dilemma : room.record->dilemmas) {
      rows.push_back({dilemma.title, outcome_text(dilemma), poll_text(*room.record, dilemma)});
    }
    if (rows.empty()) {
      out.paragraph("", "Geen dilemma's.");
    } else {
      out.table({"Dilemma", "Uitkomst", "Peiling in de groep"}, std::move(rows));
    }
  }

  out.heading(2, "Bestuursvergadering");
  bool board_found = false;
  for (const ProgrammeRoomRecord& room : record.rooms) {
    if (!room.entry.board_meeting) continue;
    board_found = true;
    if (!room.record) {
      out.paragraph("", "De bestuursvergadering is verwijderd.");
      continue;
    }
    out.paragraph("Bestuursleden", std::to_string(room.record->board_members));
    std::vector<std::vector<std::string>> rows;
    for (const BundleRecord& bundle : room.record->bundles) {
      for (const BundleItemRecord& item : bundle.items) {
        rows.push_back({job_family_of(room, item.dilemma_id), item.dilemma_title,
                        std::string(words::item_kind(item.kind)), rounds_text(*room.record, item),
                        item.decision.empty() ? "Nog niet besloten" : item.decision, item.reason});
      }
    }
    if (rows.empty()) {
      out.paragraph("", "Nog niets voorgelegd.");
    } else {
      out.table({"Functiefamilie", "Dilemma", "Voorgelegd", "Stemmen", "Besluit", "Reden"},
                std::move(rows));
    }
  }
  if (!board_found) out.paragraph("", "Geen bestuursvergadering.");

  out.heading(2, "Teruggegeven aan de functiefamilies");
  for (const ProgrammeRoomRecord& room : record.rooms) {
    if (room.entry.board_meeting) continue;
    out.heading(3, room.entry.job_family);
    std::vector<std::vector<std::string>> rows;
    for (const core::ReleasedDecision& decision : record.released) {
      if (decision.room_id != room.entry.room_id) continue;
      rows.push_back({decision.title, words::released(decision), decision.reason,
                      decision.follows_strategy ? "Ja" : "Nee"});
    }
    if (rows.empty()) {
      out.paragraph("", "Nog niets teruggegeven.");
    } else {
      out.table({"Dilemma", "Besluit", "Reden", "Volgt de strategie"}, std::move(rows));
    }
    if (!room.entry.feedback.empty())
      out.paragraph("Woord van de trajectleider", room.entry.feedback);
    out.paragraph("Bezorgd", room.entry.gone ? "nee (workshop verwijderd)"
                             : room.entry.delivered_version >= room.entry.news_version
                                 ? "ja"
                                 : "nog niet");
  }
  return out.take();
}

std::vector<Table> programme_tables(const ProgrammeRecord& record) {
  Table overview{"Overzicht", {"onderwerp", "waarde"}, {}};
  overview.rows.push_back({std::string("Traject"), record.title});
  overview.rows.push_back({std::string("Gemaakt op"), WallClockTime{record.generated_local_ms}});
  overview.rows.push_back({std::string("Tijdzone"), record.time_zone});
  overview.rows.push_back({std::string("Strategie"), record.strategy});

  Table workshops{
      "Workshops", {"functiefamilie", "workshop", "stand", "dilemma", "uitkomst", "peiling"}, {}};
  Table board{
      "Bestuur", {"functiefamilie", "dilemma", "voorgelegd", "stemmen", "besluit", "reden"}, {}};
  for (const ProgrammeRoomRecord& room : record.rooms) {
    if (!room.record) continue;
    if (room.entry.board_meeting) {
      for (const BundleRecord& bundle : room.record->bundles) {
        for (const BundleItemRecord& item : bundle.items) {
          board.rows.push_back({job_family_of(room, item.dilemma_id), item.dilemma_title,
                                std::string(words::item_kind(item.kind)),
                                rounds_text(*room.record, item), item.decision, item.reason});
        }
      }
      continue;
    }
    for (const DilemmaRecord& dilemma : room.record->dilemmas) {
      workshops.rows.push_back({room.entry.job_family, room.record->title,
                                std::string(status_text(room)), dilemma.title,
                                outcome_text(dilemma), poll_text(*room.record, dilemma)});
    }
  }
  Table given{
      "Teruggave", {"functiefamilie", "dilemma", "besluit", "reden", "volgt_strategie"}, {}};
  for (const core::ReleasedDecision& decision : record.released) {
    std::string family;
    for (const ProgrammeRoomRecord& room : record.rooms) {
      if (room.entry.room_id == decision.room_id) family = room.entry.job_family;
    }
    given.rows.push_back({family, decision.title, words::released(decision), decision.reason,
                          std::string(decision.follows_strategy ? "ja" : "nee")});
  }
  return {overview, workshops, board, given};
}

RecordFile render_programme_file(const ProgrammeRecord& record, Format format) {
  const core::TimeMs local = record.generated_local_ms;
  switch (format) {
    case Format::markdown:
      return {record_file_name(record.title, local, "md"),
              "text/markdown; charset=utf-8",
              render_markdown(lay_out_programme(record)),
              {}};
    case Format::html:
      return {record_file_name(record.title, local, "html"),
              "text/html; charset=utf-8",
              render_html("Trajectverslag: " + record.title, lay_out_programme(record)),
              {}};
    case Format::xlsx:
      return {record_file_name(record.title, local, "xlsx"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "",
              programme_tables(record)};
  }
  return {};
}

}  // namespace kring::record
