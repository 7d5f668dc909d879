// fuzz_room_core: a room driven by a script of client frames from its whole
// cast (facilitator, three participants, three board members, projector), each
// frame decoded by the protocol decoder, decided and applied as the hub does
// (room_script.hpp has the input format; at most 64 frames per input).
//
// After every step:
// - seqs are contiguous: an accepted command raises state.seq by exactly one,
//   a rejected or duplicate one leaves it;
// - hidden is hidden: for every role, view_event() of the room equals that of
//   the room with its hidden values masked (secrecy_mask.hpp), and the encoded
//   event carries no hidden note's text and no secret hash or ballot tag;
// - the event survives the bus codec.
// At checkpoints (every 4th seq, and after the last step) the same secrecy
// checks for view_snapshot() of every role, and the state codec round trip.
//
// Every note text gets a marker made from a hash of the whole input, so the
// text of a hidden note can be searched for in frames without mistaking it
// for the same words typed elsewhere (the fuzzer cannot make the marker).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "check.hpp"
#include "core/room.hpp"
#include "log/redis/bus_codec.hpp"
#include "log/redis/state_codec.hpp"
#include "protocol/codec.hpp"
#include "room_driver.hpp"
#include "room_script.hpp"
#include "secrecy_mask.hpp"

namespace kring::fuzz {
namespace {

namespace redis = log::redis;

constexpr std::size_t max_steps = 64;
constexpr core::Seq checkpoint_every = 4;
constexpr core::Epoch epoch = 1;
constexpr std::array roles = {core::Role::facilitator, core::Role::participant,
                              core::Role::board_member, core::Role::projector};

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3;
  }
  return hash;
}

class Markers {
 public:
  explicit Markers(std::string_view input) {
    constexpr char hex[] = "0123456789abcdef";
    std::uint64_t hash = fnv1a(input);
    for (int i = 0; i < 16; ++i, hash >>= 4) stem_.push_back(hex[hash & 0xF]);
  }

  // Prefixes the text of every note command with a fresh marker.
  void mark(core::Command& command) {
    std::visit(
        [this](auto& body) {
          using T = std::decay_t<decltype(body)>;
          if constexpr (std::is_same_v<T, core::cmd::AddNote> ||
                        std::is_same_v<T, core::cmd::EditNote>) {
            body.text = stem_ + "." + std::to_string(++count_) + "~" + body.text;
          }
        },
        command.body);
  }

  // The markers in the text of every hidden note of `state`.
  std::vector<std::string> hidden(const core::RoomState& state) const {
    std::vector<std::string> out;
    for (const auto& [id, record] : state.notes) {
      if (!record.hidden) continue;
      const std::size_t end = record.note.text.find('~', 1);
      if (record.note.text.rfind(stem_, 0) == 0 && end != std::string::npos) {
        out.push_back(record.note.text.substr(0, end + 1));
      }
    }
    return out;
  }

 private:
  std::string stem_ = "~H";
  int count_ = 0;
};

// Every secret hash and ballot tag the state holds: none may leave it.
std::vector<std::string> secret_hashes(const core::RoomState& state) {
  std::vector<std::string> out = {state.facilitator_hash, state.projector_hash};
  for (const core::MemberRecord& member : state.members) out.push_back(member.member_hash);
  for (const auto& [id, record] : state.notes) out.push_back(record.secret_hash);
  for (const core::VoteRecord& record : state.votes) {
    for (const auto& [tag, choice] : record.secret_choices) out.push_back(tag);
  }
  for (const core::ActionRecord& record : state.actions) {
    for (const auto& [tag, scores] : record.scores) out.push_back(tag);
  }
  std::erase_if(out, [](const std::string& hash) { return hash.empty(); });
  return out;
}

void require_absent(const std::string& frame, const std::vector<std::string>& needles,
                    const char* what) {
  for (const std::string& needle : needles) require(frame.find(needle) == std::string::npos, what);
}

std::string snapshot_frame(const core::Snapshot& snapshot, core::Role role) {
  protocol::JoinedReply joined;
  joined.role = role;
  joined.snapshot = snapshot;
  return protocol::encode_joined(1, joined);
}

// The masked room for `role`: one for the facilitator, one shared by the rest.
struct MaskedRooms {
  core::RoomState facilitator;
  core::RoomState others;
  explicit MaskedRooms(const core::RoomState& state)
      : facilitator(mask_state(state, core::Role::facilitator)),
        others(mask_state(state, core::Role::participant)) {}
  const core::RoomState& of(core::Role role) const {
    return role == core::Role::facilitator ? facilitator : others;
  }
};

struct Secrets {
  std::vector<std::string> hidden_markers;
  std::vector<std::string> hashes;
};

void check_event_views(const core::RoomState& state, const MaskedRooms& masked,
                       const core::Event& event, const Secrets& secrets) {
  for (const core::Role role : roles) {
    const core::view::Body body = core::view_event(state, event, role);
    require(body == core::view_event(masked.of(role), mask_event(event, state, role), role),
            "an event's view depends on a hidden value");
    const std::string frame =
        protocol::encode_event(core::ClientEvent{epoch, event.seq, event.at_ms, body});
    require_absent(frame, secrets.hidden_markers, "a hidden note's text is in an event frame");
    require_absent(frame, secrets.hashes, "a secret hash is in an event frame");
  }
}

void check_snapshots(const core::RoomState& state, const MaskedRooms& masked,
                     const Secrets& secrets) {
  for (const core::Role role : roles) {
    const core::Snapshot snapshot = core::view_snapshot(state, role, epoch);
    require(snapshot == core::view_snapshot(masked.of(role), role, epoch),
            "a snapshot depends on a hidden value");
    const std::string joined = snapshot_frame(snapshot, role);
    require_absent(joined, secrets.hidden_markers, "a hidden note's text is in a snapshot");
    require_absent(joined, secrets.hashes, "a secret hash is in a snapshot");
  }
}

void check_state_codec(const core::RoomState& state) {
  const std::string bytes = redis::encode_room_state(state);
  const auto decoded = redis::decode_room_state(bytes);
  require(decoded.has_value(), "a state the core built does not decode");
  require(redis::encode_room_state(*decoded) == bytes, "a state changes in a codec round trip");
}

// Every step checks the seq, the event's views and the bus codec. Snapshots
// and the state codec cost most (they cover the whole room), so they are
// checked at checkpoints: every few accepted events and after the last step.
void check_step(const RoomDriver& room, const StepOutcome& outcome, core::Seq before,
                const Markers& markers) {
  const core::RoomState& state = room.state();
  if (const auto* rejection = std::get_if<core::Rejection>(&outcome)) {
    require(state.seq == before, "a rejected command changed the seq");
    require(!rejection->detail.empty(), "a rejection has no detail");
    return;
  }
  if (const auto* duplicate = std::get_if<core::Duplicate>(&outcome)) {
    require(state.seq == before, "a duplicate command changed the seq");
    require(duplicate->ack.seq >= 1 && duplicate->ack.seq <= state.seq,
            "a duplicate's ack names a seq the room does not have");
    return;
  }
  const auto* event = std::get_if<core::Event>(&outcome);
  if (event == nullptr) {
    require(state.seq == before, "a frame that is no command changed the seq");
    return;
  }
  require(state.seq == before + 1 && event->seq == state.seq, "seqs are not contiguous");
  const auto stored = redis::decode_stored_event(event->seq, redis::encode_stored_event(*event));
  if (!stored || *stored != *event) {
    std::fprintf(stderr, "event seq %llu, ev::Body alternative %zu\n",
                 static_cast<unsigned long long>(event->seq), event->body.index());
    fail("an event does not survive the bus codec");
  }
  const Secrets secrets{markers.hidden(state), secret_hashes(state)};
  const MaskedRooms masked(state);
  check_event_views(state, masked, *event, secrets);
  if (state.seq % checkpoint_every == 0) {
    check_snapshots(state, masked, secrets);
    check_state_codec(state);
  }
}

void check_end(const RoomDriver& room, const Markers& markers) {
  const core::RoomState& state = room.state();
  check_snapshots(state, MaskedRooms(state), Secrets{markers.hidden(state), secret_hashes(state)});
  check_state_codec(state);
}

}  // namespace
}  // namespace kring::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kring::fuzz;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Markers markers(input);
  RoomDriver room;
  const RoomDriver::Rewrite mark = [&markers](kring::core::Command& c) { markers.mark(c); };
  for (const ScriptStep& step : parse_script(input, max_steps)) {
    room.advance_clock(kring::core::TimeMs{1000} * (step.who / actor_count));
    const kring::core::Seq before = room.state().seq;
    const StepOutcome outcome = room.step(step.who % actor_count, step.frame, mark);
    check_step(room, outcome, before, markers);
  }
  check_end(room, markers);
  return 0;
}
