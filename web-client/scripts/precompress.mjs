// Writes a gzip (.gz) and a brotli (.br) copy beside every compressible file of dist/, at the
// highest levels (this runs once per build; the server only picks the copy the browser accepts,
// see server/net/content_coding.hpp). A copy that would not be smaller is not written, so the
// server falls back to the plain file. Prints the sizes of the first load's files.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const compressible = /\.(html|js|mjs|css|svg|json|webmanifest|ico|txt|map)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressible.test(entry.name)) yield path;
  }
}

const rows = [];
for (const path of [...files(dist)]) {
  const plain = readFileSync(path);
  const copies = {
    gz: gzipSync(plain, { level: 9 }),
    br: brotliCompressSync(plain, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    }),
  };
  const row = { file: relative(dist, path), plain: plain.length };
  for (const [extension, bytes] of Object.entries(copies)) {
    const target = `${path}.${extension}`;
    if (bytes.length < plain.length) {
      writeFileSync(target, bytes);
      row[extension] = bytes.length;
    } else {
      try {
        unlinkSync(target);
      } catch {
        // none there: nothing to remove
      }
      row[extension] = "-";
    }
  }
  rows.push(row);
}
for (const row of rows) {
  console.log(`precompress: ${row.file}: ${row.plain} B, gzip ${row.gz} B, brotli ${row.br} B`);
}
if (rows.length === 0 || !statSync(join(dist, "index.html")).isFile()) {
  throw new Error("precompress: dist/ holds no index.html; run vite build first");
}
