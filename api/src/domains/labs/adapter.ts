import type { Queues } from '../../jobs/queues.js';
import type { Config } from '../../config.js';
import { DemoLabAdapter } from './demo-lab/adapter.js';
import type { LabAdapter } from './lab-adapter.js';

/** Adapters by `lab_locations.partner`; a real partner's adapter is added here next to the demo lab. */
export function labAdapters(deps: {
  queues: Pick<Queues, 'demoLab'>;
  config: Pick<Config, 'DEMO_LAB_DELAY_MS'>;
}) {
  const adapters: Record<string, LabAdapter> = {
    demo: new DemoLabAdapter(deps.queues.demoLab, deps.config.DEMO_LAB_DELAY_MS),
  };
  return adapters;
}
