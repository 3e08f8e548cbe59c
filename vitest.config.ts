import { defineConfig } from 'vitest/config';

/** `npx vitest run` at the root runs every workspace's unit and integration tests. */
export default defineConfig({
  test: {
    projects: ['*/vitest.config.ts'],
  },
});
