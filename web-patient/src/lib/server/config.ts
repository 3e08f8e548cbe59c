import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '@telemed/web-shared/server';

/** Where this app's server reaches the api; the browser never talks to the api directly. */
export const apiUrl = (): string => env.API_URL || DEFAULT_API_URL;

/** Where staff sign in: a staff account that tries this app is pointed there (`npm start` sets it). */
export const staffAppUrl = (): string => env.STAFF_APP_URL || 'http://127.0.0.1:5174';
