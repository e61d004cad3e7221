import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Quinoa runs `npm run dev` and proxies this dev server (port 5173) behind Quarkus,
// and serves `dist/` (from `npm run build`) in production. To run a second dev mode beside
// another, move both ports together:
//   AVERTED_UI_PORT=5183 ./mvnw quarkus:dev -Dquarkus.quinoa.dev-server.port=5183
const port = Number(process.env.AVERTED_UI_PORT ?? 5173);
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // `@/` → `src/`, taken from the `paths` in tsconfig.app.json (one place for the alias).
    tsconfigPaths: true,
  },
  server: {
    port,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // the build machine is shared with other builds
    testTimeout: 20_000,
  },
});
