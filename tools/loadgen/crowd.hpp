// crowd: rooms full of devices spread over the generator threads and the
// nodes. A room's facilitator creates it (with one open-writing columns board
// when asked) and its members join one after another; rooms fill in parallel.
// Member j of room r runs on thread (r + j) and connects to node
// (r + j) mod nodes, so with two nodes every room has members on both and its
// fan-out crosses Redis.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "device.hpp"
#include "io_threads.hpp"
#include "nodes.hpp"
#include "tally.hpp"

namespace kring::loadgen {

struct Room {
  v1::RoomCreated created;
  std::uint64_t board_id = 0;
  std::vector<std::unique_ptr<Device>> devices;  // [0] is the facilitator
  std::vector<std::string> member_secrets;       // same index; empty for the facilitator
  std::vector<std::size_t> threads;              // same index: where each device runs
};

struct RoomShape {
  std::size_t rooms = 1;
  std::size_t devices_per_room = 2;  // the facilitator included
  v1::Role member_role = v1::ROLE_PARTICIPANT;
  bool with_board = true;  // an open-writing columns board for notes
};

class Crowd {
 public:
  Crowd(Nodes& nodes, std::size_t threads);
  ~Crowd();

  // Creates and fills the rooms; returns when every device has joined.
  // Throws the first failure.
  void populate(const RoomShape& shape);

  std::vector<Room>& rooms() { return rooms_; }
  IoThreads& threads() { return threads_; }
  Window& window() { return window_; }
  Nodes& nodes() { return nodes_; }
  std::size_t device_count() const;

  // Runs `task` for every device of `room` (indices from `first`) on its own
  // thread and waits for all of them. Throws the first failure.
  using DeviceTask = std::function<awaitable<void>(Room&, std::size_t index)>;
  void for_each_device(const DeviceTask& task, std::size_t first = 1);

  // A new device on `thread`, connected to `node` from the next source address.
  std::unique_ptr<Device> make_device(std::size_t thread);
  awaitable<void> connect(Device& device, std::size_t node);

  // Keeps a replaced device alive until the threads stop (its read loop may
  // still be ending). Thread-safe.
  void retire(std::unique_ptr<Device> device);

  // What the threads observed since the last collect(), taken on each thread.
  Tally collect();

  // Stops the threads and returns what they observed. Call once, at the end.
  Tally finish();

 private:
  awaitable<void> fill_room(Room& room, std::size_t room_index, const RoomShape& shape);
  awaitable<void> join_member(Room& room, std::size_t index, v1::Role role, std::size_t node);

  Nodes& nodes_;
  IoThreads threads_;
  std::vector<Tally> tallies_;
  Window window_;
  std::vector<Room> rooms_;
  std::mutex retired_mutex_;
  std::vector<std::unique_ptr<Device>> retired_;  // replaced devices, kept until the threads stop
  std::atomic<std::uint64_t> connections_made_{0};
  bool finished_ = false;
};

}  // namespace kring::loadgen
