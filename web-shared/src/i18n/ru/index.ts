import type { Messages } from '../messages.js';
import { appointments } from './appointments.js';
import { auth } from './auth.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { patient } from './patient.js';
import { staff } from './staff.js';

export const ru: Messages = { common, appointments, auth, errors, patient, staff };
