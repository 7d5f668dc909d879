#include "support/workshop.hpp"

#include <utility>

#include "support/commands.hpp"

namespace kring::test {

std::unique_ptr<WsClient> connect_with_hello(std::uint16_t port, ConnectOptions options) {
  auto client = std::make_unique<WsClient>(port, std::move(options));
  client->hello();
  return client;
}

Workshop::Workshop(std::uint16_t port, const std::string& title) : port_(port) {
  Device facilitator;
  facilitator.name = "facilitator";
  facilitator.role = kring::v1::ROLE_FACILITATOR;
  facilitator.client = connect_with_hello(port);
  room_ = facilitator->create_room(title);
  facilitator.joined = facilitator->join_as_facilitator(room_);
  devices_.push_back(std::move(facilitator));
}

Device& Workshop::add(std::string name, kring::v1::Role role, const kring::v1::JoinRoom& join,
                      ConnectOptions options) {
  Device device;
  device.name = std::move(name);
  device.role = role;
  device.client = connect_with_hello(port_, std::move(options));
  device.joined = device->join(join);
  devices_.push_back(std::move(device));
  return devices_.back();
}

Device& Workshop::add_participant(const std::string& name, ConnectOptions options) {
  kring::v1::JoinRoom join;
  join.set_participant_code(room_.participant_code());
  join.set_display_name(name);
  return add(name, kring::v1::ROLE_PARTICIPANT, join, std::move(options));
}

Device& Workshop::add_board_member(const std::string& name, ConnectOptions options) {
  kring::v1::JoinRoom join;
  join.set_board_code(room_.board_code());
  join.set_display_name(name);
  return add(name, kring::v1::ROLE_BOARD_MEMBER, join, std::move(options));
}

Device& Workshop::add_projector() {
  kring::v1::JoinRoom join;
  join.set_projector_token(room_.projector_token());
  return add("projector", kring::v1::ROLE_PROJECTOR, join, {});
}

std::vector<Device*> Workshop::devices() {
  std::vector<Device*> out;
  for (Device& device : devices_) out.push_back(&device);
  return out;
}

std::vector<Device*> Workshop::devices_except(const Device& excluded) {
  std::vector<Device*> out;
  for (Device& device : devices_) {
    if (&device != &excluded) out.push_back(&device);
  }
  return out;
}

void Workshop::sync_all(std::uint64_t seq) {
  for (Device& device : devices_) device->drain_events_until(seq);
}

Workshop::BoardReady Workshop::add_board(const kring::v1::RoomCommand& add_board,
                                         bool open_writing) {
  const kring::v1::Ack added = facilitator()->command_ok(add_board);
  BoardReady ready{added.created_id(), added.seq()};
  if (open_writing) {
    ready.seq = facilitator()->command_ok(cmd::set_writing(added.created_id(), true)).seq();
  }
  return ready;
}

kring::v1::JoinRoom participant_join(const Workshop& workshop, const std::string& name,
                                     const std::string& member_secret) {
  kring::v1::JoinRoom join;
  join.set_participant_code(workshop.room().participant_code());
  join.set_display_name(name);
  join.set_member_secret(member_secret);
  return join;
}

}  // namespace kring::test
