import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.js';
import { authProblems, jsonContent } from '../../http/schemas.js';
import { readNodeReports } from '../consultations/placement.js';
import { adminTags as tags, requireAdmin } from './access.js';

const count = z.number().int().min(0);

/** What each sfu node reports about itself (sfu/src/load-report.ts), as the console shows it. */
const sfuNodeSchema = z
  .object({
    nodeId: z.string(),
    url: z.string().nullable(),
    rooms: count,
    peers: count,
    consumers: count,
    rssBytes: z.number().min(0),
    /** Mean CPU of the node's mediasoup workers, % of one core: what room placement compares. */
    score: z.number(),
    updatedAt: z.string(),
    workers: z.array(
      z.object({
        index: count,
        pid: count,
        alive: z.boolean(),
        rooms: count,
        peers: count,
        consumers: count,
        cpuPercent: z.number(),
      }),
    ),
  })
  .openapi('SfuNodeLoad');

const route = createRoute({
  method: 'get',
  path: '/admin/sfu-nodes',
  tags,
  summary: "The live sfu nodes' load: rooms, peers, consumers and CPU per mediasoup worker",
  description:
    'Each node writes its load to Redis every few seconds with a short expiry, so a node that stopped ' +
    'reporting drops off the list.',
  responses: { 200: jsonContent(z.array(sfuNodeSchema), 'By node id'), ...authProblems },
});

export const sfuNodeAdminRoutes = createRouter().openapi(route, async (c) => {
  requireAdmin(c);
  const reports = await readNodeReports(c.get('deps').redis);
  const nodes = reports.flatMap((report) => {
    const parsed = sfuNodeSchema.safeParse(report);
    return parsed.success ? [parsed.data] : [];
  });
  return c.json(
    nodes.sort((a, b) => a.nodeId.localeCompare(b.nodeId)),
    200,
  );
});
