// The links a room shows must be ones phones in the room can open. With --public-url set to a LAN
// address, the facilitator's links and the projector's QR code carry that address (the QR image is
// decoded from a screenshot) and "Doe mee op …" names its host. Without one, on a page loaded from
// 127.0.0.1, the facilitator's console and the projector say plainly that phones cannot follow the
// links and name the command that fixes it.
// Usage: node e2e/room_links.mjs <kring-server binary>
import assert from "node:assert/strict";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { LAPTOP_SHORT, PROJECTOR, STEP_TIMEOUT, openDevice, screenshotter } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";
import { startServer } from "./server.mjs";

const { dir, shoot } = screenshotter(clientRoot, join(clientRoot, "..", "test-output", "e2e", "room_links"));
// A documentation address (RFC 5737) standing for the laptop's address on the room's network.
const lanUrl = "http://192.0.2.50:{port}";

// The text of the QR code `locator` shows, read back from its pixels.
async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error("no QR code could be read from the screenshot");
  return found.data;
}

async function createRoom(browser, base) {
  const facilitator = await openDevice(browser, LAPTOP_SHORT, `${base}/#/`);
  await facilitator.page.click("[data-testid=create-room]");
  await facilitator.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  return facilitator;
}

// The same view on the server the test reaches (the LAN address is not on this machine).
const local = (url, base) => url.replace(/^https?:\/\/[^/]+/, base);

runE2e("room_links.mjs", async (plainBase, browser) => {
  step("a node with --public-url on the room's network");
  const server = startServer(process.argv[2] || process.env.KRING_SERVER, process.env.KRING_STATIC_DIR || join(clientRoot, "dist"), {
    publicUrl: lanUrl,
  });
  try {
    const base = await server.base;
    const publicBase = lanUrl.replace("{port}", new URL(base).port);
    const facilitator = await createRoom(browser, base);
    const participantUrl = await facilitator.page.getAttribute("[data-testid='link-Deelnemers']", "href");
    const projectorUrl = await facilitator.page.getAttribute("[data-testid='link-Projector']", "href");
    console.log(`participant link: ${participantUrl}`);
    assert.ok(participantUrl.startsWith(`${publicBase}/#/join/`), participantUrl);
    assert.ok(projectorUrl.startsWith(`${publicBase}/#/projector/`), projectorUrl);
    const consoleQr = await decodeQr(facilitator.page.locator(".link-card", { has: facilitator.page.locator("[data-testid='link-Deelnemers']") }).locator("svg.qr"));
    assert.equal(consoleQr, participantUrl, "the console's QR code is the participant link");
    assert.equal(await facilitator.page.locator("[data-testid=links-unreachable]").count(), 0);
    await shoot(facilitator.page, "console-public-url", LAPTOP_SHORT, { fullPage: true });

    const projector = await openDevice(browser, PROJECTOR, local(projectorUrl, base));
    await projector.page.locator("[data-testid=projector-welcome] svg.qr").waitFor({ timeout: STEP_TIMEOUT });
    const projectorQr = await decodeQr(projector.page.locator("[data-testid=projector-welcome] svg.qr"));
    console.log(`projector QR decodes to: ${projectorQr}`);
    assert.equal(projectorQr, participantUrl, "the projector's QR code is the participant link on the public URL");
    const joinLine = await projector.page.locator("[data-testid=projector-welcome]").textContent();
    assert.ok(joinLine.includes(`Doe mee op ${new URL(publicBase).host}`), joinLine);
    assert.equal(await projector.page.locator("[data-testid=links-unreachable]").count(), 0);
    await shoot(projector.page, "projector-public-url", PROJECTOR);
    await projector.context.close();
    await facilitator.context.close();
  } finally {
    assert.equal(await server.stop(), 0, "the node with --public-url stops cleanly");
  }

  step("a node without a public URL, opened on 127.0.0.1: the pages say phones cannot follow");
  const plain = startServer(process.argv[2] || process.env.KRING_SERVER, process.env.KRING_STATIC_DIR || join(clientRoot, "dist"), {
    publicUrl: null,
  });
  try {
    const base = await plain.base;
    const facilitator = await createRoom(browser, base);
    const notice = facilitator.page.locator("[data-testid=links-unreachable]");
    await notice.waitFor({ timeout: STEP_TIMEOUT });
    const said = await notice.textContent();
    console.log(`console says: ${said}`);
    assert.match(said, /Telefoons in de zaal kunnen deze links niet openen/);
    assert.match(said, /scripts\/run --bind 0\.0\.0\.0 --public-url http:\/\//);
    await shoot(facilitator.page, "console-loopback", LAPTOP_SHORT, { fullPage: true });
    const projectorUrl = await facilitator.page.getAttribute("[data-testid='link-Projector']", "href");
    const projector = await openDevice(browser, PROJECTOR, projectorUrl);
    await projector.page.locator("[data-testid=projector-welcome] [data-testid=links-unreachable]").waitFor({ timeout: STEP_TIMEOUT });
    const box = await projector.page.locator("[data-testid=links-unreachable]").boundingBox();
    assert.ok(box && box.y + box.height <= PROJECTOR.height, "the projector's notice is on the screen, not below it");
    await shoot(projector.page, "projector-loopback", PROJECTOR);
  } finally {
    assert.equal(await plain.stop(), 0, "the node without a public URL stops cleanly");
  }
  console.log(`screenshots: ${dir}`);
  void plainBase;
});
