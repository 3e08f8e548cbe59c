import { SPECIALIST_LABELS, type TriageResult } from '@telemed/triage-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookingHandOff, handOffOffer, type HandOffOffer } from '../src/domains/anamnesis/hand-off.js';
import { useTestApi } from './harness.js';
import { familyOf } from './people.js';

const api = useTestApi();

/** The parts of a result the hand-off reads. */
const result = (r: Pick<TriageResult, 'urgency' | 'specialist' | 'consultFormat'>) =>
  ({ ...r, specialistLabel: SPECIALIST_LABELS[r.specialist] }) as TriageResult;

let anna: HandOffOffer;
let tatiana: HandOffOffer;

beforeAll(async () => {
  const { database, readCache } = api.deps;
  const self = async (login: string) => (await familyOf(api, await api.login(login))).self.id;
  anna = await handOffOffer(database.db, readCache, await self('anna.petrova@demo.telemed'), false);
  // Anna's read filled the shared doctor search; Tatiana's reads it.
  tatiana = await handOffOffer(database.db, readCache, await self('tatiana.kravtsova@demo.telemed'), false);
});

describe('the booking a symptom-checker result offers', () => {
  it('reads what the platform has and what the programme covers, as the booking pages do', () => {
    expect(anna.specialties.has('neurologist')).toBe(true);
    expect(anna.specialties.has('cardiologist')).toBe(false);
    expect(anna.specialties.get('neurologist')).toContain('in_person');
    expect(anna.specialties.get('therapist')).not.toContain('in_person');
    expect(anna.telemedicineCovered).toBe(true);
    // OMS: no online consultations (paid), visits to the clinics in its network.
    expect(tatiana.telemedicineCovered).toBe(false);
    expect(tatiana.inPersonCovered).toBe(true);
  });

  it('books the recommended specialist in the recommended format when the platform has them', () => {
    const handOff = bookingHandOff(
      result({ urgency: 'planned', specialist: 'neurologist', consultFormat: 'video' }),
      false,
      anna,
    );
    expect(handOff).toMatchObject({ mode: 'planned', specialty: 'neurologist', format: 'video' });
    const visit = bookingHandOff(
      result({ urgency: 'planned', specialist: 'neurologist', consultFormat: 'in_person' }),
      false,
      anna,
    );
    expect(visit).toMatchObject({ mode: 'planned', specialty: 'neurologist', format: 'in_person' });
  });

  it('says the specialist is not on the platform and offers the therapist instead', () => {
    const handOff = bookingHandOff(
      result({ urgency: 'planned', specialist: 'cardiologist', consultFormat: 'video' }),
      false,
      anna,
    );
    expect(handOff).toMatchObject({ mode: 'planned', specialty: 'therapist', format: 'video' });
    expect(handOff.note.en).toContain('There is no cardiologist on the platform: start with a therapist');
    expect(handOff.note.ru).toContain('Специалиста «Кардиолог» на платформе нет: начните с терапевта');
  });

  it('offers the urgent queue only to a patient whose programme covers it, a planned booking otherwise', () => {
    const urgent = result({ urgency: 'within_24h', specialist: 'cardiologist', consultFormat: 'in_person' });
    expect(bookingHandOff(urgent, false, anna)).toMatchObject({
      mode: 'urgent_queue',
      specialty: 'therapist',
      format: 'video',
    });
    const oms = bookingHandOff(urgent, false, tatiana);
    // A cardiologist in person, with an OMS policy: a (paid) therapist online, each difference said.
    expect(oms).toMatchObject({ mode: 'planned', specialty: 'therapist', format: 'video' });
    expect(oms.note.en).toContain('does not cover the urgent queue');
    expect(oms.note.en).toContain('There is no cardiologist on the platform');
    expect(oms.note.en).toContain('An in-person examination is advised');
  });

  it('books online and says so when an in-person visit cannot be booked', () => {
    const handOff = bookingHandOff(
      result({ urgency: 'self_care', specialist: 'therapist', consultFormat: 'in_person' }),
      false,
      anna,
    );
    expect(handOff).toMatchObject({ mode: 'self_care', specialty: 'therapist', format: 'video' });
    expect(handOff.note.en).toContain('An in-person examination is advised');
  });
});
