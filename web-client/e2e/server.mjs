// Starts a real kring-server on a free port and resolves with its base URL, read from the
// "kring: listening on http://ADDR:PORT" line it prints.
//
// `publicUrl`: what --public-url says. By default the server's own loopback address, since the
// test's "phones" run on this machine and follow the links the pages show; a string (with
// "{port}" for the chosen port) stands for a LAN address; null leaves it unset, as a newcomer's
// first run does (the pages then warn that phones cannot follow the links).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";

// A port nothing listens on now (the kernel's pick, released at once).
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function startServer(binary, staticDir, { publicUrl = "http://127.0.0.1:{port}" } = {}) {
  const child = freePort().then((port) => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--static-dir", staticDir, "--threads", "2"];
    if (publicUrl !== null) args.push("--public-url", publicUrl.replace("{port}", String(port)));
    return spawn(binary, args, { stdio: ["ignore", "pipe", "inherit"] });
  });
  const base = child.then(
    (process) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("kring-server did not print its listening line")), 30_000);
        createInterface({ input: process.stdout }).on("line", (line) => {
          const match = /^kring: listening on (http:\/\/\S+)$/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        process.once("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`kring-server exited early with ${code}`));
        });
      }),
  );
  const stop = async () => {
    const process = await child;
    return new Promise((resolve) => {
      if (process.exitCode !== null) return resolve(process.exitCode);
      process.once("exit", (code) => resolve(code));
      process.kill("SIGTERM");
    });
  };
  return { base, stop };
}
