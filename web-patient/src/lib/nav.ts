import type { Messages } from '@telemed/web-shared/i18n';
import type { NavItem, TabItem } from '@telemed/web-shared/types';

/** The patient app's sections; the medical card and requests join this list as they are built. */
/** `monitoring`: the account or one of its children is in blood-pressure monitoring, or has a proposal to decide. */
export function patientNav(m: Messages, options: { monitoring?: boolean } = {}): NavItem[] {
  return [
    { href: '/', label: m.patient.nav.home },
    { href: '/book', label: m.booking.nav.book },
    { href: '/clinics', label: m.clinics.nav },
    { href: '/checkups', label: m.checkups.nav },
    { href: '/urgent', label: m.booking.nav.urgent },
    { href: '/check', label: m.triage.nav },
    { href: '/card', label: m.medcard.nav.card },
    { href: '/tests', label: m.medcard.nav.tests },
    { href: '/archive', label: m.conclusions.archive.nav },
    ...(options.monitoring ? [{ href: '/pressure', label: m.monitoring.nav }] : []),
    { href: '/requests', label: m.requests.nav.patient },
    { href: '/guarantee-letters', label: m.guaranteeLetters.nav.patient },
    { href: '/consents', label: m.consents.nav },
    { href: '/profile', label: m.patient.nav.profile },
    { href: '/access-log', label: m.accessLog.nav },
    { href: '/family', label: m.patient.nav.family },
    { href: '/notifications', label: m.patient.nav.notifications },
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
