import { expect } from '@playwright/test';
import { apiCall, apiSession } from './api.js';

const DOCTOR = 'dr.smirnova@demo.telemed'; // a therapist: takes adults from the urgent queue

/** An urgent consultation the therapist has just taken, so its room is open: the product's own flow. */
export async function urgentConsultationNow(patientLogin: string, format: 'video' | 'audio' | 'chat') {
  const patient = await apiSession(patientLogin);
  const family = (await (await apiCall(patient, 'GET', '/me/family')).json()) as { self: { id: string } };
  const queued = await apiCall(patient, 'POST', '/urgent-queue', {
    patientId: family.self.id,
    specialty: 'therapist',
    format,
  });
  expect(queued.status).toBe(201);
  const { appointment } = (await queued.json()) as { appointment: { id: string } };
  const doctor = await apiSession(DOCTOR);
  // Somebody may have queued before us: the doctor takes patients until ours is theirs.
  for (let i = 0; i < 20; i++) {
    const taken = await apiCall(doctor, 'POST', '/urgent-queue/take-next');
    expect([200, 204]).toContain(taken.status);
    if (taken.status === 204) break;
    const next = (await taken.json()) as { appointment: { id: string } };
    if (next.appointment.id === appointment.id) return { id: appointment.id, patient, doctor };
  }
  throw new Error('the doctor could not take the consultation');
}
