// End to end: sorting notes on a circle of influence without surprises, against a real kring-server
// and Debian's chromium. The facilitator (1366x768) adds an open circle-of-influence board and puts
// it on screen with writing open; Anna on a 1366x768 laptop and Bram on a 390x844 touch phone write
// notes. (a) Keyboard only, on Anna's laptop: from the top of a fresh page she Tabs to the first
// note (the Tabs are counted and printed; the note is one tab stop named by its text); ArrowDown
// on the note and the menu opened and closed with Escape move nothing; the menu key ("m"),
// ArrowDown and Enter move it to the second zone of the menu: it is there on her page and on
// Bram's phone (the time from Enter is printed), and the focus is on the note in its new zone.
// (b) Touch, on Bram's phone (CDP touch events, as a finger sends them): a quick swipe that starts
// on a note scrolls the page and moves nothing; a long press on a note's middle (where its tools
// are) picks it up, the zone under the finger lights up, and the release moves it, seen on Anna's
// laptop (time printed). (c) Scrolled to the bottom, down to a group poll under "Eerder in deze
// workshop", the phone's status bar is still at the top of the screen. (d) A tapped poll option
// says "wordt verstuurd…" until the Ack and then ✓: on Bram's phone, and held visibly on Chris's
// phone whose server frames are held back for a moment. Every step is screenshotted into
// test-output/e2e/sorting/.
// Usage: node e2e/sorting.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, STEP_TIMEOUT, joinAs, openDevice, screenshotter } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const started = Date.now();
process.on("exit", () => console.log(`e2e: wall time ${((Date.now() - started) / 1000).toFixed(1)} s`));

const wait = { timeout: STEP_TIMEOUT };
const unique = Date.now().toString(36);
const { shoot } = screenshotter(clientRoot, join(clientRoot, "..", "test-output", "e2e", "sorting"));
const TOUCH_PHONE = { hasTouch: true, isMobile: true };
// From the top of the page the first note should be a handful of Tabs away: the language switch,
// the composer's text, zone and post button, then the notes.
const MAX_TABS_TO_FIRST_NOTE = 8;

const boardTitle = `Waar hebben we invloed op? ${unique}`;
const annaNotes = [`Planning van de schilders ${unique}`, `Koffie met bewoners ${unique}`];
const bramNotes = [`Werkbonnen op papier ${unique}`, `Ladders in de bus ${unique}`, `Weer en wind ${unique}`];

// A note card by its own text, optionally inside one zone.
const noteCard = (scope, text) => scope.locator("[data-testid=note]", { has: scope.page().locator(".note-text", { hasText: text }) });
const zoneOfNote = (page, text) =>
  noteCard(page.locator("[data-testid=task]"), text).evaluate((card) => card.closest("[data-zone-id]")?.getAttribute("data-zone-id"));

// What has the focus now, in a few words for the log.
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { what: "body" };
    return {
      what: `${element.tagName.toLowerCase()}${element.dataset.testid ? `[${element.dataset.testid}]` : ""}`,
      role: element.getAttribute("role") ?? "",
      noteId: element.dataset.noteId ?? "",
      zoneId: element.closest("[data-zone-id]")?.getAttribute("data-zone-id") ?? "",
      label: element.getAttribute("aria-label") ?? "",
    };
  });

// One finger through Chrome's input pipeline: down at `from`, held for `holdMs`, moved to `to` in
// steps, lifted. `beforeRelease` runs with the finger still down (a screenshot mid-drag).
async function touchDrag(page, session, from, to, { holdMs, steps = 14, beforeRelease } = {}) {
  const point = (x, y) => [{ x: Math.round(x), y: Math.round(y), id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await session.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from.x, from.y) });
  if (holdMs) await page.waitForTimeout(holdMs);
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await session.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x, y) });
    await page.waitForTimeout(16);
  }
  if (beforeRelease) await beforeRelease();
  await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const middleOf = async (locator) => {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

async function writeNote(page, text) {
  const task = page.locator("[data-testid=task]");
  await task.locator("textarea[name=note-text]").fill(text);
  await task.locator("[data-testid=post-note]").click();
  await noteCard(task, text).waitFor(wait);
}

runE2e("sorting.mjs", async (base, browser) => {
  step("the facilitator adds an open circle of influence, puts it on screen with writing open, and opens a group poll");
  const facilitator = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  const fac = facilitator.page;
  await fac.click("[data-testid=create-room]");
  await fac.locator(".conn[data-status=joined]").waitFor(wait);
  const participantUrl = await fac.getAttribute("[data-testid='link-Deelnemers']", "href");
  // A group poll that is not on screen: the participants find it under "Eerder in deze workshop".
  // Opened first: once a board is on screen the console folds the rest away.
  const pollTitle = `Koffie om tien uur? ${unique}`;
  await fac.fill("[data-testid=open-vote] input[name=vote-title]", pollTitle);
  await fac.selectOption("[data-testid=open-vote] select[name=vote-audience]", "1");
  await fac.fill("[data-testid=open-vote] textarea[name=vote-options]", "Ja, om tien uur\nLiever om half elf\nGeen koffiepauze");
  await fac.click("[data-testid=open-vote] button[type=submit]");
  await fac.locator("[data-testid=vote]", { hasText: pollTitle }).waitFor(wait);
  await fac.fill("[data-testid=add-board] input[name=board-title]", boardTitle);
  await fac.selectOption("[data-testid=add-board] select[name=writing-mode]", "1");
  await fac.click("[data-testid=add-board] button[type=submit]");
  const block = fac.locator("[data-testid=board-block]", { hasText: boardTitle });
  await block.locator("[data-testid=show-and-open]").click();
  await block.locator("[data-testid=on-screen]").waitFor(wait);

  step("Anna (laptop) and Bram (touch phone) join and write notes into the tray");
  const [annaDevice, bramDevice] = await Promise.all([
    joinAs(browser, participantUrl, "Anna", LAPTOP_SHORT),
    joinAs(browser, participantUrl, "Bram", PHONE_390, TOUCH_PHONE),
  ]);
  const anna = annaDevice.page;
  const bram = bramDevice.page;
  for (const text of annaNotes) await writeNote(anna, text);
  for (const text of bramNotes) await writeNote(bram, text);
  for (const text of [...annaNotes, ...bramNotes]) {
    await noteCard(anna.locator("[data-testid=task] [data-testid=zone-0]"), text).waitFor(wait);
    await noteCard(bram.locator("[data-testid=task] [data-testid=zone-0]"), text).waitFor(wait);
  }
  await shoot(anna, "01-laptop-notes", LAPTOP_SHORT);
  await shoot(bram, "01-phone-notes", PHONE_390, { fullPage: true });

  step("(a) keyboard only: from the top of the page, Tab to the first note");
  await anna.reload();
  await anna.locator(".conn[data-status=joined]").waitFor(wait);
  await noteCard(anna.locator("[data-testid=task]"), annaNotes[0]).waitFor(wait);
  const stops = [];
  let tabs = 0;
  let here = await focused(anna);
  while (!here.noteId && tabs < 30) {
    await anna.keyboard.press("Tab");
    tabs += 1;
    here = await focused(anna);
    stops.push(here.what);
  }
  console.log(`e2e: measured tabs to the first note: ${tabs} (${stops.join(" → ")})`);
  assert.ok(here.noteId, "Tab reaches a note card");
  assert.ok(tabs <= MAX_TABS_TO_FIRST_NOTE, `the first note is ${tabs} Tabs from the top (at most ${MAX_TABS_TO_FIRST_NOTE})`);
  const noteId = here.noteId;
  const card = anna.locator(`[data-testid=task] [data-testid=note][data-note-id="${noteId}"]`);
  const text = (await card.locator(".note-text").textContent()).trim();
  assert.ok(here.label.includes(text), `the note card's accessible name holds its text (${here.label})`);
  assert.equal(here.zoneId, "0", "the first note is in the tray");
  // Moving is one tab stop per note: "Verplaats…" is no second one. Tab goes on to the note's
  // other tools (Anna's own note: "Verwijderen") and then to the next note.
  const onward = [];
  let next = here;
  while ((!next.noteId || next.noteId === noteId) && onward.length < 4) {
    await anna.keyboard.press("Tab");
    next = await focused(anna);
    onward.push(next.what);
  }
  console.log(`e2e: measured tabs from the first note to the next: ${onward.length} (${onward.join(" → ")})`);
  assert.ok(next.noteId && next.noteId !== noteId, "Tab reaches the next note");
  assert.ok(!onward.some((what) => what.includes("move-open")), "the 'Verplaats…' button is not a tab stop of its own");
  assert.ok(onward.length <= 2, `the next note is ${onward.length} Tabs on`);
  for (const _ of onward) await anna.keyboard.press("Shift+Tab");
  assert.equal((await focused(anna)).noteId, noteId, "Shift+Tab comes back to the note");
  await shoot(anna, "02-laptop-note-focused", LAPTOP_SHORT);

  step("(a) ArrowDown on the note, and the menu opened and closed with Escape, move nothing");
  await anna.keyboard.press("ArrowDown");
  await anna.locator("[data-testid=move-menu]").waitFor({ state: "detached", ...wait });
  await anna.keyboard.press("Enter");
  const menu = card.locator("[data-testid=move-menu][role=menu]");
  await menu.waitFor(wait);
  const items = await menu.locator("[role=menuitem]").evaluateAll((all) => all.map((item) => ({ zone: item.dataset.zoneId, label: item.textContent })));
  assert.deepEqual(items.map((item) => item.zone), ["1", "2", "3"], "the menu offers the other zones, not the note's own");
  assert.equal((await focused(anna)).role, "menuitem", "the open menu has the focus");
  await shoot(anna, "03-laptop-menu-open", LAPTOP_SHORT);
  await anna.keyboard.press("Escape");
  await menu.waitFor({ state: "detached", ...wait });
  assert.equal((await focused(anna)).noteId, noteId, "Escape gives the focus back to the note");
  await anna.waitForTimeout(500);
  assert.equal(await zoneOfNote(anna, text), "0", "nothing moved on Anna's laptop");
  assert.equal(await zoneOfNote(bram, text), "0", "nothing moved on Bram's phone");

  step("(a) m, ArrowDown, Enter: the note moves to the menu's second zone and keeps the focus");
  await anna.keyboard.press("m");
  await menu.waitFor(wait);
  await anna.keyboard.press("ArrowDown");
  const chosen = items[1];
  assert.equal((await focused(anna)).label, "", "a menu item has no label of its own");
  assert.equal(await anna.evaluate(() => document.activeElement?.dataset.zoneId), chosen.zone, "ArrowDown makes the second item active");
  await shoot(anna, "04-laptop-menu-second", LAPTOP_SHORT);
  const enterAt = Date.now();
  await anna.keyboard.press("Enter");
  await noteCard(bram.locator(`[data-testid=task] [data-testid=zone-${chosen.zone}]`), text).waitFor(wait);
  const seenAfter = Date.now() - enterAt;
  console.log(`e2e: measured Enter to the move on Bram's phone: ${seenAfter} ms (to "${chosen.label}")`);
  await noteCard(anna.locator(`[data-testid=task] [data-testid=zone-${chosen.zone}]`), text).waitFor(wait);
  await anna.waitForFunction(
    ({ id, zone }) => document.activeElement?.dataset.noteId === id && document.activeElement.closest("[data-zone-id]")?.dataset.zoneId === zone,
    { id: noteId, zone: chosen.zone },
    wait,
  );
  const after = await focused(anna);
  assert.equal(after.noteId, noteId, "the focus stays on the moved note");
  assert.equal(after.zoneId, chosen.zone, "… in its new zone");
  assert.ok(after.label.includes(chosen.label), `its name says where it is now (${after.label})`);
  await shoot(anna, "05-laptop-moved-focus-kept", LAPTOP_SHORT);
  // The notes still in the tray, for the phone's steps.
  const inTray = [...annaNotes, ...bramNotes].filter((other) => other !== text);

  step("(b) touch: a quick swipe starting on a note scrolls the page and moves nothing");
  const session = await bramDevice.context.newCDPSession(bram);
  const swiped = noteCard(bram.locator("[data-testid=task]"), inTray[0]);
  await swiped.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await bram.waitForTimeout(200);
  const scrollBefore = await bram.evaluate(() => window.scrollY);
  const swipeFrom = await middleOf(swiped);
  await touchDrag(bram, session, swipeFrom, { x: swipeFrom.x, y: swipeFrom.y - 220 }, { holdMs: 0, steps: 8 });
  await bram.waitForTimeout(600);
  const scrollAfter = await bram.evaluate(() => window.scrollY);
  console.log(`e2e: measured swipe scroll: ${scrollBefore} → ${scrollAfter} px`);
  assert.ok(scrollAfter > scrollBefore + 50, `a swipe over a note scrolls the page (${scrollBefore} → ${scrollAfter})`);
  assert.equal(await zoneOfNote(bram, inTray[0]), "0", "the swipe moved nothing");

  step("(b) touch: long press on a note's middle, drag to 'Veranderbaar', release: the move reaches Anna");
  const dragged = noteCard(bram.locator("[data-testid=task]"), inTray[1]);
  const target = bram.locator("[data-testid=task] [data-testid=zone-1]");
  // The note near the top of the screen, below the status bar: the tray's notes and the first circle fit under it.
  await dragged.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
  await bram.waitForTimeout(200);
  const from = await middleOf(dragged);
  const targetBox = await target.boundingBox();
  assert.ok(targetBox.y + 40 < PHONE_390.height, `'Veranderbaar' is on the screen (top at ${Math.round(targetBox.y)} px)`);
  const to = { x: targetBox.x + targetBox.width / 2, y: Math.min(targetBox.y + 40, PHONE_390.height - 90) };
  let releasedAt = 0;
  await touchDrag(bram, session, from, to, {
    holdMs: 500,
    beforeRelease: async () => {
      assert.ok(await dragged.evaluate((element) => element.classList.contains("note-dragging")), "the note follows the finger");
      await bram.locator("[data-testid=task] [data-testid=zone-1].zone-over").waitFor({ timeout: 2000 });
      await dragged.locator("[data-testid=drop-hint]", { hasText: "naar Veranderbaar" }).waitFor({ timeout: 2000 });
      await shoot(bram, "06-phone-dragging", PHONE_390);
      releasedAt = Date.now();
    },
  });
  await noteCard(anna.locator("[data-testid=task] [data-testid=zone-1]"), inTray[1]).waitFor(wait);
  console.log(`e2e: measured touch release to the move on Anna's laptop: ${Date.now() - releasedAt} ms`);
  await noteCard(bram.locator("[data-testid=task] [data-testid=zone-1]"), inTray[1]).waitFor(wait);
  assert.equal(await bram.locator(".zone-over").count(), 0, "no zone stays highlighted after the drop");
  await shoot(bram, "07-phone-dropped", PHONE_390);
  await shoot(anna, "07-laptop-sees-drop", LAPTOP_SHORT);

  step("(b) a tap on a tool still works: 'Verplaats…' opens the menu, a tap outside closes it");
  const tapped = noteCard(bram.locator("[data-testid=task]"), inTray[2]);
  await tapped.locator("[data-testid=move-open]").tap();
  await tapped.locator("[data-testid=move-menu]").waitFor(wait);
  await shoot(bram, "08-phone-menu-tapped", PHONE_390);
  await bram.locator("[data-testid=task-title]").tap();
  await tapped.locator("[data-testid=move-menu]").waitFor({ state: "detached", ...wait });
  assert.equal(await zoneOfNote(bram, inTray[2]), "0", "opening and closing the menu moved nothing");

  step("(c) scrolled down to the group poll, the phone's status bar stays on top");
  const poll = bram.locator("[data-testid=earlier] details", { hasText: pollTitle });
  await poll.locator("summary").tap();
  await poll.locator("[data-testid=vote-card]").waitFor(wait);
  await bram.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await bram.waitForTimeout(200);
  const scrolled = await bram.evaluate(() => window.scrollY);
  const bar = await bram.locator("header.bar").boundingBox();
  console.log(`e2e: measured phone scrolled to ${scrolled} px, status bar top ${bar.y} px, height ${bar.height} px`);
  assert.ok(scrolled > 200, `the phone's page scrolls (${scrolled} px)`);
  assert.equal(bar.y, 0, "the status bar is at the top of the screen");
  const covered = await bram.evaluate(() => {
    const header = document.querySelector("header.bar").getBoundingClientRect();
    return document.elementFromPoint(header.left + header.width / 2, header.top + header.height / 2)?.closest("header.bar") !== null;
  });
  assert.ok(covered, "nothing is painted over the status bar");
  await shoot(bram, "09-phone-scrolled-bar-visible", PHONE_390);

  step("(d) a tapped poll option says 'wordt verstuurd…' until the Ack, then ✓");
  // Every text the option's mark shows, recorded from before the tap.
  await poll.evaluate((element) => {
    window.seenMarks = [];
    new MutationObserver(() => {
      for (const mark of element.querySelectorAll("[data-testid=choice-mark]")) window.seenMarks.push(mark.textContent);
    }).observe(element, { subtree: true, childList: true, characterData: true });
  });
  const tappedAt = Date.now();
  await poll.locator("[data-testid=choice-2]").tap();
  await poll.locator("[data-testid=choice-2] [data-testid=choice-mark]", { hasText: "✓" }).waitFor(wait);
  const marks = await bram.evaluate(() => window.seenMarks);
  console.log(`e2e: measured poll tap to ✓: ${Date.now() - tappedAt} ms; marks seen: ${JSON.stringify([...new Set(marks)])}`);
  assert.ok(marks.includes("wordt verstuurd…"), "the tapped option said 'wordt verstuurd…' before the Ack");
  assert.equal(await poll.locator("[data-testid=choice-mark]").count(), 1, "one option is marked");
  await shoot(bram, "10-phone-poll-chosen", PHONE_390);

  step("(d) with the server's answers held back, the option keeps saying 'wordt verstuurd…'");
  const chrisDevice = await openDevice(browser, PHONE_390, "about:blank", TOUCH_PHONE);
  const chris = chrisDevice.page;
  let holding = false;
  const held = [];
  let toPage;
  await chrisDevice.context.routeWebSocket(/\/ws$/, (socket) => {
    const server = socket.connectToServer();
    toPage = socket;
    socket.onMessage((message) => server.send(message));
    server.onMessage((message) => (holding ? held.push(message) : socket.send(message)));
  });
  await chris.goto(participantUrl);
  await chris.fill("input[name=display-name]", "Chris");
  await chris.click("[data-testid=join]");
  await chris.locator(".conn[data-status=joined]").waitFor(wait);
  const chrisPoll = chris.locator("[data-testid=earlier] details", { hasText: pollTitle });
  await chrisPoll.locator("summary").tap();
  holding = true;
  await chrisPoll.locator("[data-testid=choice-1]").tap();
  const pending = chrisPoll.locator("[data-testid=choice-1] [data-testid=choice-mark]");
  await pending.filter({ hasText: "wordt verstuurd…" }).waitFor(wait);
  await chrisPoll.locator("[data-testid=choice-1]").evaluate((element) => element.scrollIntoView({ block: "center" }));
  await chris.waitForTimeout(300);
  assert.equal((await pending.textContent()).trim(), "wordt verstuurd…", "still sending while no Ack has come");
  await shoot(chris, "11-phone-poll-sending", PHONE_390);
  holding = false;
  for (const message of held.splice(0)) toPage.send(message);
  await pending.filter({ hasText: "✓" }).waitFor(wait);
  await shoot(chris, "12-phone-poll-acknowledged", PHONE_390);
  await fac.locator("[data-testid=vote]", { hasText: pollTitle }).locator("[data-testid=vote-progress]", { hasText: "2/" }).waitFor(wait);
});
