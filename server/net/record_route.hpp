// record_route: GET /record, the decision record of a room for its
// facilitator (docs/protocol.md, "HTTP: decision record").
//
// The facilitator secret in `Authorization: Bearer` finds the room through the
// same credential directory and per-address failure limit as a WebSocket join,
// so the endpoint tells nothing a join would not: a wrong secret and an
// unknown room both answer 401. The state is copied on the room's strand and
// rendered by the caller, off it. A programme's lead secret gives the
// programme's record: every room of it is copied too, one at a time.
#pragma once

#include <boost/beast/http/status.hpp>
#include <functional>
#include <memory>
#include <string>

#include "core/room_state.hpp"
#include "export/programme_record.hpp"
#include "export/record_file.hpp"
#include "net/http_routes.hpp"
#include "net/server_context.hpp"

namespace kring::net {

struct RecordAnswer {
  boost::beast::http::status status = boost::beast::http::status::ok;
  std::string message;  // the text/plain body of a refusal
  // With status ok: the room to render, in `format`.
  std::shared_ptr<const core::RoomState> state;
  record::Format format = record::Format::markdown;
  // A programme's record: each of its rooms and its state (export/programme_record).
  std::vector<record::ProgrammeRoomState> rooms;
};

// Answers once, on any thread (possibly the room's strand, possibly before
// this returns).
void fetch_record(const HttpRequest& request, ServerContext& context,
                  const std::string& client_address, std::function<void(RecordAnswer)> done);

// The response for `answer`: the rendered file made at `generated_at_ms`, or
// the refusal (401 carries WWW-Authenticate: Bearer, 429 Retry-After).
boost::beast::http::message_generator record_response(const HttpRequest& request,
                                                      const RecordAnswer& answer,
                                                      core::TimeMs generated_at_ms);

}  // namespace kring::net
