// End to end: a workshop run by focus ("the facilitator leads, every device follows") against a
// real kring-server and Debian's chromium. The facilitator's laptop (1366x768) prepares a strategy,
// a private-first board and a dilemma, then walks the room: welcome with the QR, the strategy, the
// board shown and opened for writing in one step (the participant writes on a 390x844 phone; the
// projector shows a hidden count only, and its frames never carry the note), the reveal, the
// dilemma with its group poll (the phone votes; the projector shows n/m, then the spread), the
// conclusion, and a board session item on a board member's phone. A participant typing a note
// when the focus moves keeps the draft and sees "the group has moved on"; a reloaded participant
// lands on the current focus. Mid-workshop (the clock in phase 2, phase 1's actual time recorded)
// the 3B exercise goes into the current phase: the clock, the run-sheet and the phase count stay,
// its board is under "Nu", and "to phase…" moves it on. At every step it measures and prints the
// participant phone's page height, the console's height and the projector's smallest text, holds
// them to their targets, and saves a screenshot of every view into test-output/e2e/focus/.
// Usage: node e2e/focus.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, PROJECTOR, STEP_TIMEOUT, framesContain, joinAs, openDevice } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const wait = { timeout: STEP_TIMEOUT };
const unique = Date.now().toString(36);
const shots = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "e2e", "focus");
mkdirSync(shots, { recursive: true });

// Targets: the participant's focused task within 1.5 phone screens, the console within two laptop
// screens, no text on the projector below 32 px.
const TASK_MAX = 1.5 * PHONE_390.height;
const CONSOLE_MAX = 2 * LAPTOP_SHORT.height;
const PROJECTOR_MIN_FONT = 32;

const strategy = `Betaalbaar wonen en dienstverlening met aandacht ${unique}`;
const boardTitle = `3B: behouden, bannen, bereiken ${unique}`;
const dilemma = {
  title: `Dubbelglas bij planmatig schilderwerk? ${unique}`,
  context: `De opdrachtgever weigert: kostenverhogend ${unique}`,
  scenarios: [`Enkelglas laten zitten ${unique}`, `Dubbelglas alleen bij klachten ${unique}`, `Dubbelglas plaatsen ${unique}`],
};
const hiddenNote = `Behouden: de koffie met bewoners ${unique}`;
const draftNote = `Nog even afmaken ${unique}`;

// The smallest font size of any visible text on the page (elements with their own text).
function smallestText(page) {
  return page.evaluate(() => {
    let smallest = Infinity;
    let where = "";
    for (const element of document.querySelectorAll("body *")) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== "");
      if (!ownText) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest) {
        smallest = size;
        where = `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`;
      }
    }
    return { smallest, where };
  });
}

const pageHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);
// Where the participant's current task ends, from the top of the page.
const taskBottom = (page) =>
  page.locator("[data-testid=task]").evaluate((task) => Math.round(task.getBoundingClientRect().bottom + window.scrollY));

runE2e("focus.mjs", async (base, browser) => {
  const devices = {};
  // Measures every view at this step, prints the numbers, holds them to the targets, screenshots.
  const measure = async (name) => {
    const report = { step: name };
    const fac = devices.facilitator.page;
    report.consoleHeight = await pageHeight(fac);
    await fac.screenshot({ path: join(shots, `${name}-facilitator.png`), fullPage: true });
    const projector = devices.projector.page;
    const font = await smallestText(projector);
    report.projectorSmallestFont = font.smallest;
    report.projectorHeight = await pageHeight(projector);
    await projector.screenshot({ path: join(shots, `${name}-projector.png`) });
    if (devices.participant) {
      const phone = devices.participant.page;
      report.phoneHeight = await pageHeight(phone);
      report.taskBottom = (await phone.locator("[data-testid=task]").count()) > 0 ? await taskBottom(phone) : 0;
      await phone.screenshot({ path: join(shots, `${name}-participant.png`), fullPage: true });
    }
    if (devices.boardMember) {
      report.boardPhoneHeight = await pageHeight(devices.boardMember.page);
      await devices.boardMember.page.screenshot({ path: join(shots, `${name}-board-member.png`), fullPage: true });
    }
    console.log(`e2e: measured ${JSON.stringify(report)}`);
    assert.ok(font.smallest >= PROJECTOR_MIN_FONT, `${name}: projector text of ${font.smallest} px (${font.where})`);
    assert.ok(report.projectorHeight <= PROJECTOR.height, `${name}: the projector scrolls (${report.projectorHeight} px)`);
    assert.ok(report.consoleHeight <= CONSOLE_MAX, `${name}: the console is ${report.consoleHeight} px high`);
    if (report.taskBottom) assert.ok(report.taskBottom <= TASK_MAX, `${name}: the phone's task ends at ${report.taskBottom} px`);
  };

  step("the facilitator creates the room and prepares a strategy, a private-first board and a dilemma");
  devices.facilitator = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  const fac = devices.facilitator.page;
  await fac.click("[data-testid=create-room]");
  await fac.locator(".conn[data-status=joined]").waitFor(wait);
  const participantUrl = await fac.getAttribute("[data-testid='link-Deelnemers']", "href");
  const boardUrl = await fac.getAttribute("[data-testid='link-Bestuur']", "href");
  const projectorUrl = await fac.getAttribute("[data-testid='link-Projector']", "href");
  await fac.fill("textarea[name=strategy]", strategy);
  await fac.click("[data-testid=save-strategy]");
  await fac.locator("[data-testid=strategy-saved]").waitFor(wait);
  await fac.fill("[data-testid=add-board] input[name=board-title]", boardTitle);
  await fac.selectOption("[data-testid=add-board] select[name=board-kind]", { label: "Kolommen" });
  await fac.click("[data-testid=add-board] button[type=submit]");
  const boardBlock = fac.locator("[data-testid=board-block]", { hasText: boardTitle });
  await boardBlock.waitFor(wait);
  const form = fac.locator("[data-testid=dilemma-form]");
  await form.locator("input[name=dilemma-title]").fill(dilemma.title);
  await form.locator("textarea[name=dilemma-context]").fill(dilemma.context);
  for (const [index, text] of dilemma.scenarios.entries()) await form.locator(`textarea[name=scenario-${index + 1}]`).fill(text);
  await form.locator("[data-testid=save-dilemma]").click();
  const admin = fac.locator("[data-testid=dilemma-admin]", { hasText: dilemma.title });
  await admin.waitFor(wait);

  step("welcome: the projector shows the title, the code very large, the QR and who is in");
  devices.projector = await openDevice(browser, PROJECTOR, projectorUrl);
  const projector = devices.projector.page;
  await fac.locator("[data-testid=welcome-row] [data-testid=show-on-screen]").click();
  await projector.locator("[data-testid=projector-welcome] [data-testid=projector-code]").waitFor(wait);
  devices.participant = await joinAs(browser, participantUrl, "Anna", PHONE_390);
  const phone = devices.participant.page;
  await projector.locator("[data-testid=participant-count]", { hasText: "1 deelnemer" }).waitFor(wait);
  assert.equal(await projector.locator("[data-testid=projector-welcome] svg").count(), 1, "the welcome shows the QR code");
  assert.equal(await projector.locator("button.lang, [data-testid=run-sheet], [data-testid=drift], .conn").count(), 0, "no console on the projector");
  await phone.locator("[data-testid=you-are-in]").waitFor(wait);
  await fac.locator("[data-testid=focus-now]", { hasText: "Welkom" }).waitFor(wait);
  await measure("1-welcome");

  step("strategy (with 'next'): the projector shows it large, the phone once; the intake folds");
  await fac.click("[data-testid=focus-next]");
  await projector.locator("[data-testid=strategy]", { hasText: strategy }).waitFor(wait);
  await phone.locator("[data-testid=task][data-focus=STRATEGY]").waitFor(wait);
  assert.equal(await phone.locator("[data-testid=strategy]:visible").count(), 1, "the strategy appears once on the phone");
  assert.ok(!(await phone.locator("[data-testid=intake-form]").evaluate((d) => d.open)), "the intake folds once the workshop started");
  await measure("2-strategy");

  step("the board, shown and opened for writing in one step; the participant writes; the projector counts");
  await boardBlock.locator("[data-testid=show-and-open]").click();
  await projector.locator("[data-testid=projector-board]", { hasText: boardTitle }).waitFor(wait);
  const task = phone.locator("[data-testid=task][data-focus=BOARD]");
  await task.locator("[data-testid=task-title]", { hasText: boardTitle }).waitFor(wait);
  // The title stands right above the composer.
  const titleThenComposer = await task.locator("[data-testid=task-title] + [data-testid=composer]").count();
  assert.equal(titleThenComposer, 1, "the board's title is directly above its composer");
  await phone.fill("textarea[name=note-text]", hiddenNote);
  await phone.click("[data-testid=post-note]");
  await phone.locator(".note-own", { hasText: hiddenNote }).waitFor(wait);
  await projector.locator("[data-testid=projector-hidden]", { hasText: "1 notitie verborgen" }).waitFor(wait);
  assert.equal(await projector.getByText(hiddenNote).count(), 0, "the projector does not show the hidden note");
  assert.ok(!framesContain(devices.projector.received, hiddenNote), "the hidden note never reached the projector");
  await measure("3-board-hidden");

  step("reveal (a group of one: the confirmed reveal); every device shows the note");
  const reveal = boardBlock.locator("[data-testid=reveal-board]");
  await reveal.click();
  await boardBlock.locator("[data-testid=reveal-board][data-confirm=small-group]").click();
  await projector.locator("[data-testid=projector-board] .note-text", { hasText: hiddenNote }).waitFor(wait);
  await measure("4-board-revealed");

  step("a half-written note holds its task when the focus moves: the draft stays, the banner shows");
  await phone.fill("textarea[name=note-text]", draftNote);
  await fac.click("[data-testid=focus-next]");
  await projector.locator("[data-testid=projector-dilemma]", { hasText: dilemma.title }).waitFor(wait);
  await phone.locator("[data-testid=moved-on]", { hasText: "De groep is verder" }).waitFor(wait);
  assert.equal(await phone.inputValue("textarea[name=note-text]"), draftNote, "the draft is kept");
  assert.equal(await phone.locator("[data-testid=task]").getAttribute("data-focus"), "BOARD", "the task stays in the participant's hands");
  await phone.screenshot({ path: join(shots, "5-moved-on-participant.png"), fullPage: true });
  await phone.click("[data-testid=post-note]");
  await projector.locator("[data-testid=projector-dilemma]").waitFor(wait);
  await fac.locator("[data-testid=board-block] .note-text", { hasText: draftNote }).waitFor({ state: "attached", ...wait });
  // Sent; the banner's link follows the room.
  await phone.click("[data-testid=follow-focus]");
  await phone.locator("[data-testid=task][data-focus=DILEMMA]").waitFor(wait);
  assert.equal(await phone.locator("[data-testid=moved-on]").count(), 0, "the banner goes once the participant follows");

  step("the dilemma: title, context, scenarios without a strategy mark, its prompts; the phone unfolds it");
  for (const text of dilemma.scenarios) await projector.locator("[data-testid=projector-dilemma] .scenario", { hasText: text }).waitFor(wait);
  assert.equal(await projector.locator("[data-testid=strategy-mark]").count(), 0, "no strategy mark before it is shown");
  await projector.locator("[data-testid=projector-prompts] li").first().waitFor(wait);
  await phone.locator("[data-testid=task] [data-testid=dilemma][open]", { hasText: dilemma.title }).waitFor(wait);
  await measure("6-dilemma");

  step("its group poll: the phone votes, the projector counts n/m, then shows the spread");
  await admin.locator("select[name=poll-mode]").selectOption({ label: "Open kaarten" });
  await admin.locator("[data-testid=open-poll]").click();
  await projector.locator("[data-testid=projector-progress]", { hasText: "0/1 gestemd" }).waitFor(wait);
  const card = phone.locator("[data-testid=task] [data-testid=vote-card]");
  await card.locator("[data-testid=choice-3]").click();
  await card.locator("[data-testid=vote-in]").waitFor(wait);
  await projector.locator("[data-testid=projector-progress]", { hasText: "1/1 gestemd" }).waitFor(wait);
  assert.equal(await projector.locator("[data-testid=vote-chart]").count(), 0, "no spread before the reveal");
  await measure("7-poll-voting");

  step("a reloaded participant lands on the current focus");
  await phone.reload();
  await phone.locator("[data-testid=task][data-focus=DILEMMA] [data-testid=dilemma][open]", { hasText: dilemma.title }).waitFor(wait);
  await phone.locator("[data-testid=task] [data-testid=choice-3][aria-pressed=true]").waitFor(wait);

  step("the facilitator shows the poll itself and reveals it: the spread, full screen");
  await admin.locator("[data-testid=vote] [data-testid=show-on-screen]").click();
  await projector.locator("[data-testid=projector-vote] [data-testid=projector-progress]", { hasText: "1/1 gestemd" }).waitFor(wait);
  await admin.locator("[data-testid=reveal-vote]").click();
  await projector.locator("[data-testid=projector-vote] [data-testid=vote-chart]").waitFor(wait);
  assert.equal((await projector.textContent("[data-testid=tally-3]")).trim(), "1 (100%)");
  await measure("8-poll-spread");
  await admin.locator("select[name=outcome]").selectOption("none");
  await admin.locator("[data-testid=record-outcome]").click();
  await admin.locator("[data-testid=outcome]", { hasText: "Geen consensus" }).waitFor(wait);

  step("the conclusion, once the marks are shown: it fits one 1080 px screen from its top");
  await fac.click("[data-testid=show-marks]");
  await fac.locator("[data-testid=marks-shown]").waitFor(wait);
  await fac.locator(".show-marks [data-testid=show-on-screen]").click();
  await projector.locator("[data-testid=conclusion] [data-testid=conclusion-item]", { hasText: dilemma.title }).waitFor(wait);
  await projector.locator("[data-testid=conclusion-item] .badge-strategy", { hasText: "Scenario 3" }).waitFor(wait);
  const conclusionBox = await projector.locator("[data-testid=conclusion]").boundingBox();
  assert.ok(conclusionBox.y >= 0 && conclusionBox.y + conclusionBox.height <= PROJECTOR.height, "the conclusion fits the screen");
  await phone.locator("[data-testid=task][data-focus=CONCLUSION] [data-testid=conclusion-item]").waitFor(wait);
  await measure("9-conclusion");

  step("the board session: the focused item first on the board member's phone, with its context and the group's spread");
  const bundleForm = fac.locator("[data-testid=bundle-form]");
  await fac.locator("[data-testid=bundles] details.prep-fold > summary").click();
  await bundleForm.locator("input[name=bundle-title]").fill(`Bestuursvergadering ${unique}`);
  await bundleForm.locator("[data-testid=bundle-dilemma-1]").check();
  await bundleForm.locator("[data-testid=create-bundle]").click();
  const item = fac.locator("[data-testid=bundle-admin] [data-testid=bundle-item]").first();
  await item.waitFor(wait);
  devices.boardMember = await joinAs(browser, boardUrl, "Dirk", PHONE_390);
  const member = devices.boardMember.page;
  await item.locator("[data-testid=show-on-screen]").click();
  const focusItem = member.locator("[data-testid=board-focus-item]");
  await focusItem.locator("h2", { hasText: dilemma.title }).waitFor(wait);
  await focusItem.locator("[data-testid=strategy]", { hasText: strategy }).waitFor(wait);
  await focusItem.locator(".prose", { hasText: dilemma.context }).waitFor(wait);
  assert.equal(await focusItem.locator(".scenario").count(), 3, "the three scenarios");
  await focusItem.locator("[data-testid=group-spread] [data-testid=vote-chart]").waitFor(wait);
  assert.equal(await member.locator("[data-testid=board-item]").count(), 1, "the focused item's card is shown once");
  const order = await focusItem.evaluate((section) => {
    const spread = section.querySelector("[data-testid=group-spread]");
    const cardEl = section.querySelector("[data-testid=vote-card]");
    return Boolean(spread.compareDocumentPosition(cardEl) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, "the group's spread comes before the card");
  await projector.locator("[data-testid=projector-bundle-item] [data-testid=projector-progress]", { hasText: "0/1 gestemd" }).waitFor(wait);
  await projector.locator("[data-testid=projector-group-spread]").waitFor(wait);
  await focusItem.locator("[data-testid=choice-2]").click();
  await projector.locator("[data-testid=projector-bundle-item] [data-testid=projector-progress]", { hasText: "1/1 gestemd" }).waitFor(wait);
  await measure("10-bundle-item");

  step("the console on a phone is a remote: previous / next, timer, a link to the full console");
  await fac.setViewportSize(PHONE_390);
  await fac.locator("[data-testid=remote]").waitFor(wait);
  assert.equal(await fac.locator("[data-testid=dilemma-admin]").count(), 0, "the remote shows no panels");
  await fac.locator("[data-testid=remote-reveal-vote]").waitFor(wait);
  await fac.screenshot({ path: join(shots, "11-remote-facilitator.png"), fullPage: true });
  console.log(`e2e: measured {"step":"11-remote","remoteHeight":${await pageHeight(fac)}}`);
  // The walk goes welcome, strategy, boards and dilemmas, the board session, the conclusion.
  await fac.click("[data-testid=focus-previous]");
  await projector.locator("[data-testid=projector-dilemma]", { hasText: dilemma.title }).waitFor(wait);
  // The focused dilemma's note board: its writing, from the remote.
  await fac.locator("[data-testid=remote] [data-testid=toggle-writing]").waitFor(wait);
  await fac.screenshot({ path: join(shots, "12-remote-dilemma-facilitator.png"), fullPage: true });
  await fac.click("[data-testid=full-console]");
  await fac.locator("[data-testid=focus-bar]").waitFor(wait);

  step("mid-workshop, the clock in phase 2 with phase 1's actual time recorded: the 3B exercise goes into the current phase; the clock, the run-sheet and the phases stay");
  await fac.setViewportSize(LAPTOP_SHORT);
  await fac.click("[data-testid=timer-start]");
  await fac.locator("[data-testid=clock] .paused").waitFor({ state: "detached", ...wait });
  await fac.click("[data-testid=next-phase]");
  await fac.locator("[data-testid=phase-title]", { hasText: "2/3" }).waitFor(wait);
  await fac.locator("[data-testid=run-row]").first().locator("td").nth(1).filter({ hasNotText: "–" }).waitFor(wait);
  const clockState = () =>
    fac.evaluate(() => ({
      phase: document.querySelector("[data-testid=phase-title]").textContent,
      running: document.querySelector("[data-testid=clock] .paused") === null,
      // Planned, actual and drift per phase (whole minutes: stable over the seconds this step takes).
      runSheet: [...document.querySelectorAll("[data-testid=run-row]")].map((row) => row.textContent),
      phases: document.querySelectorAll("[data-testid=run-row]").length,
    }));
  const before = await clockState();
  await fac.locator("[data-testid=preparation] > summary").click();
  await fac.locator("[data-testid=template-select]").selectOption("3b");
  assert.equal(await fac.inputValue("[data-testid=placement-into-phase]"), "2", "an exercise goes into the current phase by default");
  assert.ok(await fac.locator("[data-testid=placement-into]").isChecked());
  await fac.locator("section[aria-labelledby=templates-h]").screenshot({ path: join(shots, "13-template-placement-facilitator.png") });
  await fac.click("[data-testid=template-apply]");
  const nowBoards = fac.locator("[data-testid=phase-now] [data-testid=board-block]");
  await nowBoards.filter({ hasText: "3B: behouden, bannen, bereiken" }).waitFor(wait);
  assert.equal(await nowBoards.count(), 1, "the exercise's board is the one activity under 'Nu'");
  const after = await clockState();
  console.log(`e2e: measured ${JSON.stringify({ step: "13-exercise-mid-workshop", before, after })}`);
  assert.deepEqual(after, before, "applying the exercise leaves the clock, the run-sheet and the phases as they were");
  assert.match(after.phase, /^2\/3 · /);
  await fac.locator("[data-testid=preparation] > summary").click();
  await measure("13-exercise-mid-workshop");
  // "To phase…" moves it on (PlaceActivity): out of "Nu" into the folded phase 3.
  await nowBoards.locator("[data-testid=place-activity]").selectOption("3");
  await fac.locator("[data-testid=phase-fold][data-phase='3'] [data-testid=board-block]", { hasText: "3B: behouden, bannen, bereiken" }).waitFor({ state: "attached", ...wait });
  assert.equal(await nowBoards.count(), 0, "the board left 'Nu'");
});
