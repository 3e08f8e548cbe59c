import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from './mailer.js';
import { deliverNotification } from './service.js';

export function processNotifications(queue: Queue, db: Db, mailer: Mailer | null, log: Logger) {
  void queue.process(2, (job) => deliverNotification(db, mailer, log, job.data));
}
