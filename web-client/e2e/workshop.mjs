// End to end: a real kring-server and Debian's chromium. A facilitator, three participants, a
// board member and a projector run a mini workshop through the UI only, and the raw WebSocket
// frames prove that a hidden note never reaches another device before the reveal. Beside every
// composer and on the board member's card of a plain vote, the device says who will see what;
// three writers on a private-first board reach the room's k of 3, so that board is revealed
// without a confirmation.
// Usage: node e2e/workshop.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import {
  LAPTOP,
  LAPTOP_SHORT,
  PHONE,
  PHONE_390,
  PROJECTOR,
  STEP_TIMEOUT,
  checkReadable,
  framesContain,
  joinAs,
  openDevice,
  screenshotter,
} from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const { shoot, shootBoth, shootAt } = screenshotter(clientRoot);

// What the composer promises on a private-first board (k = 3) and on an open board.
const hiddenNotePromise =
  "Je notitie blijft verborgen tot de facilitator onthult. Schrijven er minder dan 3 mensen, dan vraagt Kring de facilitator eerst om bevestiging.";
const openNotePromise = "Je notitie is meteen voor iedereen zichtbaar, zonder je naam.";

const unique = Date.now().toString(36);
const noteText = [
  `Overleg zonder agenda ${unique}-een`,
  `Klantvragen blijven liggen ${unique}-twee`,
  `Niemand durft nee te zeggen ${unique}-drie`,
];

// A note card by its own text (a facilitator's merge menu also lists the other notes' texts).
function noteCard(page, text, scope = "") {
  return page.locator(`${scope} [data-testid=note]`.trim(), {
    has: page.locator(".note-text", { hasText: text }),
  });
}

async function joinByTypedCode(browser, base, code, name) {
  const device = await openDevice(browser, PHONE, `${base}/#/`);
  await device.page.fill("input[name=room-code]", code);
  await device.page.press("input[name=room-code]", "Enter");
  // The next thing to type is the name: focus is there, not on the page body.
  await device.page.locator("input[name=display-name]").waitFor({ timeout: STEP_TIMEOUT });
  const focused = await device.page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.tagName);
  console.log(`after the code and Enter, focus is on: ${focused}`);
  if (focused !== "display-name") throw new Error(`after the code and Enter focus is on ${focused}, not the name field`);
  await device.page.fill("input[name=display-name]", name);
  await device.page.click("[data-testid=join]");
  await device.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  return device;
}

runE2e("workshop.mjs", async (base, browser) => {
  step("facilitator creates the room from the default agenda");
  const facilitator = await openDevice(browser, LAPTOP, `${base}/#/`);
  await shootBoth(facilitator.page, "home", LAPTOP);
  await facilitator.page.click("button.lang");
  await facilitator.page.locator("h2", { hasText: "New workshop" }).waitFor({ timeout: STEP_TIMEOUT });
  await facilitator.page.click("button.lang");
  await facilitator.page.locator("h2", { hasText: "Nieuwe workshop" }).waitFor({ timeout: STEP_TIMEOUT });
  await facilitator.page.click("[data-testid=create-room]");
  await facilitator.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  await facilitator.page.locator("[data-testid=phase-title]").waitFor({ timeout: STEP_TIMEOUT });
  assert.match(await facilitator.page.textContent("[data-testid=phase-title]"), /Waar staan we vandaag\?/);
  const participantUrl = await facilitator.page.getAttribute("[data-testid='link-Deelnemers']", "href");
  const boardUrl = await facilitator.page.getAttribute("[data-testid='link-Bestuur']", "href");
  const projectorUrl = await facilitator.page.getAttribute("[data-testid='link-Projector']", "href");
  assert.match(participantUrl, /#\/join\/[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.match(boardUrl, /#\/board\//);
  assert.match(projectorUrl, /#\/projector\//);
  await facilitator.page.click("[data-testid=timer-start]");

  step("projector opens");
  const projector = await openDevice(browser, PROJECTOR, projectorUrl);
  await projector.page.locator("[data-testid=projector-code]").waitFor({ timeout: STEP_TIMEOUT });

  step("facilitator adds a private-first circle of influence and opens writing");
  await facilitator.page.fill("[data-testid=add-board] input[name=board-title]", "Waar hebben we invloed op?");
  await facilitator.page.click("[data-testid=add-board] button[type=submit]");
  await facilitator.page.locator("[data-testid=toggle-writing]").waitFor({ timeout: STEP_TIMEOUT });
  await facilitator.page.click("[data-testid=toggle-writing]");

  step("three participants join by code and write private notes");
  const participants = [];
  // Anna and Bram follow the link (as from the QR code); Chris types the code on the start page
  // the way people copy it from a projector: lower case, without the dash.
  const typedCode = participantUrl.split("/").pop().replace("-", "").toLowerCase();
  for (const [index, name] of ["Anna", "Bram", "Chris"].entries()) {
    const device = name === "Chris"
      ? await joinByTypedCode(browser, base, typedCode, name)
      : await joinAs(browser, participantUrl, name);
    await device.page.locator("[data-testid=composer]").waitFor({ timeout: STEP_TIMEOUT });
    await device.page.locator("[data-testid=private-banner]").waitFor({ timeout: STEP_TIMEOUT });
    assert.equal((await device.page.textContent("[data-testid=note-guarantee]")).trim(), hiddenNotePromise);
    participants.push(device);
    void index;
  }
  for (const [index, device] of participants.entries()) {
    await device.page.fill("textarea[name=note-text]", noteText[index]);
    await device.page.click("[data-testid=post-note]");
    await device.page.locator(".note-own", { hasText: noteText[index] }).waitFor({ timeout: STEP_TIMEOUT });
  }
  await facilitator.page.locator("[data-testid=hidden-count]", { hasText: "3" }).waitFor({ timeout: STEP_TIMEOUT });
  await projector.page.locator("[data-testid=hidden-count]", { hasText: "3" }).waitFor({ timeout: STEP_TIMEOUT });
  await facilitator.page.locator("[data-testid=writer-count]", { hasText: "3 schrijvers" }).waitFor({ timeout: STEP_TIMEOUT });
  await shootAt(facilitator.page, "anonymity-facilitator-writers-1366", LAPTOP_SHORT, facilitator.page.locator("[data-testid=board-block]").first(), LAPTOP);
  await shootBoth(participants[0].page, "participant-private", PHONE);
  const guarantee = participants[0].page.locator("[data-testid=note-guarantee]");
  await shootAt(participants[0].page, "anonymity-composer-private-390", PHONE_390, guarantee, PHONE);
  await participants[0].page.setViewportSize(PHONE_390);
  await checkReadable("composer promise on a 390 px phone", guarantee);
  await participants[0].page.setViewportSize(PHONE);

  step("an author deletes its own hidden note; others see only the count change");
  const spare = `Weggegooide gedachte ${unique}`;
  await participants[2].page.fill("textarea[name=note-text]", spare);
  await participants[2].page.click("[data-testid=post-note]");
  await facilitator.page.locator("[data-testid=hidden-count]", { hasText: "4" }).waitFor({ timeout: STEP_TIMEOUT });
  await noteCard(participants[2].page, spare).locator("[data-testid=delete-own]").click();
  await noteCard(participants[2].page, spare).waitFor({ state: "detached", timeout: STEP_TIMEOUT });
  await facilitator.page.locator("[data-testid=hidden-count]", { hasText: "3" }).waitFor({ timeout: STEP_TIMEOUT });
  assert.equal((await facilitator.page.textContent("[data-testid=writer-count]")).trim(), "3 schrijvers", "a second note is no second writer");
  assert.ok(!framesContain(facilitator.received, spare), "the facilitator received a hidden note's bytes");

  step("before the reveal nobody else sees a note: not on screen, not in any frame");
  const [anna, bram, chris] = participants;
  const bramText = await bram.page.textContent("main");
  assert.ok(bramText.includes(noteText[1]), "the author sees its own note");
  assert.ok(!bramText.includes(noteText[0]) && !bramText.includes(noteText[2]), "another's note is on screen");
  for (const [who, device] of [["Bram", bram], ["facilitator", facilitator], ["projector", projector]]) {
    for (const [index, text] of noteText.entries()) {
      if (who === "Bram" && index === 1) continue;
      assert.ok(!framesContain(device.received, text), `${who} received the bytes of note ${index + 1} before the reveal`);
    }
  }
  assert.ok(bram.received.length > 0, "frames were recorded");

  step("a reload rejoins as the same member and claims its own hidden note");
  await anna.page.reload();
  await anna.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  await anna.page.locator(".note-own", { hasText: noteText[0] }).waitFor({ timeout: STEP_TIMEOUT });
  await shootBoth(facilitator.page, "facilitator-hidden", LAPTOP);

  step("the facilitator reveals the board: three writers reach k = 3, so no confirmation is asked");
  await facilitator.page.click("[data-testid=reveal-board]");
  assert.equal(await facilitator.page.locator("[data-testid=reveal-warning]").count(), 0, "no small-group warning with k writers");
  for (const device of [bram, chris, projector, facilitator]) {
    await noteCard(device.page, noteText[0]).waitFor({ timeout: STEP_TIMEOUT });
  }
  assert.ok(framesContain(bram.received, noteText[0]), "after the reveal the note's bytes do arrive");

  step("participants sort the notes into the circles: menu and drag and drop");
  const annaNote = noteCard(anna.page, noteText[0]);
  await annaNote.locator("[data-testid=move-open]").click();
  await annaNote.locator("[data-testid=move-item][data-zone-id='1']").click();
  await noteCard(facilitator.page, noteText[0], "[data-testid=zone-1]").waitFor({ timeout: STEP_TIMEOUT });
  const chrisNote = noteCard(bram.page, noteText[2]);
  // Dragged on a laptop-sized window: source and target both in view, so no scroll happens
  // between the press and the first move of the drag.
  await bram.page.setViewportSize(LAPTOP);
  await chrisNote.dragTo(bram.page.locator("[data-testid=zone-3]"), { sourcePosition: { x: 8, y: 8 } });
  await bram.page.setViewportSize(PHONE);
  await noteCard(facilitator.page, noteText[2], "[data-testid=zone-3]").waitFor({ timeout: STEP_TIMEOUT });
  const bramNote = noteCard(chris.page, noteText[1]);
  await bramNote.locator("[data-testid=move-open]").click();
  await bramNote.locator("[data-testid=move-item][data-zone-id='2']").click();
  await noteCard(projector.page, noteText[1], "[data-testid=zone-2]").waitFor({ timeout: STEP_TIMEOUT });
  await shootBoth(participants[1].page, "participant-sorted", PHONE);

  // Two board members voting on phones, the projector's n/m and the spread are run by focus in
  // focus.mjs; here a plain board vote (the console's "open vote" form) with one member who changes
  // a card.
  step("a board member joins; a plain board vote: the card says who will see what, a changed card, the spread");
  const boardMember = await joinAs(browser, boardUrl, "Dana");
  await facilitator.page.fill("[data-testid=open-vote] input[name=vote-title]", "Overleg alleen met agenda?");
  await facilitator.page.click("[data-testid=open-vote] button[type=submit]");
  await boardMember.page.locator("[data-testid=vote-card]").waitFor({ timeout: STEP_TIMEOUT });
  assert.equal(
    (await boardMember.page.textContent("[data-testid=vote-card] [data-testid=vote-guarantee]")).trim(),
    "Open kaarten: na het onthullen ziet iedereen wie wat koos.",
  );
  await projector.page.locator("[data-testid=projector-progress]", { hasText: "0/1" }).waitFor({ timeout: STEP_TIMEOUT });
  await boardMember.page.click("[data-testid=choice-2]");
  await boardMember.page.locator("[data-testid=vote-in]").waitFor({ timeout: STEP_TIMEOUT });
  await boardMember.page.click("[data-testid=choice-3]");
  await boardMember.page.locator("[data-testid=choice-3][aria-pressed=true]").waitFor({ timeout: STEP_TIMEOUT });
  await projector.page.locator("[data-testid=projector-progress]", { hasText: "1/1" }).waitFor({ timeout: STEP_TIMEOUT });
  await shootBoth(boardMember.page, "board-member-voted", PHONE);

  await facilitator.page.click("[data-testid=reveal-vote]");
  await projector.page.locator("[data-testid=vote-chart]").waitFor({ timeout: STEP_TIMEOUT });
  assert.equal((await projector.page.textContent("[data-testid=tally-3]")).trim(), "1 (100%)", "the changed card counts");
  assert.equal((await projector.page.textContent("[data-testid=tally-2]")).trim(), "0 (0%)");
  await boardMember.page.locator("[data-testid=vote-chart]").waitFor({ timeout: STEP_TIMEOUT });
  await shootBoth(projector.page, "projector-result", PROJECTOR);
  await shootBoth(facilitator.page, "facilitator-result", LAPTOP);

  step("an open 3B columns board: a note is visible to everybody at once");
  await facilitator.page.fill("[data-testid=add-board] input[name=board-title]", "3B");
  await facilitator.page.selectOption("[data-testid=add-board] select[name=board-kind]", "1");
  await facilitator.page.selectOption("[data-testid=add-board] select[name=writing-mode]", "1");
  await facilitator.page.click("[data-testid=add-board] button[type=submit]");
  const openBoard = facilitator.page.locator("[data-testid=board-block]", { hasText: "3B" });
  await openBoard.locator("[data-testid=toggle-writing]").click();
  const openText = `Elke week een korte stand-up ${unique}`;
  // 3B's own composer, once its writing is open on Chris's phone (the first board's may be open too).
  const composer = chris.page.locator("section.panel", { hasText: "3B" }).locator("[data-testid=composer]");
  await composer.waitFor({ timeout: STEP_TIMEOUT });
  await composer.locator("[data-testid=note-guarantee]", { hasText: openNotePromise }).waitFor({ timeout: STEP_TIMEOUT });
  await shootAt(chris.page, "anonymity-composer-open-390", PHONE_390, composer, PHONE);
  await composer.locator("textarea[name=note-text]").fill(openText);
  await composer.locator("[data-testid=post-note]").click();
  await noteCard(projector.page, openText).waitFor({ timeout: STEP_TIMEOUT });
  await noteCard(anna.page, openText).waitFor({ timeout: STEP_TIMEOUT });
  await shootBoth(projector.page, "projector-columns", PROJECTOR);

  step("a dropped connection: visible reconnecting state, the pending note is sent after resume");
  const flaky = await openDevice(browser, PHONE, "about:blank");
  let blocked = false;
  let live;
  await flaky.context.routeWebSocket(/\/ws$/, (socket) => {
    if (blocked) {
      socket.close({ code: 1012 });
      return;
    }
    socket.connectToServer();
    live = socket;
  });
  await flaky.page.goto(participantUrl);
  await flaky.page.fill("input[name=display-name]", "Dirk");
  await flaky.page.click("[data-testid=join]");
  await flaky.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  blocked = true;
  await live.close({ code: 1012 });
  await flaky.page.locator(".conn[data-status=reconnecting]").waitFor({ timeout: STEP_TIMEOUT });
  const offlineText = `Geschreven tijdens een storing ${unique}`;
  const flakyComposer = flaky.page.locator("[data-testid=composer]").first();
  await flakyComposer.locator("textarea[name=note-text]").fill(offlineText);
  await flakyComposer.locator("[data-testid=post-note]").click();
  await shoot(flaky.page, "participant-reconnecting-phone", PHONE);
  assert.equal(await flakyComposer.locator("textarea[name=note-text]").inputValue(), offlineText, "the draft stays until acknowledged");
  blocked = false;
  await flaky.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  await noteCard(projector.page, offlineText).waitFor({ timeout: STEP_TIMEOUT });
  await flaky.page.waitForFunction(
    () => document.querySelector("textarea[name=note-text]")?.value === "",
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  assert.equal(await noteCard(projector.page, offlineText).count(), 1, "the note was applied once");

  step("the facilitator merges one note into another and removes one; every device follows");
  const mergedAway = noteCard(facilitator.page, offlineText);
  const intoId = await noteCard(facilitator.page, openText).getAttribute("data-note-id");
  // Choosing merges nothing yet; the button does.
  await mergedAway.locator("[data-testid=merge-select]").selectOption(intoId);
  await mergedAway.locator("[data-testid=merge-confirm]").click();
  // A merge folds the text into the other note: one card holds both texts on every device.
  for (const device of [projector, anna]) {
    await noteCard(device.page, openText)
      .locator(".note-text", { hasText: offlineText })
      .waitFor({ timeout: STEP_TIMEOUT });
    assert.equal(await noteCard(device.page, offlineText).count(), 1, "the merged note is one card");
  }
  // The merged card as the server's text shows it, on the laptop, a phone and the projector.
  await shootBoth(facilitator.page, "facilitator-merged", LAPTOP);
  await shootBoth(anna.page, "participant-merged", PHONE);
  await shootBoth(projector.page, "projector-merged", PROJECTOR);
  await noteCard(facilitator.page, noteText[1]).locator("[data-testid=remove-note]").click();
  for (const device of [projector, anna, bram]) {
    await noteCard(device.page, noteText[1]).waitFor({ state: "detached", timeout: STEP_TIMEOUT });
  }

  step("keyboard only: a participant writes and posts a note without a pointer");
  const keyboardText = `Met het toetsenbord ${unique}`;
  const annaComposer = anna.page.locator("[data-testid=composer]").first();
  await annaComposer.locator("textarea[name=note-text]").focus();
  await anna.page.keyboard.type(keyboardText);
  await anna.page.keyboard.press("Tab");
  const focused = await anna.page.evaluate(() => document.activeElement?.tagName);
  assert.ok(["SELECT", "BUTTON"].includes(focused), `Tab leaves the note field for a control (got ${focused})`);
  for (let i = 0; i < 4; i++) {
    if (await anna.page.evaluate(() => document.activeElement?.getAttribute("data-testid")) === "post-note") break;
    await anna.page.keyboard.press("Tab");
  }
  await anna.page.keyboard.press("Enter");
  await noteCard(projector.page, keyboardText).waitFor({ timeout: STEP_TIMEOUT });

  step("a matrix board shows its rows x columns on the projector");
  await facilitator.page.fill("[data-testid=add-board] input[name=board-title]", "Gezondheidsmatrix");
  await facilitator.page.selectOption("[data-testid=add-board] select[name=board-kind]", "3");
  await facilitator.page.click("[data-testid=add-board] button[type=submit]");
  await projector.page.locator("[data-testid=board] h3", { hasText: "Gezondheidsmatrix" }).waitFor({ timeout: STEP_TIMEOUT });
  assert.equal(await projector.page.locator("[data-testid=board] .zone").count(), 20, "the health matrix: 5 rows x 4 columns");
  await shootBoth(projector.page, "projector-matrix", PROJECTOR);
});
