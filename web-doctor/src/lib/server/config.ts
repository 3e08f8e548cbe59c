import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '@telemed/web-shared/server';

/** Where this app's server reaches the api; the browser never talks to the api directly. */
export const apiUrl = (): string => env.API_URL || DEFAULT_API_URL;
