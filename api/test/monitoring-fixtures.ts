import type { InferRequestType } from 'hono/client';
import type { ApiClient } from '../src/client.js';
import type { TestApi, TestSession } from './harness.js';

type Reading = InferRequestType<ApiClient['patients'][':id']['bp-readings']['$post']>['json'];
type Enrolment = InferRequestType<ApiClient['monitoring']['enrolments']['$post']>['json'];

/** Enters one blood-pressure reading for the patient, as `session` (the patient or their assistant). */
export const addReading = (api: TestApi, session: TestSession, id: string, json: Reading) =>
  api.client(session).patients[':id']['bp-readings'].$post({ param: { id }, json });

/** A direct enrolment in monitoring (a treating doctor's decision). */
export const enrol = (api: TestApi, session: TestSession, json: Enrolment) =>
  api.client(session).monitoring.enrolments.$post({ json });

/** The assistant's page of a monitored patient, as `session` opens it. */
export const monitoringPage = (
  api: TestApi,
  session: TestSession,
  id: string,
  query: { days?: string } = {},
) => api.client(session).monitoring.patients[':id'].$get({ param: { id }, query });

/** Ends the patient's monitoring, as `session`. */
export const endMonitoring = (api: TestApi, session: TestSession, id: string) =>
  api.client(session).monitoring.patients[':id'].enrolment.end.$post({ param: { id } });
