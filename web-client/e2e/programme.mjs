// End to end: a programme (traject) through the UI only, against a real kring-server and Debian's
// chromium. The lead (1366x768) makes a programme, one workshop and the board meeting on the
// lead's page (their links handed on), and attaches a second workshop its facilitator made on the
// start page by pasting its facilitator link (a wrong one is refused in words). Each workshop's facilitator (1366x768)
// adds a dilemma reaching consensus and one without, each polled by a participant on a 390x844
// phone and revealed, so the group's spread exists. The lead puts all four on the board meeting's
// agenda and writes feedback per job family. In the board meeting three board members on 390x844
// phones vote on a bundle of the four imported items (each shows its job family and the group's
// spread); the decoded frames prove no board phone and no projector was sent a vote value before
// the reveal. Decisions are recorded with reasons, the lead gives everything back at once, and
// each workshop's participant sees the board's decisions on its own dilemmas and its feedback,
// and nothing of the other workshop (page text and frames), in Dutch and in English; each
// workshop's console and projector show the same.
// Usage: node e2e/programme.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, PROJECTOR, STEP_TIMEOUT, framesContain, joinAs, openDevice, screenshotter } from "./browser.mjs";
import { serverMessageDecoder, voteValuesIn } from "./frames.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const { shoot, shootAt } = screenshotter(clientRoot);
const decode = serverMessageDecoder(join(clientRoot, "..", "proto"));
const wait = { timeout: STEP_TIMEOUT };
const full = { fullPage: true };
const unique = Date.now().toString(36);

const families = [
  {
    name: `Onderhoud ${unique}`,
    consensus: { title: `Dubbelglas bij schilderwerk? ${unique}`, scenarios: ["Enkelglas laten", "Dubbelglas bij klachten", "Dubbelglas: beter wonen"] },
    split: { title: `Praatje met de bewoner? ${unique}`, scenarios: ["Nee, planning eerst", "Ja, hoort erbij", "Alleen op verzoek"] },
    feedback: `Dank, onderhoud: jullie keuzes sluiten aan bij betaalbaar wonen. ${unique}`,
  },
  {
    name: `Verhuur ${unique}`,
    consensus: { title: `Sleutel bij de buren? ${unique}`, scenarios: ["Nooit", "Met toestemming", "Altijd met een kluisje"] },
    split: { title: `Huurachterstand bellen of schrijven? ${unique}`, scenarios: ["Brief", "Bellen", "Langsgaan"] },
    feedback: `Dank, verhuur: het bestuur koos voor contact. ${unique}`,
  },
];

const pageHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

// The lead makes a room on the programme page and reads what is handed on (shown once).
async function makeRoom(lead, testid, family) {
  const form = lead.locator(`[data-testid=${testid}]`);
  await form.locator("input[name=job-family]").fill(family);
  await form.locator("button[type=submit]").click();
  const handOn = lead.locator("[data-testid=hand-on]");
  await handOn.locator("h2", { hasText: family }).waitFor(wait);
  assert.equal(await lead.evaluate(() => document.activeElement?.id), "hand-on-h", "the focus goes to what is handed on");
  const facilitatorLink = (await handOn.locator("[data-testid=hand-on-facilitator]").textContent()).trim();
  const code = (await handOn.locator("[data-testid=hand-on-participant-code], [data-testid=hand-on-board-code]").textContent()).trim();
  await handOn.locator("button").click();
  return { facilitatorLink, code };
}

async function addPolledDilemma(fac, participant, dilemma, id, vote, outcome) {
  const form = fac.locator("[data-testid=dilemmas] [data-testid=dilemma-form]");
  await form.locator("input[name=dilemma-title]").fill(dilemma.title);
  for (const [index, text] of dilemma.scenarios.entries()) await form.locator(`textarea[name=scenario-${index + 1}]`).fill(text);
  await form.locator("[data-testid=save-dilemma]").click();
  const admin = fac.locator(`[data-testid=dilemma-admin][data-dilemma-id="${id}"]`);
  await admin.waitFor(wait);
  // Open cards: one participant's ballot may be revealed (a secret poll waits for k = 3).
  await admin.locator("select[name=poll-mode]").selectOption({ label: "Open kaarten" });
  await admin.locator("[data-testid=open-poll]").click();
  const card = participant.locator(`[data-testid=dilemma][data-dilemma-id="${id}"] [data-testid=vote-card]`);
  await card.locator(`[data-testid=choice-${vote}]`).click();
  await card.locator("[data-testid=vote-in]").waitFor(wait);
  await admin.locator("[data-testid=vote-progress]", { hasText: "1/1" }).waitFor(wait);
  await admin.locator("[data-testid=reveal-vote]").click();
  await admin.locator("[data-testid=vote-chart]").waitFor(wait);
  await admin.locator("select[name=outcome]").selectOption(outcome);
  await admin.locator("[data-testid=record-outcome]").click();
  await admin.locator("[data-testid=outcome]").waitFor(wait);
}

runE2e("programme.mjs", async (base, browser) => {
  step("the lead makes a programme from the start page");
  const leadDevice = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  const lead = leadDevice.page;
  await lead.locator("[data-testid=new-programme] input[name=programme-title]").fill(`Traject wonen ${unique}`);
  await lead.click("[data-testid=create-programme]");
  await lead.locator(".conn[data-status=joined]").waitFor(wait);
  assert.match(lead.url(), /#\/programme\//);
  await lead.locator("[data-testid=strategy-form] textarea[name=strategy]").fill("Betaalbaar en beter wonen voor iedereen");
  await lead.click("[data-testid=save-strategy]");
  await lead.locator("[data-testid=strategy-saved]").waitFor(wait);

  step("the first workshop is made on the lead's page, the second made on its own and attached by its facilitator link");
  Object.assign(families[0], await makeRoom(lead, "make-workshop", families[0].name));
  {
    const own = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
    await own.page.click("[data-testid=create-room]");
    await own.page.locator(".conn[data-status=joined]").waitFor(wait);
    families[1].fac = own.page;
    families[1].facilitatorLink = own.page.url();
    const join = await own.page.getAttribute("[data-testid='link-Deelnemers']", "href");
    families[1].code = decodeURIComponent(join.split("#/join/")[1]);
    const attachForm = lead.locator("[data-testid=attach-existing]");
    await attachForm.locator("input[name=facilitator-link]").fill(families[1].facilitatorLink);
    await attachForm.locator("input[name=job-family]").fill(families[1].name);
    await attachForm.locator("button[type=submit]").click();
    const attached = attachForm.locator("p[role=status]", { hasText: `Gekoppeld: ${families[1].name}.` });
    await attached.waitFor(wait);
    assert.ok(await attached.evaluate((element) => element === document.activeElement), "the focus goes to what happened");
  }
  const board = await makeRoom(lead, "make-board-meeting", `Bestuursvergadering ${unique}`);
  await lead.locator("[data-testid=programme-workshop]").nth(1).waitFor(wait);
  await lead.locator("[data-testid=programme-board]").waitFor(wait);
  assert.equal(await lead.locator("[data-testid=make-board-meeting]").count(), 0, "one board meeting per programme");

  step("a wrong facilitator secret is refused in words, and the focus returns to the link");
  const attach = lead.locator("[data-testid=attach-existing]");
  await attach.locator("input[name=facilitator-link]").fill(`${base}/#/facilitate/${"x".repeat(43)}`);
  await attach.locator("input[name=job-family]").fill("Bestaat niet");
  await attach.locator("button[type=submit]").click();
  const refused = (await attach.locator("[role=alert]").textContent({ timeout: STEP_TIMEOUT })).trim();
  console.log(`e2e: a wrong secret reads: ${refused}`);
  assert.match(refused, /bestaat niet|klopt niet|mag niet/);
  assert.equal(await lead.evaluate(() => document.activeElement?.getAttribute("name")), "facilitator-link");
  assert.equal(await lead.locator("[data-testid=programme-workshop], [data-testid=programme-board]").count(), 3, "nothing was attached");

  step("each workshop: a facilitator, a participant on a phone, two dilemmas polled and revealed");
  for (const family of families) {
    family.fac ??= (await openDevice(browser, LAPTOP_SHORT, family.facilitatorLink)).page;
    await family.fac.locator(".conn[data-status=joined]").waitFor(wait);
    await family.fac.locator("[data-testid=projector-link-start]").click();
    await family.fac.locator("[data-testid=projector-link-confirm]").click();
    family.projectorUrl = await family.fac.locator("[data-testid='link-Projector']").getAttribute("href", wait);
    family.participant = await joinAs(browser, `${base}/#/join/${encodeURIComponent(family.code)}`, "Anna", PHONE_390);
    await family.fac.locator("[data-testid=member-counts]", { hasText: "1" }).waitFor(wait);
    await addPolledDilemma(family.fac, family.participant.page, family.consensus, 1, 3, "3");
    await addPolledDilemma(family.fac, family.participant.page, family.split, 2, 1, "none");
  }

  step("the lead sees both workshops' outcomes and spreads, writes feedback and puts all four on the agenda");
  for (const family of families) {
    const card = lead.locator(`[data-testid=programme-workshop][data-family="${family.name}"]`);
    await card.locator("[data-testid=programme-dilemma] [data-testid=outcome]").nth(1).waitFor(wait);
    await card.locator("[data-testid=programme-spread]").nth(1).waitFor(wait);
    await card.locator("[data-testid=room-counts]", { hasText: "deelnemers: 1" }).waitFor(wait);
    await card.locator("textarea[name=feedback]").fill(family.feedback);
    await card.locator("[data-testid=save-feedback]").click();
    await card.locator("[data-testid=feedback-form] [role=status]", { hasText: "opgeslagen" }).waitFor(wait);
    await card.locator("[data-testid=all-to-agenda]").click();
    const done = card.locator("p[role=status]", { hasText: "2 dilemma's op de agenda gezet." });
    await done.waitFor(wait);
    assert.ok(await done.evaluate((element) => element === document.activeElement), "the focus goes to what happened");
    await card.locator("[data-testid=on-agenda]").nth(1).waitFor(wait);
  }
  step("a third dilemma in the second workshop, recorded without a poll: on the agenda it says 'peiling niet getoond'");
  const unpolled = { title: `Klusbus op zaterdag? ${unique}`, scenarios: ["Nee", "Eens per maand", "Elke zaterdag"] };
  {
    const fac = families[1].fac;
    const form = fac.locator("[data-testid=dilemmas] [data-testid=dilemma-form]");
    await form.locator("input[name=dilemma-title]").fill(unpolled.title);
    for (const [index, text] of unpolled.scenarios.entries()) await form.locator(`textarea[name=scenario-${index + 1}]`).fill(text);
    await form.locator("[data-testid=save-dilemma]").click();
    const admin = fac.locator(`[data-testid=dilemma-admin][data-dilemma-id="3"]`);
    await admin.locator("select[name=outcome]").selectOption("none");
    await admin.locator("[data-testid=record-outcome]").click();
    await admin.locator("[data-testid=outcome]").waitFor(wait);
    const row = lead.locator(`[data-testid=programme-workshop][data-family="${families[1].name}"] [data-testid=programme-dilemma][data-dilemma-id="3"]`);
    await row.locator("[data-testid=to-agenda]").click();
    await row.locator("[data-testid=on-agenda]").waitFor(wait);
    await lead.locator("p[role=status]", { hasText: "1 dilemma op de agenda gezet." }).waitFor(wait);
  }
  // Feedback before any release reaches the workshop already.
  await families[0].participant.page.locator("[data-testid=news-feedback]", { hasText: families[0].feedback }).waitFor(wait);

  step("the board meeting: its facilitator bundles the four imported items; three board members and the projector join");
  const boardFacDevice = await openDevice(browser, LAPTOP_SHORT, board.facilitatorLink);
  const boardFac = boardFacDevice.page;
  await boardFac.locator(".conn[data-status=joined]").waitFor(wait);
  await boardFac.locator("[data-testid=dilemma-admin] [data-testid=imported-source]").nth(4).waitFor(wait);
  const unpolledAdmin = boardFac.locator("[data-testid=dilemma-admin]", { hasText: unpolled.title });
  assert.equal((await unpolledAdmin.locator("[data-testid=source-spread]").textContent()).trim(), "peiling niet getoond");
  assert.equal((await unpolledAdmin.locator("[data-testid=source-family]").textContent()).trim(), families[1].name);
  const bundleForm = boardFac.locator("[data-testid=bundle-form]");
  await bundleForm.locator("input[name=bundle-title]").fill(`Agenda ${unique}`);
  for (const box of await bundleForm.locator("label.check").all()) {
    if (!(await box.textContent()).includes(unpolled.title)) await box.locator("input[type=checkbox]").check();
  }
  await bundleForm.locator("[data-testid=create-bundle]").click();
  const items = boardFac.locator("[data-testid=bundle-admin] [data-testid=bundle-item]");
  await items.nth(3).waitFor(wait);
  await items.nth(3).locator("[data-testid=imported-source] [data-testid=source-family]").waitFor(wait);
  await shoot(boardFac, "programme-board-console-1366", LAPTOP_SHORT, full);
  // The board's own projector link is made on the facilitator's console of this device.
  await boardFac.locator("[data-testid=projector-link-start]").click();
  await boardFac.locator("[data-testid=projector-link-confirm]").click();
  const projectorUrl = await boardFac.locator("[data-testid='link-Projector']").getAttribute("href", wait);
  const projector = await openDevice(browser, PROJECTOR, projectorUrl);
  const boardUrl = `${base}/#/board/${encodeURIComponent(board.code)}`;
  const members = [];
  for (const name of ["Bob", "Carla", "Dirk"]) members.push(await joinAs(browser, boardUrl, name, PHONE_390));
  const watchers = [...members.map((member, i) => [`board member ${i + 1}`, member]), ["projector", projector]];

  step("each imported item shows its job family and the group's spread on every board phone");
  const bob = members[0].page;
  const boardItems = bob.locator("[data-testid=board-item]");
  await boardItems.nth(3).waitFor(wait);
  for (const family of families) {
    for (const dilemma of [family.consensus, family.split]) {
      const item = bob.locator("[data-testid=board-item]", { hasText: dilemma.title });
      assert.equal((await item.locator("[data-testid=source-family]").textContent()).trim(), family.name);
      await item.locator("[data-testid=source-spread] [data-testid=source-count-1]").waitFor(wait);
    }
  }

  step("the three board members vote; no value reaches a phone or the projector before the reveal");
  for (const member of members) {
    for (const item of await member.page.locator("[data-testid=board-item]").all()) {
      const card = item.locator("[data-testid=vote-card]");
      // Approval items: 1 approve; choice items: scenario 2.
      const choice = (await card.locator("[data-testid=choice-1]").textContent()).includes("Akkoord") ? 1 : 2;
      await card.locator(`[data-testid=choice-${choice}]`).click();
      await card.locator("[data-testid=vote-in]", { hasText: "verborgen tot de onthulling" }).waitFor(wait);
    }
  }
  for (let i = 0; i < 4; i += 1) await items.nth(i).locator("[data-testid=item-progress]", { hasText: "3/3 gestemd" }).waitFor(wait);
  for (const [who, device] of watchers) assert.deepEqual(voteValuesIn(decode, device.received), [], `${who} was sent a vote value before the reveal`);
  await shoot(bob, "programme-board-phone-voted-390", PHONE_390, full);
  console.log(`e2e: measured board phone page height at 390x844: ${await pageHeight(bob)} px`);

  step("reveal, decisions with reasons");
  await boardFac.locator("[data-testid=reveal-bundle]").click();
  await bob.locator("[data-testid=board-item] [data-testid=vote-chart]").nth(3).waitFor(wait);
  for (let i = 0; i < 4; i += 1) {
    const item = items.nth(i);
    const approval = (await item.textContent()).includes("ter goedkeuring");
    await item.locator("select[name=decision]").selectOption(approval ? "1" : "2");
    await item.locator("[data-testid=decision-reason-input]").fill(`Reden ${i + 1}: past bij betaalbaar wonen ${unique}`);
    await item.locator("[data-testid=record-decision]").click();
    await item.locator("[data-testid=decision]").waitFor(wait);
  }
  await bob.locator("[data-testid=board-item] [data-testid=decision]").nth(3).waitFor(wait);
  await shoot(bob, "programme-board-phone-decided-390", PHONE_390, full);
  // The projector's bundle names each item's job family too.
  for (const family of families) {
    await projector.page.locator("[data-testid=projector-item] [data-testid=source-family]", { hasText: family.name }).first().waitFor(wait);
  }
  await shoot(projector.page, "programme-board-projector", PROJECTOR);

  step("the lead gives everything back at once; each participant sees its own decisions");
  const boardCard = lead.locator("[data-testid=programme-board]");
  await boardCard.locator("[data-testid=programme-decided]").nth(3).waitFor(wait);
  await shoot(lead, "programme-lead-before-release-1366", LAPTOP_SHORT, full);
  step("'Teruggeven' one item first: only its workshop hears of it");
  const first = boardCard.locator("[data-testid=programme-decided]", { hasText: families[0].consensus.title });
  await first.locator("[data-testid=release-one]").click();
  await first.locator("[data-testid=released-tag]").waitFor(wait);
  await families[0].participant.page.locator("[data-testid=released-decision]", { hasText: families[0].consensus.title }).waitFor(wait);
  assert.equal(await families[0].participant.page.locator("[data-testid=released-decision]").count(), 1);
  assert.equal(await families[1].participant.page.locator("[data-testid=released-decision]").count(), 0);
  await families[0].fac.locator("[data-testid=strategy-from-programme]", { hasText: "Betaalbaar en beter wonen" }).waitFor({ state: "attached", ...wait });

  step("'Alles teruggeven': the rest at once");
  const released = Date.now();
  await boardCard.locator("[data-testid=release-all]").click();
  const seen = await Promise.all(
    families.map(async (family) => {
      await family.participant.page.locator("[data-testid=news-decisions] [data-testid=released-decision]").nth(1).waitFor(wait);
      return Date.now() - released;
    }),
  );
  console.log(`e2e: measured release to participant seeing it: ${seen.map((ms) => `${ms} ms`).join(", ")}`);
  await boardCard.locator("[data-testid=released-tag]").nth(3).waitFor(wait);
  for (const family of families) {
    await lead.locator(`[data-testid=programme-workshop][data-family="${family.name}"] [data-testid=room-up-to-date][data-up-to-date=true]`).waitFor(wait);
  }
  await shoot(lead, "programme-lead-overview-1366", LAPTOP_SHORT, full);
  console.log(`e2e: measured lead page height at 1366x768: ${await pageHeight(lead)} px`);

  step("the lead downloads the programme's record: every job family's decisions and feedback");
  const [file] = await Promise.all([lead.waitForEvent("download", wait), lead.click("[data-testid=record-md]")]);
  const programmeRecord = (await readFile(await file.path())).toString("utf8");
  assert.match(programmeRecord, /Trajectverslag/);
  for (const family of families) {
    assert.ok(programmeRecord.includes(family.consensus.title), `the record lacks ${family.consensus.title}`);
    assert.ok(programmeRecord.includes(family.feedback), `the record lacks ${family.name}'s feedback`);
  }
  console.log(`e2e: programme record ${programmeRecord.length} B Markdown`);

  step("each workshop shows its own decisions and feedback, and nothing of the other");
  for (const [index, family] of families.entries()) {
    const other = families[1 - index];
    const page = family.participant.page;
    const news = page.locator("[data-testid=programme-news]");
    const consensusItem = news.locator("[data-testid=released-decision]", { hasText: family.consensus.title });
    assert.match(await consensusItem.locator("[data-testid=released-text]").textContent(), /keurt de keuze van de groep goed/);
    // The group's consensus on scenario 3 (the strategy's, by the form's default) approved.
    assert.equal((await consensusItem.locator("[data-testid=released-strategy]").textContent()).trim(), "volgt de strategie");
    const splitItem = news.locator("[data-testid=released-decision]", { hasText: family.split.title });
    assert.match(await splitItem.locator("[data-testid=released-text]").textContent(), new RegExp(`kiest scenario 2: ${family.split.scenarios[1]}`));
    await splitItem.locator("[data-testid=released-reason]", { hasText: "Reden" }).waitFor(wait);
    assert.equal((await splitItem.locator("[data-testid=released-strategy]").textContent()).trim(), "volgt de strategie niet");
    assert.equal((await news.locator("[data-testid=news-feedback] p").textContent()).trim(), family.feedback);
    await news.locator("[data-testid=news-strategy]", { hasText: "Betaalbaar en beter wonen" }).waitFor(wait);
    const text = await page.textContent("body");
    for (const foreign of [other.consensus.title, other.split.title, other.feedback, other.name]) {
      assert.ok(!text.includes(foreign), `${family.name}'s participant page shows "${foreign}"`);
      assert.ok(!framesContain(family.participant.received, foreign), `${family.name}'s participant was sent "${foreign}"`);
    }
    await family.fac.locator("[data-testid=programme-news] [data-testid=released-decision]").nth(1).waitFor(wait);
    await shootAt(family.fac, `programme-workshop-console-1366-${index + 1}`, LAPTOP_SHORT, family.fac.locator("[data-testid=programme-news]"), LAPTOP_SHORT);
    await shoot(page, `programme-participant-feedback-390-${index + 1}`, PHONE_390, full);
    if (index === 0) {
      await page.click("button.lang");
      await news.locator("h2", { hasText: "Back from the board meeting" }).waitFor(wait);
      assert.equal((await consensusItem.locator("[data-testid=released-strategy]").textContent()).trim(), "follows the strategy");
      assert.match(await splitItem.locator("[data-testid=released-text]").textContent(), /The board chooses scenario 2/);
      await page.click("button.lang");
      await news.locator("h2", { hasText: "Terug van de bestuursvergadering" }).waitFor(wait);
    }
    const workshopProjector = await openDevice(browser, PROJECTOR, family.projectorUrl);
    const onScreen = workshopProjector.page.locator("[data-testid=programme-news]");
    await onScreen.locator("[data-testid=released-decision]").nth(1).waitFor(wait);
    await onScreen.locator("[data-testid=news-feedback]", { hasText: family.feedback }).waitFor(wait);
    assert.ok(!(await workshopProjector.page.textContent("body")).includes(other.feedback), "the projector shows the other workshop's feedback");
    await shoot(workshopProjector.page, `programme-workshop-projector-${index + 1}`, PROJECTOR);
    await workshopProjector.context.close();
    console.log(`e2e: measured participant page height at 390x844 (${family.name}): ${await pageHeight(page)} px`);
  }
});
