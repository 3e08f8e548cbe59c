import { admin } from './admin.js';
import { appointments } from './appointments.js';
import { auth } from './auth.js';
import { booking } from './booking.js';
import { call } from './call.js';
import { checkups } from './checkups.js';
import { callInvites } from './call-invites.js';
import { clinics } from './clinics.js';
import { inPerson } from './in-person.js';
import { common } from './common.js';
import { consents } from './consents.js';
import { accessLog } from './access-log.js';
import { accountDeletion } from './account-deletion.js';
import { consultationTypes } from './consultation-types.js';
import { conclusions } from './conclusions.js';
import { conclusionEditor } from './conclusion-editor.js';
import { doctorContext } from './doctor-context.js';
import { errors } from './errors.js';
import { guaranteeLetters } from './guarantee-letters.js';
import { medcard } from './medcard.js';
import { monitoring } from './monitoring.js';
import { titration } from './titration.js';
import { outreach } from './outreach.js';
import { population } from './population.js';
import { onboarding } from './onboarding.js';
import { patient } from './patient.js';
import { problems } from './problems.js';
import { ratings } from './ratings.js';
import { requests } from './requests.js';
import { secondFactor } from './second-factor.js';
import { shortcuts } from './shortcuts.js';
import { staff } from './staff.js';
import { staffSearch } from './staff-search.js';
import { triage } from './triage.js';
import { workspace } from './workspace.js';

/** The English catalogue is the reference: its shape is the type every other catalogue must satisfy. */
export const en = {
  admin,
  common,
  secondFactor,
  appointments,
  auth,
  call,
  callInvites,
  errors,
  problems,
  patient,
  staff,
  staffSearch,
  triage,
  booking,
  requests,
  conclusions,
  conclusionEditor,
  shortcuts,
  workspace,
  doctorContext,
  monitoring,
  titration,
  outreach,
  population,
  medcard,
  onboarding,
  checkups,
  clinics,
  inPerson,
  guaranteeLetters,
  ratings,
  consents,
  accessLog,
  accountDeletion,
  consultationTypes,
};
