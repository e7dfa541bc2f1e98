import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts'],
    // Forks isolate native modules (better-sqlite3) and let tests spawn the CLI safely.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
