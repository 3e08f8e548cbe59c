import type { Db } from '../../db/client.js';
import { ProblemError } from '../../http/problem.js';
import { findActivePolicy } from '../patients/queries.js';

export type CoveredService = 'telemedicine' | 'lab' | 'second_opinion' | 'test_decoding' | 'in_person';

type CoverageItem = { covered: boolean; franchisePercent: number };

/** How a programme's coverage item treats a service: fully paid, partly paid (franchise) or not at all. */
export const coverageStatus = (item: CoverageItem | undefined): 'not_covered' | 'franchise' | 'included' =>
  !item?.covered ? 'not_covered' : item.franchisePercent > 0 ? 'franchise' : 'included';

/** What the patient's programme says about a service, worded for the booking screen. */
export async function coverageFor(db: Db, patientId: string, service: CoveredService) {
  const policy = await findActivePolicy(db, patientId);
  const item = policy?.programme.coverage.find((c) => c.service === service);
  if (!policy || !item || coverageStatus(item) === 'not_covered') {
    return {
      service,
      status: 'not_covered' as const,
      franchisePercent: 100,
      programme: policy?.programme.name ?? null,
      explanation: {
        ru: 'Услуга не входит в вашу программу страхования и оплачивается отдельно.',
        en: 'This service is not part of your insurance programme and is paid separately.',
      },
    };
  }
  if (coverageStatus(item) === 'franchise') {
    return {
      service,
      status: 'franchise' as const,
      franchisePercent: item.franchisePercent,
      programme: policy.programme.name,
      explanation: {
        ru: `Входит в программу; вы оплачиваете франшизу ${item.franchisePercent}% стоимости.`,
        en: `Covered by your programme; you pay a ${item.franchisePercent}% franchise share.`,
      },
    };
  }
  return {
    service,
    status: 'included' as const,
    franchisePercent: 0,
    programme: policy.programme.name,
    explanation:
      policy.programme.franchisePercent > 0
        ? {
            ru: 'Полностью оплачивается страховой: услуга вне франшизы.',
            en: 'Paid in full by your insurer: this service is outside the franchise.',
          }
        : { ru: 'Полностью входит в вашу программу.', en: 'Fully covered by your programme.' },
  };
}

/**
 * One rule for every online consultation a patient asks for, planned or urgent: telemedicine must be in the
 * patient's programme (an uninsured account would otherwise skip to the head of the urgent queue).
 * A medical assistant's escalation from monitoring is a clinical decision and is not refused here.
 */
export async function requireTelemedicineCover(db: Db, patientId: string) {
  const coverage = await coverageFor(db, patientId, 'telemedicine');
  if (coverage.status === 'not_covered')
    throw new ProblemError(409, coverage.explanation.en, { code: 'booking.not_covered' });
}
