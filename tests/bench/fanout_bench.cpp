// Fan-out inside the hub: one encoded frame handed to every session of a role
// (Audiences::deliver), with sessions that only keep the frame; and what a
// WebSocket session does with it next, its inbox's push and drain.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "hub/audiences.hpp"
#include "net/inbox.hpp"

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

// A session's side of a delivery: N frames pushed into its inbox, then one
// drain takes them (what WsSession::deliver and drain_inbox do, without the
// strand hop and the write). Per frame: a lock, a shared_ptr copy, a move.
void BM_InboxPushAndDrain(benchmark::State& run) {
  const auto frames = static_cast<int>(run.range(0));
  net::Inbox inbox(8u << 20);
  std::vector<net::Inbox::Frame> drained;
  const hub::Frame frame = hub::make_frame(std::string(80, 'x'));
  for (auto _ : run) {
    for (int i = 0; i < frames; ++i) inbox.push(frame);
    inbox.take_all(drained);
    benchmark::DoNotOptimize(drained.data());
    drained.clear();
  }
  run.SetItemsProcessed(run.iterations() * run.range(0));
}
BENCHMARK(BM_InboxPushAndDrain)->Arg(1)->Arg(8);

}  // namespace
}  // namespace kring::bench
