// Generates the protobuf-es types of the client protocol from ../proto into src/gen.
// The schema has one source (the proto tree); src/gen is never edited by hand.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoRoot = join(root, "..", "proto");
const outDir = join(root, "src", "gen");
const plugin = join(root, "node_modules", ".bin", "protoc-gen-es");
const files = readdirSync(join(protoRoot, "kring", "v1"))
  .filter((name) => name.endsWith(".proto"))
  .map((name) => join("kring", "v1", name));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
execFileSync(
  "protoc",
  [`--plugin=protoc-gen-es=${plugin}`, `--es_out=${outDir}`, "--es_opt=target=ts", `-I${protoRoot}`, ...files],
  { cwd: protoRoot, stdio: "inherit" },
);
