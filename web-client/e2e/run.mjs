// The harness of an end-to-end script: reads the kring-server binary from argv or KRING_SERVER,
// starts it on a free port with the built client, launches chromium, runs `body(base, browser)`,
// and fails the run when the body throws or the server does not exit cleanly on SIGTERM (a crash
// or a sanitizer report).
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cspViolations, launchChromium } from "./browser.mjs";
import { startServer } from "./server.mjs";

export const clientRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function step(name) {
  console.log(`e2e: ${name}`);
}

export function runE2e(script, body) {
  const binary = process.argv[2] || process.env.KRING_SERVER;
  if (!binary) {
    console.error(`usage: node e2e/${script} <kring-server binary>`);
    process.exit(2);
  }
  const staticDir = process.env.KRING_STATIC_DIR || join(clientRoot, "dist");
  const main = async () => {
    const server = startServer(binary, staticDir);
    const browser = await launchChromium();
    try {
      const base = await server.base;
      step(`server at ${base}`);
      await body(base, browser);
      if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join("\n")}`);
      step("passed");
    } finally {
      await browser.close();
      const code = await server.stop();
      if (code !== 0) {
        console.error(`e2e failed: kring-server exited with ${code}`);
        process.exitCode = 1;
      }
    }
  };
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error) => {
      console.error(`e2e failed: ${error.stack || error}`);
      process.exit(1);
    },
  );
}
