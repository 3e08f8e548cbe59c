import type { Queue } from 'bull';
import type { Db, Tx } from '../../db/client.js';
import { recipientAccount } from '../notifications/recipient.js';
import { notify } from '../notifications/service.js';
import type { LetterRow } from './queries.js';

type Decision = 'approved' | 'declined';

const texts: Record<Decision, { title: { ru: string; en: string }; body: { ru: string; en: string } }> = {
  approved: {
    title: { ru: 'Гарантийное письмо выдано', en: 'Your guarantee letter is approved' },
    body: {
      ru: 'Страховая компания выдала гарантийное письмо и отправила его в клинику. Письмо можно скачать в разделе «Гарантийные письма».',
      en: 'The insurer issued the guarantee letter and sent it to the clinic. You can download it under "Guarantee letters".',
    },
  },
  declined: {
    title: { ru: 'В гарантийном письме отказано', en: 'Your guarantee letter was declined' },
    body: {
      ru: 'Координатор страховой компании отказал в гарантийном письме; причина указана в разделе «Гарантийные письма».',
      en: 'The insurer\u2019s coordinator declined the guarantee letter; the reason is under "Guarantee letters".',
    },
  },
};

/** Tells the member (a child's guardian) about the decision; keyed by letter and decision, so sent once. */
export async function notifyDecision(db: Db | Tx, queue: Queue, letter: LetterRow, decision: Decision) {
  const recipient = await recipientAccount(db as Db, letter.patientId);
  if (!recipient) return;
  await notify(db, queue, {
    accountId: recipient.accountId,
    kind: `guarantee_letter.${decision}`,
    ...texts[decision],
    data: { guaranteeLetterId: letter.id, patientId: letter.patientId },
    idempotencyKey: `guarantee-letter:${letter.id}:${decision}`,
  });
}
