// The first load as a phone in the room gets it: the join page on a 390×844 phone over Chromium's
// "Fast 3G" (562.5 ms round trip, 180 kB/s down, 84 kB/s up). Prints the first contentful paint,
// the bytes transferred (compressed) against the files' own sizes, and a second visit's bytes
// (hashed assets come from the cache without asking). Checks what the server sends with them:
// brotli for the script, immutable caching for hashed assets, no-cache for the page, the security
// headers, and a favicon.
// Usage: node e2e/first_load.mjs <kring-server binary>
import assert from "node:assert/strict";
import { join } from "node:path";
import { PHONE_390, STEP_TIMEOUT, screenshotter } from "./browser.mjs";
import { clientRoot, runE2e, step } from "./run.mjs";

const { dir, shoot } = screenshotter(clientRoot, join(clientRoot, "..", "test-output", "e2e", "first_load"));
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

// The page's own account of this load: first contentful paint and, per resource, the bytes on the
// wire (transferSize) and the file's size (decodedBodySize).
async function loadFigures(page) {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    return {
      fcp: paint ? paint.startTime : -1,
      resources: entries.map((entry) => ({
        name: new URL(entry.name).pathname,
        transferred: entry.transferSize,
        decoded: entry.decodedBodySize,
      })),
    };
  });
}

runE2e("first_load.mjs", async (base, browser) => {
  const context = await browser.newContext({ viewport: PHONE_390, locale: "nl-NL", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  const responses = new Map();
  page.on("response", (response) => responses.set(new URL(response.url()).pathname, response));

  step("first visit of the join page over fast 3G");
  const joinUrl = `${base}/#/join/ABCD-EFGH`;
  await page.goto(joinUrl, { waitUntil: "load" });
  await page.locator("input[name=display-name]").waitFor({ timeout: STEP_TIMEOUT });
  const first = await loadFigures(page);
  const transferred = first.resources.reduce((sum, r) => sum + r.transferred, 0);
  const decoded = first.resources.reduce((sum, r) => sum + r.decoded, 0);
  for (const r of first.resources) console.log(`first load: ${r.name}: ${r.transferred} B on the wire, ${r.decoded} B file`);
  console.log(`first load: first contentful paint ${first.fcp.toFixed(0)} ms on fast 3G, ${transferred} B transferred for ${decoded} B of files`);
  assert.ok(first.fcp > 0, "the page painted");
  assert.ok(transferred < decoded / 2, `compressed transfer (${transferred} B) is less than half the files (${decoded} B)`);
  await shoot(page, "join-fast-3g", PHONE_390);

  step("what the server sent with it");
  const script = [...responses.entries()].find(([path]) => /^\/assets\/.*\.js$/.test(path));
  assert.ok(script, "a hashed script was loaded");
  const scriptHeaders = await script[1].allHeaders();
  assert.equal(scriptHeaders["content-encoding"], "br", "the script comes brotli-compressed");
  assert.equal(scriptHeaders["cache-control"], "public, max-age=31536000, immutable");
  const pageHeaders = await responses.get("/").allHeaders();
  assert.equal(pageHeaders["cache-control"], "no-cache");
  assert.equal(pageHeaders["x-content-type-options"], "nosniff");
  assert.equal(pageHeaders["referrer-policy"], "no-referrer");
  assert.match(pageHeaders["content-security-policy"], /default-src 'self'/);
  console.log(`first load: page headers: content-encoding ${pageHeaders["content-encoding"]}, csp "${pageHeaders["content-security-policy"]}"`);

  step("a second visit: hashed assets from the cache");
  await page.goto("about:blank");
  await page.goto(joinUrl, { waitUntil: "load" });
  await page.locator("input[name=display-name]").waitFor({ timeout: STEP_TIMEOUT });
  const second = await loadFigures(page);
  const again = second.resources.reduce((sum, r) => sum + r.transferred, 0);
  console.log(`second visit: first contentful paint ${second.fcp.toFixed(0)} ms, ${again} B transferred`);
  for (const r of second.resources.filter((r) => r.name.startsWith("/assets/"))) {
    assert.equal(r.transferred, 0, `${r.name} came from the cache`);
  }

  step("favicon");
  for (const path of ["/favicon.ico", "/favicon.svg"]) {
    const icon = await context.request.get(`${base}${path}`);
    assert.equal(icon.status(), 200, `${path} is served`);
    console.log(`favicon: ${path} ${icon.headers()["content-type"]}, ${(await icon.body()).length} B`);
  }
  await context.close();
  console.log(`screenshots: ${dir}`);
});
