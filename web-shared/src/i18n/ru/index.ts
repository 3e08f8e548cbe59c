import type { Messages } from '../messages.js';
import { appointments } from './appointments.js';
import { auth } from './auth.js';
import { booking } from './booking.js';
import { call } from './call.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { patient } from './patient.js';
import { staff } from './staff.js';
import { triage } from './triage.js';

export const ru: Messages = { common, appointments, auth, call, errors, patient, staff, triage, booking };
