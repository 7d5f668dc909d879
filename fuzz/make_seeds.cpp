// make_seeds: writes the committed seed corpora (corpus/<target>/) from
// workshops played the way the tests play them: client frames built with
// tests/support/commands, run through the RoomDriver. Run by hand after the
// protocol changes, then review and commit what it wrote:
//   build/fuzz/fuzz/make_seeds fuzz/corpus
// For fuzz_client_frame: every frame played, and the other payloads. For
// fuzz_room_core: each workshop as a room script. For fuzz_bus_decode: every
// event as stored in Redis, and each final state as a snapshot (both forms).
// For fuzz_http_request: one request per route.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "log/redis/bus_codec.hpp"
#include "log/redis/snapshot_value.hpp"
#include "log/redis/state_codec.hpp"
#include "room_driver.hpp"
#include "room_script.hpp"
#include "support/commands.hpp"

namespace kring::fuzz {
namespace {

namespace fs = std::filesystem;
namespace cmd = test::cmd;
namespace v1 = kring::v1;

constexpr std::size_t facilitator = facilitator_actor;
constexpr std::size_t ans = first_participant_actor;
constexpr std::size_t bram = first_participant_actor + 1;
constexpr std::size_t cor = first_participant_actor + 2;
constexpr std::size_t dirk = first_board_actor;
constexpr std::size_t els = first_board_actor + 1;
constexpr std::size_t fien = first_board_actor + 2;

class Output {
 public:
  explicit Output(fs::path dir) : dir_(std::move(dir)) {}

  void write(const std::string& target, const std::string& name, const std::string& bytes) {
    fs::create_directories(dir_ / target);
    std::ofstream(dir_ / target / name, std::ios::binary) << bytes;
  }

 private:
  fs::path dir_;
};

// One workshop: plays frames as the cast and keeps what it played.
class Workshop {
 public:
  Workshop(Output& out, std::string name) : out_(out), name_(std::move(name)) {}

  ~Workshop() {
    out_.write("fuzz_room_core", name_, script_);
    std::size_t i = 0;
    for (const core::Event& event : room_.events()) {
      out_.write("fuzz_bus_decode", name_ + "-event-" + std::to_string(++i),
                 std::string(1, '\0') + log::redis::encode_stored_event(event));
    }
    out_.write("fuzz_bus_decode", name_ + "-state",
               std::string(1, '\1') + log::redis::encode_room_state(room_.state()));
    out_.write("fuzz_bus_decode", name_ + "-snapshot-value",
               std::string(1, '\2') + log::redis::encode_snapshot_value(room_.state()));
  }

  // Plays `command` as `actor`; returns the id it created (0 if none).
  std::uint64_t play(std::size_t actor, v1::RoomCommand command) {
    std::string key = "key-" + std::to_string(++frames_);
    key.resize(16, '.');
    command.set_idempotency_key(key);
    const std::string frame = cmd::as_message(frames_, std::move(command)).SerializeAsString();
    append_step(script_, static_cast<std::uint8_t>(actor + actor_count), frame);
    out_.write("fuzz_client_frame", name_ + "-" + std::to_string(frames_), frame);
    const StepOutcome outcome = room_.step(actor, frame);
    const auto* event = std::get_if<core::Event>(&outcome);
    if (event == nullptr) {
      const auto* rejection = std::get_if<core::Rejection>(&outcome);
      std::fprintf(stderr, "make_seeds: %s frame %d was not accepted: %s\n", name_.c_str(), frames_,
                   rejection != nullptr ? rejection->detail.c_str() : "no command");
      std::exit(1);
    }
    return core::created_id_of(*event);
  }

 private:
  Output& out_;
  std::string name_;
  RoomDriver room_;
  std::string script_;
  int frames_ = 0;
};

void notes(Output& out) {
  Workshop w(out, "notes");
  const auto board =
      w.play(facilitator,
             cmd::add_columns_board("Retro", v1::WRITING_MODE_PRIVATE_FIRST, {"goed", "beter"}));
  w.play(facilitator, cmd::set_writing(board, true));
  const auto hidden = w.play(ans, cmd::add_note(board, 1, "Meer pauzes", std::string(20, 'a')));
  w.play(ans, cmd::edit_note(hidden, "Meer en langere pauzes", std::string(20, 'a')));
  w.play(ans, cmd::move_note(hidden, 2, std::string(20, 'a')));
  const auto second =
      w.play(bram, cmd::add_note(board, 1, "Minder vergaderen", std::string(20, 'b')));
  w.play(cor, cmd::add_note(board, 2, "Koffie", std::string(20, 'c')));
  w.play(cor, cmd::delete_note(w.play(cor, cmd::add_note(board, 2, "weg", std::string(20, 'd'))),
                               std::string(20, 'd')));
  w.play(facilitator, cmd::reveal_board(board));
  w.play(facilitator, cmd::move_note(second, 2));
  w.play(facilitator, cmd::remove_note(second));
  const auto circles =
      w.play(facilitator, cmd::add_circles_board("Invloed", v1::WRITING_MODE_OPEN, true));
  w.play(facilitator, cmd::set_writing(circles, true));
  const auto open = w.play(bram, cmd::add_note(circles, 0, "Roosters", std::string(20, 'e')));
  w.play(bram, cmd::move_note(open, cmd::zone_changeable));
}

void votes(Output& out) {
  Workshop w(out, "votes");
  const auto poll =
      w.play(facilitator, cmd::open_vote("Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                         v1::BALLOT_MODE_OPEN_CARDS,
                                         {"Scenario 1", "Scenario 2", "Scenario 3"}));
  w.play(ans, cmd::cast_vote(poll, 1));
  w.play(bram, cmd::cast_vote(poll, 3));
  w.play(ans, cmd::cast_vote(poll, 2));
  w.play(facilitator, cmd::close_vote(poll));
  w.play(facilitator, cmd::reveal_vote(poll));
  const auto board = w.play(facilitator, cmd::open_vote("Besluit", v1::VOTE_AUDIENCE_BOARD,
                                                        v1::BALLOT_MODE_SECRET, {"ja", "nee"}));
  w.play(dirk, cmd::cast_vote(board, 1));
  w.play(els, cmd::cast_vote(board, 2));
  w.play(fien, cmd::cast_vote(board, 1));
  w.play(facilitator, cmd::reveal_vote(board));
}

void method(Output& out) {
  Workshop w(out, "method");
  w.play(facilitator, cmd::set_strategy("Dichtbij de huurder"));
  const auto proposal = w.play(cor, cmd::submit_proposal("Praatje bij de deur?", "Tijd is krap"));
  const auto first =
      w.play(facilitator, cmd::add_dilemma("Praatje?", {"nee", "soms", "ja"}, 3, proposal));
  const auto second =
      w.play(facilitator, cmd::add_dilemma("Sleutel?", {"altijd", "nooit", "soms"}, 1));
  const auto poll = w.play(facilitator, cmd::open_dilemma_poll(first, v1::BALLOT_MODE_SECRET));
  w.play(ans, cmd::cast_vote(poll, 3));
  w.play(bram, cmd::cast_vote(poll, 3));
  w.play(cor, cmd::cast_vote(poll, 2));
  w.play(facilitator, cmd::close_vote(poll));
  w.play(facilitator, cmd::reveal_vote(poll));
  w.play(facilitator, cmd::record_outcome(first, v1::DILEMMA_OUTCOME_CONSENSUS, 3));
  w.play(facilitator, cmd::record_outcome(second, v1::DILEMMA_OUTCOME_NO_CONSENSUS, 0));
  w.play(facilitator, cmd::show_strategy_marks());
  const auto bundle =
      w.play(facilitator, cmd::create_bundle("Bestuur", v1::BALLOT_MODE_SECRET, {first, second}));
  // The bundle's votes follow the poll: ids poll + 1 and poll + 2.
  for (const std::size_t member : {dirk, els, fien}) {
    w.play(member, cmd::cast_vote(poll + 1, 1));
    w.play(member, cmd::cast_vote(poll + 2, member == dirk ? 1 : 2));
  }
  w.play(facilitator, cmd::reveal_bundle(bundle));
  w.play(facilitator, cmd::record_decision(bundle, first, 1, "Volgt de strategie."));
  // The choice item again, in a second hidden round (vote poll + 3).
  w.play(facilitator, cmd::open_bundle_round(bundle, second));
  for (const std::size_t member : {dirk, els, fien}) w.play(member, cmd::cast_vote(poll + 3, 2));
  w.play(facilitator, cmd::reveal_vote(poll + 3));
  w.play(facilitator, cmd::record_decision(bundle, second, 2, "Tweede ronde: eensgezind."));
}

void actions(Output& out) {
  Workshop w(out, "actions");
  const auto board = w.play(facilitator, cmd::add_circles_board("Acties", v1::WRITING_MODE_OPEN));
  w.play(facilitator, cmd::set_writing(board, true));
  const auto note = w.play(ans, cmd::add_note(board, 1, "Bewonersavond", std::string(20, 'a')));
  const auto from_note = w.play(facilitator, cmd::save_action(0, note, ""));
  const auto typed = w.play(facilitator, cmd::save_action(0, 0, "Nieuwsbrief"));
  w.play(ans, cmd::score_action(from_note, 4, 3, 5, 2, 4));
  w.play(bram, cmd::score_action(from_note, 2, 2, 3, 1, 5));
  w.play(bram, cmd::score_action(typed, 5, 5, 5, 3, 5));
  w.play(facilitator, cmd::reveal_ranking());
  v1::RoomCommand remove;
  remove.mutable_remove_action()->set_action_id(typed);
  w.play(facilitator, remove);
}

void agenda(Output& out) {
  Workshop w(out, "agenda");
  w.play(facilitator, cmd::set_agenda({{"Waar staan we?", 900}, {"Dilemma's", 5400}}));
  w.play(facilitator, [] {
    v1::RoomCommand c;
    c.mutable_start_timer();
    return c;
  }());
  w.play(facilitator, [] {
    v1::RoomCommand c;
    c.mutable_extend_timer()->set_seconds(300);
    return c;
  }());
  w.play(facilitator, [] {
    v1::RoomCommand c;
    c.mutable_next_phase();
    return c;
  }());
  w.play(facilitator, [] {
    v1::RoomCommand c;
    c.mutable_pause_timer();
    return c;
  }());
}

// The payloads that are no room command, and frames that are no message.
void other_frames(Output& out) {
  const auto write = [&out](const std::string& name, const v1::ClientMessage& message) {
    out.write("fuzz_client_frame", name, message.SerializeAsString());
  };
  v1::ClientMessage m;
  m.set_request_id(1);
  m.mutable_hello()->set_protocol_version(v1::PROTOCOL_VERSION_1);
  m.mutable_hello()->set_client("web 1.0");
  write("hello", m);
  m.mutable_create_room()->set_title("Kleine keuzes");
  write("create-room", m);
  m.mutable_join_room()->set_participant_code("ABCD-EFGH");
  m.mutable_join_room()->set_member_secret(std::string(32, 'm'));
  m.mutable_join_room()->set_display_name("Ans");
  m.mutable_join_room()->mutable_resume_from()->set_epoch(1);
  m.mutable_join_room()->mutable_resume_from()->set_seq(12);
  write("join-room", m);
  m.mutable_join_room()->set_facilitator_secret(std::string(32, 'f'));
  write("join-facilitator", m);
  m.mutable_claim_notes()->add_note_secrets(std::string(20, 'a'));
  write("claim-notes", m);
  m.mutable_ping()->set_nonce(99);
  write("ping", m);
  write("delete-room", cmd::as_message(2, cmd::delete_room()));
  out.write("fuzz_client_frame", "truncated", m.SerializeAsString().substr(0, 3));
}

void http_requests(Output& out) {
  const std::vector<std::pair<std::string, std::string>> requests = {
      {"index", "GET / HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"},
      {"asset", "GET /assets/app.js?v=1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"},
      {"head", "HEAD /style.css HTTP/1.0\r\n\r\n"},
      {"traversal", "GET /assets/../../secret.txt HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"link-out", "GET /outside-link.txt HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"healthz", "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"metrics", "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"templates", "GET /templates?lang=en HTTP/1.1\r\nHost: x\r\n\r\n"},
      {"record",
       "GET /record?format=md&room=@code@ HTTP/1.1\r\nHost: x\r\n"
       "Authorization: Bearer @secret@\r\n\r\n"},
      {"record-csv", "HEAD /record?format=csv HTTP/1.1\r\nAuthorization: bearer @secret@\r\n\r\n"},
      {"record-refused", "GET /record?format=html HTTP/1.1\r\nAuthorization: Bearer x\r\n\r\n"},
      {"post", "POST /record HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody"},
      {"upgrade",
       "GET /ws HTTP/1.1\r\nHost: localhost:8080\r\nUpgrade: websocket\r\n"
       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
       "Sec-WebSocket-Version: 13\r\nOrigin: http://localhost:8080\r\n\r\n"},
      {"chunked",
       "GET /healthz HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n"},
  };
  for (const auto& [name, request] : requests) out.write("fuzz_http_request", name, request);
}

}  // namespace
}  // namespace kring::fuzz

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_seeds CORPUS_DIR\n");
    return 2;
  }
  kring::fuzz::Output out(argv[1]);
  kring::fuzz::notes(out);
  kring::fuzz::votes(out);
  kring::fuzz::method(out);
  kring::fuzz::actions(out);
  kring::fuzz::agenda(out);
  kring::fuzz::other_frames(out);
  kring::fuzz::http_requests(out);
  return 0;
}
