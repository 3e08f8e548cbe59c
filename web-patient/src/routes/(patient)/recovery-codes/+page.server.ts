import { safeRedirectPath, takeRecoveryCodes } from '@telemed/web-shared/server';
import type { PageServerLoad } from './$types';

/** Shows freshly made recovery codes once (see challenge-cookie.ts); a reload shows that they are gone. */
export const load: PageServerLoad = ({ cookies, url, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  return {
    codes: takeRecoveryCodes(cookies, url),
    next: safeRedirectPath(url.searchParams.get('next')),
  };
};
