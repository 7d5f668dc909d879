// Fan-out inside the hub: one encoded frame handed to every session of a role
// (Audiences::deliver), with sessions that only keep the frame, as a
// WebSocket session's queue does before its strand writes it.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "hub/audiences.hpp"

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
    audiences.add(alive.back(), {core::Role::participant, i + 1});
  }
  const hub::Frame frame = hub::make_frame(std::string(80, 'x'));
  for (auto _ : run) audiences.deliver(core::Role::participant, frame);
  run.SetItemsProcessed(run.iterations() * run.range(0));
}
BENCHMARK(BM_AudiencesDeliver)->Arg(20)->Arg(1000);

}  // namespace
}  // namespace kring::bench
