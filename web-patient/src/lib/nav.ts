import type { Messages } from '@telemed/web-shared/i18n';
import type { NavItem } from '@telemed/web-shared/types';

/** The patient app's sections; the medical card and requests join this list as they are built. */
export function patientNav(m: Messages): NavItem[] {
  return [
    { href: '/', label: m.patient.nav.home },
    { href: '/book', label: m.booking.nav.book },
    { href: '/urgent', label: m.booking.nav.urgent },
    { href: '/check', label: m.triage.nav },
    { href: '/profile', label: m.patient.nav.profile },
    { href: '/family', label: m.patient.nav.family },
    { href: '/notifications', label: m.patient.nav.notifications },
  ];
}
