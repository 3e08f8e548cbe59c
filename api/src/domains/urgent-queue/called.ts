import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import { recipientAccount } from '../notifications/recipient.js';
import { notify } from '../notifications/service.js';

/** Tells the patient (a child's guardian) waiting in the urgent queue that a doctor has taken them. */
export async function notifyQueueCalled(db: Db, queue: Queue, taken: { id: string; patientId: string }) {
  const recipient = await recipientAccount(db, taken.patientId);
  if (!recipient) return;
  await notify(db, queue, {
    accountId: recipient.accountId,
    kind: 'urgent_called',
    title: { ru: 'Врач готов вас принять', en: 'A doctor is ready for you' },
    body: {
      ru: 'Ваша очередь подошла: откройте консультацию, чтобы присоединиться.',
      en: 'It is your turn: open the consultation to join.',
    },
    data: { appointmentId: taken.id, patientId: taken.patientId },
    idempotencyKey: `urgent-called:${taken.id}`,
  });
}
