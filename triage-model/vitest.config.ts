import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'triage-model',
    include: ['test/**/*.test.ts'],
    // The reproducibility test retrains the model from scratch (about half a minute on the 2-core box).
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
