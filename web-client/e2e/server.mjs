// Starts a real kring-server on a free port and resolves with its base URL, read from the
// "kring: listening on http://ADDR:PORT" line it prints.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export function startServer(binary, staticDir) {
  const child = spawn(binary, ["--port", "0", "--bind", "127.0.0.1", "--static-dir", staticDir, "--threads", "2"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const base = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("kring-server did not print its listening line")), 30_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^kring: listening on (http:\/\/\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`kring-server exited early with ${code}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
    });
  return { base, stop, child };
}
