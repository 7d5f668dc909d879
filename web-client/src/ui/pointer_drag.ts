// Drag and drop of a note card with Pointer Events: mouse, pen and touch alike, the whole card the
// handle. When a press becomes a drag is drag_gesture.ts (a few pixels of movement for a mouse, a
// long press for a finger, so a swipe still scrolls the page). While dragging, the card follows the
// pointer, the zone of the same board under it is reported to `onOver` (to highlight it), and near
// the screen's top or bottom edge the page scrolls. Released over another zone of the same board,
// `onDrop` gets that zone's id; released anywhere else, on Escape, or when the browser cancels the
// pointer, the card goes back and nothing moves. A drag never ends in a click on what was under it.
import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Press } from "./drag_gesture";
import { LONG_PRESS_MS, edgeScrollStep, pressMove, startPress } from "./drag_gesture";

export interface NoteDragOptions {
  enabled: boolean;
  // The note's zone now: dropping there is no move.
  zoneId: number;
  onOver(zoneId: number | undefined): void;
  onDrop(zoneId: number): void;
}

// "lifted": a finger held the note long enough, it follows the next move.
export type DragPhase = "idle" | "lifted" | "dragging";

// Controls that keep their own pointer behaviour: a press there never starts a drag.
const OWN_POINTER = "select, input, textarea, [role=menu]";

// The zone of the card's own board at (x, y) on the screen, looking past the dragged card itself.
export function zoneAt(card: Element, x: number, y: number): number | undefined {
  const board = card.closest("[data-board-id]");
  const under = document.elementsFromPoint(x, y).find((element) => !card.contains(element));
  const zone = under?.closest<HTMLElement>("[data-zone-id]");
  if (!zone || zone.closest("[data-board-id]") !== board) return undefined;
  return Number(zone.dataset.zoneId);
}

// The click that a browser sends after a press that became a drag (it would press a button under
// the finger) is swallowed; it comes right after the pointerup, or not at all.
function swallowNextClick() {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener("click", swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener("click", swallow, { capture: true }), 0);
}

export function useNoteDrag(card: RefObject<HTMLElement>, options: NoteDragOptions): DragPhase {
  const [phase, setPhase] = useState<DragPhase>("idle");
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const element = card.current;
    if (!options.enabled || !element) return;
    let press: Press | undefined;
    let pointerId = -1;
    let dragging = false;
    let longPress: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let last = { x: 0, y: 0 };
    let startScrollY = 0;
    let over: number | undefined;

    const targetAt = (x: number, y: number) => {
      const zone = zoneAt(element, x, y);
      return zone === latest.current.zoneId ? undefined : zone;
    };
    // The card under the pointer (also while the page scrolls beneath it), the zone it is over.
    const follow = () => {
      if (!press) return;
      const dx = last.x - press.x;
      const dy = last.y - press.y + (window.scrollY - startScrollY);
      element.style.transform = `translate(${dx}px, ${dy}px)`;
      const target = targetAt(last.x, last.y);
      if (target !== over) {
        over = target;
        latest.current.onOver(target);
      }
    };
    const scrollNearEdges = () => {
      const step = edgeScrollStep(last.y, window.innerHeight);
      if (step !== 0) {
        window.scrollBy(0, step);
        follow();
      }
      frame = requestAnimationFrame(scrollNearEdges);
    };
    const end = () => {
      clearTimeout(longPress);
      cancelAnimationFrame(frame);
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
      window.removeEventListener("keydown", escape, true);
      if (dragging) {
        element.style.transform = "";
        if (over !== undefined) latest.current.onOver(undefined);
      }
      press = undefined;
      dragging = false;
      over = undefined;
      setPhase("idle");
    };
    const startDrag = () => {
      dragging = true;
      try {
        element.setPointerCapture(pointerId);
      } catch {
        // The pointer is gone already; its pointerup or pointercancel ends the drag.
      }
      setPhase("dragging");
      frame = requestAnimationFrame(scrollNearEdges);
    };
    const down = (event: PointerEvent) => {
      if (press || !event.isPrimary || event.button !== 0) return;
      if ((event.target as Element).closest(OWN_POINTER)) return;
      press = startPress(event.pointerType, event.clientX, event.clientY);
      pointerId = event.pointerId;
      last = { x: event.clientX, y: event.clientY };
      startScrollY = window.scrollY;
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
      window.addEventListener("pointercancel", cancel);
      window.addEventListener("keydown", escape, true);
      if (press.touch) {
        longPress = setTimeout(() => {
          if (!press) return;
          press.lifted = true;
          setPhase("lifted");
          navigator.vibrate?.(10);
        }, LONG_PRESS_MS);
      }
    };
    const move = (event: PointerEvent) => {
      if (!press || event.pointerId !== pointerId) return;
      last = { x: event.clientX, y: event.clientY };
      if (!dragging) {
        const next = pressMove(press, last.x, last.y);
        if (next === "cancel") end();
        if (next !== "drag") return;
        startDrag();
      }
      event.preventDefault();
      follow();
    };
    const up = (event: PointerEvent) => {
      if (!press || event.pointerId !== pointerId) return;
      const took = dragging || press.lifted;
      const target = dragging ? targetAt(event.clientX, event.clientY) : undefined;
      end();
      if (took) swallowNextClick();
      if (target !== undefined) latest.current.onDrop(target);
    };
    const cancel = (event: PointerEvent) => {
      if (event.pointerId === pointerId) end();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !dragging) return;
      event.preventDefault();
      event.stopPropagation();
      end();
    };
    // A picked-up note holds the finger: the page does not scroll under it. The listener is on the
    // card from the start and not passive: a browser decides at the touch's start whether its moves
    // may be cancelled, before the long press has picked the note up.
    const holdTouch = (event: TouchEvent) => {
      if (press?.lifted && event.cancelable) event.preventDefault();
    };
    // A long press would open the browser's own menu (or select text) on a phone.
    const noContextMenu = (event: Event) => {
      if (press?.touch) event.preventDefault();
    };
    element.addEventListener("pointerdown", down);
    element.addEventListener("touchmove", holdTouch, { passive: false });
    element.addEventListener("contextmenu", noContextMenu);
    return () => {
      end();
      element.removeEventListener("pointerdown", down);
      element.removeEventListener("touchmove", holdTouch);
      element.removeEventListener("contextmenu", noContextMenu);
    };
  }, [card, options.enabled]);
  return phase;
}
