import { isUuid } from '../server/ids.js';

/**
 * SvelteKit param matchers both apps register in `src/params/`: a `[id=uuid]` route answers anything but a UUID
 * with the same 404 as an id the user may not see, before any load function runs. Runs in the browser too.
 */
export const matchUuid = (param: string) => isUuid(param);
