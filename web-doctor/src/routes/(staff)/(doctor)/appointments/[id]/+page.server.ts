import { loadPreVisit } from '$lib/server/pre-visit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => loadPreVisit(locals.api, params.id);
