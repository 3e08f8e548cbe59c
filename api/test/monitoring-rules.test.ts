import { describe, expect, it } from 'vitest';
import { adherenceRule } from '../src/domains/monitoring/rules/adherence.js';
import { crisisRule, needsAmbulance } from '../src/domains/monitoring/rules/crisis.js';
import { highAverageRule, sevenDayAverage } from '../src/domains/monitoring/rules/high-average.js';
import { evaluateRules, type RuleReading } from '../src/domains/monitoring/rules/index.js';
import { lowPressureRule } from '../src/domains/monitoring/rules/low-pressure.js';
import { pulseHighRule, pulseLowRule } from '../src/domains/monitoring/rules/pulse.js';
import { parseBpCsv } from '../src/domains/monitoring/csv.js';
import { readingProblems } from '../src/domains/monitoring/reading-input.js';

const now = new Date('2026-11-20T09:00:00Z');
const PATIENT = '00000000-0000-4000-8000-000000000001';
let n = 0;
const reading = (systolic: number, diastolic: number, extra: Partial<RuleReading> = {}): RuleReading => ({
  id: `r${++n}`,
  measuredAt: new Date(now.getTime() - 60 * 60_000),
  systolic,
  diastolic,
  pulse: 72,
  symptoms: [],
  ...extra,
});
/** Two readings a day for `days` days before `now`, all at the same values. */
const week = (systolic: number, diastolic: number, days = 7) =>
  Array.from({ length: days * 2 }, (_, i) =>
    reading(systolic, diastolic, { measuredAt: new Date(now.getTime() - (i * 12 + 1) * 3_600_000) }),
  );
const target = { systolic: 135, diastolic: 85 };

describe('hypertensive crisis (ESC 2024 grade 3: ≥ 180 and/or ≥ 110)', () => {
  it('fires at 180 systolic, not at 179', () => {
    expect(crisisRule(reading(179, 100))).toBeNull();
    const alert = crisisRule(reading(180, 100))!;
    expect(alert).toMatchObject({ kind: 'crisis', severity: 'urgent' });
    expect(alert.details.threshold).toEqual({ systolic: 180, diastolic: 110 });
    expect(alert.details.source).toMatch(/ESC 2024/);
  });

  it('fires at 110 diastolic, not at 109', () => {
    expect(crisisRule(reading(170, 109))).toBeNull();
    expect(crisisRule(reading(170, 110))?.severity).toBe('urgent');
  });

  it('tells the patient to call an ambulance only with warning symptoms', () => {
    const quiet = crisisRule(reading(185, 118))!;
    expect(quiet.advice.en).not.toMatch(/Call an ambulance now/);
    const withPain = crisisRule(reading(185, 118, { symptoms: ['chest_pain'] }))!;
    expect(withPain.advice.en).toMatch(/Call an ambulance now: 103 or 112/);
    expect(withPain.advice.ru).toMatch(/103 или 112/);
    expect(needsAmbulance({ systolic: 185, diastolic: 118, symptoms: ['vision_loss'] })).toBe(true);
    expect(needsAmbulance({ systolic: 185, diastolic: 118, symptoms: ['nausea'] })).toBe(false);
    expect(needsAmbulance({ systolic: 179, diastolic: 109, symptoms: ['chest_pain'] })).toBe(false);
  });

  it('keys the alert by reading, so re-evaluation cannot raise it twice', () => {
    const r = reading(190, 100);
    expect(crisisRule(r)!.dedupeKey).toBe(crisisRule(r)!.dedupeKey);
  });
});

describe('7-day home average (ESC 2024 / ACC-AHA 2017: 135/85)', () => {
  it('does not fire at an average of 135/85, fires high at 136', () => {
    expect(highAverageRule(PATIENT, week(135, 85), target, now)).toBeNull();
    const alert = highAverageRule(PATIENT, week(136, 80), target, now)!;
    expect(alert).toMatchObject({ kind: 'high_average', severity: 'high' });
    expect(alert.details.values).toMatchObject({ averageSystolic: 136, averageDiastolic: 80, readings: 14 });
  });

  it('fires high at a diastolic average of 86, not 85', () => {
    expect(highAverageRule(PATIENT, week(130, 85), target, now)).toBeNull();
    expect(highAverageRule(PATIENT, week(130, 86), target, now)?.severity).toBe('high');
  });

  it('fires medium above a stricter personal target that is still within 135/85', () => {
    const strict = { systolic: 130, diastolic: 80 };
    expect(highAverageRule(PATIENT, week(130, 80), strict, now)).toBeNull();
    expect(highAverageRule(PATIENT, week(131, 80), strict, now)?.severity).toBe('medium');
  });

  it('needs at least 6 readings in the window, and ignores older ones', () => {
    expect(highAverageRule(PATIENT, week(150, 95).slice(0, 5), target, now)).toBeNull();
    expect(highAverageRule(PATIENT, week(150, 95).slice(0, 6), target, now)).not.toBeNull();
    const old = week(150, 95).map((r) => ({
      ...r,
      measuredAt: new Date(r.measuredAt.getTime() - 8 * 86_400_000),
    }));
    expect(sevenDayAverage(old, now)).toBeNull();
  });

  it('averages with rounding', () => {
    const avg = sevenDayAverage([reading(130, 80), reading(131, 81)], now)!;
    expect(avg).toEqual({ systolic: 131, diastolic: 81, count: 2 });
  });
});

describe('low pressure (< 90/60)', () => {
  it('fires below 90 systolic, not at 90', () => {
    expect(lowPressureRule(reading(90, 60))).toBeNull();
    expect(lowPressureRule(reading(89, 65))).toMatchObject({ kind: 'low_pressure', severity: 'medium' });
  });
  it('fires below 60 diastolic, not at 60', () => {
    expect(lowPressureRule(reading(100, 60))).toBeNull();
    expect(lowPressureRule(reading(100, 59))?.kind).toBe('low_pressure');
  });
  it('is high with dizziness', () => {
    expect(lowPressureRule(reading(85, 55, { symptoms: ['dizziness'] }))?.severity).toBe('high');
  });
});

describe('pulse (> 100 tachycardia, < 50 bradycardia)', () => {
  it('fires above 100, not at 100', () => {
    expect(pulseHighRule(reading(120, 80, { pulse: 100 }))).toBeNull();
    expect(pulseHighRule(reading(120, 80, { pulse: 101 }))).toMatchObject({
      kind: 'pulse_high',
      severity: 'medium',
    });
  });
  it('fires below 50, not at 50', () => {
    expect(pulseLowRule(reading(120, 80, { pulse: 50 }))).toBeNull();
    expect(pulseLowRule(reading(120, 80, { pulse: 49 }))).toMatchObject({
      kind: 'pulse_low',
      severity: 'medium',
    });
  });
  it('says nothing without a pulse', () => {
    expect(pulseHighRule(reading(120, 80, { pulse: null }))).toBeNull();
    expect(pulseLowRule(reading(120, 80, { pulse: null }))).toBeNull();
  });
});

describe('adherence (no readings for 3 days)', () => {
  const enrolled = new Date('2026-10-01T00:00:00Z');
  it('fires after exactly 3 days without a reading, not an hour before', () => {
    const at = (hoursAgo: number) =>
      reading(130, 80, { measuredAt: new Date(now.getTime() - hoursAgo * 3_600_000) });
    expect(adherenceRule(PATIENT, at(71), enrolled, now)).toBeNull();
    const alert = adherenceRule(PATIENT, at(72), enrolled, now)!;
    expect(alert).toMatchObject({ kind: 'no_readings', severity: 'low' });
    expect(alert.details.values.days).toBe(3);
  });
  it('counts from the enrolment when the patient never measured', () => {
    expect(adherenceRule(PATIENT, null, new Date(now.getTime() - 2 * 86_400_000), now)).toBeNull();
    expect(adherenceRule(PATIENT, null, enrolled, now)?.dedupeKey).toBe(`no_readings:${PATIENT}:never`);
  });
});

describe('all rules together', () => {
  it('skips per-reading rules for readings older than 72 hours', () => {
    const old = reading(190, 120, { measuredAt: new Date(now.getTime() - 80 * 3_600_000) });
    const fresh = reading(190, 120);
    const alerts = evaluateRules({
      patientId: PATIENT,
      readings: [old, fresh],
      target,
      enrolledAt: now,
      now,
    });
    expect(alerts.filter((a) => a.kind === 'crisis').map((a) => a.readingId)).toEqual([fresh.id]);
  });
  it('raises nothing for a controlled week', () => {
    expect(
      evaluateRules({ patientId: PATIENT, readings: week(125, 78), target, enrolledAt: now, now }),
    ).toEqual([]);
  });
});

describe('reading validation and CSV parsing', () => {
  it('names every impossible value in Russian and English', () => {
    const problems = readingProblems({ systolic: 80, diastolic: 90, pulse: 20, measuredAt: now }, now);
    expect(problems.map((p) => p.en)).toEqual([
      'Pulse must be a whole number from 30 to 250 beats/min (got 20).',
      'Systolic (80) must be higher than diastolic (90).',
    ]);
    expect(problems[1]!.ru).toMatch(/Верхнее давление/);
    expect(readingProblems({ systolic: 301, diastolic: 29, measuredAt: now }, now)).toHaveLength(2);
    const future = new Date(now.getTime() + 10 * 60_000);
    expect(readingProblems({ systolic: 120, diastolic: 80, measuredAt: future }, now)[0]!.en).toMatch(
      /future/,
    );
    const drift = new Date(now.getTime() + 4 * 60_000);
    expect(readingProblems({ systolic: 120, diastolic: 80, measuredAt: drift }, now)).toEqual([]);
  });

  it('reads the Omron and Russian header variants', () => {
    const omron = parseBpCsv('Date,Time,SYS(mmHg),DIA(mmHg),Pulse(bpm)\n2026-11-19,08:15,132,84,70\n');
    expect(omron.headerProblem).toBeNull();
    expect(omron.rows[0]).toMatchObject({ row: 2, systolic: 132, diastolic: 84, pulse: 70 });
    expect(omron.rows[0]!.measuredAt.toISOString()).toBe('2026-11-19T05:15:00.000Z');
    const ru = parseBpCsv('\uFEFFДата;Время;САД;ДАД;Пульс\r\n19.11.2026;21:40;141;88;\r\n', '+00:00');
    expect(ru.rows[0]).toMatchObject({ systolic: 141, diastolic: 88, pulse: null });
    expect(ru.rows[0]!.measuredAt.toISOString()).toBe('2026-11-19T21:40:00.000Z');
    expect(parseBpCsv('a,b,c\n1,2,3').headerProblem?.en).toMatch(/Unrecognised header/);
  });
});
