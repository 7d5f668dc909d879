// End to end: the board session and the actions through the UI only, against a real kring-server
// and Debian's chromium. The facilitator adds two dilemmas and records their outcomes (one
// consensus, one not), bundles them for the board; two board members on 360 px phones vote and
// one changes a card; the decoded WebSocket frames prove that no board phone and no projector was
// sent a vote value before the reveal; one item is revealed alone, the rest at once, decisions are
// recorded and shown on the projector and to participants. Then actions: the facilitator makes an
// action of a revealed note, a participant works it out (SMART) and scores it, the projector sees
// only the count until the facilitator reveals the ranking. Also the run-sheet and the decision
// record download (Markdown through the facilitator's panel). Anonymity in small groups: the
// board's open cards say so above the cards; a private-first board that Anna alone wrote on is
// revealed only through the confirm step ("Toch onthullen (pas 1 schrijver)"), by keyboard, and
// its note reaches no other device before the confirmation.
// Usage: node e2e/board.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
import { rankingsIn, serverMessageDecoder, voteValuesIn } from "./frames.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const { shootBoth, shootAt } = screenshotter(clientRoot);
const decode = serverMessageDecoder(join(clientRoot, "..", "proto"));
const wait = { timeout: STEP_TIMEOUT };
const full = { fullPage: true };
const unique = Date.now().toString(36);

const consensus = {
  title: `Dubbelglas bij planmatig schilderwerk? ${unique}`,
  scenarios: ["Enkelglas laten zitten", "Dubbelglas alleen bij klachten", "Dubbelglas plaatsen: betaalbaar en beter wonen"],
};
const split = {
  title: `Mag de monteur nog een praatje maken? ${unique}`,
  scenarios: ["Nee, de planning gaat voor", "Ja, een praatje hoort bij goede dienstverlening", "Alleen als de bewoner erom vraagt"],
};
const noteText = `Tochtstrips bij elke schilderbeurt ${unique}`;

async function addDilemma(fac, dilemma, id, outcome) {
  const form = fac.locator("[data-testid=dilemmas] [data-testid=dilemma-form]");
  await form.locator("input[name=dilemma-title]").fill(dilemma.title);
  for (const [index, text] of dilemma.scenarios.entries()) await form.locator(`textarea[name=scenario-${index + 1}]`).fill(text);
  await form.locator("[data-testid=save-dilemma]").click();
  const admin = fac.locator(`[data-testid=dilemma-admin][data-dilemma-id="${id}"]`);
  await admin.waitFor(wait);
  await admin.locator("select[name=outcome]").selectOption(outcome);
  await admin.locator("[data-testid=record-outcome]").click();
  await admin.locator("[data-testid=outcome]").waitFor(wait);
}

function assertNoValues(devices, when) {
  for (const [who, device] of devices) {
    assert.deepEqual(voteValuesIn(decode, device.received), [], `${who} was sent a vote value ${when}`);
  }
}

async function assertFitsPhone(who, page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${who} is ${width} px wide on a ${PHONE.width} px phone`);
}

runE2e("board.mjs", async (base, browser) => {
  step("the facilitator creates the room and two dilemmas with outcomes: consensus on 3, none");
  const facilitator = await openDevice(browser, LAPTOP, `${base}/#/`);
  const fac = facilitator.page;
  await fac.click("[data-testid=create-room]");
  await fac.locator(".conn[data-status=joined]").waitFor(wait);
  await fac.locator("[data-testid=run-sheet]").waitFor(wait);
  const participantUrl = await fac.getAttribute("[data-testid='link-Deelnemers']", "href");
  const boardUrl = await fac.getAttribute("[data-testid='link-Bestuur']", "href");
  const projectorUrl = await fac.getAttribute("[data-testid='link-Projector']", "href");
  await addDilemma(fac, consensus, 1, "3");
  await addDilemma(fac, split, 2, "none");

  step("the projector, two board members on phones and a participant join");
  const projector = await openDevice(browser, PROJECTOR, projectorUrl);
  // The run-sheet is the facilitator's alone; the projector shows the room (here its overview).
  await projector.page.locator("[data-testid=projector-overview]").waitFor(wait);
  const bob = await joinAs(browser, boardUrl, "Bob");
  const carla = await joinAs(browser, boardUrl, "Carla");
  const anna = await joinAs(browser, participantUrl, "Anna");
  const watchers = [["Bob", bob], ["Carla", carla], ["projector", projector]];

  step("the facilitator bundles both dilemmas in the board's order");
  const bundleForm = fac.locator("[data-testid=bundle-form]");
  await bundleForm.locator("input[name=bundle-title]").fill(`Bestuursvergadering ${unique}`);
  await bundleForm.locator("[data-testid=bundle-dilemma-1]").check();
  await bundleForm.locator("[data-testid=bundle-dilemma-2]").check();
  await bundleForm.locator("[data-testid=create-bundle]").click();
  const items = fac.locator("[data-testid=bundle-admin] [data-testid=bundle-item]");
  await items.nth(1).waitFor(wait);

  step("each board member gets one card per item and votes; Carla changes a card, which ties item 2");
  const card = (device, dilemmaId) => device.page.locator(`[data-testid=board-item][data-dilemma-id="${dilemmaId}"] [data-testid=vote-card]`);
  await card(bob, 1).locator("[data-testid=choice-1]", { hasText: "Akkoord" }).waitFor(wait);
  assert.equal(await card(bob, 2).locator("[data-testid=choice-2]").textContent(), `Scenario 2${split.scenarios[1]}`);
  assert.equal(
    (await bob.page.textContent("[data-testid=board-bundle] > [data-testid=vote-guarantee]")).trim(),
    "Open kaarten: na het onthullen ziet iedereen wie wat koos.",
    "the board's open cards say who will see what",
  );
  const votes = [[bob, 1, 1], [bob, 2, 2], [carla, 1, 1], [carla, 2, 2], [carla, 2, 3]];
  for (const [device, dilemmaId, option] of votes) {
    await card(device, dilemmaId).locator(`[data-testid=choice-${option}]`).click();
    await card(device, dilemmaId).locator(`[data-testid=choice-${option}][aria-pressed=true]`).waitFor(wait);
    await card(device, dilemmaId).locator("[data-testid=vote-in]", { hasText: "verborgen tot de onthulling" }).waitFor(wait);
  }
  await items.nth(0).locator("[data-testid=item-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  assert.equal(await fac.locator("[data-testid=bundle-admin] [data-testid=reveal-wait]").count(), 0, "open cards never wait for k");
  await items.nth(1).locator("[data-testid=item-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  const projectorItems = projector.page.locator("[data-testid=projector-bundle] [data-testid=projector-item]");
  await projectorItems.nth(1).locator("[data-testid=projector-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  // A board phone with its cards played is screenshotted per step in focus.mjs.
  await assertFitsPhone("Bob", bob.page);
  await shootBoth(projector.page, "board-projector-progress", PROJECTOR);

  step("before the reveal no board phone and no projector was sent a vote value");
  assertNoValues(watchers, "before the reveal");
  assert.equal(await fac.locator("[data-testid=bundle-admin] [data-testid=vote-chart]").count(), 0, "the facilitator sees counts only");

  step("the facilitator reveals the first item alone, then the rest at once");
  await items.nth(0).locator("[data-testid=reveal-item]").click();
  await projectorItems.nth(0).locator("[data-testid=vote-chart]").waitFor(wait);
  assert.equal((await projectorItems.nth(0).locator("[data-testid=tally-1]").textContent()).trim(), "2 (100%)");
  assert.equal(await projectorItems.nth(1).locator("[data-testid=vote-chart]").count(), 0, "the second item is still hidden");
  assert.equal(voteValuesIn(decode, projector.received).length, 1, "one item's values arrived");
  assert.ok(await card(carla, 2).locator("[data-testid=choice-3]").isEnabled(), "Carla can still change the unrevealed item");
  await fac.locator("[data-testid=reveal-bundle]").click();
  await projectorItems.nth(1).locator("[data-testid=vote-chart]").waitFor(wait);
  assert.equal((await projectorItems.nth(1).locator("[data-testid=tally-2]").textContent()).trim(), "1 (50%)");
  assert.equal((await projectorItems.nth(1).locator("[data-testid=tally-3]").textContent()).trim(), "1 (50%)");
  await card(bob, 2).locator("[data-testid=vote-chart] .cards", { hasText: "Carla" }).waitFor(wait);
  assert.ok(await card(bob, 2).locator("[data-testid=choice-1]").isDisabled(), "a revealed card cannot change");

  step("a tie: the facilitator is told and lets the board vote another round, hidden again");
  const tie = items.nth(1).locator("[data-testid=tie-notice]");
  await tie.waitFor(wait);
  assert.match(await tie.textContent(), /Gelijke stand/);
  assert.equal(await items.nth(0).locator("[data-testid=tie-notice]").count(), 0, "a 2-0 approval is no tie");
  await shootBoth(fac, "board-facilitator-tie", LAPTOP, full);
  const valuesBefore = watchers.map(([, device]) => voteValuesIn(decode, device.received).length);
  await tie.locator("[data-testid=another-round]").click();
  await items.nth(1).locator("[data-testid=item-round]", { hasText: "Ronde 2" }).waitFor(wait);
  await card(bob, 2).locator("[data-testid=choice-2]:not([disabled])").waitFor(wait);
  for (const device of [bob, carla]) {
    await card(device, 2).locator("[data-testid=choice-2]").click();
    await card(device, 2).locator("[data-testid=vote-in]", { hasText: "verborgen tot de onthulling" }).waitFor(wait);
  }
  await items.nth(1).locator("[data-testid=item-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  watchers.forEach(([who, device], i) =>
    assert.equal(voteValuesIn(decode, device.received).length, valuesBefore[i], `${who} was sent a second-round card before its reveal`),
  );
  await items.nth(1).locator("[data-testid=reveal-item]").click();
  await projectorItems.nth(1).locator("[data-testid=tally-2]", { hasText: "2 (100%)" }).waitFor(wait);

  step("the facilitator records the decisions; projector and participants show them");
  await items.nth(0).locator("select[name=decision]").selectOption("1");
  await items.nth(0).locator("[data-testid=record-decision]").click();
  await items.nth(1).locator("select[name=decision]").selectOption("2");
  const reason = "In de tweede ronde koos het hele bestuur scenario 2.";
  await items.nth(1).locator("[data-testid=decision-reason-input]").fill(reason);
  await items.nth(1).locator("[data-testid=record-decision]").click();
  await projectorItems.nth(0).locator("[data-testid=decision]", { hasText: "Goedgekeurd" }).waitFor(wait);
  await projectorItems.nth(1).locator("[data-testid=decision]", { hasText: split.scenarios[1] }).waitFor(wait);
  await projectorItems.nth(1).locator("[data-testid=decision-reason]", { hasText: reason }).waitFor(wait);
  await anna.page.locator("[data-testid=board-decisions] [data-testid=decided-item]", { hasText: "Goedgekeurd" }).waitFor(wait);
  await anna.page.locator("[data-testid=board-decisions] [data-testid=decision-reason]", { hasText: reason }).waitFor(wait);
  await bob.page.locator("[data-testid=board-item] [data-testid=decision]").nth(1).waitFor(wait);
  await bob.page.locator("[data-testid=board-item] [data-testid=decision-reason]", { hasText: reason }).waitFor(wait);
  await shootBoth(projector.page, "board-projector-decisions", PROJECTOR);
  await shootBoth(bob.page, "board-member-decisions", PHONE, full);
  await shootBoth(anna.page, "board-participant-decisions", PHONE, full);

  step("a circle-of-influence board: Anna writes a note alone first, the facilitator reveals it");
  await fac.fill("[data-testid=add-board] input[name=board-title]", `Waar hebben we invloed op? ${unique}`);
  await fac.click("[data-testid=add-board] button[type=submit]");
  const block = fac.locator("[data-testid=board-block]");
  await block.locator("[data-testid=toggle-writing]").click();
  const composer = anna.page.locator("[data-testid=composer]");
  await composer.locator("[data-testid=note-guarantee]", { hasText: "vraagt Kring de facilitator eerst om bevestiging" }).waitFor(wait);
  await composer.locator("select[name=note-zone]").selectOption("1");
  await composer.locator("textarea[name=note-text]").fill(noteText);
  await composer.locator("[data-testid=post-note]").click();
  await block.locator("[data-testid=hidden-count]", { hasText: "1" }).waitFor(wait);
  await block.locator("[data-testid=writer-count]", { hasText: "1 schrijver" }).waitFor(wait);

  step("one writer is fewer than k = 3: the reveal asks for a confirmation first, by keyboard");
  const revealBoard = block.locator("[data-testid=reveal-board]");
  await revealBoard.focus();
  await fac.keyboard.press("Enter");
  const warning = block.locator("[data-testid=reveal-warning]");
  await warning.waitFor(wait);
  assert.equal(
    (await warning.textContent()).trim(),
    "Op dit bord schreef pas 1 persoon, minder dan 3. Na het onthullen is misschien te raden wie dit schreef.",
  );
  assert.equal((await revealBoard.textContent()).trim(), "Toch onthullen (pas 1 schrijver)");
  assert.equal(await revealBoard.getAttribute("aria-describedby"), await warning.getAttribute("id"));
  assert.equal(await fac.evaluate(() => document.activeElement?.getAttribute("data-testid")), "reveal-board", "focus stays on the button");
  await shootAt(fac, "anonymity-facilitator-confirm-1366", LAPTOP_SHORT, block.locator(".buttons").first(), LAPTOP);
  await fac.setViewportSize(LAPTOP_SHORT);
  await checkReadable("the small-group warning at 1366x768", warning);
  await fac.setViewportSize(LAPTOP);
  // Escape steps back; the button is "Onthullen" again with the focus on it.
  await fac.keyboard.press("Escape");
  await warning.waitFor({ state: "detached", ...wait });
  assert.equal((await revealBoard.textContent()).trim(), "Onthullen");
  assert.equal(await fac.evaluate(() => document.activeElement?.getAttribute("data-testid")), "reveal-board", "focus stays after Escape");
  assert.ok(!framesContain(projector.received, noteText), "the note did not reach the projector before the confirmation");
  await fac.keyboard.press("Enter");
  await warning.waitFor(wait);
  await fac.keyboard.press("Enter");
  const note = block.locator("[data-testid=note]", { hasText: noteText });
  await note.waitFor(wait);
  await block.locator("[data-testid=reveal-board]").waitFor({ state: "detached", ...wait });

  step("the facilitator makes an action of the revealed note");
  await note.locator("[data-testid=make-action]").click();
  const facAction = fac.locator("[data-testid=actions] [data-testid=action]", { hasText: noteText });
  await facAction.locator("[data-testid=action-zone]", { hasText: "Veranderbaar" }).waitFor(wait);
  assert.equal(await note.locator("[data-testid=make-action]").count(), 0, "a note makes one action");

  step("Anna works out the action (SMART) and scores it; everybody sees the count only");
  const annaAction = anna.page.locator("[data-testid=actions] [data-testid=action]", { hasText: noteText });
  await annaAction.locator("[data-testid=work-out]").click();
  const form = annaAction.locator("[data-testid=action-form]");
  await form.locator("textarea[name=action-goal]").fill("Minder tocht en lagere energiekosten");
  await form.locator("textarea[name=action-targetGroup]").fill("Bewoners van portiekflats");
  await form.locator("textarea[name=action-specific]").fill("Schilders plaatsen tochtstrips bij elke planmatige schilderbeurt");
  await form.locator("textarea[name=action-measurable]").fill("Aantal woningen met tochtstrips per kwartaal");
  await form.locator("textarea[name=action-acceptable]").fill("Schilders en opzichters staan erachter");
  await form.locator("textarea[name=action-realistic]").fill("Kost tien minuten per kozijn");
  await form.locator("input[name=action-deadline]").fill("2027-06-30");
  await form.locator("input[name=action-owner]").fill("Team planmatig onderhoud");
  await form.locator("select[name=action-term]").selectOption("2");
  await form.locator("textarea[name=action-pros]").fill("Warmer huis\nLagere energierekening");
  await form.locator("textarea[name=action-cons]").fill("Iets meer werk per kozijn");
  await form.locator("[data-testid=save-action]").click();
  await facAction.locator("[data-testid=action-deadline]", { hasText: "2027-06-30" }).waitFor(wait);
  await facAction.locator(".pros-cons li", { hasText: "Lagere energierekening" }).waitFor(wait);
  await facAction.locator(".tag", { hasText: "Lange termijn" }).waitFor(wait);
  await annaAction.locator("[data-testid=score-action]").click();
  const scores = { likelihood: 4, visibility: 3, fitsVision: 5, reach: 3, concreteness: 4 };
  for (const [criterion, value] of Object.entries(scores)) {
    await annaAction.locator(`[data-testid=score-${criterion}-${value}]`).click();
  }
  await annaAction.locator("[data-testid=send-scores]").click();
  await annaAction.locator("[data-testid=scores-sent]").waitFor(wait);
  await facAction.locator("[data-testid=action-scorers]", { hasText: "1 gescoord" }).waitFor(wait);
  await projector.page.locator("[data-testid=projector-actions] [data-testid=action-scorers]", { hasText: "1 gescoord" }).waitFor(wait);
  await assertFitsPhone("Anna", anna.page);
  await shootBoth(anna.page, "actions-participant-scoring", PHONE, full);
  await shootBoth(projector.page, "actions-projector-progress", PROJECTOR);
  assert.deepEqual(rankingsIn(decode, projector.received), [], "no ranking before the reveal");

  step("after a reload Anna's form still shows the scores she gave (kept on her device)");
  await anna.page.reload();
  await annaAction.locator("[data-testid=score-action]").click();
  await annaAction.locator("[data-testid=score-fitsVision-5][aria-pressed=true]").waitFor(wait);

  step("the facilitator reveals the ranking; the projector shows it with means and the zone");
  await fac.locator("[data-testid=reveal-ranking]").click();
  const row = projector.page.locator("[data-testid=ranking] [data-testid=ranking-row]").first();
  await row.waitFor(wait);
  // 4 + 3 + 5 + (2 * 3 - 1) + 4 = 21 with one scorer.
  assert.match(await row.locator("[data-testid=ranking-total]").textContent(), /^21\.0/);
  await row.locator("[data-testid=action-zone]", { hasText: "Veranderbaar" }).waitFor(wait);
  await anna.page.locator("[data-testid=ranking] [data-testid=ranking-row]").first().waitFor(wait);
  await shootBoth(projector.page, "actions-projector-ranking", PROJECTOR);
  await shootBoth(anna.page, "actions-participant-ranking", PHONE, full);

  step("the run-sheet follows the timer; the facilitator downloads the decision record");
  await fac.click("[data-testid=timer-start]");
  await fac.click("[data-testid=next-phase]");
  await fac.locator("[data-testid=run-row][aria-current=step]", { hasText: "Dilemma's" }).waitFor(wait);
  assert.equal(await projector.page.locator("[data-testid=run-sheet], [data-testid=drift]").count(), 0, "no run-sheet or drift on the projector");
  const [download] = await Promise.all([fac.waitForEvent("download", wait), fac.click("[data-testid=record-md]")]);
  assert.match(download.suggestedFilename(), /^kring-.*\.md$/);
  const record = readFileSync(await download.path(), "utf8");
  assert.ok(record.includes(split.title) && record.includes(noteText), "the record holds the dilemmas and the action");
  await fac.locator("[data-testid=record-message]", { hasText: download.suggestedFilename() }).waitFor(wait);
  await shootBoth(fac, "board-facilitator", LAPTOP, full);
  await fac.setViewportSize(PHONE);
  await assertFitsPhone("the facilitator", fac);
  await projector.page.setViewportSize(PHONE);
  await assertFitsPhone("the projector", projector.page);
});
