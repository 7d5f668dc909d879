// End to end: a new projector link from any facilitator device (ReissueProjectorToken). The
// facilitator's laptop creates the room and a projector opens its link; a second device that holds
// only the facilitator link (a fresh browser context: no projector token on it) makes a new
// projector link after a warning. The first projector loses its connection and says that its link
// no longer works, and the laptop that made the old link says it was replaced; a projector opened
// with the new link shows the room.
// Usage: node e2e/projector_link.mjs <kring-server binary>   (or KRING_SERVER=<binary>)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LAPTOP_SHORT, PROJECTOR, STEP_TIMEOUT, openDevice } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const wait = { timeout: STEP_TIMEOUT };
const shots = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "e2e", "projector-link");
mkdirSync(shots, { recursive: true });

runE2e("projector_link.mjs", async (base, browser) => {
  step("the facilitator creates the room; a projector opens the link made with it");
  const laptop = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  await laptop.page.click("[data-testid=create-room]");
  await laptop.page.locator(".conn[data-status=joined]").waitFor(wait);
  const facilitatorUrl = laptop.page.url();
  const oldUrl = await laptop.page.getAttribute("[data-testid='link-Projector']", "href");
  const oldProjector = await openDevice(browser, PROJECTOR, oldUrl);
  await oldProjector.page.locator("[data-testid=projector-welcome]").waitFor(wait);

  step("a second device with the facilitator link only makes a new projector link, after a warning");
  const desk = await openDevice(browser, LAPTOP_SHORT, facilitatorUrl);
  const card = desk.page.locator("[data-testid=projector-link]");
  await card.locator("[data-testid=projector-link-start]", { hasText: "Projectorlink maken" }).waitFor(wait);
  assert.equal(await card.locator("[data-testid='link-Projector']").count(), 0, "this device does not know the old link");
  await card.locator("[data-testid=projector-link-start]").click();
  await card.locator("[data-testid=projector-link-warning]", { hasText: "werkt daarna niet meer" }).waitFor(wait);
  await card.locator("[data-testid=projector-link-confirm]").click();
  const link = card.locator("[data-testid='link-Projector']");
  await link.waitFor(wait);
  const newUrl = await link.getAttribute("href");
  assert.notEqual(newUrl, oldUrl, "a new token");
  assert.match(newUrl, /#\/projector\/[a-z2-7]{26}$/, "26 characters of a-z and 2-7");
  await card.screenshot({ path: join(shots, "new-link-facilitator.png") });

  step("the old projector loses its connection and says its link no longer works");
  await oldProjector.page.locator("[data-testid=failed]", { hasText: "projectorlink werkt niet meer" }).waitFor(wait);
  await oldProjector.page.screenshot({ path: join(shots, "old-link-projector.png") });
  // The laptop that made the old link says it was replaced and no longer offers it.
  const laptopCard = laptop.page.locator("[data-testid=projector-link]");
  await laptopCard.locator("[data-testid=projector-link-replaced]").waitFor({ state: "attached", ...wait });
  assert.equal(await laptopCard.locator("[data-testid='link-Projector']").count(), 0, "the laptop no longer shows the old link");

  step("a projector opened with the new link shows the room");
  const newProjector = await openDevice(browser, PROJECTOR, newUrl);
  await newProjector.page.locator("[data-testid=projector-welcome]").waitFor(wait);
  await newProjector.page.screenshot({ path: join(shots, "new-link-projector.png") });
  // After a reload the device keeps showing the link it made.
  await desk.page.reload();
  assert.equal(await desk.page.getAttribute("[data-testid=projector-link] [data-testid='link-Projector']", "href"), newUrl);
});
