// server_batch: reading a ServerBatch frame entry by entry without decoding
// the messages, for clients that keep each message's exact bytes (the test
// client, the load generator). The server only writes batches (see
// server_message.hpp); it never reads them.
#pragma once

#include <string_view>
#include <vector>

namespace kring::protocol {

// The raw bytes of each ServerMessage in `frame`, in order, viewing into
// `frame`. False (and `messages` left partly filled) when `frame` is not a
// well-formed batch of field-1 entries.
bool split_server_batch(std::string_view frame, std::vector<std::string_view>& messages);

}  // namespace kring::protocol
