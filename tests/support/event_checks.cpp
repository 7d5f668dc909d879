#include "support/event_checks.hpp"

namespace kring::test {

std::string payload_name(const kring::v1::RoomEvent& event) {
  const google::protobuf::OneofDescriptor* oneof =
      kring::v1::RoomEvent::descriptor()->FindOneofByName("payload");
  const google::protobuf::FieldDescriptor* field =
      kring::v1::RoomEvent::GetReflection()->GetOneofFieldDescriptor(event, oneof);
  return field == nullptr ? std::string("sealed") : field->name();
}

::testing::AssertionResult contiguous(const std::vector<kring::v1::RoomEvent>& events,
                                      std::uint64_t first, std::uint64_t last) {
  const std::uint64_t expected_count = last >= first ? last - first + 1 : 0;
  if (events.size() != expected_count) {
    auto failure = ::testing::AssertionFailure()
                   << "expected seq " << first << ".." << last << " (" << expected_count
                   << " events), got " << events.size() << ":";
    for (const auto& event : events) failure << ' ' << event.seq();
    return failure;
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].seq() != first + i) {
      return ::testing::AssertionFailure()
             << "event #" << i << " has seq " << events[i].seq() << ", expected " << first + i;
    }
    if (events[i].epoch() != events.front().epoch()) {
      return ::testing::AssertionFailure()
             << "event seq " << events[i].seq() << " has epoch " << events[i].epoch() << ", others "
             << events.front().epoch();
    }
  }
  return ::testing::AssertionSuccess();
}

std::vector<kring::v1::RoomEvent> events_between(const std::vector<kring::v1::RoomEvent>& events,
                                                 std::uint64_t first, std::uint64_t last) {
  std::vector<kring::v1::RoomEvent> out;
  for (const auto& event : events) {
    if (event.seq() >= first && event.seq() <= last) out.push_back(event);
  }
  return out;
}

::testing::AssertionResult no_frame_contains(const std::vector<Frame>& frames, std::size_t from,
                                             std::string_view needle) {
  for (std::size_t i = from; i < frames.size(); ++i) {
    if (frames[i].bytes.find(needle) != std::string::npos) {
      return ::testing::AssertionFailure()
             << "frame #" << i << " (" << frames[i].bytes.size() << " bytes, "
             << frames[i].message.ShortDebugString().substr(0, 300) << ") contains \"" << needle
             << "\"";
    }
  }
  return ::testing::AssertionSuccess();
}

const Frame* find_reply_frame(const std::vector<Frame>& frames, std::uint64_t request_id) {
  for (const Frame& frame : frames) {
    if (frame.parsed && frame.message.request_id() == request_id) return &frame;
  }
  return nullptr;
}

const kring::v1::RoomEvent* find_event(const std::vector<kring::v1::RoomEvent>& events,
                                       std::uint64_t seq) {
  for (const auto& event : events) {
    if (event.seq() == seq) return &event;
  }
  return nullptr;
}

std::size_t varint_size(std::uint64_t value) {
  std::size_t size = 1;
  while (value >= 0x80) {
    value >>= 7;
    ++size;
  }
  return size;
}

}  // namespace kring::test
