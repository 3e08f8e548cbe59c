import { defineConfig } from 'vitest/config';

/** The patient app's own form parsers, tested beside them (src/lib/server/*.test.ts). */
export default defineConfig({
  test: {
    name: 'web-patient',
    include: ['src/**/*.test.ts'],
  },
});
