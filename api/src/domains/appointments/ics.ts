import type { AppointmentListItem } from './queries.js';

/** An iCalendar (RFC 5545) event so the patient can add the consultation to a calendar. */
export function appointmentIcs(a: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  url: string;
  /** The clinic's address of an in-person visit. */
  location?: string | undefined;
}) {
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const escape = (s: string) => s.replace(/[\\;,]/g, (m) => `\\${m}`).replace(/\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Telemed//Consultations//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${a.id}@telemed`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(a.startsAt)}`,
    `DTEND:${stamp(a.endsAt)}`,
    `SUMMARY:${escape(a.summary)}`,
    `DESCRIPTION:${escape(a.description)}`,
    ...(a.location ? [`LOCATION:${escape(a.location)}`] : []),
    `URL:${a.url}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT30M',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(a.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The calendar file of one appointment as its participant reads it (`item` from `findAppointmentItem`). */
export function appointmentCalendar(
  appointment: { id: string; startsAt: Date; endsAt: Date; format: string },
  item: AppointmentListItem,
  patientAppUrl: string,
) {
  const doctor = item.practitioner;
  const url = `${patientAppUrl}/appointments/${appointment.id}`;
  return appointmentIcs({
    id: appointment.id,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    summary: `Telemed: ${doctor ? `${doctor.specialty.name.en} ${doctor.fullName.en}` : 'consultation'} (${appointment.format})`,
    description: item.clinic
      ? `Приём в клинике / Visit at the clinic: ${item.clinic.name.ru}, ${item.clinic.address.ru}. ${url}`
      : `Онлайн-консультация / Online consultation. Join: ${url}`,
    url,
    location: item.clinic ? `${item.clinic.name.ru}, ${item.clinic.address.ru}` : undefined,
  });
}
