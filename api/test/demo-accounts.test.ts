import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { seedDemoWorld } from '../src/seed/seed.js';
import { clientOf, DEMO_PASSWORD, useTestApi } from './harness.js';

const api = useTestApi();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('demo accounts outside the demo', () => {
  it('cannot sign in when the api runs with NODE_ENV=production', async () => {
    const production = createApp({ ...api.deps, config: { ...api.deps.config, NODE_ENV: 'production' } });
    const res = await clientOf(production).auth.login.$post({
      json: { login: 'anna.petrova@demo.telemed', password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(401);
    // The same account still works in the demo.
    expect((await api.login('anna.petrova@demo.telemed')).accountId).toBeTruthy();
  });

  it('are never seeded in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(seedDemoWorld(api.deps.database.db, api.deps.config.TOTP_ENCRYPTION_KEY)).rejects.toThrow(
      /NODE_ENV=production/,
    );
  });
});
