// Keeps the keyboard focus on a note that the keyboard moved. A moved note is rendered anew in its
// new zone (another list, another element), so the focused element disappears with the state
// update. Before the move the card asks for the focus in its target zone; the card rendered there
// claims it once. A failed move withdraws the request.

export interface NoteFocusHandoff {
  // The note `noteId`, once rendered in zone `zoneId`, should take the focus.
  request(noteId: bigint, zoneId: number): void;
  // True once, for the card the request names; the request is then used up.
  claim(noteId: bigint, zoneId: number): boolean;
  withdraw(noteId: bigint): void;
}

export function noteFocusHandoff(): NoteFocusHandoff {
  let wanted: { noteId: bigint; zoneId: number } | undefined;
  return {
    request(noteId, zoneId) {
      wanted = { noteId, zoneId };
    },
    claim(noteId, zoneId) {
      if (!wanted || wanted.noteId !== noteId || wanted.zoneId !== zoneId) return false;
      wanted = undefined;
      return true;
    },
    withdraw(noteId) {
      if (wanted?.noteId === noteId) wanted = undefined;
    },
  };
}

// The claimed focus is taken only when nobody else has it: the moved card's old element took the
// focus with it (the body has it now), or it is still on the board the note belongs to. A person
// who tabbed on in the meantime keeps their place.
export function focusIsFree(board: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (board !== null && board.contains(active));
}
