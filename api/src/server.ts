import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { onShutdown, startProcessors, startRuntime } from './runtime.js';
import { demoLogins, isDatabaseEmpty, seedDemoWorld } from './seed/seed.js';

const deps = await startRuntime('api');
const { config, logger, database } = deps;

if (config.SEED_ON_START && config.NODE_ENV !== 'production' && (await isDatabaseEmpty(database.db))) {
  const summary = await seedDemoWorld(database.db, config.TOTP_ENCRYPTION_KEY);
  logger.info({ summary, demoLogins }, 'seeded the demo world');
}
if (config.IN_PROCESS_WORKER) startProcessors(deps);

const app = createApp(deps);
const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) =>
  logger.info({ url: `http://${config.HOST}:${info.port}`, docs: '/docs' }, 'api listening'),
);

onShutdown(logger, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await deps.close();
});
