/// <reference types="vite/client" />
// The store's import rules: its modules import one another without a cycle (shared types come
// from room_types.ts, which imports no module of the store), and the store never imports net
// (net builds on the store, not the other way round). Type-only imports count: a cycle of types
// is still a cycle of modules.
import { describe, expect, it } from "vitest";

// The source text of every module of the store, keyed by its path from the client's root.
const storeSources: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>("../src/store/**/*.{ts,tsx}", {
      query: "?raw",
      import: "default",
      eager: true,
    }),
  ).map(([path, text]) => [path.replace(/^\.\.\//, ""), text]),
);

// Specifiers of static imports, side-effect imports, re-exports and dynamic imports.
function importSpecifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map(
    (match) => match[1],
  );
}

// The path a relative specifier names, from the client's root, without an extension.
function resolveRelative(fromFile: string, specifier: string): string {
  const parts = fromFile.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function moduleFile(files: string[], path: string): string | undefined {
  return [".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ending) => path + ending)
    .find((candidate) => files.includes(candidate));
}

// Each module of the store to the modules of the store it imports.
function storeGraph(sources: Record<string, string>): Map<string, string[]> {
  const files = Object.keys(sources);
  return new Map(
    files.map((file) => [
      file,
      importSpecifiers(sources[file])
        .filter((specifier) => specifier.startsWith("."))
        .map((specifier) => moduleFile(files, resolveRelative(file, specifier)))
        .filter((target): target is string => target !== undefined),
    ]),
  );
}

// Every cycle reached by a depth-first walk, as "a -> b -> a"; empty when the graph has none.
function findCycles(graph: Map<string, string[]>): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    const onPath = path.indexOf(file);
    if (onPath >= 0) {
      cycles.push([...path.slice(onPath), file].join(" -> "));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

describe("store imports", () => {
  it("reads the store's modules and their imports", () => {
    const graph = storeGraph(storeSources);
    expect(graph.get("src/store/room_state.ts")).toContain("src/store/action_state.ts");
    expect(graph.get("src/store/spotlight.ts")).toContain("src/store/room_types.ts");
  });

  it("finds a cycle when there is one", () => {
    const graph = storeGraph({
      "src/store/a.ts": 'import type { B } from "./b";',
      "src/store/b.ts": 'import {\n  a,\n} from "../store/a";',
    });
    expect(findCycles(graph)).toEqual(["src/store/a.ts -> src/store/b.ts -> src/store/a.ts"]);
  });

  it("has no import cycle", () => {
    expect(findCycles(storeGraph(storeSources))).toEqual([]);
  });

  it("shares types through a module that imports no module of the store", () => {
    expect(storeGraph(storeSources).get("src/store/room_types.ts")).toEqual([]);
  });

  it("imports nothing from net", () => {
    const fromNet = Object.entries(storeSources).flatMap(([file, source]) =>
      importSpecifiers(source)
        .filter((specifier) => specifier.startsWith("."))
        .filter((specifier) => resolveRelative(file, specifier).startsWith("src/net/"))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(fromNet).toEqual([]);
  });
});
