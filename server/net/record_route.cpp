#include "net/record_route.hpp"

#include <optional>
#include <string_view>
#include <utility>

#include "hub/capabilities.hpp"
#include "net/query_string.hpp"
#include "net/xlsx_workbook.hpp"
#include "net/zone_files.hpp"

namespace kring::net {
namespace http = boost::beast::http;
namespace {

// The credential of an `Authorization: Bearer <token>` header; empty otherwise.
std::string_view bearer_token(const HttpRequest& request) {
  const auto it = request.find(http::field::authorization);
  if (it == request.end()) return {};
  std::string_view value = it->value();
  constexpr std::string_view scheme = "bearer ";
  if (value.size() <= scheme.size()) return {};
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    const char c = value[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != scheme[i]) return {};
  }
  value.remove_prefix(scheme.size());
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  return value;
}

// A HEAD request gets the length of what GET would carry, and no body.
void set_body(http::response<http::string_body>& response, const HttpRequest& request,
              std::string body) {
  if (request.method() == http::verb::head) {
    response.content_length(body.size());
    return;
  }
  response.body() = std::move(body);
  response.prepare_payload();
}

RecordAnswer refused(http::status status, std::string message) {
  return RecordAnswer{status, std::move(message), nullptr, record::Format::markdown, {}};
}

RecordAnswer unauthorized() {
  return refused(http::status::unauthorized, "a valid facilitator secret is required\n");
}

}  // namespace

void fetch_record(const HttpRequest& request, ServerContext& context,
                  const std::string& client_address, std::function<void(RecordAnswer)> done) {
  const std::string_view target = request.target();
  const std::optional<record::Format> format =
      record::parse_format(query_param(target, "format").value_or("md"));
  if (!format) return done(refused(http::status::bad_request, "format is md, html or xlsx\n"));
  const std::string_view secret = bearer_token(request);
  if (secret.empty()) return done(unauthorized());
  // Optional: the room's participant code, to make sure the secret is the
  // room's the client believes it is. A mismatch is just another 401.
  std::optional<std::string> room;
  if (const auto value = query_param(target, "room"); value && !value->empty()) {
    room = hub::normalize_code(*value);
  }
  context.registry.find(
      protocol::CredentialKind::facilitator_secret, secret, client_address,
      [format = *format, room = std::move(room), links = &context.registry.links(),
       done = std::move(done)](hub::RoomRegistry::FindResult found) mutable {
        if (const auto* rejection = std::get_if<core::Rejection>(&found)) {
          switch (rejection->code) {
            case core::ErrorCode::room_not_found:
              return done(unauthorized());
            case core::ErrorCode::rate_limited:
              return done(refused(http::status::too_many_requests,
                                  "too many failed attempts, wait a minute\n"));
            default:
              return done(refused(http::status::service_unavailable,
                                  "room storage unavailable, try again\n"));
          }
        }
        auto& room_found = std::get<hub::RoomRegistry::Found>(found);
        room_found.room->copy_state([format, room = std::move(room), links,
                                     done = std::move(done)](hub::RoomActor::StateCopy copy) {
          if (copy.busy) {
            return done(refused(http::status::service_unavailable, "room is busy, try again\n"));
          }
          if (!copy.state || (room && *room != copy.state->participant_code)) {
            return done(unauthorized());
          }
          if (copy.state->kind != core::RoomKind::programme) {
            return done(RecordAnswer{http::status::ok, {}, std::move(copy.state), format, {}});
          }
          std::shared_ptr<const core::RoomState> programme = std::move(copy.state);
          links->copy_rooms(programme->programme_rooms, [programme, format, done](
                                                            hub::ProgrammeLinks::RoomCopies rooms) {
            done(RecordAnswer{http::status::ok, {}, programme, format, std::move(rooms)});
          });
        });
      });
}

http::message_generator record_response(const HttpRequest& request, const RecordAnswer& answer,
                                        core::TimeMs generated_at_ms) {
  if (answer.status != http::status::ok || !answer.state) {
    http::response<http::string_body> response{answer.status, request.version()};
    decorate(response, request);
    response.set(http::field::content_type, "text/plain; charset=utf-8");
    if (answer.status == http::status::unauthorized) {
      response.set(http::field::www_authenticate, "Bearer");
    }
    if (answer.status == http::status::too_many_requests) {
      response.set(http::field::retry_after, "60");
    }
    set_body(response, request, answer.message);
    return response;
  }
  const record::ZoneRules zone = load_zone(answer.state->time_zone);
  record::RecordFile file =
      answer.state->kind == core::RoomKind::programme
          ? record::render_programme_file(
                record::build_programme_record(*answer.state, answer.rooms, generated_at_ms, zone),
                answer.format)
          : record::render_record_file(*answer.state, generated_at_ms, answer.format, zone);
  if (answer.format == record::Format::xlsx) {
    std::optional<std::string> workbook = write_xlsx(file.tables);
    if (!workbook) {
      return plain(request, http::status::internal_server_error,
                   "the spreadsheet could not be written\n");
    }
    file.body = std::move(*workbook);
  }
  http::response<http::string_body> response{http::status::ok, request.version()};
  decorate(response, request);
  response.set(http::field::content_type, file.content_type);
  response.set(http::field::content_disposition, "attachment; filename=\"" + file.file_name + "\"");
  set_body(response, request, std::move(file.body));
  return response;
}

}  // namespace kring::net
