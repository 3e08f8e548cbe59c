import type { Messages } from '@telemed/web-shared/i18n';
import type { NavItem, TabItem } from '@telemed/web-shared/types';

/**
 * The patient app's sections. The header's row keeps what a patient comes for (booking, urgent help, the
 * symptom checker, the card, and blood pressure when monitored); the rest is under "More", so the row fits one
 * line in Russian on a 1280 px screen.
 * `monitoring`: the account or one of its children is in blood-pressure monitoring, or has a proposal to decide.
 */
export function patientNav(m: Messages, options: { monitoring?: boolean } = {}): NavItem[] {
  return [
    { href: '/', label: m.patient.nav.home },
    { href: '/book', label: m.booking.nav.book },
    { href: '/urgent', label: m.booking.nav.urgent },
    { href: '/check', label: m.triage.nav },
    { href: '/card', label: m.medcard.nav.card },
    ...(options.monitoring ? [{ href: '/pressure', label: m.monitoring.nav }] : []),
    { href: '/tests', label: m.medcard.nav.tests, overflow: true },
    { href: '/archive', label: m.conclusions.archive.nav, overflow: true },
    { href: '/requests', label: m.requests.nav.patient, overflow: true },
    { href: '/clinics', label: m.clinics.nav, overflow: true },
    { href: '/checkups', label: m.checkups.nav, overflow: true },
    { href: '/guarantee-letters', label: m.guaranteeLetters.nav.patient, overflow: true },
    { href: '/notifications', label: m.patient.nav.notifications, overflow: true },
    { href: '/family', label: m.patient.nav.family, overflow: true },
    { href: '/profile', label: m.patient.nav.profile, overflow: true },
    { href: '/consents', label: m.consents.nav, overflow: true },
    { href: '/access-log', label: m.accessLog.nav, overflow: true },
  ];
}

/** The phone's tab bar: what a patient opens most; the other sections of `patientNav` go under "More". */
export function patientTabs(m: Messages, unreadNotifications: number): TabItem[] {
  return [
    { href: '/', label: m.patient.nav.home, icon: 'home' },
    { href: '/book', label: m.booking.nav.book, icon: 'book' },
    { href: '/card', label: m.medcard.nav.card, icon: 'card' },
    {
      href: '/notifications',
      label: m.patient.nav.notifications,
      icon: 'notifications',
      badge: unreadNotifications,
    },
  ];
}
