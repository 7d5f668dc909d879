#include "protocol/encode_templates.hpp"

#include "kring/v1/templates.pb.h"
#include "protocol/to_proto.hpp"
#include "protocol/wire_enums.hpp"

namespace kring::protocol {
namespace {

void board_to_proto(const core::cmd::AddBoard& board, kring::v1::AddBoard* out) {
  out->set_title(board.title);
  out->set_kind(to_proto(board.kind));
  out->set_writing_mode(to_proto(board.writing_mode));
  for (const std::string& label : board.column_labels) out->add_column_labels(label);
  for (const std::string& label : board.row_labels) out->add_row_labels(label);
  out->set_participants_may_move(board.participants_may_move);
}

std::string encoded(core::Language language) {
  kring::v1::TemplateCatalogue catalogue;
  for (const core::WorkshopTemplate& t : core::workshop_templates(language)) {
    kring::v1::WorkshopTemplate* out = catalogue.add_templates();
    out->set_key(t.key);
    out->set_name(t.name);
    out->set_purpose(t.purpose);
    out->set_replaces_agenda(t.replaces_agenda);
    for (const core::Phase& phase : t.phases) to_proto(phase, out->add_phases());
    for (std::uint32_t seconds : t.phase_max_seconds) out->add_phase_max_seconds(seconds);
    out->set_max_total_seconds(t.max_total_seconds);
    for (const core::cmd::AddBoard& board : t.boards) board_to_proto(board, out->add_boards());
  }
  return catalogue.SerializeAsString();
}

}  // namespace

std::string encode_template_catalogue(core::Language language) {
  // Encoded once per language: the catalogue is constant for the process.
  static const std::string dutch = encoded(core::Language::dutch);
  static const std::string english = encoded(core::Language::english);
  return language == core::Language::english ? english : dutch;
}

}  // namespace kring::protocol
