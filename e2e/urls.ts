import { expect, type Page } from '@playwright/test';

// Where the journeys find the stack: global-setup.ts starts it and exports these; the defaults are `npm start`'s ports.
export const PATIENT_URL = process.env.PATIENT_URL ?? 'http://127.0.0.1:5173';
export const DOCTOR_URL = process.env.DOCTOR_URL ?? 'http://127.0.0.1:5174';
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:8787';
export const SFU_URL = process.env.SFU_URL ?? '';
export const TURN_URLS = (process.env.STACK_TURN_URLS ?? '').split(',').filter(Boolean);
export const DATABASE_URL = process.env.DATABASE_URL ?? '';

/** The id `pattern` captures from the page's current path (an appointment, a queue entry, …); fails the test if none. */
export function idIn(page: Page, pattern: RegExp): string {
  const id = pattern.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  return id!;
}
