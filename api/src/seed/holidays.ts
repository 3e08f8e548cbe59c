import type { Tx } from '../db/client.js';
import { holidays } from '../db/schema/index.js';

/**
 * The non-working public holidays of the Russian Federation (Labour Code, art. 112, part 1) in 2026 and
 * 2027. Days off moved by the government's yearly decree are not listed here; the admin adds those in the
 * console once the decree is published. `source` is one text, the act's citation as the admin would type it:
 * the act is Russian, so its citation is too.
 */
const SOURCE = 'Трудовой кодекс РФ, ст. 112, ч. 1';

const FIXED: { monthDay: string; ru: string; en: string }[] = [
  ...['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-08'].map((monthDay) => ({
    monthDay,
    ru: 'Новогодние каникулы',
    en: 'New Year holidays',
  })),
  { monthDay: '01-07', ru: 'Рождество Христово', en: 'Orthodox Christmas' },
  { monthDay: '02-23', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  { monthDay: '03-08', ru: 'Международный женский день', en: "International Women's Day" },
  { monthDay: '05-01', ru: 'Праздник Весны и Труда', en: 'Spring and Labour Day' },
  { monthDay: '05-09', ru: 'День Победы', en: 'Victory Day' },
  { monthDay: '06-12', ru: 'День России', en: 'Russia Day' },
  { monthDay: '11-04', ru: 'День народного единства', en: 'Unity Day' },
];

export const RUSSIAN_PUBLIC_HOLIDAYS = [2026, 2027].flatMap((year) =>
  FIXED.map(({ monthDay, ru, en }) => ({ date: `${year}-${monthDay}`, name: { ru, en }, source: SOURCE })),
);

export async function seedHolidays(tx: Tx) {
  await tx.insert(holidays).values(RUSSIAN_PUBLIC_HOLIDAYS).onConflictDoNothing();
}
