import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import { recipientAccount } from '../notifications/recipient.js';
import { notify } from '../notifications/service.js';
import type { CareRequestRow } from './queries.js';

type NotifiedStatus = 'in_review' | 'answered' | 'consult_booked';

const texts: Record<NotifiedStatus, { title: { ru: string; en: string }; body: { ru: string; en: string } }> =
  {
    in_review: {
      title: { ru: 'Врач взял ваш запрос в работу', en: 'A doctor is reviewing your request' },
      body: {
        ru: 'Врач изучает ваш запрос и приложенные документы.',
        en: 'A doctor is now reading your request and the documents you attached.',
      },
    },
    answered: {
      title: { ru: 'Получен ответ на ваш запрос', en: 'Your request has been answered' },
      body: {
        ru: 'Врач ответил на ваш запрос. Ответ сохранён в архиве.',
        en: 'The doctor has answered your request. The answer is kept in your archive.',
      },
    },
    consult_booked: {
      title: {
        ru: 'По вашему запросу назначена консультация',
        en: 'A consultation was booked for your request',
      },
      body: {
        ru: 'Врач предложил обсудить запрос на онлайн-консультации; время указано в записи.',
        en: 'The doctor will discuss your request in an online consultation; see the appointment for the time.',
      },
    },
  };

/**
 * Tells the patient's account about a status change; a child has no account, so their guardian is told.
 * The key is the request and status, so a retried change never notifies twice.
 */
export async function notifyStatus(db: Db, queue: Queue, request: CareRequestRow, status: NotifiedStatus) {
  const recipient = await recipientAccount(db, request.patientId);
  if (!recipient) return;
  await notify(db, queue, {
    accountId: recipient.accountId,
    kind: `care_request.${status}`,
    ...texts[status],
    data: { requestId: request.id, patientId: request.patientId, appointmentId: request.appointmentId },
    idempotencyKey: `care-request:${request.id}:${status}`,
  });
}
