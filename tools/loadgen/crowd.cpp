#include "crowd.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <future>
#include <stdexcept>
#include <utility>

#include "support/commands.hpp"

namespace kring::loadgen {
namespace asio = boost::asio;

namespace {

// Below the 28,232 ports of Linux's default ephemeral range, per source address.
constexpr std::uint64_t connections_per_source = 25'000;

// Waits for every future and rethrows the first failure.
void wait_all(std::vector<std::future<void>>& futures) {
  std::exception_ptr first;
  for (auto& future : futures) {
    try {
      future.get();
    } catch (...) {
      if (!first) first = std::current_exception();
    }
  }
  if (first) std::rethrow_exception(first);
}

}  // namespace

Crowd::Crowd(Nodes& nodes, std::size_t threads)
    : nodes_(nodes), threads_(threads), tallies_(threads) {}

Crowd::~Crowd() {
  if (!finished_) finish();
}

std::size_t Crowd::device_count() const {
  std::size_t count = 0;
  for (const Room& room : rooms_) count += room.devices.size();
  return count;
}

std::unique_ptr<Device> Crowd::make_device(std::size_t thread) {
  const std::size_t index = thread % threads_.size();
  return std::make_unique<Device>(threads_.at(index), tallies_[index], window_);
}

awaitable<void> Crowd::connect(Device& device, std::size_t node) {
  const std::uint64_t made = connections_made_++;
  const auto source = asio::ip::address_v4(
      (127u << 24) | static_cast<std::uint32_t>(1 + made / connections_per_source));
  co_await device.connect(nodes_.address(node), source);
}

void Crowd::populate(const RoomShape& shape) {
  rooms_.resize(shape.rooms);
  std::vector<std::future<void>> filled;
  for (std::size_t r = 0; r < shape.rooms; ++r) {
    Room& room = rooms_[r];
    for (std::size_t j = 0; j < shape.devices_per_room; ++j) {
      room.threads.push_back((r + j) % threads_.size());
      room.devices.push_back(make_device(room.threads.back()));
      room.member_secrets.emplace_back();
    }
    filled.push_back(
        asio::co_spawn(room.devices[0]->context(), fill_room(room, r, shape), asio::use_future));
  }
  wait_all(filled);
}

awaitable<void> Crowd::fill_room(Room& room, std::size_t room_index, const RoomShape& shape) {
  Device& facilitator = *room.devices[0];
  co_await connect(facilitator, room_index);
  v1::ClientMessage create;
  create.mutable_create_room()->set_title("load " + std::to_string(room_index));
  const v1::ServerMessage created = co_await facilitator.call(std::move(create));
  if (!created.has_room_created()) throw std::runtime_error("room not created");
  room.created = created.room_created();
  v1::JoinRoom join;
  join.set_facilitator_secret(room.created.facilitator_secret());
  co_await facilitator.join(std::move(join));
  if (shape.with_board) {
    // Built outside the co_await: GCC 12 rejects an initializer list inside one.
    const std::vector<std::string> columns{"notes"};
    v1::RoomCommand add_board =
        test::cmd::add_columns_board("load", v1::WRITING_MODE_OPEN, columns);
    const v1::Ack board = co_await facilitator.command(std::move(add_board));
    room.board_id = board.created_id();
    co_await facilitator.command(test::cmd::set_writing(room.board_id, true));
  }
  for (std::size_t j = 1; j < room.devices.size(); ++j) {
    co_await asio::co_spawn(room.devices[j]->context(),
                            join_member(room, j, shape.member_role, room_index + j),
                            asio::use_awaitable);
  }
}

awaitable<void> Crowd::join_member(Room& room, std::size_t index, v1::Role role, std::size_t node) {
  Device& device = *room.devices[index];
  co_await connect(device, node);
  v1::JoinRoom join;
  if (role == v1::ROLE_BOARD_MEMBER) {
    join.set_board_code(room.created.board_code());
  } else {
    join.set_participant_code(room.created.participant_code());
  }
  join.set_display_name("m" + std::to_string(index));
  const v1::Joined joined = co_await device.join(std::move(join));
  room.member_secrets[index] = joined.member_secret();
}

void Crowd::for_each_device(const DeviceTask& task, std::size_t first) {
  std::vector<std::future<void>> done;
  for (Room& room : rooms_) {
    for (std::size_t j = first; j < room.devices.size(); ++j) {
      done.push_back(asio::co_spawn(room.devices[j]->context(), task(room, j), asio::use_future));
    }
  }
  wait_all(done);
}

Tally Crowd::collect() {
  std::vector<std::future<Tally>> parts;
  for (std::size_t i = 0; i < tallies_.size(); ++i) {
    // Not a std::packaged_task: Asio would take that for a completion token.
    auto taken = std::make_shared<std::promise<Tally>>();
    parts.push_back(taken->get_future());
    asio::post(threads_.at(i),
               [this, i, taken] { taken->set_value(std::exchange(tallies_[i], Tally{})); });
  }
  Tally total;
  for (auto& part : parts) total.merge(part.get());
  return total;
}

void Crowd::retire(std::unique_ptr<Device> device) {
  std::lock_guard lock(retired_mutex_);
  retired_.push_back(std::move(device));
}

Tally Crowd::finish() {
  finished_ = true;
  threads_.stop();
  Tally total;
  for (const Tally& tally : tallies_) total.merge(tally);
  // Devices go before the io_contexts they were made on.
  rooms_.clear();
  retired_.clear();
  return total;
}

}  // namespace kring::loadgen
