// Pages of a bundle on the big screen, so a long bundle stays readable at 1080p. The page shown
// follows the session: the page of the first revealed item still waiting for its decision, else
// of the first item not yet revealed, else the first page.
import type { Bundle } from "../proto";
import type { RoomState } from "./room_types";
import { isItemRevealed } from "./bundle_state";

export const ITEMS_PER_PAGE = 4;

export function pageCount(bundle: Bundle, perPage = ITEMS_PER_PAGE): number {
  return Math.max(1, Math.ceil(bundle.items.length / perPage));
}

export function focusPage(state: RoomState, bundle: Bundle, perPage = ITEMS_PER_PAGE): number {
  const items = bundle.items;
  let index = items.findIndex((item) => isItemRevealed(state, item) && item.decision === 0);
  if (index < 0) index = items.findIndex((item) => !isItemRevealed(state, item));
  return index < 0 ? 0 : Math.floor(index / perPage);
}
