// Debian's chromium driven by playwright-core. Each person gets its own browser context, so
// each has its own localStorage (member and note secrets) like a separate device.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

// The narrowest phone the client is made for (360 px wide), a 1080p projector, a laptop.
export const PHONE = { width: 360, height: 780 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1366, height: 900 };

export async function launchChromium() {
  const executablePath =
    process.env.CHROMIUM_PATH || execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  // playwright-core gives every launch a fresh temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// A page of a new device; records every binary WebSocket frame the page receives.
export async function openDevice(browser, viewport, url) {
  const context = await browser.newContext({ viewport, locale: "nl-NL" });
  const page = await context.newPage();
  const received = [];
  page.on("websocket", (socket) => {
    socket.on("framereceived", (frame) => {
      if (typeof frame.payload !== "string") received.push(Buffer.from(frame.payload));
    });
  });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  return { context, page, received };
}

// True when any received frame holds the UTF-8 bytes of `text`.
export function framesContain(received, text) {
  const needle = Buffer.from(text, "utf8");
  return received.some((frame) => frame.indexOf(needle) !== -1);
}

// How long one step may wait for what it expects on a page.
export const STEP_TIMEOUT = 15_000;

// Screenshots into KRING_SCREENSHOTS or ../test-output/screenshots: `shoot` at one size, `shootBoth`
// at phone and projector size and then back to the page's own size. `fullPage` takes the whole
// scrolled page (a phone's); without it the shot is what the screen shows (a projector's).
export function screenshotter(clientRoot) {
  const dir = process.env.KRING_SCREENSHOTS || join(clientRoot, "..", "test-output", "screenshots");
  mkdirSync(dir, { recursive: true });
  const shoot = async (page, name, viewport, { fullPage = false } = {}) => {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
  };
  const shootBoth = async (page, name, own, options) => {
    await shoot(page, `${name}-phone`, PHONE, options);
    await shoot(page, `${name}-projector`, PROJECTOR, options);
    await page.setViewportSize(own);
  };
  return { dir, shoot, shootBoth };
}

// A new device that follows a join link (participant or board member) with a display name.
export async function joinAs(browser, url, name, viewport = PHONE) {
  const device = await openDevice(browser, viewport, url);
  await device.page.fill("input[name=display-name]", name);
  await device.page.click("[data-testid=join]");
  await device.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  return device;
}
