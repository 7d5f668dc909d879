// Sorting notes without surprises: the move menu's keys (nothing moves but Enter or Space in the
// open menu), when a press becomes a drag (mouse threshold, touch long press, a swipe stays a
// scroll), the page scroll near the edges, and the focus handed to a moved note's new card.
import { describe, expect, it } from "vitest";
import {
  EDGE_MAX_STEP_PX,
  EDGE_PX,
  MOUSE_DRAG_THRESHOLD_PX,
  TOUCH_SLOP_PX,
  edgeScrollStep,
  pressMove,
  startPress,
} from "../src/ui/drag_gesture";
import { menuKey, opensMoveMenu } from "../src/ui/menu_keys";
import { noteFocusHandoff } from "../src/ui/note_focus";

describe("move menu keys", () => {
  it("opens from the focused note with Enter, Space or m, never with arrows or modified keys", () => {
    for (const key of ["Enter", " ", "m", "M"]) expect(opensMoveMenu(key, false)).toBe(true);
    for (const key of ["ArrowDown", "ArrowUp", "Tab", "Escape", "x"]) expect(opensMoveMenu(key, false)).toBe(false);
    expect(opensMoveMenu("m", true)).toBe(false);
    expect(opensMoveMenu("Enter", true)).toBe(false);
  });

  it("walks the items with the arrows (wrapping), Home and End, without choosing", () => {
    expect(menuKey(0, 3, "ArrowDown")).toEqual({ kind: "activate", index: 1 });
    expect(menuKey(2, 3, "ArrowDown")).toEqual({ kind: "activate", index: 0 });
    expect(menuKey(0, 3, "ArrowUp")).toEqual({ kind: "activate", index: 2 });
    expect(menuKey(1, 3, "Home")).toEqual({ kind: "activate", index: 0 });
    expect(menuKey(0, 3, "End")).toEqual({ kind: "activate", index: 2 });
  });

  it("moves only on Enter or Space, to the active item", () => {
    expect(menuKey(1, 3, "Enter")).toEqual({ kind: "choose", index: 1 });
    expect(menuKey(2, 3, " ")).toEqual({ kind: "choose", index: 2 });
  });

  it("closes without moving on Escape (key consumed) and Tab (key goes on)", () => {
    expect(menuKey(1, 3, "Escape")).toEqual({ kind: "close", passKey: false });
    expect(menuKey(1, 3, "Tab")).toEqual({ kind: "close", passKey: true });
    expect(menuKey(1, 3, "a")).toEqual({ kind: "ignore" });
  });

  it("an empty menu chooses nothing", () => {
    expect(menuKey(0, 0, "Enter")).toEqual({ kind: "ignore" });
    expect(menuKey(0, 0, "ArrowDown")).toEqual({ kind: "ignore" });
    expect(menuKey(0, 0, "Escape")).toEqual({ kind: "close", passKey: false });
  });
});

describe("drag gesture", () => {
  it("a mouse press becomes a drag past the threshold; a click that wobbles stays a click", () => {
    const press = startPress("mouse", 100, 100);
    expect(pressMove(press, 100 + MOUSE_DRAG_THRESHOLD_PX, 100)).toBe("wait");
    expect(pressMove(press, 100 + MOUSE_DRAG_THRESHOLD_PX + 1, 100)).toBe("drag");
    expect(pressMove(startPress("pen", 0, 0), 0, 20)).toBe("drag");
  });

  it("a touch that moves before the long press is a scroll; held, it drags", () => {
    const press = startPress("touch", 50, 50);
    expect(pressMove(press, 50, 50 + TOUCH_SLOP_PX)).toBe("wait");
    expect(pressMove(press, 50, 50 + TOUCH_SLOP_PX + 1)).toBe("cancel");
    press.lifted = true;
    expect(pressMove(press, 50, 52)).toBe("wait");
    expect(pressMove(press, 50, 50 + TOUCH_SLOP_PX + 1)).toBe("drag");
  });

  it("scrolls near the screen's edges only, faster nearer the edge", () => {
    expect(edgeScrollStep(400, 844)).toBe(0);
    expect(edgeScrollStep(EDGE_PX, 844)).toBe(0);
    expect(edgeScrollStep(0, 844)).toBe(-EDGE_MAX_STEP_PX);
    expect(edgeScrollStep(844, 844)).toBe(EDGE_MAX_STEP_PX);
    expect(edgeScrollStep(844 - 10, 844)).toBeGreaterThan(edgeScrollStep(844 - 60, 844));
    expect(edgeScrollStep(-30, 844)).toBe(-EDGE_MAX_STEP_PX);
  });
});

describe("focus handoff of a moved note", () => {
  it("is claimed once, by the note's card in the target zone only", () => {
    const handoff = noteFocusHandoff();
    handoff.request(7n, 2);
    expect(handoff.claim(7n, 0)).toBe(false);
    expect(handoff.claim(8n, 2)).toBe(false);
    expect(handoff.claim(7n, 2)).toBe(true);
    expect(handoff.claim(7n, 2)).toBe(false);
  });

  it("is withdrawn when the move fails", () => {
    const handoff = noteFocusHandoff();
    handoff.request(7n, 2);
    handoff.withdraw(8n);
    handoff.withdraw(7n);
    expect(handoff.claim(7n, 2)).toBe(false);
  });
});
