import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { accounts, labLocations, labOrders, patients, practitioners } from '../db/schema/index.js';
import { labTests } from '../domains/catalogue/lab-tests.js';
import { demoDiagnosticReport } from '../domains/labs/demo-lab/results.js';
import { storeReport } from '../domains/labs/ingest.js';
import { buildServiceRequest } from '../domains/labs/service-request.js';

const n = (ru: string, en: string) => ({ ru, en });
const DAY = 86_400_000;

/** Collection points of the built-in demo lab in Moscow and St Petersburg. */
const locationSeed = [
  {
    name: n('Демо-лаборатория «Тверская»', 'Demo Lab Tverskaya'),
    city: n('Москва', 'Moscow'),
    address: n('Москва, ул. Тверская, 18, стр. 1', '18/1 Tverskaya St, Moscow'),
    hours: n('Пн–Пт 7:00–20:00, Сб–Вс 8:00–16:00', 'Mon–Fri 7:00–20:00, Sat–Sun 8:00–16:00'),
    latitude: 55.7655,
    longitude: 37.6037,
  },
  {
    name: n('Демо-лаборатория «Арбат»', 'Demo Lab Arbat'),
    city: n('Москва', 'Moscow'),
    address: n('Москва, ул. Новый Арбат, 21', '21 Novy Arbat St, Moscow'),
    hours: n('Ежедневно 7:30–19:30', 'Daily 7:30–19:30'),
    latitude: 55.7526,
    longitude: 37.5878,
  },
  {
    name: n('Демо-лаборатория «Профсоюзная»', 'Demo Lab Profsoyuznaya'),
    city: n('Москва', 'Moscow'),
    address: n('Москва, ул. Профсоюзная, 56', '56 Profsoyuznaya St, Moscow'),
    hours: n('Пн–Сб 7:00–19:00', 'Mon–Sat 7:00–19:00'),
    latitude: 55.6705,
    longitude: 37.5527,
  },
  {
    name: n('Демо-лаборатория «Невский»', 'Demo Lab Nevsky'),
    city: n('Санкт-Петербург', 'Saint Petersburg'),
    address: n('Санкт-Петербург, Невский пр., 114', '114 Nevsky Ave, Saint Petersburg'),
    hours: n('Пн–Пт 7:00–20:00, Сб 8:00–15:00', 'Mon–Fri 7:00–20:00, Sat 8:00–15:00'),
    latitude: 59.9311,
    longitude: 30.3609,
  },
  {
    name: n('Демо-лаборатория «Петроградская»', 'Demo Lab Petrogradskaya'),
    city: n('Санкт-Петербург', 'Saint Petersburg'),
    address: n('Санкт-Петербург, Большой пр. П.С., 61', '61 Bolshoy Ave P.S., Saint Petersburg'),
    hours: n('Ежедневно 8:00–18:00', 'Daily 8:00–18:00'),
    latitude: 59.9612,
    longitude: 30.3064,
  },
];

/** The catalogue's test whose English name matches, so the seed follows the catalogue's own codes. */
const testLike = (pattern: RegExp) => labTests.find((t) => pattern.test(t.name.en));

async function idByEmail(tx: Tx, email: string, table: 'patients' | 'practitioners') {
  const t = table === 'patients' ? patients : practitioners;
  const [row] = await tx
    .select({ id: t.id })
    .from(t)
    .innerJoin(accounts, eq(accounts.id, t.accountId))
    .where(eq(accounts.email, email));
  return row!.id;
}

/**
 * Lab locations, Anna's history (three reports over nine months in which her cholesterol and glucose creep
 * up), one report for her daughter, and Anna's open order so the demo starts with "tests prescribed".
 */
export async function seedLabs(tx: Tx, today: Date) {
  const locations = await tx
    .insert(labLocations)
    .values(locationSeed.map((l) => ({ ...l, partner: 'demo' })))
    .returning({ id: labLocations.id });
  const glucose = testLike(/glucose/i);
  const lipids = testLike(/lipid/i);
  if (!glucose || !lipids)
    throw new Error('The lab catalogue needs a glucose test and a lipid panel for the demo');
  // A blood count when the catalogue has one; the demo works without it.
  const cbc = testLike(/blood count/i);
  const withCbc = (...tests: (typeof labTests)[number][]) => (cbc ? [cbc, ...tests] : tests);
  const anna = await idByEmail(tx, 'anna.petrova@demo.telemed', 'patients');
  const smirnova = await idByEmail(tx, 'dr.smirnova@demo.telemed', 'practitioners');
  const kuznetsov = await idByEmail(tx, 'dr.kuznetsov@demo.telemed', 'practitioners');
  const children = await tx
    .select({ id: patients.id, name: patients.fullName })
    .from(patients)
    .where(eq(patients.guardianId, anna));
  const sofia = children.find((c) => c.name.en === 'Sofia Petrova');

  /** A past order already analysed: stored through the same path the demo lab's results take. */
  const pastReport = async (
    patientId: string,
    doctorId: string,
    tests: (typeof labTests)[number][],
    daysAgo: number,
    shift: number,
  ) => {
    // Results come out around noon Moscow time (09:00 UTC) of that day.
    const day = new Date(today.getTime() - daysAgo * DAY);
    const issuedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9));
    const orderedAt = new Date(issuedAt.getTime() - 2 * DAY);
    const [order] = await tx
      .insert(labOrders)
      .values({
        patientId,
        orderedByPractitionerId: doctorId,
        testCodes: tests.map((t) => t.code),
        status: 'sent',
        locationId: locations[0]!.id,
        createdAt: orderedAt,
        confirmedAt: orderedAt,
        sentAt: orderedAt,
      })
      .returning();
    const request = (await buildServiceRequest(tx, order!.id))!;
    // The trend: every metabolic value `shift` standard deviations from typical, HDL the other way.
    const values = Object.fromEntries(
      [glucose, lipids]
        .filter((t) => tests.includes(t))
        .flatMap((t) => t.analytes)
        .map((a) => [a.loinc, a.typical.mean + (/HDL/.test(a.name.en) ? -shift : shift) * a.typical.sd]),
    );
    await storeReport(tx, order!, demoDiagnosticReport(request, { issuedAt, values }));
    await tx.update(labOrders).set({ resultedAt: issuedAt }).where(eq(labOrders.id, order!.id));
  };
  await pastReport(anna, smirnova, withCbc(glucose, lipids), 270, -0.3);
  await pastReport(anna, smirnova, [glucose, lipids], 150, 0.9);
  await pastReport(anna, smirnova, cbc ? [cbc] : [glucose], 45, cbc ? 0 : 1.2);
  if (sofia) await pastReport(sofia.id, kuznetsov, cbc ? [cbc] : [glucose], 100, 0);

  await tx.insert(labOrders).values({
    patientId: anna,
    orderedByPractitionerId: smirnova,
    testCodes: [lipids.code, glucose.code],
    status: 'prescribed',
    createdAt: new Date(today.getTime() - DAY),
  });
}
