import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'triage-model',
    include: ['test/**/*.test.ts'],
    // The reproducibility test retrains the model from scratch and sets its own, longer timeout.
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
