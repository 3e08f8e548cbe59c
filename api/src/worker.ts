import { onShutdown, startProcessors, startRuntime } from './runtime.js';

/** The background worker: bull processors for every queue, scaled out separately from the api. */
const deps = await startRuntime('worker');
if (deps.database.kind === 'pglite') {
  deps.logger.error(
    'The embedded database belongs to the api process; set DATABASE_URL to run a separate worker.',
  );
  process.exit(78);
}
startProcessors(deps);
onShutdown(deps.logger, () => deps.close());
