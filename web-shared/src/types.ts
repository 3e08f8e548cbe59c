import type { ApiClient } from '@telemed/api/client';
import type { InferResponseType } from 'hono/client';

// Shapes of api answers, inferred from the api's own route types so they cannot drift from the contract.

/** The signed-in user as the web apps know it (GET /me without the CSRF token, which never leaves the server). */
export type MeResponse = InferResponseType<ApiClient['me']['$get'], 200>;
export type SessionUser = Omit<MeResponse, 'csrfToken'>;
export type Account = SessionUser['account'];
export type Role = Account['role'];

export type PatientProfile = InferResponseType<ApiClient['patients'][':id']['$get'], 200>;
export type Family = InferResponseType<ApiClient['me']['family']['$get'], 200>;
export type AppointmentListItem = InferResponseType<
  ApiClient['me']['appointments']['$get'],
  200
>['items'][number];
export type NotificationList = InferResponseType<ApiClient['notifications']['$get'], 200>;

/** A link in an app's main navigation. */
export interface NavItem {
  href: string;
  label: string;
  /** Listed under the header's "More", so the header's row fits one line in Russian at 1280 px. */
  overflow?: boolean;
}

/** A section with a tab of its own in the phone tab bar; `badge` counts what is unread there. */
export interface TabItem extends NavItem {
  icon: 'home' | 'book' | 'card' | 'notifications';
  badge?: number;
}

// Booking (patient app): doctors, slots, coverage, the urgent queue and documents.
export type Specialty = InferResponseType<ApiClient['specialties']['$get'], 200>['items'][number];
export type DoctorCard = InferResponseType<ApiClient['doctors']['$get'], 200>['items'][number];
export type Slot = InferResponseType<ApiClient['doctors'][':id']['slots']['$get'], 200>['items'][number];
export type Coverage = InferResponseType<ApiClient['patients'][':id']['coverage']['$get'], 200>;
export type QueueStatus = InferResponseType<ApiClient['urgent-queue'][':id']['$get'], 200>;
export type FileInfo = InferResponseType<ApiClient['patients'][':id']['files']['$get'], 200>['items'][number];
export type ConsultFormat = AppointmentListItem['format'];
/** The clinic of an in-person visit or slot: name, address, metro, phone, coordinates. */
export type VisitClinic = NonNullable<AppointmentListItem['clinic']>;

// Outreach in monitoring: the measurement series, contact attempts and the symptom questionnaire.
export type StaffOutreach = InferResponseType<
  ApiClient['monitoring']['patients'][':id']['outreach']['$get'],
  200
>;
export type PatientOutreach = InferResponseType<ApiClient['patients'][':id']['bp-series']['$get'], 200>;
export type OutreachQuestion = NonNullable<PatientOutreach['questionnaire']>['reported'][number];

/** The monitored population's control figures, trend and the patients to reach (the assistant's and doctor's view). */
export type PopulationView = InferResponseType<ApiClient['monitoring']['population']['$get'], 200>;
