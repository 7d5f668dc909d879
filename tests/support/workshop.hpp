// A room with its devices, each on its own connection: the facilitator that
// created it, plus participants, board members and projectors added on demand.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "kring/v1/envelope.pb.h"
#include "support/ws_client.hpp"

namespace kring::test {

struct Device {
  std::string name;
  kring::v1::Role role = kring::v1::ROLE_UNSPECIFIED;
  std::unique_ptr<WsClient> client;
  kring::v1::Joined joined;

  WsClient* operator->() const { return client.get(); }
  WsClient& operator*() const { return *client; }
};

// A connected client that has said Hello.
std::unique_ptr<WsClient> connect_with_hello(std::uint16_t port, ConnectOptions options = {});

class Workshop {
 public:
  // Creates a room and joins its facilitator.
  explicit Workshop(std::uint16_t port, const std::string& title = "Integration workshop");

  const kring::v1::RoomCreated& room() const { return room_; }
  Device& facilitator() { return devices_.front(); }

  Device& add_participant(const std::string& name, ConnectOptions options = {});
  Device& add_board_member(const std::string& name, ConnectOptions options = {});
  Device& add_projector();

  // Every device, the facilitator first, in the order they joined.
  std::vector<Device*> devices();
  // Every device except `excluded`.
  std::vector<Device*> devices_except(const Device& excluded);

  // Consumes events on every device until each has seen `seq`.
  void sync_all(std::uint64_t seq);

  struct BoardReady {
    std::uint64_t board_id = 0;
    std::uint64_t seq = 0;  // of the last command issued
  };
  // The facilitator adds a board and (optionally) opens writing.
  BoardReady add_board(const kring::v1::RoomCommand& add_board, bool open_writing = true);

 private:
  Device& add(std::string name, kring::v1::Role role, const kring::v1::JoinRoom& join,
              ConnectOptions options);

  std::uint16_t port_;
  kring::v1::RoomCreated room_;
  std::deque<Device> devices_;
};

// A participant's JoinRoom for `workshop`: a new member, or the member whose
// `member_secret` it is (coming back).
kring::v1::JoinRoom participant_join(const Workshop& workshop, const std::string& name,
                                     const std::string& member_secret = {});

}  // namespace kring::test
