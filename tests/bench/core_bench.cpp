// The pure core on the hot path of a note edit: decide, then apply.
#include <benchmark/benchmark.h>

#include "bench_room.hpp"

namespace kring::bench {
namespace {

void BM_DecideEditNote(benchmark::State& run) {
  BenchRoom room;
  const core::Command command = room.edit("a note of ordinary length, forty bytes..");
  for (auto _ : run) {
    core::Decision decision = room.decide(command, room.author);
    benchmark::DoNotOptimize(decision);
  }
}
BENCHMARK(BM_DecideEditNote);

void BM_DecideAndApplyEditNote(benchmark::State& run) {
  BenchRoom room;
  for (auto _ : run) {
    core::Event event =
        room.accept(room.edit("a note of ordinary length, forty bytes.."), room.author);
    benchmark::DoNotOptimize(event);
  }
}
BENCHMARK(BM_DecideAndApplyEditNote);

}  // namespace
}  // namespace kring::bench
