// Decodes the binary frames a page received (recorded by browser.mjs): each is a kring.v1.ServerBatch
// and the decoder returns its ServerMessages,
// from a descriptor set that Debian's protoc makes of ../proto at run time: the same single source
// as the client's generated types, without importing TypeScript into node.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

export function serverMessageDecoder(protoRoot) {
  const dir = mkdtempSync(join(tmpdir(), "kring-e2e-"));
  const out = join(dir, "kring.pb");
  try {
    execFileSync("protoc", ["--include_imports", `--descriptor_set_out=${out}`, `-I${protoRoot}`, "kring/v1/envelope.proto"], {
      cwd: protoRoot,
      stdio: "inherit",
    });
    const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(out)));
    const schema = registry.getMessage("kring.v1.ServerBatch");
    if (!schema) throw new Error("kring.v1.ServerBatch not in the descriptor set");
    return (frame) => fromBinary(schema, new Uint8Array(frame)).messages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Every strategy mark a device could learn from these frames: a non-zero strategy_scenario of a
// dilemma in a snapshot, DilemmaAdded or DilemmaEdited, and any StrategyMarksShown event.
export function strategyMarksIn(decode, frames) {
  const found = [];
  for (const message of frames.flatMap(decode)) {
    const payload = message.payload;
    const dilemmas = [];
    if (payload.case === "joined") dilemmas.push(...(payload.value.snapshot?.dilemmas ?? []));
    if (payload.case === "event") {
      const event = payload.value.payload;
      if (event.case === "dilemmaAdded" || event.case === "dilemmaEdited") dilemmas.push(event.value.dilemma);
      if (event.case === "strategyMarksShown") found.push({ shown: true });
    }
    for (const dilemma of dilemmas) {
      if (dilemma && dilemma.strategyScenario !== 0) found.push({ dilemma: dilemma.id, scenario: dilemma.strategyScenario });
    }
  }
  return found;
}

// Every revealed vote value a device could learn from these frames: VoteRevealed and
// BundleRevealed events (tallies and cards) and the results of a snapshot. Before a reveal this
// must be empty; counts (VoteProgress) are not values.
export function voteValuesIn(decode, frames) {
  const found = [];
  for (const message of frames.flatMap(decode)) {
    const payload = message.payload;
    if (payload.case === "joined") found.push(...(payload.value.snapshot?.results ?? []));
    if (payload.case === "event") {
      const event = payload.value.payload;
      if (event.case === "voteRevealed") found.push(event.value.result);
      if (event.case === "bundleRevealed") found.push(...event.value.results);
    }
  }
  return found;
}

// Every ranking a device could learn from these frames (RankingRevealed, a snapshot's ranking).
export function rankingsIn(decode, frames) {
  const found = [];
  for (const message of frames.flatMap(decode)) {
    const payload = message.payload;
    if (payload.case === "joined" && payload.value.snapshot?.ranking.length) found.push(payload.value.snapshot.ranking);
    if (payload.case === "event" && payload.value.payload.case === "rankingRevealed") found.push(payload.value.payload.value.entries);
  }
  return found;
}
