// A note's move menu: the visible "Verplaats…" button (for mouse and touch) and the menu it opens,
// a role="menu" of the board's other zones. The keyboard opens the same menu from the focused note
// card (note_card.tsx); its keys are menu_keys.ts. Choosing an item is the only thing that moves
// the note; Escape, Tab and a press outside close the menu without moving. Closing by key gives
// the focus back to what opened the menu.
import type { RefObject } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { Board, Note } from "../proto";
import { menuKey } from "./menu_keys";
import { zoneLabel } from "./zone_label";

// Who opened the menu, so the focus can go back there.
export type MenuOpener = "card" | "button";

interface MoveToolProps {
  board: Board;
  note: Note;
  opener: MenuOpener | undefined;
  setOpener(opener: MenuOpener | undefined): void;
  card: RefObject<HTMLElement>;
  onMove(zoneId: number): void;
}

export function MoveTool({ board, note, opener, setOpener, card, onMove }: MoveToolProps) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const tool = useRef<HTMLDivElement>(null);
  const menuId = `move-menu-${board.id}-${note.id}`;
  const items = board.zones
    .filter((zone) => zone.id !== note.zoneId)
    .map((zone) => ({ zoneId: zone.id, label: zoneLabel(board, zone, t) }));
  const close = (returnFocus: boolean) => {
    const from = opener;
    setOpener(undefined);
    if (returnFocus) (from === "button" ? button : card).current?.focus();
  };
  return (
    <div class="move-tool" ref={tool}>
      {/* Out of the tab order: the note card itself is the keyboard's one stop and opens this menu. */}
      <button
        type="button"
        class="secondary"
        ref={button}
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={opener !== undefined}
        aria-controls={opener ? menuId : undefined}
        data-testid="move-open"
        onClick={() => setOpener(opener ? undefined : "button")}
      >
        {t("moveOpen")}
      </button>
      {opener ? (
        <MoveMenu id={menuId} label={t("moveTo")} items={items} container={tool} onChoose={onMove} onClose={close} />
      ) : null}
    </div>
  );
}

interface MoveMenuProps {
  id: string;
  label: string;
  items: { zoneId: number; label: string }[];
  // The menu and its button: a press inside it does not close the menu.
  container: RefObject<HTMLElement>;
  onChoose(zoneId: number): void;
  onClose(returnFocus: boolean): void;
}

function MoveMenu({ id, label, items, container, onChoose, onClose }: MoveMenuProps) {
  const [active, setActive] = useState(0);
  const itemElements = useRef<(HTMLLIElement | null)[]>([]);
  const latestClose = useRef(onClose);
  latestClose.current = onClose;
  // The active item has the focus (the menu pattern), from the moment the menu opens.
  useLayoutEffect(() => itemElements.current[active]?.focus(), [active]);
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) latestClose.current(false);
    };
    document.addEventListener("pointerdown", outside, true);
    return () => document.removeEventListener("pointerdown", outside, true);
  }, [container]);
  const keyDown = (event: KeyboardEvent) => {
    // The note card opens the menu with some of these keys; they stay inside the menu.
    event.stopPropagation();
    const outcome = menuKey(active, items.length, event.key);
    if (outcome.kind === "ignore") return;
    if (outcome.kind !== "close" || !outcome.passKey) event.preventDefault();
    if (outcome.kind === "activate") setActive(outcome.index);
    else if (outcome.kind === "choose") onChoose(items[outcome.index].zoneId);
    else onClose(true);
  };
  // Focus leaving for somewhere else (a screen reader's own navigation) closes the menu quietly.
  const focusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !container.current?.contains(next)) onClose(false);
  };
  return (
    <ul class="move-menu" role="menu" id={id} aria-label={label} data-testid="move-menu" onKeyDown={keyDown} onFocusOut={focusOut}>
      {items.map((item, index) => (
        <li
          role="menuitem"
          tabIndex={-1}
          key={item.zoneId}
          ref={(element) => {
            itemElements.current[index] = element;
          }}
          class={index === active ? "move-item move-item-active" : "move-item"}
          data-testid="move-item"
          data-zone-id={item.zoneId}
          onClick={() => onChoose(item.zoneId)}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
