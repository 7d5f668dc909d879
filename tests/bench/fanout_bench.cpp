// Fan-out inside the hub: one encoded frame handed to every session of a role
// (Audiences::deliver), with sessions that only keep the frame; and what a
// WebSocket session does with it next, its outbox's push and batch.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "hub/audiences.hpp"
#include "net/outbox.hpp"

namespace kring::bench {
namespace {

class KeepingSession : public hub::SessionSink {
 public:
  void deliver(std::shared_ptr<const std::string> frame) override { last_ = std::move(frame); }
  void close_going_away() override {}
  void close_room_deleted() override {}

 private:
  std::shared_ptr<const std::string> last_;
};

void BM_AudiencesDeliver(benchmark::State& run) {
  const auto sessions = static_cast<std::size_t>(run.range(0));
  std::vector<std::shared_ptr<KeepingSession>> alive;
  hub::Audiences audiences;
  for (std::size_t i = 0; i < sessions; ++i) {
    alive.push_back(std::make_shared<KeepingSession>());
    audiences.add(alive.back(), {core::Role::participant, i + 1, {}});
  }
  const hub::Frame frame = hub::make_frame(std::string(80, 'x'));
  for (auto _ : run) audiences.deliver(core::Role::participant, frame);
  run.SetItemsProcessed(run.iterations() * run.range(0));
}
BENCHMARK(BM_AudiencesDeliver)->Arg(20)->Arg(1000);

// A session's side of a delivery: N frames pushed into its outbox, then the
// strand takes them as one batch and finishes it (what WsSession::deliver and
// do_write / on_write do, without the strand hop and the write). Per frame: a
// lock, a shared_ptr copy, a move.
void BM_OutboxPushAndBatch(benchmark::State& run) {
  const auto frames = static_cast<int>(run.range(0));
  net::Outbox outbox(8u << 20);
  const hub::Frame frame = hub::make_frame(std::string(80, 'x'));
  for (auto _ : run) {
    for (int i = 0; i < frames; ++i) outbox.push(frame);
    const auto batch = outbox.start_batch();
    benchmark::DoNotOptimize(batch.data());
    outbox.finish_batch();
  }
  run.SetItemsProcessed(run.iterations() * run.range(0));
}
BENCHMARK(BM_OutboxPushAndBatch)->Arg(1)->Arg(8);

}  // namespace
}  // namespace kring::bench
