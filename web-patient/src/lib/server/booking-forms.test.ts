import { describe, expect, it } from 'vitest';
import {
  queueState,
  readBookForm,
  readBookingQuery,
  readUrgentForm,
  uploadProblemMessage,
} from './booking-forms.js';
import type { QueueStatus } from '@telemed/web-shared/types';

const PATIENT = '1f899f2e-23bc-4365-9755-e6eb6c10a7f2';
const FILE = '31d1b529-f289-407e-8f33-1270f9db1591';

function form(fields: Record<string, string | string[] | File>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

describe('readBookingQuery', () => {
  it('keeps the choices a link carries (the symptom checker hands off with all four)', () => {
    const query = readBookingQuery(
      new URLSearchParams({
        patientId: PATIENT,
        specialty: 'paediatrician',
        format: 'video',
        anamnesisId: FILE,
      }),
    );
    expect(query).toEqual({
      patientId: PATIENT,
      specialty: 'paediatrician',
      format: 'video',
      anamnesisId: FILE,
    });
  });

  it('drops what is malformed instead of refusing the page', () => {
    const query = readBookingQuery(
      new URLSearchParams({ patientId: 'me', specialty: '<script>', format: 'fax', date: '' }),
    );
    expect(query).toEqual({});
  });

  it('reads an in-person visit as a format of its own', () => {
    expect(readBookingQuery(new URLSearchParams({ format: 'in_person' }))).toEqual({ format: 'in_person' });
  });
});

describe('readBookForm', () => {
  it('reads the format, the reason and the chosen documents; an empty file input is no file', () => {
    const result = readBookForm(
      form({
        format: 'audio',
        reason: '  Кашель  ',
        fileId: [FILE, 'not-an-id'],
        file: new File([], ''),
        kind: 'nonsense',
      }),
      'ru',
    );
    expect(result).toEqual({
      ok: true,
      format: 'audio',
      reason: 'Кашель',
      documents: { fileIds: [FILE], file: null, kind: 'test_result' },
    });
  });

  it('keeps a file sent with the form (no JavaScript) for the server to upload', () => {
    const pdf = new File(['%PDF-1.4'], 'result.pdf', { type: 'application/pdf' });
    const result = readBookForm(form({ format: 'video', reason: '', file: pdf, kind: 'conclusion' }), 'en');
    expect(result.ok && result.documents).toMatchObject({ file: { name: 'result.pdf' }, kind: 'conclusion' });
  });

  it('asks for a format in the reader’s language', () => {
    const result = readBookForm(form({ reason: 'x'.repeat(2001) }), 'ru');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.fieldErrors).toEqual({
        format: 'Выберите формат.',
        reason: 'Пожалуйста, не больше 2000 символов.',
      });
    }
  });
});

describe('readUrgentForm', () => {
  it('needs the person and keeps only a real questionnaire id', () => {
    const ok = readUrgentForm(
      form({ patientId: PATIENT, format: 'chat', reason: '', anamnesisId: 'x' }),
      'en',
    );
    expect(ok).toEqual({ ok: true, patientId: PATIENT, format: 'chat', reason: '', anamnesisId: '' });
    const missing = readUrgentForm(form({ format: 'chat' }), 'en');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.failure.fieldErrors)).toEqual(['patientId']);
  });
});

describe('uploadProblemMessage', () => {
  it('explains every refusal in the reader’s language, by the api’s code, never in the api’s English', () => {
    const problem = (status: number, code: string | null) => ({ status, code, params: {}, errors: [] });
    expect(uploadProblemMessage(problem(413, 'file.too_large'), 'ru')).toBe('Файл больше 20 МБ.');
    expect(uploadProblemMessage(problem(415, 'file.unsupported_type'), 'en')).toMatch(
      /^Only PDF, JPEG and PNG/,
    );
    expect(uploadProblemMessage(problem(400, 'file.empty'), 'ru')).toBe('Файл пустой.');
    expect(uploadProblemMessage(problem(400, 'file.empty'), 'en')).toBe('The file is empty.');
    expect(uploadProblemMessage(problem(400, 'no.such_code'), 'ru')).toMatch(/^Запрос не удалось выполнить/);
  });
});

describe('queueState', () => {
  const status = (appointment: Partial<QueueStatus['appointment']>): QueueStatus => ({
    appointment: {
      id: FILE,
      startsAt: '2026-11-22T18:00:00.000Z',
      endsAt: '2026-11-22T18:15:00.000Z',
      format: 'video',
      urgency: 'urgent',
      status: 'waiting',
      patient: { id: PATIENT, fullName: { ru: 'Пациент', en: 'Patient' } },
      reason: null,
      practitioner: null,
      clinic: null,
      checkup: null,
      ...appointment,
    },
    position: null,
    estimatedWaitMinutes: null,
  });
  const doctor = {
    id: PATIENT,
    fullName: { ru: 'Врач', en: 'Doctor' },
    specialty: { code: 'therapist', name: { ru: 'Терапевт', en: 'Therapist' } },
  };

  it('is waiting until a doctor takes the request, then ready', () => {
    expect(queueState(status({}))).toBe('waiting');
    expect(queueState(status({ practitioner: doctor }))).toBe('ready');
    expect(queueState(status({ practitioner: doctor, status: 'in_progress' }))).toBe('ready');
  });

  it('tells a request the patient left from one that is over', () => {
    expect(queueState(status({ status: 'cancelled' }))).toBe('left');
    expect(queueState(status({ practitioner: doctor, status: 'completed' }))).toBe('closed');
  });
});
