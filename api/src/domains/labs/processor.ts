import type { Deps } from '../../http/context.js';
import { labAdapters } from './adapter.js';
import { processDemoLab } from './demo-lab/processor.js';
import { sendOrder } from './dispatch.js';

/** The labs' background work: sending orders to partners, and the built-in demo lab's analysis. */
export function processLabs(deps: Pick<Deps, 'queues' | 'config' | 'database' | 'logger'>) {
  const { queues, database, logger } = deps;
  const adapters = labAdapters(deps);
  const log = logger.child({ queue: 'lab-orders' });
  void queues.labOrders.process((job) => sendOrder(database.db, adapters, log, job.data));
  processDemoLab(queues.demoLab, database.db, queues.notifications, logger.child({ queue: 'demo-lab' }));
}
