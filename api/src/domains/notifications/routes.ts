import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../../auth/middleware.js';
import { notFound } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import {
  authProblems,
  idParamSchema,
  jsonContent,
  localizedTextSchema,
  notFoundProblem,
} from '../../http/schemas.js';
import { listNotifications, markNotificationRead } from './service.js';
import { jsonTextResponse, toJsonText } from '../../http/json-text.js';
import { INBOX_READS } from '../../lib/change-feed.js';

const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: localizedTextSchema,
    body: localizedTextSchema,
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .openapi('Notification');

const list = createRoute({
  method: 'get',
  path: '/notifications',
  tags: ['Notifications'],
  summary: "The signed-in account's notification centre",
  responses: {
    200: jsonContent(
      z.object({ items: z.array(notificationSchema), unread: z.number().int() }),
      'Newest first',
    ),
    ...authProblems,
  },
});

const markRead = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags: ['Notifications'],
  summary: 'Mark a notification as read',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Marked' }, ...authProblems, ...notFoundProblem },
});

export const notificationRoutes = createRouter()
  .openapi(list, async (c) => {
    const actor = requireActor(c);
    const { database, readCache } = c.get('deps');
    const load = async () => {
      const { items, unread } = await listNotifications(database.db, actor.accountId);
      return toJsonText({
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        unread,
      });
    };
    // Screens poll this; the database's change feed forgets the account's entry when a notification changes.
    const json = readCache ? await readCache.get(INBOX_READS, actor.accountId, load) : await load();
    return jsonTextResponse(c, json);
  })
  .openapi(markRead, async (c) => {
    const actor = requireActor(c);
    const found = await markNotificationRead(
      c.get('deps').database.db,
      actor.accountId,
      c.req.valid('param').id,
    );
    if (!found) throw notFound();
    return c.body(null, 204);
  });
