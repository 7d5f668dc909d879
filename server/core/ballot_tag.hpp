// Ballot tags: how a secret-ballot choice or an action score is filed without
// naming its member. The tag is a pure function of a key only the member's
// device and its live connection hold, so
// - the same member always gets the same tag for one vote (one ballot each,
//   changeable until the reveal, on every node and after every resume), and
// - nothing the server stores (member ids, names, the member secret's hash)
//   lets anyone compute a tag or tell whose it is.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/ids.hpp"
#include "core/model.hpp"

namespace kring::core {

// What a tag files: a ballot in a vote, the scores of one action, or (to count
// how many different people wrote) a writer of hidden notes on one board.
enum class TagScope : char { vote = 'v', action_score = 's', board_writer = 'w' };

// SHA-256 over a domain label and the member's device secret. The stored
// member hash is SHA-256 of the secret alone, so it cannot be turned into
// this key. Empty for an empty secret.
SecretHash ballot_key(std::string_view member_secret);

// SHA-256 over a domain label, the key, the scope and the id (8 bytes, little
// endian). Every input has a fixed length, so no tag extends another.
// A member's tags in two votes are unrelated to each other.
SecretHash ballot_tag(const SecretHash& key, TagScope scope, std::uint64_t id);

}  // namespace kring::core
