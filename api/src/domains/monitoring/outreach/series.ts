/**
 * The home-measurement series as a calendar: pure functions over a schedule and the patient's readings.
 *
 * The default series is the home BP monitoring protocol of the 2023 ESH Guidelines for the management of
 * arterial hypertension (J Hypertens 2023;41:1874, §4.3 "Home BP monitoring") and the 2024 ESC Guidelines for
 * elevated BP and hypertension (§5.3): 7 days before a review, 2 readings 1 minute apart in the morning
 * (before drugs) and 2 in the evening. Days are Moscow calendar days.
 */

/** Moscow keeps UTC+3 all year (no daylight saving since Federal Law 248-FZ, 2014). */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;
/** A reading before local noon counts for the morning slot, after it for the evening. */
const NOON_HOUR = 12;
/** Noon as "HH:MM": a morning reminder is set before it, an evening one at or after it. */
export const NOON = `${NOON_HOUR}:00`;

/** ESH 2023 §4.3 / ESC 2024 §5.3: 7 days, duplicate morning and evening readings. */
export const DEFAULT_SERIES = {
  days: 7,
  perSlot: 2,
  morningTime: '08:00',
  eveningTime: '20:00',
} as const;

/** After this many missed days the assistant's worklist gets a task (issue 18, outreach). */
export const MISSED_DAYS_FOR_TASK = 2;
/** A slot's reminder is not sent later than this after its time (the job was down, say). */
export const REMINDER_WINDOW_MS = 3 * 3_600_000;

export const SLOTS = ['morning', 'evening'] as const;
export type Slot = (typeof SLOTS)[number];

export interface Schedule {
  patientId: string;
  startDate: string;
  days: number;
  perSlot: number;
  morningTime: string;
  eveningTime: string;
}

export const moscowDate = (at: Date) => new Date(at.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Moscow calendar day starts. */
export const moscowDayStart = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - MOSCOW_OFFSET_MS);

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** When the reminder for a slot of a series day goes out. */
export const slotTime = (schedule: Schedule, date: string, slot: Slot) =>
  new Date(
    moscowDayStart(date).getTime() +
      minutesOf(slot === 'morning' ? schedule.morningTime : schedule.eveningTime) * 60_000,
  );

export const slotOf = (measuredAt: Date): Slot =>
  new Date(measuredAt.getTime() + MOSCOW_OFFSET_MS).getUTCHours() < NOON_HOUR ? 'morning' : 'evening';

export const seriesDates = (schedule: Schedule) =>
  Array.from({ length: schedule.days }, (_, i) => addDays(schedule.startDate, i));

/** The instant the series' first day starts and the last one ends. */
export const seriesBounds = (schedule: Schedule) => ({
  from: moscowDayStart(schedule.startDate),
  to: moscowDayStart(addDays(schedule.startDate, schedule.days)),
});

export type DayStatus = 'upcoming' | 'today' | 'complete' | 'missed';

export interface SeriesDay {
  date: string;
  morning: number;
  evening: number;
  done: number;
  expected: number;
  status: DayStatus;
}

export interface SeriesProgress {
  startDate: string;
  endDate: string;
  days: SeriesDay[];
  /** Readings counted (at most `perSlot` per slot) and expected over the whole series. */
  done: number;
  expected: number;
  completeDays: number;
  missedDays: number;
  /** Readings missing from the days that have ended. */
  missing: number;
  finished: boolean;
}

/**
 * Counts the readings per series day and slot. A day is missed once it has ended (Moscow midnight) with
 * fewer readings than the protocol asks for; the day still running is "today", never missed.
 */
export function seriesProgress(
  schedule: Schedule,
  readings: readonly { measuredAt: Date }[],
  now: Date,
): SeriesProgress {
  const counts = new Map<string, { morning: number; evening: number }>();
  for (const r of readings) {
    const date = moscowDate(r.measuredAt);
    const c = counts.get(date) ?? { morning: 0, evening: 0 };
    c[slotOf(r.measuredAt)]++;
    counts.set(date, c);
  }
  const perDay = schedule.perSlot * SLOTS.length;
  const days = seriesDates(schedule).map((date): SeriesDay => {
    const c = counts.get(date) ?? { morning: 0, evening: 0 };
    const morning = Math.min(c.morning, schedule.perSlot);
    const evening = Math.min(c.evening, schedule.perSlot);
    const done = morning + evening;
    const start = moscowDayStart(date).getTime();
    const ended = now.getTime() >= start + DAY_MS;
    const status: DayStatus =
      done >= perDay ? 'complete' : ended ? 'missed' : now.getTime() >= start ? 'today' : 'upcoming';
    return { date, morning, evening, done, expected: perDay, status };
  });
  const ended = days.filter((d) => d.status === 'complete' || d.status === 'missed');
  return {
    startDate: schedule.startDate,
    endDate: addDays(schedule.startDate, schedule.days - 1),
    days,
    done: days.reduce((s, d) => s + d.done, 0),
    expected: days.length * perDay,
    completeDays: days.filter((d) => d.status === 'complete').length,
    missedDays: days.filter((d) => d.status === 'missed').length,
    missing: ended.reduce((s, d) => s + d.expected - d.done, 0),
    finished: now.getTime() >= seriesBounds(schedule).to.getTime(),
  };
}
