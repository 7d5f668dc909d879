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
// Where the anonymity texts are checked by eye: a common laptop screen and a common phone.
export const LAPTOP_SHORT = { width: 1366, height: 768 };
export const PHONE_390 = { width: 390, height: 844 };

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

// Every Content-Security-Policy violation any page reported (the server's policy must allow all
// the client does); runE2e fails the run when this is not empty.
export const cspViolations = [];

// A page of a new device; records every binary WebSocket frame the page receives. `contextOptions`
// describe the device further (a phone's touch screen: { hasTouch: true, isMobile: true }).
export async function openDevice(browser, viewport, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", ...contextOptions });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("CSP violation") || text.includes("Content Security Policy")) cspViolations.push(text);
  });
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

// Screenshots into KRING_SCREENSHOTS, or `ownDir`, or ../test-output/screenshots: `shoot` at one size, `shootBoth`
// at phone and projector size and then back to the page's own size. `fullPage` takes the whole
// scrolled page (a phone's); without it the shot is what the screen shows (a projector's).
// `shootAt` shows one part of a page on one screen, as somebody looking at it would see it.
export function screenshotter(clientRoot, ownDir) {
  const dir = process.env.KRING_SCREENSHOTS || ownDir || join(clientRoot, "..", "test-output", "screenshots");
  mkdirSync(dir, { recursive: true });
  const shoot = async (page, name, viewport, { fullPage = false } = {}) => {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    // Every view has exactly one h1 (what a screen reader offers as the page's heading).
    const headings = await page.locator("h1").count();
    if (headings !== 1) throw new Error(`${name}: ${headings} h1 elements, expected exactly one`);
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
  };
  const shootBoth = async (page, name, own, options) => {
    await shoot(page, `${name}-phone`, PHONE, options);
    await shoot(page, `${name}-projector`, PROJECTOR, options);
    await page.setViewportSize(own);
  };
  // One screen at `viewport` with `locator` scrolled into its middle, then back to the page's own size.
  const shootAt = async (page, name, viewport, locator, own) => {
    await page.setViewportSize(viewport);
    await locator.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${name}.png`) });
    await page.setViewportSize(own);
  };
  return { dir, shoot, shootBoth, shootAt };
}

// A new device that follows a join link (participant or board member) with a display name.
export async function joinAs(browser, url, name, viewport = PHONE, contextOptions = {}) {
  const device = await openDevice(browser, viewport, url, contextOptions);
  await device.page.fill("input[name=display-name]", name);
  await device.page.click("[data-testid=join]");
  await device.page.locator(".conn[data-status=joined]").waitFor({ timeout: STEP_TIMEOUT });
  return device;
}

// How a piece of text reads on the page as laid out now: font size and line height in px, the
// number of lines it wraps to, its width, and the contrast of its colour against the background
// it sits on (the first non-transparent one up the tree; WCAG ratio, 4.5 and up for body text).
export async function textMetrics(locator) {
  return locator.evaluate((element) => {
    const rgb = (value) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const style = getComputedStyle(element);
    let background = [255, 255, 255];
    for (let node = element; node; node = node.parentElement) {
      const parts = rgb(getComputedStyle(node).backgroundColor);
      if (parts.length >= 3 && (parts.length === 3 || parts[3] > 0)) {
        background = parts.slice(0, 3);
        break;
      }
    }
    const [light, dark] = [luminance(rgb(style.color)), luminance(background)].sort((a, b) => b - a);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight = style.lineHeight === "normal" ? fontSize * 1.2 : parseFloat(style.lineHeight);
    const box = element.getBoundingClientRect();
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return {
      fontSize,
      lineHeight: Math.round(lineHeight * 10) / 10,
      lines: Math.round((box.height - padding) / lineHeight),
      width: Math.round(box.width),
      contrast: Math.round(((light + 0.05) / (dark + 0.05)) * 10) / 10,
    };
  });
}

// Logs a text's metrics under a name and holds it to a readable minimum: 14 px, contrast 4.5.
export async function checkReadable(name, locator) {
  const metrics = await textMetrics(locator);
  console.log(`e2e: measured ${name}: ${JSON.stringify(metrics)}`);
  if (metrics.fontSize < 14) throw new Error(`${name}: ${metrics.fontSize} px is too small to read`);
  if (metrics.contrast < 4.5) throw new Error(`${name}: contrast ${metrics.contrast} is below 4.5`);
  return metrics;
}
