// What the hub does per event and role before fan-out: the role's view of the
// event, encoded as one ServerMessage frame.
#include <benchmark/benchmark.h>

#include "bench_room.hpp"
#include "kring/v1/envelope.pb.h"
#include "protocol/codec.hpp"

namespace kring::bench {
namespace {

void BM_ViewAndEncodeNoteEdited(benchmark::State& run) {
  BenchRoom room;
  const core::Event event =
      room.accept(room.edit("a note of ordinary length, forty bytes.."), room.author);
  for (auto _ : run) {
    const core::ClientEvent view{1, event.seq, event.at_ms,
                                 core::view_event(room.state, event, core::Role::participant)};
    std::string frame = protocol::encode_event(view);
    benchmark::DoNotOptimize(frame);
  }
}
BENCHMARK(BM_ViewAndEncodeNoteEdited);

void BM_DecodeEditNoteCommand(benchmark::State& run) {
  v1::ClientMessage message;
  message.set_request_id(7);
  message.mutable_command()->set_idempotency_key(std::string(16, 'k'));
  v1::EditNote* edit = message.mutable_command()->mutable_edit_note();
  edit->set_note_id(0x1234'5678'9abc'def0);
  edit->set_text("a note of ordinary length, forty bytes..");
  edit->set_note_secret(std::string(24, 's'));
  const std::string frame = message.SerializeAsString();
  for (auto _ : run) {
    auto decoded = protocol::decode_client(frame);
    benchmark::DoNotOptimize(decoded);
  }
}
BENCHMARK(BM_DecodeEditNoteCommand);

}  // namespace
}  // namespace kring::bench
