import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The server serves dist/ at "/" and the protocol at "/ws"; `npm run dev` proxies
// /ws to a kring-server on KRING_DEV_SERVER (default 127.0.0.1:8080).
export default defineConfig({
  plugins: [preact()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      "/ws": { target: `ws://${process.env.KRING_DEV_SERVER ?? "127.0.0.1:8080"}`, ws: true },
    },
  },
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
