import { defineConfig } from "vite";

// Built with `vite build --config admin/vite.config.ts` from the repository root.
// No @vitejs/plugin-react: Vite 8's built-in Oxc transform compiles TSX with the automatic
// React runtime (jsxImportSource comes from admin/tsconfig.json).
export default defineConfig({
  root: import.meta.dirname,
  // The server mounts admin/dist at /newsroom/ with an index.html fallback for client routes.
  base: "/newsroom/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // TipTap/ProseMirror is the bulk of the bundle; it is split into its own chunk below so
    // the shell and list pages can be cached separately from the editor.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite --config admin/vite.config.ts` during development proxies the API to a running server.
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
