import type { PageServerLoad } from './$types';

/** The retention the deletion page showed, carried over the sign-out (the api is no longer asked). */
export const load: PageServerLoad = ({ url }) => {
  const years = Number(url.searchParams.get('years'));
  return { retentionYears: Number.isInteger(years) && years >= 1 && years <= 100 ? years : 25 };
};
