#include "hub/replies.hpp"

#include "protocol/codec.hpp"

namespace kring::hub {

void send_frame(const std::weak_ptr<SessionSink>& session, std::string bytes) {
  if (const auto sink = session.lock()) sink->deliver(make_frame(std::move(bytes)));
}

void send_error(const std::weak_ptr<SessionSink>& session, base::Metrics& metrics,
                std::uint64_t request_id, const core::Rejection& rejection) {
  metrics.count_rejection(rejection.code);
  send_frame(session, protocol::encode_error(request_id, rejection));
}

}  // namespace kring::hub
