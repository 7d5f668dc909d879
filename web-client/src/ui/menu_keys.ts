// The keyboard of a note's move menu as a pure state machine (the WAI-ARIA menu button pattern).
// On a focused note card, Enter, Space or "m" opens the menu with its first item active. In the
// open menu ArrowDown and ArrowUp (wrapping), Home and End choose an item; Enter or Space moves the
// note to the active item's zone; Escape closes without moving; Tab closes too and then moves on
// from the note as usual. Closing gives the focus back to what opened the menu. No other key, and
// no key on a closed menu, moves anything (WCAG 3.2.2: a change of focus or value never acts by
// itself).

// Whether a key pressed on the focused note card opens its move menu. Modified keys belong to the
// browser and the screen reader.
export function opensMoveMenu(key: string, modified: boolean): boolean {
  if (modified) return false;
  return key === "Enter" || key === " " || key === "m" || key === "M";
}

export type MenuKeyOutcome =
  // Another item becomes the active one (the key is consumed).
  | { kind: "activate"; index: number }
  // The active item is chosen: the note moves to its zone and the menu closes.
  | { kind: "choose"; index: number }
  // The menu closes without moving and the opener gets the focus back; with `passKey` the key then
  // does what it does there (Tab goes on to the next control).
  | { kind: "close"; passKey: boolean }
  // Not the menu's key: left to the browser.
  | { kind: "ignore" };

// What `key` does in an open menu of `count` items whose item `active` is the active one.
export function menuKey(active: number, count: number, key: string): MenuKeyOutcome {
  if (count === 0) return key === "Escape" ? { kind: "close", passKey: false } : { kind: "ignore" };
  switch (key) {
    case "ArrowDown":
      return { kind: "activate", index: (active + 1) % count };
    case "ArrowUp":
      return { kind: "activate", index: (active - 1 + count) % count };
    case "Home":
      return { kind: "activate", index: 0 };
    case "End":
      return { kind: "activate", index: count - 1 };
    case "Enter":
    case " ":
      return { kind: "choose", index: active };
    case "Escape":
      return { kind: "close", passKey: false };
    case "Tab":
      return { kind: "close", passKey: true };
    default:
      return { kind: "ignore" };
  }
}
