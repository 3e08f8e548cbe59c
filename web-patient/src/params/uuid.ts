import type { ParamMatcher } from '@sveltejs/kit';
import { matchUuid } from '@telemed/web-shared/params';

export const match = matchUuid satisfies ParamMatcher;
