// End to end: the agenda timer on three devices whose clocks disagree, against a real kring-server
// and Debian's chromium. The facilitator's laptop runs two minutes ahead, a participant's phone
// (390x844) is right, the projector runs two minutes behind (clock_shift.mjs, set before the app
// loads). The facilitator starts the clock: all three show the same remaining time within a
// second, because each reads the server's deadline through its estimated clock offset (Welcome and
// Pong carry the server's time). "+5 min" adds five minutes on every device alike. It prints the
// three readings at each step and screenshots every device into test-output/e2e/clock/.
// Usage: node e2e/clock.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LAPTOP_SHORT, PHONE_390, PROJECTOR, STEP_TIMEOUT, openDevice } from "./browser.mjs";
import { shiftClock } from "./clock_shift.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const wait = { timeout: STEP_TIMEOUT };
const shots = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "e2e", "clock");
mkdirSync(shots, { recursive: true });

const TWO_MINUTES = 120_000;
// Each device redraws its clock once a second on its own beat, so two honest readings can differ by
// one second; more means a device reads the deadline against a wrong clock.
const MAX_SPREAD_S = 1;

// A device whose clock is `shiftMs` off, opened at `url` once the shift is in place.
async function openShifted(browser, viewport, url, shiftMs) {
  const device = await openDevice(browser, viewport, "about:blank");
  await shiftClock(device.context, shiftMs);
  await device.page.goto(url);
  const measured = await device.page.evaluate(() => Date.now());
  console.log(`e2e: measured clock ${viewport.width}x${viewport.height} ${Math.round((measured - Date.now()) / 1000)} s off`);
  return device;
}

// "nog 9:58" (or "9:58 over tijd") as seconds left.
function secondsLeft(text) {
  const match = /(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no remaining time in "${text}"`);
  const seconds = Number(match[1]) * 60 + Number(match[2]);
  return /over/.test(text) ? -seconds : seconds;
}

runE2e("clock.mjs", async (base, browser) => {
  step("the facilitator (clock two minutes ahead) creates the room");
  const facilitator = await openShifted(browser, LAPTOP_SHORT, `${base}/#/`, TWO_MINUTES);
  const fac = facilitator.page;
  await fac.click("[data-testid=create-room]");
  await fac.locator(".conn[data-status=joined]").waitFor(wait);
  const participantUrl = await fac.getAttribute("[data-testid='link-Deelnemers']", "href");
  const projectorUrl = await fac.getAttribute("[data-testid='link-Projector']", "href");

  step("a participant's phone (clock right) and the projector (two minutes behind) join");
  const phone = await openShifted(browser, PHONE_390, participantUrl, 0);
  await phone.page.fill("input[name=display-name]", "Gijs");
  await phone.page.click("[data-testid=join]");
  await phone.page.locator(".conn[data-status=joined]").waitFor(wait);
  const projector = await openShifted(browser, PROJECTOR, projectorUrl, -TWO_MINUTES);
  await projector.page.locator("[data-testid=projector-welcome]").waitFor(wait);

  const clocks = [
    { name: "facilitator +2 min", device: facilitator, selector: "[data-testid=clock]" },
    { name: "phone", device: phone, selector: "[data-testid=remaining]" },
    { name: "projector -2 min", device: projector, selector: "[data-testid=remaining]" },
  ];
  // The three rendered remaining times, read at the same moment.
  const read = () => Promise.all(clocks.map(({ device, selector }) => device.page.textContent(selector)));
  const shootAll = (name) =>
    Promise.all(clocks.map(({ device }, index) => device.page.screenshot({ path: join(shots, `${name}-${["facilitator", "phone", "projector"][index]}.png`) })));
  // Reads the three clocks, prints them, holds their spread to MAX_SPREAD_S; returns the seconds.
  const compare = async (label) => {
    const texts = await read();
    const seconds = texts.map(secondsLeft);
    console.log(`e2e: measured ${label}: ${clocks.map(({ name }, i) => `${name} "${texts[i].trim()}"`).join(", ")}`);
    const spread = Math.max(...seconds) - Math.min(...seconds);
    assert.ok(spread <= MAX_SPREAD_S, `${label}: the devices disagree by ${spread} s (${texts.join(" / ")})`);
    return seconds;
  };

  step("the facilitator starts the clock: every device shows the same time left");
  await fac.click("[data-testid=timer-start]");
  await fac.locator("[data-testid=clock] .paused").waitFor({ state: "detached", ...wait });
  for (const { device, selector } of clocks) await device.page.locator(`${selector}:not(:has(.paused))`).waitFor(wait);
  await fac.waitForTimeout(2_500);
  const started = await compare("after start");
  await shootAll("01-started");

  step("+5 min: every device adds the same five minutes");
  await fac.getByRole("button", { name: "+5 min", exact: true }).click();
  for (const { device, selector } of clocks) {
    await device.page.waitForFunction(
      ([sel, before]) => {
        const match = /(\d+):(\d{2})/.exec(document.querySelector(sel)?.textContent ?? "");
        return match !== null && Number(match[1]) * 60 + Number(match[2]) > before + 240;
      },
      [selector, Math.max(...started)],
      wait,
    );
  }
  await fac.waitForTimeout(1_500);
  const extended = await compare("after +5 min");
  for (const [index, seconds] of extended.entries()) {
    const gained = seconds - started[index];
    assert.ok(gained > 290 && gained <= 300, `${clocks[index].name} gained ${gained} s from +5 min`);
  }
  await shootAll("02-extended");
});
