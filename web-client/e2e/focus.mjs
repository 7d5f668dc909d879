// End to end: the seeds' workshop run by focus ("the facilitator leads, every device follows")
// against a real kring-server and Debian's chromium. The facilitator's laptop (1366x768) prepares a
// strategy, the 3B and circle-of-influence exercises from the template catalogue (phase 1 of the
// seeds' agenda) and two dilemmas (moved to phase 2), starts the clock and walks the room while two
// participants follow, one on a 390x844 phone and one on a 1366x768 laptop: welcome with the QR,
// the strategy, 3B shown and opened for writing in one step (both write alone first; the projector
// shows a hidden count only, and neither the projector nor the other participant is sent a note's
// bytes), the confirmed reveal of a small group, the circle of influence (a note sorted into
// "partly changeable", shown there on every device), two dilemmas each with a group poll (the
// projector counts 0/2, 1/2, 2/2, then shows the spread; one ends in consensus, one not), the
// conclusion, and the board session on two 390x844 phones: per focused item the strategy, the
// context, the three scenarios and the group's spread before the card; both members vote (the
// projector counts 2/2; the decoded frames show no board vote value reached a board phone or the
// projector), then the bundle is put on screen and revealed, and the projector and both phones show
// every item's cards. A participant typing a note when the focus moves keeps the draft and sees
// "the group has moved on"; a reloaded participant lands on the current focus; on a phone the
// console is a remote that walks the board session. Mid-workshop (the clock in phase 2, phase 1's
// actual time recorded) the "Kaders" exercise goes into the current phase: the clock, the run-sheet
// and the phase count stay, its board is under "Nu" after the dilemmas, and "to phase…" moves it
// on. At every step it measures and prints the participant phone's page height (and where its task
// ends), the console's height and the projector's smallest text, holds them to their targets, and
// saves a screenshot of every view (console, projector, both participants, both board members)
// into test-output/e2e/focus/. It ends with its wall time.
// Usage: node e2e/focus.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, PROJECTOR, STEP_TIMEOUT, framesContain, joinAs, openDevice } from "./browser.mjs";
import { serverMessageDecoder, voteValuesIn } from "./frames.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const started = Date.now();
process.on("exit", () => console.log(`e2e: wall time ${((Date.now() - started) / 1000).toFixed(1)} s`));

const wait = { timeout: STEP_TIMEOUT };
const unique = Date.now().toString(36);
const shots = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "e2e", "focus");
mkdirSync(shots, { recursive: true });
const decode = serverMessageDecoder(join(clientRoot, "..", "proto"));

// Targets: the participant's focused task within 1.5 phone screens, the console within two laptop
// screens, no text on the projector below 32 px.
const TASK_MAX = 1.5 * PHONE_390.height;
const CONSOLE_MAX = 2 * LAPTOP_SHORT.height;
const PROJECTOR_MIN_FONT = 32;

const strategy = `Betaalbaar wonen en dienstverlening met aandacht ${unique}`;
// The catalogue's exercises, by their Dutch titles.
const threeB = "3B: behouden, bannen, bereiken";
const circles = "Cirkel van invloed";
const kaders = "Kaders: wat ligt vast, wat ligt open?";
const dilemmas = [
  {
    title: `Dubbelglas bij planmatig schilderwerk? ${unique}`,
    context: `De opdrachtgever weigert: kostenverhogend ${unique}`,
    scenarios: [`Enkelglas laten zitten ${unique}`, `Dubbelglas alleen bij klachten ${unique}`, `Dubbelglas plaatsen ${unique}`],
  },
  {
    title: `Een klusje extra voor de huurder? ${unique}`,
    context: `De huurder vraagt de schilder ook de achterdeur bij te stellen ${unique}`,
    scenarios: [`Nee, alleen de opdracht ${unique}`, `Melden bij de opdrachtgever ${unique}`, `Meteen even doen ${unique}`],
  },
];
const annaNote = `Behouden: de koffie met bewoners ${unique}`;
const bramNote = `Bannen: werkbonnen op papier ${unique}`;
const draftNote = `Nog even afmaken ${unique}`;
const circleNote = `Planning van de schilders ${unique}`;

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

// A note card by its own text.
const noteCard = (scope, text) => scope.locator("[data-testid=note]", { has: scope.page().locator(".note-text", { hasText: text }) });

runE2e("focus.mjs", async (base, browser) => {
  const devices = {};
  // Measures every view at this step, prints the numbers, holds them to the targets, screenshots.
  const measure = async (name) => {
    const report = { step: name };
    // From the top of the page, so that the console's sticky focus bar is shot where it belongs.
    const shot = async (device, who) => {
      await device.page.evaluate(() => window.scrollTo(0, 0));
      await device.page.screenshot({ path: join(shots, `${name}-${who}.png`), fullPage: who !== "projector" });
    };
    const fac = devices.facilitator.page;
    const projector = devices.projector.page;
    report.consoleHeight = await pageHeight(fac);
    const font = await smallestText(projector);
    report.projectorSmallestFont = font.smallest;
    report.projectorHeight = await pageHeight(projector);
    const taken = [shot(devices.facilitator, "facilitator"), shot(devices.projector, "projector")];
    if (devices.participant) {
      const phone = devices.participant.page;
      report.phoneHeight = await pageHeight(phone);
      report.taskBottom = (await phone.locator("[data-testid=task]").count()) > 0 ? await taskBottom(phone) : 0;
      taken.push(shot(devices.participant, "participant"));
    }
    if (devices.laptop) {
      report.laptopHeight = await pageHeight(devices.laptop.page);
      taken.push(shot(devices.laptop, "participant-laptop"));
    }
    for (const [index, member] of (devices.boardMembers ?? []).entries()) {
      report[`boardPhone${index + 1}Height`] = await pageHeight(member.page);
      taken.push(shot(member, `board-member-${index + 1}`));
    }
    await Promise.all(taken);
    console.log(`e2e: measured ${JSON.stringify(report)}`);
    assert.ok(font.smallest >= PROJECTOR_MIN_FONT, `${name}: projector text of ${font.smallest} px (${font.where})`);
    assert.ok(report.projectorHeight <= PROJECTOR.height, `${name}: the projector scrolls (${report.projectorHeight} px)`);
    assert.ok(report.consoleHeight <= CONSOLE_MAX, `${name}: the console is ${report.consoleHeight} px high`);
    if (report.taskBottom) assert.ok(report.taskBottom <= TASK_MAX, `${name}: the phone's task ends at ${report.taskBottom} px`);
  };

  step("the facilitator creates the room and prepares a strategy, the 3B and circle-of-influence exercises and two dilemmas");
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
  // From the catalogue, each into the phase the clock is in (phase 1, before the workshop starts).
  const templates = fac.locator("[data-testid=template-select]");
  await templates.locator("option[value='cirkel-van-invloed']").waitFor({ state: "attached", ...wait });
  for (const [key, title] of [["3b", threeB], ["cirkel-van-invloed", circles]]) {
    await templates.selectOption(key);
    assert.equal(await fac.inputValue("[data-testid=placement-into-phase]"), "1", "before the start an exercise goes into phase 1");
    await fac.click("[data-testid=template-apply]");
    await fac.locator("[data-testid=phase-now] [data-testid=board-block]", { hasText: title }).waitFor(wait);
  }
  const threeBBlock = fac.locator("[data-testid=board-block]", { hasText: threeB });
  const circlesBlock = fac.locator("[data-testid=board-block]", { hasText: circles });
  const form = fac.locator("[data-testid=dilemma-form]");
  const admins = [];
  for (const dilemma of dilemmas) {
    await form.locator("input[name=dilemma-title]").fill(dilemma.title);
    await form.locator("textarea[name=dilemma-context]").fill(dilemma.context);
    for (const [index, text] of dilemma.scenarios.entries()) await form.locator(`textarea[name=scenario-${index + 1}]`).fill(text);
    await form.locator("[data-testid=save-dilemma]").click();
    const admin = fac.locator("[data-testid=dilemma-admin]", { hasText: dilemma.title });
    await admin.waitFor(wait);
    admins.push(admin);
  }
  // The seeds' agenda: the exercises in "Waar staan we vandaag?", the dilemmas in "Dilemma's".
  for (const admin of admins) await admin.locator("summary [data-testid=place-activity]").selectOption("2");
  await fac.locator("[data-testid=phase-fold][data-phase='2'] [data-testid=dilemma-admin]").nth(1).waitFor({ state: "attached", ...wait });

  step("welcome: the projector shows the title, the code very large, the QR and who is in");
  await fac.locator("[data-testid=welcome-row] [data-testid=show-on-screen]").click();
  await fac.locator("[data-testid=welcome-row] [data-testid=on-screen]").waitFor(wait);
  // The projector and the participants' devices open at once, as they do in a room.
  [devices.projector, devices.participant, devices.laptop] = await Promise.all([
    openDevice(browser, PROJECTOR, projectorUrl),
    joinAs(browser, participantUrl, "Anna", PHONE_390),
    joinAs(browser, participantUrl, "Bram", LAPTOP_SHORT),
  ]);
  const projector = devices.projector.page;
  await projector.locator("[data-testid=projector-welcome] [data-testid=projector-code]").waitFor(wait);
  const phone = devices.participant.page;
  const laptop = devices.laptop.page;
  const both = [phone, laptop];
  await projector.locator("[data-testid=participant-count]", { hasText: "2 deelnemers" }).waitFor(wait);
  assert.equal(await projector.locator("[data-testid=projector-welcome] svg").count(), 1, "the welcome shows the QR code");
  assert.equal(await projector.locator("button.lang, [data-testid=run-sheet], [data-testid=drift], .conn").count(), 0, "no console on the projector");
  for (const page of both) await page.locator("[data-testid=you-are-in]").waitFor(wait);
  await fac.locator("[data-testid=focus-now]", { hasText: "Welkom" }).waitFor(wait);
  await measure("01-welcome");

  step("the clock starts; the strategy (with 'next'): the projector shows it large, each participant once; the intake folds");
  await fac.click("[data-testid=timer-start]");
  await fac.locator("[data-testid=clock] .paused").waitFor({ state: "detached", ...wait });
  await fac.click("[data-testid=focus-next]");
  await projector.locator("[data-testid=strategy]", { hasText: strategy }).waitFor(wait);
  for (const page of both) {
    await page.locator("[data-testid=task][data-focus=STRATEGY]").waitFor(wait);
    assert.equal(await page.locator("[data-testid=strategy]:visible").count(), 1, "the strategy appears once");
  }
  assert.ok(!(await phone.locator("[data-testid=intake-form]").evaluate((d) => d.open)), "the intake folds once the workshop started");
  await measure("02-strategy");

  step("3B (private-first, from the catalogue), shown and opened in one step: both write alone; the projector counts");
  await threeBBlock.locator("[data-testid=show-and-open]").click();
  await projector.locator("[data-testid=projector-board]", { hasText: threeB }).waitFor(wait);
  for (const page of both) {
    const task = page.locator("[data-testid=task][data-focus=BOARD]");
    await task.locator("[data-testid=task-title]", { hasText: threeB }).waitFor(wait);
    // The title stands right above the composer; "only you see this" below it.
    assert.equal(await task.locator("[data-testid=task-title] + [data-testid=composer]").count(), 1, "the board's title is directly above its composer");
    await task.locator("[data-testid=private-banner]").waitFor(wait);
  }
  for (const [page, text, column] of [[phone, annaNote, "Behouden"], [laptop, bramNote, "Bannen"]]) {
    await page.selectOption("select[name=note-zone]", { label: column });
    await page.fill("textarea[name=note-text]", text);
    await page.click("[data-testid=post-note]");
    await page.locator(".note-own", { hasText: text }).waitFor(wait);
  }
  await projector.locator("[data-testid=projector-hidden]", { hasText: "2 notities verborgen" }).waitFor(wait);
  await threeBBlock.locator("[data-testid=writer-count]", { hasText: "2 schrijvers" }).waitFor(wait);
  assert.equal(await projector.locator("[data-testid=note]").count(), 0, "the projector shows no hidden note");
  assert.equal(await phone.getByText(bramNote).count(), 0, "Anna does not see Bram's hidden note");
  assert.equal(await laptop.getByText(annaNote).count(), 0, "Bram does not see Anna's hidden note");
  for (const [who, device, text] of [
    ["the projector", devices.projector, annaNote],
    ["the projector", devices.projector, bramNote],
    ["Bram", devices.laptop, annaNote],
    ["Anna", devices.participant, bramNote],
    ["the facilitator", devices.facilitator, annaNote],
  ]) {
    assert.ok(!framesContain(device.received, text), `${who} received a hidden note before the reveal: ${text}`);
  }
  await measure("03-3b-hidden");

  step("reveal (two writers, fewer than k = 3: the confirmed reveal); every device shows both notes");
  await threeBBlock.locator("[data-testid=reveal-board]").click();
  await threeBBlock.locator("[data-testid=reveal-board][data-confirm=small-group]").click();
  for (const text of [annaNote, bramNote]) await projector.locator("[data-testid=projector-board] .note-text", { hasText: text }).waitFor(wait);
  await phone.locator(".note-text", { hasText: bramNote }).waitFor(wait);
  await laptop.locator(".note-text", { hasText: annaNote }).waitFor(wait);
  assert.ok(framesContain(devices.laptop.received, annaNote), "after the reveal the note's bytes do arrive (the check works)");
  await measure("04-3b-revealed");

  step("a half-written note holds its task when the focus moves on to the circle of influence: the draft stays, the banner shows");
  await phone.fill("textarea[name=note-text]", draftNote);
  await fac.click("[data-testid=focus-next]");
  await projector.locator("[data-testid=projector-board]", { hasText: circles }).waitFor(wait);
  await phone.locator("[data-testid=moved-on]", { hasText: "De groep is verder" }).waitFor(wait);
  assert.equal(await phone.inputValue("textarea[name=note-text]"), draftNote, "the draft is kept");
  assert.equal(await phone.textContent("[data-testid=task] [data-testid=task-title]"), threeB, "the task stays in the participant's hands");
  await laptop.locator("[data-testid=task] [data-testid=task-title]", { hasText: circles }).waitFor(wait);
  await phone.screenshot({ path: join(shots, "05-moved-on-participant.png"), fullPage: true });
  await phone.click("[data-testid=post-note]");
  await threeBBlock.locator(".note-text", { hasText: draftNote }).waitFor({ state: "attached", ...wait });
  // Sent; the banner's link follows the room.
  await phone.click("[data-testid=follow-focus]");
  await phone.locator("[data-testid=task] [data-testid=task-title]", { hasText: circles }).waitFor(wait);
  assert.equal(await phone.locator("[data-testid=moved-on]").count(), 0, "the banner goes once the participant follows");

  step("the circle of influence: writing opens, Anna posts a note and sorts it into 'partly changeable'; every device shows it there");
  await circlesBlock.locator("[data-testid=toggle-writing]").click();
  const circlesTask = phone.locator("[data-testid=task][data-focus=BOARD]");
  await circlesTask.locator("[data-testid=composer]").waitFor(wait);
  await circlesTask.locator("textarea[name=note-text]").fill(circleNote);
  await circlesTask.locator("[data-testid=post-note]").click();
  const projectorBoard = projector.locator("[data-testid=projector-board]");
  await noteCard(projectorBoard.locator(".zone-unsorted"), circleNote).waitFor(wait);
  await noteCard(circlesTask, circleNote).locator("[data-testid=move-open]").click();
  await noteCard(circlesTask, circleNote).locator("[data-testid=move-item]", { hasText: "Deels veranderbaar" }).click();
  await noteCard(projectorBoard.locator(".zone-partly_changeable"), circleNote).waitFor(wait);
  assert.equal(await projectorBoard.locator(".zone").count(), 4, "the projector shows the three circles and the tray");
  assert.equal(await noteCard(projectorBoard, circleNote).count(), 1, "the note is in one circle");
  await noteCard(circlesTask.locator(".zone-partly_changeable"), circleNote).waitFor(wait);
  await noteCard(laptop.locator("[data-testid=task] .zone-partly_changeable"), circleNote).waitFor(wait);
  await noteCard(circlesBlock.locator(".zone-partly_changeable"), circleNote).waitFor(wait);
  await measure("06-circles");

  step("the clock moves on to phase 2, the dilemmas: they are now under 'Nu'");
  await fac.click("[data-testid=next-phase]");
  await fac.locator("[data-testid=phase-title]", { hasText: "2/3" }).waitFor(wait);
  assert.equal(await fac.locator("[data-testid=phase-now] [data-testid=dilemma-admin]").count(), 2, "both dilemmas under 'Nu'");

  for (const [index, dilemma] of dilemmas.entries()) {
    const n = index + 1;
    const admin = admins[index];
    step(`dilemma ${n}: title, context, scenarios without a strategy mark, its prompts; both participants unfold it`);
    // Dilemma 1 follows the circles along the walk; from a poll on screen (outside the walk) the
    // next dilemma is shown by its own button.
    if (index === 0) await fac.click("[data-testid=focus-next]");
    else await admin.locator("summary [data-testid=show-on-screen]").click();
    const onProjector = projector.locator("[data-testid=projector-dilemma]", { hasText: dilemma.title });
    await onProjector.waitFor(wait);
    for (const text of dilemma.scenarios) await onProjector.locator(".scenario", { hasText: text }).waitFor(wait);
    await onProjector.locator(".prose", { hasText: dilemma.context }).waitFor(wait);
    assert.equal(await projector.locator("[data-testid=strategy-mark]").count(), 0, "no strategy mark before it is shown");
    await projector.locator("[data-testid=projector-prompts] li").first().waitFor(wait);
    for (const page of both) {
      await page.locator("[data-testid=task][data-focus=DILEMMA] [data-testid=dilemma][open]", { hasText: dilemma.title }).waitFor(wait);
    }
    await measure(`${index === 0 ? "07" : "10"}-dilemma-${n}`);

    if (index === 1) {
      step("auto-reveal on in the focus bar: the last of m votes will reveal the poll by itself");
      const autoReveal = fac.locator("[data-testid=focus-bar] [data-testid=auto-reveal]");
      await autoReveal.click();  // the room decides: checked once AutoRevealSet arrives
      await fac.locator("[data-testid=focus-bar] [data-testid=auto-reveal]:checked").waitFor(wait);
    }
    step(`dilemma ${n}'s group poll (open cards): the projector counts 0/2, 1/2, 2/2 and shows no spread ${index === 0 ? "yet" : "until the last vote"}`);
    await admin.locator("select[name=poll-mode]").selectOption({ label: "Open kaarten" });
    await admin.locator("[data-testid=open-poll]").click();
    const progress = onProjector.locator("[data-testid=projector-progress]");
    await progress.filter({ hasText: "0/2 gestemd" }).waitFor(wait);
    // Dilemma 1: both choose scenario 3 (consensus); dilemma 2: the votes split.
    const choices = index === 0 ? [3, 3] : [1, 2];
    for (const [voter, page] of both.entries()) {
      const card = page.locator("[data-testid=task] [data-testid=vote-card]");
      await card.locator(`[data-testid=choice-${choices[voter]}]`).click();
      if (index === 1 && voter === 1) break;  // the last vote reveals: no count of 2/2 to see
      await card.locator("[data-testid=vote-in]").waitFor(wait);
      await progress.filter({ hasText: `${voter + 1}/2 gestemd` }).waitFor(wait);
      if (index === 1) {
        assert.equal(await projector.locator("[data-testid=vote-chart]").count(), 0, "no spread before the last vote");
        await measure("11-poll-2-voting");
      }
    }
    if (index === 0) {
      assert.equal(await projector.locator("[data-testid=vote-chart]").count(), 0, "no spread before the reveal");
      await measure("08-poll-1-voting");
    }

    if (index === 0) {
      step("a reloaded participant lands on the current focus");
      await phone.reload();
      await phone.locator("[data-testid=task][data-focus=DILEMMA] [data-testid=dilemma][open]", { hasText: dilemma.title }).waitFor(wait);
      await phone.locator("[data-testid=task] [data-testid=choice-3][aria-pressed=true]").waitFor(wait);

      step("the facilitator shows the poll itself and reveals it: the spread, full screen; consensus on scenario 3");
      await admin.locator("[data-testid=vote] [data-testid=show-on-screen]").click();
      await projector.locator("[data-testid=projector-vote] [data-testid=projector-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
      await admin.locator("[data-testid=reveal-vote]").click();
      await projector.locator("[data-testid=projector-vote] [data-testid=vote-chart]").waitFor(wait);
      assert.equal((await projector.textContent("[data-testid=tally-3]")).trim(), "2 (100%)");
      for (const page of both) await page.locator("[data-testid=task][data-focus=VOTE] [data-testid=vote-chart]").waitFor(wait);
      await measure("09-poll-1-spread");
      await admin.locator("select[name=outcome]").selectOption("3");
      await admin.locator("[data-testid=record-outcome]").click();
      await admin.locator("[data-testid=outcome]", { hasText: "Consensus" }).waitFor(wait);
    } else {
      step("dilemma 2's poll revealed by the last vote, under the dilemma: the spread beside the scenarios; no consensus");
      await onProjector.locator("[data-testid=vote-chart]").waitFor(wait);
      await fac.locator("[data-testid=focus-bar] [data-testid=auto-reveal]").click();
      await fac.locator("[data-testid=focus-bar] [data-testid=auto-reveal]:not(:checked)").waitFor(wait);
      for (const option of [1, 2]) assert.equal((await onProjector.locator(`[data-testid=tally-${option}]`).textContent()).trim(), "1 (50%)");
      for (const page of both) await page.locator("[data-testid=task][data-focus=DILEMMA] [data-testid=vote-chart]").waitFor(wait);
      await admin.locator("select[name=outcome]").selectOption("none");
      await admin.locator("[data-testid=record-outcome]").click();
      await admin.locator("[data-testid=outcome]", { hasText: "Geen consensus" }).waitFor(wait);
      await onProjector.locator("[data-testid=outcome]", { hasText: "Geen consensus" }).waitFor(wait);
      await measure("12-poll-2-spread");
    }
  }

  step("mid-workshop, the clock in phase 2 with phase 1's actual time recorded: the 'Kaders' exercise goes into the current phase; the clock, the run-sheet and the phases stay");
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
  await templates.selectOption("kaders");
  assert.equal(await fac.inputValue("[data-testid=placement-into-phase]"), "2", "an exercise goes into the current phase by default");
  assert.ok(await fac.locator("[data-testid=placement-into]").isChecked());
  await fac.locator("section[aria-labelledby=templates-h]").screenshot({ path: join(shots, "13-template-placement-facilitator.png") });
  await fac.click("[data-testid=template-apply]");
  const nowBoards = fac.locator("[data-testid=phase-now] [data-testid=board-block]");
  await nowBoards.filter({ hasText: kaders }).waitFor(wait);
  assert.equal(await nowBoards.count(), 1, "the exercise's board is the one board under 'Nu', after the dilemmas");
  const nowOrder = await fac.locator("[data-testid=phase-now] :is([data-testid=dilemma-admin], [data-testid=board-block])").evaluateAll((blocks) => blocks.map((block) => block.dataset.testid));
  assert.deepEqual(nowOrder, ["dilemma-admin", "dilemma-admin", "board-block"], "the exercise goes last into the phase");
  const after = await clockState();
  console.log(`e2e: measured ${JSON.stringify({ step: "13-exercise-mid-workshop", before, after })}`);
  assert.deepEqual(after, before, "applying the exercise leaves the clock, the run-sheet and the phases as they were");
  assert.match(after.phase, /^2\/3 · /);
  // Preparing is no focus move: the projector and the participants stay where the room is.
  await projector.locator("[data-testid=projector-dilemma]", { hasText: dilemmas[1].title }).waitFor(wait);
  assert.equal(await projector.getByText(kaders).count(), 0, "the new board is not on the projector");
  for (const page of both) assert.equal(await page.locator("[data-testid=task]").getAttribute("data-focus"), "DILEMMA");
  await fac.locator("[data-testid=preparation] > summary").click();
  await measure("13-exercise-mid-workshop");
  // "To phase…" moves it on (PlaceActivity): out of "Nu" into the folded phase 3, for later.
  await nowBoards.locator("[data-testid=place-activity]").selectOption("3");
  await fac.locator("[data-testid=phase-fold][data-phase='3'] [data-testid=board-block]", { hasText: kaders }).waitFor({ state: "attached", ...wait });
  assert.equal(await nowBoards.count(), 0, "the board left 'Nu'");

  step("the clock moves on to phase 3; the conclusion, once the marks are shown: both dilemmas, it fits one 1080 px screen from its top");
  await fac.click("[data-testid=next-phase]");
  await fac.locator("[data-testid=phase-title]", { hasText: "3/3" }).waitFor(wait);
  await fac.click("[data-testid=show-marks]");
  await fac.locator("[data-testid=marks-shown]").waitFor(wait);
  await fac.locator(".show-marks [data-testid=show-on-screen]").click();
  const conclusion = projector.locator("[data-testid=conclusion]");
  for (const dilemma of dilemmas) await conclusion.locator("[data-testid=conclusion-item]", { hasText: dilemma.title }).waitFor(wait);
  await conclusion.locator("[data-testid=conclusion-item]", { hasText: dilemmas[0].title }).locator(".badge-strategy", { hasText: "Scenario 3" }).waitFor(wait);
  const conclusionBox = await conclusion.boundingBox();
  assert.ok(conclusionBox.y >= 0 && conclusionBox.y + conclusionBox.height <= PROJECTOR.height, "the conclusion fits the screen");
  for (const page of both) {
    for (const dilemma of dilemmas) {
      await page.locator("[data-testid=task][data-focus=CONCLUSION] [data-testid=conclusion-item]", { hasText: dilemma.title }).waitFor(wait);
    }
  }
  await measure("14-conclusion");

  step("the board session: both dilemmas bundled; two board members on phones; item 1 first on each phone, with its context and the group's spread");
  // The board members' phones open while the facilitator bundles.
  const joining = Promise.all([joinAs(browser, boardUrl, "Dirk", PHONE_390), joinAs(browser, boardUrl, "Eva", PHONE_390)]);
  await fac.locator("[data-testid=bundles] details.prep-fold > summary").click();
  const bundleForm = fac.locator("[data-testid=bundle-form]");
  await bundleForm.locator("input[name=bundle-title]").fill(`Bestuursvergadering ${unique}`);
  await bundleForm.locator("[data-testid=bundle-dilemma-1]").check();
  await bundleForm.locator("[data-testid=bundle-dilemma-2]").check();
  await bundleForm.locator("[data-testid=create-bundle]").click();
  const items = fac.locator("[data-testid=bundle-admin] [data-testid=bundle-item]");
  await items.nth(1).waitFor(wait);
  devices.boardMembers = await joining;
  const members = devices.boardMembers.map((device) => device.page);
  const projectorItem = projector.locator("[data-testid=projector-bundle-item]");
  // What each board phone shows for the focused item, in this order: strategy, context, the three
  // scenarios, the group's spread, then the card; the item's card once.
  const checkFocusItem = async (member, dilemma, dilemmaId) => {
    const focusItem = member.locator(`[data-testid=board-focus-item][data-dilemma-id="${dilemmaId}"]`);
    await focusItem.locator("h2", { hasText: dilemma.title }).waitFor(wait);
    await focusItem.locator("[data-testid=strategy]", { hasText: strategy }).waitFor(wait);
    await focusItem.locator(".prose", { hasText: dilemma.context }).waitFor(wait);
    assert.equal(await focusItem.locator(".scenario").count(), 3, "the three scenarios");
    await focusItem.locator("[data-testid=group-spread] [data-testid=vote-chart]").waitFor(wait);
    assert.equal(await member.locator(`[data-testid=board-item][data-dilemma-id="${dilemmaId}"]`).count(), 1, "the focused item's card is shown once");
    const order = await focusItem.evaluate((section) => {
      const parts = ["[data-testid=strategy]", ".prose", ".scenario", "[data-testid=group-spread]", "[data-testid=vote-card]"].map((selector) => section.querySelector(selector));
      return parts.every((part, index) => index === 0 || Boolean(parts[index - 1].compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    assert.ok(order, "strategy, context, scenarios, the group's spread, then the card");
    return focusItem;
  };
  await items.nth(0).locator("[data-testid=show-on-screen]").click();
  await projectorItem.filter({ hasText: dilemmas[0].title }).locator("[data-testid=projector-progress]", { hasText: "0/2 gestemd" }).waitFor(wait);
  await projectorItem.locator("[data-testid=projector-group-spread]").waitFor(wait);
  for (const member of members) {
    const focusItem = await checkFocusItem(member, dilemmas[0], 1);
    await focusItem.locator("[data-testid=choice-1]", { hasText: "Akkoord" }).click();
    await focusItem.locator("[data-testid=vote-in]").waitFor(wait);
  }
  await projectorItem.locator("[data-testid=projector-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  for (const page of both) await page.locator("[data-testid=task][data-focus=BUNDLE_ITEM]").waitFor(wait);
  await measure("15-bundle-item-1");

  step("the console on a phone is a remote: previous / next walk the board session, the reveal of the focused vote, a link to the full console");
  await fac.setViewportSize(PHONE_390);
  await fac.locator("[data-testid=remote]").waitFor(wait);
  assert.equal(await fac.locator("[data-testid=dilemma-admin]").count(), 0, "the remote shows no panels");
  await fac.locator("[data-testid=remote-reveal-vote]", { hasText: "2/2 gestemd" }).waitFor(wait);
  await fac.screenshot({ path: join(shots, "16-remote-facilitator.png"), fullPage: true });
  console.log(`e2e: measured {"step":"16-remote","remoteHeight":${await pageHeight(fac)}}`);
  // The walk: the phases' activities in order (…, the dilemmas, the 'Kaders' board moved to phase
  // 3), then the board session's items, the bundle, the conclusion.
  await fac.click("[data-testid=focus-previous]");
  await projector.locator("[data-testid=projector-board]", { hasText: kaders }).waitFor(wait);
  await fac.locator("[data-testid=remote] [data-testid=toggle-writing]").waitFor(wait);
  await fac.click("[data-testid=focus-previous]");
  await projector.locator("[data-testid=projector-dilemma]", { hasText: dilemmas[1].title }).waitFor(wait);
  // The focused dilemma's note board: its writing, from the remote.
  await fac.locator("[data-testid=remote] [data-testid=toggle-writing]").waitFor(wait);
  await fac.screenshot({ path: join(shots, "16-remote-dilemma-facilitator.png"), fullPage: true });
  await fac.click("[data-testid=focus-next]");
  await projector.locator("[data-testid=projector-board]", { hasText: kaders }).waitFor(wait);
  await fac.click("[data-testid=focus-next]");
  await projectorItem.filter({ hasText: dilemmas[0].title }).waitFor(wait);
  await fac.click("[data-testid=focus-next]");
  await projectorItem.filter({ hasText: dilemmas[1].title }).waitFor(wait);
  await fac.locator("[data-testid=remote-reveal-vote]", { hasText: "0/2 gestemd" }).waitFor(wait);
  await fac.click("[data-testid=full-console]");
  await fac.locator("[data-testid=focus-bar]").waitFor(wait);
  await fac.setViewportSize(LAPTOP_SHORT);

  step("item 2 (no consensus: a choice) first on both board phones; both vote; the projector counts 2/2; no value reaches a board phone or the projector");
  await projectorItem.locator("[data-testid=projector-progress]", { hasText: "0/2 gestemd" }).waitFor(wait);
  await projectorItem.locator("[data-testid=projector-group-spread]", { hasText: "Geen consensus in de groep" }).waitFor(wait);
  for (const [index, member] of members.entries()) {
    const focusItem = await checkFocusItem(member, dilemmas[1], 2);
    await focusItem.locator("[data-testid=group-spread]", { hasText: "Geen consensus in de groep" }).waitFor(wait);
    await focusItem.locator(`[data-testid=choice-${index + 2}]`).click();
    await focusItem.locator("[data-testid=vote-in]").waitFor(wait);
    await projectorItem.locator("[data-testid=projector-progress]", { hasText: `${index + 1}/2 gestemd` }).waitFor(wait);
  }
  // The board's votes (the group polls' results were revealed before and may arrive).
  const boardVotes = await members[0].locator("[data-testid=board-item] [data-testid=vote-card]").evaluateAll((cards) => cards.map((card) => card.dataset.voteId));
  assert.equal(new Set(boardVotes).size, 2, "two board votes");
  for (const [who, device] of [["Dirk", devices.boardMembers[0]], ["Eva", devices.boardMembers[1]], ["the projector", devices.projector]]) {
    const values = voteValuesIn(decode, device.received).filter((result) => boardVotes.includes(result.voteId.toString()));
    assert.deepEqual(values, [], `${who} was sent a board vote value before the reveal`);
  }
  await measure("17-bundle-item-2");

  step("the bundle on screen ('next'), revealed: the projector and both board phones show every item's cards");
  await fac.click("[data-testid=focus-next]");
  const projectorItems = projector.locator("[data-testid=projector-bundle] [data-testid=projector-item]");
  await projectorItems.nth(1).locator("[data-testid=projector-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  await projectorItems.nth(0).locator("[data-testid=projector-progress]", { hasText: "2/2 gestemd" }).waitFor(wait);
  await fac.locator("[data-testid=reveal-bundle]").click();
  await projectorItems.nth(1).locator("[data-testid=vote-chart]").waitFor(wait);
  await projectorItems.nth(0).locator("[data-testid=vote-chart]").waitFor(wait);
  assert.equal((await projectorItems.nth(0).locator("[data-testid=tally-1]").textContent()).trim(), "2 (100%)");
  for (const option of [2, 3]) assert.equal((await projectorItems.nth(1).locator(`[data-testid=tally-${option}]`).textContent()).trim(), "1 (50%)");
  assert.equal(await projector.locator("[data-testid=projector-progress]").count(), 0, "no count left once revealed");
  for (const member of members) {
    for (const dilemmaId of [1, 2]) {
      const cards = member.locator(`[data-testid=board-item][data-dilemma-id="${dilemmaId}"] [data-testid=vote-chart] .cards`);
      await cards.filter({ hasText: "Dirk" }).filter({ hasText: "Eva" }).waitFor(wait);
    }
    assert.ok(await member.locator("[data-testid=board-item][data-dilemma-id='2'] [data-testid=choice-1]").isDisabled(), "a revealed card cannot change");
  }
  for (const page of both) await page.locator("[data-testid=task][data-focus=BUNDLE]").waitFor(wait);
  await measure("18-bundle-revealed");
});
