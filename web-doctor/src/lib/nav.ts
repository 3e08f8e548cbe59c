import type { Messages } from '@telemed/web-shared/i18n';
import type { NavItem, Role } from '@telemed/web-shared/types';

/**
 * The staff app's sections by role. Doctors gain the requests inbox and assistants the monitoring worklist's
 * patient pages as those are built; administrators get the admin console, which has no clinical sections.
 */
export function staffNav(role: Role, m: Messages): NavItem[] {
  const profile = { href: '/profile', label: m.staff.nav.profile };
  switch (role) {
    case 'doctor':
      return [
        { href: '/today', label: m.staff.nav.today },
        { href: '/patients', label: m.workspace.nav.patients },
        { href: '/requests', label: m.requests.nav.doctor },
        { href: '/titration', label: m.titration.nav },
        profile,
      ];
    case 'assistant':
      return [
        { href: '/monitoring', label: m.staff.nav.monitoring },
        { href: '/monitoring/population', label: m.population.nav },
        profile,
      ];
    case 'admin':
      // The home page is the admin console's overview (the (staff) index), linking the same sections. The last
      // ones are under "More", so the header's row fits one line in Russian on a 1280 px screen.
      return [
        { href: '/', label: m.staff.nav.home },
        { href: '/admin/practitioners', label: m.admin.nav.practitioners },
        { href: '/admin/schedules', label: m.admin.nav.schedules },
        { href: '/admin/programmes', label: m.admin.nav.programmes },
        { href: '/admin/policies', label: m.admin.nav.policies },
        { href: '/admin/clinics', label: m.clinics.import.nav },
        { href: '/admin/sfu', label: m.admin.nav.sfu },
        { href: '/admin/ratings', label: m.ratings.moderation.nav, overflow: true },
        { href: '/admin/audit', label: m.admin.nav.audit, overflow: true },
        { ...profile, overflow: true },
      ];
    case 'coordinator':
      return [{ href: '/guarantee-letters', label: m.guaranteeLetters.nav.coordinator }, profile];
    default:
      return [{ href: '/', label: m.staff.nav.home }, profile];
  }
}

/** Where each role starts after signing in. */
export const homeByRole: Partial<Record<Role, string>> = {
  doctor: '/today',
  assistant: '/monitoring',
  coordinator: '/guarantee-letters',
};
