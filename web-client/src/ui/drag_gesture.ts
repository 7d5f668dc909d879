// When a press on a note card becomes a drag, as pure decisions (the DOM side is pointer_drag.ts).
//
// Mouse and pen: the press becomes a drag once the pointer has moved a few pixels, so a click on a
// tool inside the card (a button, "Verplaats…") stays a click.
// Touch: a phone user swipes over the board to scroll the page, also when the swipe starts on a
// note, and expects to pick a note up by pressing and holding it (as on a phone's home screen).
// So a touch becomes a drag only after it has been held still for LONG_PRESS_MS; a touch that
// moves before that is a scroll and the press is dropped. The page keeps `touch-action` as it is:
// nothing blocks scrolling until a note has been picked up.

// How far a mouse or pen moves before a press becomes a drag.
export const MOUSE_DRAG_THRESHOLD_PX = 6;
// How far a finger may wander while it is held for the long press.
export const TOUCH_SLOP_PX = 10;
// How long a finger holds still before the note is picked up.
export const LONG_PRESS_MS = 300;

export interface Press {
  touch: boolean;
  x: number;
  y: number;
  // A touch held for the long press: the note is picked up and follows the finger.
  lifted: boolean;
}

export function startPress(pointerType: string, x: number, y: number): Press {
  return { touch: pointerType === "touch", x, y, lifted: false };
}

// What a pointer move to (x, y) means for a press that is not a drag yet.
export function pressMove(press: Press, x: number, y: number): "wait" | "drag" | "cancel" {
  const distance = Math.hypot(x - press.x, y - press.y);
  if (!press.touch || press.lifted) return distance > MOUSE_DRAG_THRESHOLD_PX ? "drag" : "wait";
  return distance > TOUCH_SLOP_PX ? "cancel" : "wait";
}

// Near the top or bottom edge of the screen a dragged note scrolls the page, so a zone out of sight
// can be reached on a phone: pixels per frame, negative upwards, faster nearer the edge.
export const EDGE_PX = 72;
export const EDGE_MAX_STEP_PX = 14;

export function edgeScrollStep(clientY: number, viewportHeight: number): number {
  const depth = (distance: number) => Math.ceil(((EDGE_PX - Math.max(0, distance)) / EDGE_PX) * EDGE_MAX_STEP_PX);
  if (clientY < EDGE_PX) return -depth(clientY);
  if (clientY > viewportHeight - EDGE_PX) return depth(viewportHeight - clientY);
  return 0;
}
