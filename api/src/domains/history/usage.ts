import { and, eq, gte, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appointments, careRequests, labOrders } from '../../db/schema/index.js';
import { coverageStatus } from '../booking/coverage.js';
import { findActivePolicy } from '../patients/queries.js';

type Service = 'telemedicine' | 'lab' | 'second_opinion' | 'test_decoding' | 'in_person';

/** Annual limits run by calendar year (UTC), as the demo programmes' policies do (valid from 1 January). */
export function calendarYear(now = new Date()) {
  const year = now.getUTCFullYear();
  return { year, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

const count = sql<number>`count(*)::int`;

/**
 * What the patient has used of each service this year, as far as the platform sees it: consultations that
 * happened or are booked, lab orders not cancelled, second opinions and test decodings asked for.
 * In-person visits happen outside the platform, so they are not counted (null).
 */
async function usedThisYear(db: Db, patientId: string, from: Date, to: Date) {
  const [consults] = await db
    .select({ n: count })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, patientId),
        notInArray(appointments.status, ['cancelled', 'no_show']),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    );
  const [labs] = await db
    .select({ n: count })
    .from(labOrders)
    .where(
      and(
        eq(labOrders.patientId, patientId),
        ne(labOrders.status, 'cancelled'),
        gte(labOrders.createdAt, from),
        lt(labOrders.createdAt, to),
      ),
    );
  const requests = await db
    .select({ kind: careRequests.kind, n: count })
    .from(careRequests)
    .where(
      and(
        eq(careRequests.patientId, patientId),
        ne(careRequests.status, 'cancelled'),
        gte(careRequests.createdAt, from),
        lt(careRequests.createdAt, to),
      ),
    )
    .groupBy(careRequests.kind);
  const byKind = (kind: 'second_opinion' | 'test_decoding') => requests.find((r) => r.kind === kind)?.n ?? 0;
  return {
    telemedicine: consults?.n ?? 0,
    lab: labs?.n ?? 0,
    second_opinion: byKind('second_opinion'),
    test_decoding: byKind('test_decoding'),
    in_person: null,
  } satisfies Record<Service, number | null>;
}

/** The patient's programme, what each service costs them under it, and how much they used this year. */
export async function insuranceUsage(db: Db, patientId: string, now = new Date()) {
  const policy = await findActivePolicy(db, patientId);
  if (!policy) return null;
  const { year, from, to } = calendarYear(now);
  const used = await usedThisYear(db, patientId, from, to);
  return {
    number: policy.number,
    insurer: policy.insurer,
    validTo: policy.validTo,
    programme: {
      name: policy.programme.name,
      kind: policy.programme.kind,
      franchisePercent: policy.programme.franchisePercent,
    },
    year,
    services: policy.programme.coverage.map((item) => {
      const n = used[item.service];
      return {
        service: item.service,
        status: coverageStatus(item),
        franchisePercent: item.covered ? item.franchisePercent : 100,
        annualLimit: item.annualLimit,
        used: n,
        remaining: item.annualLimit === null || n === null ? null : Math.max(0, item.annualLimit - n),
      };
    }),
  };
}
