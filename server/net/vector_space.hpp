// vector_space: the rule the send path's vectors share for their spare space.
// They keep it between batches (so a busy connection allocates nothing per
// frame) up to `kept` elements; beyond it the space goes back, so an idle
// connection holds nothing for a burst long gone.
#pragma once

#include <cstddef>
#include <vector>

namespace kring::net {

// Returns `items`' storage when it has room for more than `kept` elements.
// Precondition: `items` is empty.
template <typename T>
void release_space_beyond(std::vector<T>& items, std::size_t kept) {
  if (items.capacity() > kept) std::vector<T>().swap(items);
}

}  // namespace kring::net
