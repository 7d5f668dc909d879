#include "hub/hub_fixture.hpp"

#include <utility>

#include "core/secret_hash.hpp"

namespace kring::hub::test {

void FakeSession::deliver(std::shared_ptr<const std::string> frame) {
  v1::ServerBatch batch;
  ASSERT_TRUE(batch.ParseFromString(*frame)) << "a frame that is not a ServerBatch";
  for (const v1::ServerMessage& message : batch.messages()) messages_.push_back(message);
}

std::vector<v1::ServerMessage> FakeSession::answers(std::uint64_t request_id) const {
  std::vector<v1::ServerMessage> found;
  for (const v1::ServerMessage& message : messages_) {
    if (message.request_id() == request_id) found.push_back(message);
  }
  return found;
}

std::optional<v1::ServerMessage> FakeSession::answer(std::uint64_t request_id) const {
  std::vector<v1::ServerMessage> found = answers(request_id);
  EXPECT_EQ(found.size(), 1u) << "answers to request " << request_id;
  if (found.size() != 1) return std::nullopt;
  return found.front();
}

std::vector<std::uint64_t> FakeSession::event_seqs() const {
  std::vector<std::uint64_t> seqs;
  for (const v1::ServerMessage& message : messages_) {
    if (is_event(message)) seqs.push_back(message.event().seq());
  }
  return seqs;
}

bool is_event(const v1::ServerMessage& message) {
  return message.payload_case() == v1::ServerMessage::kEvent;
}

void HubTest::settle() {
  io_.restart();
  io_.run();
}

std::shared_ptr<RoomActor> HubTest::create_room(core::RoomId room, RoomOptions options) {
  const core::Epoch epoch = log_.create(room);
  auto actor = RoomActor::start(io_, log_, metrics_, room, epoch, options);
  std::optional<std::optional<core::Rejection>> created;
  actor->create(core::cmd::CreateRoom{"Kleine keuzes", core::hash_secret("facilitator secret"),
                                      "PARTCODE", "BOARDCOD", core::hash_secret("projector"), ""},
                [&created](std::optional<core::Rejection> rejection) { created = rejection; });
  settle();
  EXPECT_TRUE(created.has_value()) << "CreateRoom never finished";
  EXPECT_FALSE(created.value_or(std::nullopt).has_value()) << "CreateRoom was rejected";
  return actor;
}

std::shared_ptr<RoomActor> HubTest::open_room(core::RoomId room, RoomOptions options) {
  return RoomActor::open(io_, log_, metrics_, room, options);
}

std::shared_ptr<FakeSession> HubTest::join(RoomActor& room, core::Role role,
                                           std::string display_name) {
  auto session = std::make_shared<FakeSession>();
  JoinRequest request;
  request.role = role;
  // The capabilities the fixture's rooms are made with (create_room above).
  if (role == core::Role::facilitator)
    request.credential_hash = core::hash_secret("facilitator secret");
  if (role == core::Role::projector) request.credential_hash = core::hash_secret("projector");
  request.display_name = std::move(display_name);
  room.join(session, next_request_++, std::move(request), {});
  return session;
}

std::uint64_t HubTest::command(RoomActor& room, const std::shared_ptr<FakeSession>& session,
                               core::cmd::Body body, std::string key) {
  const std::uint64_t request_id = next_request_++;
  core::Command command;
  command.idempotency_key =
      key.empty() ? "key-" + std::to_string(request_id) + "-0123456789abcdef" : std::move(key);
  command.body = std::move(body);
  room.command(session, request_id, std::move(command));
  return request_id;
}

}  // namespace kring::hub::test
