import { env } from '$env/dynamic/public';

/** OpenStreetMap's standard tiles unless `PUBLIC_MAP_TILE_URL` names another `{z}/{x}/{y}` source. */
export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const mapTileUrl = (): string => env.PUBLIC_MAP_TILE_URL || DEFAULT_MAP_TILE_URL;

/** The clinic list's GET form, as the page's URL carries it (checkboxes send "1"). */
export function clinicFilters(url: URL) {
  const text = (name: string) => url.searchParams.get(name)?.trim() ?? '';
  const on = (name: string) => url.searchParams.get(name) === '1';
  return {
    specialty: /^[a-z_]{1,64}$/.test(text('specialty')) ? text('specialty') : '',
    metro: text('metro').slice(0, 60),
    online: on('online'),
    open: on('open'),
    sunday: on('sunday'),
    covered: on('covered'),
  };
}
export type ClinicFilters = ReturnType<typeof clinicFilters>;

/** The api's query for these filters; `selfId` is asked about when "covered by my programme" is ticked. */
export function clinicQuery(filters: ClinicFilters, selfId: string) {
  return {
    ...(filters.specialty ? { specialty: filters.specialty } : {}),
    ...(filters.metro ? { metro: filters.metro } : {}),
    ...(filters.online ? { onlineBooking: 'true' as const } : {}),
    ...(filters.open ? { openNow: 'true' as const } : {}),
    ...(filters.sunday ? { openOnSunday: 'true' as const } : {}),
    ...(filters.covered ? { coveredFor: selfId } : {}),
  };
}
