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
