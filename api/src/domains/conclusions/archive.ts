import type { Db } from '../../db/client.js';
import { answeredRequestsOf, finalConclusionsOf } from './queries.js';

/**
 * A patient's archive: the latest final version of each consultation's conclusion (flagged when it
 * corrects an earlier one) and the written answers to their second-opinion and decoding requests.
 */
export async function patientArchive(db: Db, patientId: string) {
  const [finals, requests] = await Promise.all([
    finalConclusionsOf(db, patientId),
    answeredRequestsOf(db, patientId),
  ]);
  const latest = new Map<string, (typeof finals)[number]>();
  for (const item of finals) {
    const seen = latest.get(item.row.appointmentId);
    if (!seen || seen.row.version < item.row.version) latest.set(item.row.appointmentId, item);
  }
  const conclusions = [...latest.values()]
    .sort((a, b) => b.appointmentStartsAt.getTime() - a.appointmentStartsAt.getTime())
    .map(({ row, appointmentStartsAt, specialty, doctor }) => ({
      id: row.id,
      appointmentId: row.appointmentId,
      appointmentStartsAt: appointmentStartsAt.toISOString(),
      finalisedAt: row.finalisedAt!.toISOString(),
      version: row.version,
      corrected: row.version > 1,
      doctor,
      specialty,
      diagnosis: row.diagnosis,
      diagnosisPreliminary: row.consultationType === 'first_contact',
    }));
  const answeredRequests = requests.flatMap((r) =>
    r.answer && r.answeredAt
      ? [
          {
            id: r.id,
            kind: r.kind,
            specialty: r.specialty,
            complaints: r.complaints,
            answer: r.answer,
            answeredAt: r.answeredAt.toISOString(),
            doctor: r.doctorId && r.doctorName ? { id: r.doctorId, fullName: r.doctorName } : null,
          },
        ]
      : [],
  );
  return { conclusions, answeredRequests };
}
