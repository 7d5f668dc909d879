// End to end: a participant's phone on a network that breaks, through a TCP proxy the script
// freezes and cuts (tcp_proxy.mjs); the facilitator's laptop talks to the server directly. The
// phone (390x844) loads the page and opens its WebSocket through the proxy.
//   1. Hanging Wi-Fi (freeze): the connection pill leaves "verbonden" within 5 s (measured and
//      printed). A note posted right after the freeze goes into the frozen connection and stays in
//      its box; when the network recovers (thaw) the held bytes still reach the server and the
//      phone resends the note on its new connection with the same idempotency key: the facilitator
//      sees it exactly once.
//   2. The same, but the frozen connection is then cut, held bytes lost: the resent note arrives once.
//   3. A hard drop (cut, new connections refused): the pill shows the loss at once (printed).
//   4. While refused the reconnect backoff grows; when connections are accepted again the
//      browser's `online` event makes the phone reconnect at once instead of after the backoff
//      (printed).
// Chromium's offline emulation keeps open WebSockets up, so the proxy stands in for the network.
// Screenshots of every step go to test-output/e2e/network/.
// Usage: node e2e/network.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, STEP_TIMEOUT, joinAs, openDevice } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";
import { startTcpProxy } from "./tcp_proxy.mjs";

const wait = { timeout: STEP_TIMEOUT };
const unique = Date.now().toString(36);
const shots = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "e2e", "network");
mkdirSync(shots, { recursive: true });

// A participant notices a connection that hangs within this time, as the client promises.
const SILENCE_NOTICED_MS = 5_000;
// After `online` the reconnect starts at once; the backoff it replaces would have waited seconds.
const ONLINE_RECONNECT_MS = 1_500;

const noteCard = (page, text) => page.locator("[data-testid=note]", { has: page.locator(".note-text", { hasText: text }) });
const pill = (page, status) => page.locator(`.conn[data-status=${status}]`);

// Milliseconds from now until `status` shows in the page's connection pill.
async function timeUntilPill(page, status) {
  const started = Date.now();
  await pill(page, status).waitFor(wait);
  return Date.now() - started;
}

runE2e("network.mjs", async (base, browser) => {
  const proxy = startTcpProxy(Number(new URL(base).port));
  await proxy.listening;
  const viaProxy = (url) => url.replace(base, `http://127.0.0.1:${proxy.port}`);
  const shot = (device, name) => device.page.screenshot({ path: join(shots, `${name}.png`) });

  step("the facilitator creates a room with an open board and opens writing");
  const facilitator = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  const fac = facilitator.page;
  await fac.click("[data-testid=create-room]");
  await pill(fac, "joined").waitFor(wait);
  await fac.fill("[data-testid=add-board] input[name=board-title]", "Wat valt op?");
  await fac.selectOption("[data-testid=add-board] select[name=writing-mode]", "1");
  await fac.click("[data-testid=add-board] button[type=submit]");
  const board = fac.locator("[data-testid=board-block]", { hasText: "Wat valt op?" });
  await board.locator("[data-testid=toggle-writing]").click();
  const participantUrl = await fac.getAttribute("[data-testid='link-Deelnemers']", "href");

  step(`a participant's phone joins through the proxy on port ${proxy.port}`);
  const phone = await joinAs(browser, viaProxy(participantUrl), "Fenna", PHONE_390);
  const page = phone.page;
  const composer = page.locator("[data-testid=composer]").first();
  await composer.waitFor(wait);
  assert.equal((await page.textContent(".conn")).trim(), "verbonden");
  await shot(phone, "01-joined-phone");

  // Posts `text` on the phone; it stays in its box until acknowledged.
  const post = async (text) => {
    await composer.locator("textarea[name=note-text]").fill(text);
    await composer.locator("[data-testid=post-note]").click();
  };
  const draftEmptied = () =>
    page.waitForFunction(() => document.querySelector("textarea[name=note-text]")?.value === "", undefined, wait);
  // The note reaches the facilitator, and stays one card for a while after.
  const arrivesOnce = async (text) => {
    await noteCard(fac, text).waitFor(wait);
    await draftEmptied();
    await fac.waitForTimeout(1_000);
    assert.equal(await noteCard(fac, text).count(), 1, `"${text}" arrived exactly once`);
    assert.equal(await noteCard(page, text).count(), 1, `"${text}" shows once on the phone`);
    // The phone knows the note as its own (its secret came with the Ack): it offers to delete it.
    await noteCard(page, text).locator("[data-testid=delete-own]").waitFor({ timeout: 2_000 });
    // The screenshots that follow show the note where it landed.
    await noteCard(page, text).evaluate((card) => card.scrollIntoView({ block: "center" }));
    await noteCard(fac, text).evaluate((card) => card.scrollIntoView({ block: "center" }));
  };

  step("hanging Wi-Fi: the proxy freezes; a note posted now goes into the frozen connection");
  // A Pong just arrived or not: the freeze falls anywhere in the ping cycle.
  proxy.freeze();
  const frozenAt = Date.now();
  const heldNote = `Geschreven in een hangende verbinding ${unique}`;
  await post(heldNote);
  await pill(page, "reconnecting").waitFor(wait);
  const silenceNoticedMs = Date.now() - frozenAt;
  console.log(`e2e: measured silence noticed after ${silenceNoticedMs} ms (freeze to "opnieuw verbinden…")`);
  assert.ok(silenceNoticedMs <= SILENCE_NOTICED_MS, `a hanging connection showed after ${silenceNoticedMs} ms, more than ${SILENCE_NOTICED_MS}`);
  assert.equal(await composer.locator("textarea[name=note-text]").inputValue(), heldNote, "the draft stays until acknowledged");
  assert.equal(await noteCard(fac, heldNote).count(), 0, "nothing got through the frozen proxy");
  await shot(phone, "02-frozen-phone");

  step("the network recovers (thaw): the phone reconnects, the note arrives exactly once");
  await fac.waitForTimeout(2_000);
  proxy.thaw();
  const thawedAt = Date.now();
  await pill(page, "joined").waitFor(wait);
  console.log(`e2e: measured joined again ${Date.now() - thawedAt} ms after the thaw`);
  await arrivesOnce(heldNote);
  await shot(phone, "03-thawed-phone");
  await shot(facilitator, "03-thawed-facilitator");

  step("frozen again, a note posted, then the frozen connection is cut: the resent note arrives once");
  proxy.freeze();
  const cutNote = `Geschreven voor een harde onderbreking ${unique}`;
  await post(cutNote);
  await pill(page, "reconnecting").waitFor(wait);
  proxy.cut();
  proxy.thaw();
  await pill(page, "joined").waitFor(wait);
  await arrivesOnce(cutNote);
  await shot(phone, "04-cut-while-frozen-phone");

  step("a hard drop: the connection is cut and new ones refused; the pill shows it at once");
  proxy.refuse();
  proxy.cut();
  const cutNoticedMs = await timeUntilPill(page, "reconnecting");
  console.log(`e2e: measured hard drop noticed after ${cutNoticedMs} ms`);
  assert.ok(cutNoticedMs <= 1_000, `a cut connection showed after ${cutNoticedMs} ms`);
  await shot(phone, "05-cut-phone");

  step("while refused the backoff grows; `online` after the network is back reconnects at once");
  // 250 + 500 + 1000 + 2000 + 4000 ms (less up to 30% jitter): after 8 s the phone waits up to 8 s more.
  await page.waitForTimeout(8_000);
  const refusedBefore = proxy.refused;
  console.log(`e2e: measured ${refusedBefore} refused connection attempts in 8 s`);
  assert.ok(refusedBefore >= 4, `the phone kept trying (${refusedBefore} attempts)`);
  assert.equal(await pill(page, "reconnecting").count(), 1, "still reconnecting while refused");
  proxy.accept();
  const acceptedBefore = proxy.accepted;
  const onlineAt = Date.now();
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await pill(page, "joined").waitFor(wait);
  const onlineReconnectMs = Date.now() - onlineAt;
  console.log(`e2e: measured reconnect ${onlineReconnectMs} ms after the online event`);
  assert.ok(proxy.accepted > acceptedBefore, "the phone made a new connection");
  assert.ok(onlineReconnectMs <= ONLINE_RECONNECT_MS, `reconnected ${onlineReconnectMs} ms after online, not at once`);
  const afterOnline = `Na het online-signaal ${unique}`;
  await post(afterOnline);
  await arrivesOnce(afterOnline);
  await shot(phone, "06-online-phone");
  await shot(facilitator, "06-online-facilitator");
  await proxy.close();
});
