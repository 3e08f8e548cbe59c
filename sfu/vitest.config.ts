import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sfu',
    include: ['test/**/*.test.ts'],
    // global-setup finds (or builds) the mediasoup worker and starts redis; setup-env hands the worker path to
    // mediasoup before it is imported. Nothing runs at config load, so other projects' runs never wait on it.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-env.ts'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error' },
    // Each file starts its own sfu on its own ports; running them one at a time keeps the 2-core box calm.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
