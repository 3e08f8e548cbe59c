import type { Messages } from '../messages.js';
import { appointments } from './appointments.js';
import { auth } from './auth.js';
import { booking } from './booking.js';
import { call } from './call.js';
import { common } from './common.js';
import { conclusions } from './conclusions.js';
import { errors } from './errors.js';
import { medcard } from './medcard.js';
import { monitoring } from './monitoring.js';
import { patient } from './patient.js';
import { requests } from './requests.js';
import { secondFactor } from './second-factor.js';
import { staff } from './staff.js';
import { triage } from './triage.js';
import { workspace } from './workspace.js';

export const ru: Messages = {
  common,
  secondFactor,
  appointments,
  auth,
  call,
  errors,
  patient,
  staff,
  triage,
  booking,
  requests,
  conclusions,
  workspace,
  monitoring,
  medcard,
};
