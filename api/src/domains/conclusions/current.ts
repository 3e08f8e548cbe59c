import { and, eq, sql } from 'drizzle-orm';
import { conclusions } from '../../db/schema/index.js';

/** No final later version corrects this conclusion. */
export const notSuperseded = sql`not exists (select 1 from ${conclusions} newer where newer.supersedes_id = ${conclusions.id} and newer.status = 'final')`;

/** A final conclusion no later correction has replaced: the version that counts. */
export const currentFinal = and(eq(conclusions.status, 'final'), notSuperseded);
