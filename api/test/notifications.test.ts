import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { accounts, notifications } from '../src/db/schema/index.js';
import { deliverNotification, notify } from '../src/domains/notifications/service.js';
import { startProcessors } from '../src/runtime.js';
import { useTestApi } from './harness.js';

const api = useTestApi();

async function accountId(email: string) {
  const [row] = await api.deps.database.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, email));
  return row!.id;
}

const message = (id: string, key: string) => ({
  accountId: id,
  kind: 'lab_result',
  title: { ru: 'Готов результат анализа', en: 'Your test result is ready' },
  body: { ru: 'Откройте медкарту.', en: 'Open your medical card.' },
  idempotencyKey: key,
});

describe('notification outbox', () => {
  it('stores one notification and one delivery job however often an event is sent', async () => {
    const id = await accountId('marina.orlova@demo.telemed');
    const first = await notify(api.deps.database.db, api.deps.queues.notifications, message(id, 'lab:1'));
    const second = await notify(api.deps.database.db, api.deps.queues.notifications, message(id, 'lab:1'));
    expect(first).toEqual({ id: first.id, created: true });
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await api.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, 'lab:1'));
    expect(rows).toHaveLength(1);
    // The delivery job waits in the outbox until the relay hands it to bull, once.
    expect(await api.deps.outbox.flush()).toBe(1);
    expect(await api.deps.outbox.flush()).toBe(0);
    const jobs = await api.deps.queues.notifications.getJobs(['waiting', 'delayed', 'active', 'completed']);
    expect(jobs.filter((j) => j.id === 'deliver:lab:1')).toHaveLength(1);
  });

  it('delivers through the real queue, once, and shows in the centre', async () => {
    const id = await accountId('john.miller@demo.telemed');
    startProcessors(api.deps);
    const { id: notificationId } = await notify(
      api.deps.database.db,
      api.deps.queues.notifications,
      message(id, 'lab:2'),
    );
    await expect
      .poll(
        async () =>
          (
            await api.deps.database.db
              .select()
              .from(notifications)
              .where(eq(notifications.id, notificationId))
          )[0]?.deliveredAt,
        { timeout: 10_000 },
      )
      .toBeInstanceOf(Date);
    // A retried job after delivery changes nothing.
    const again = await deliverNotification(api.deps.database.db, null, api.deps.logger, { notificationId });
    expect(again.status).toBe('already-delivered');

    const session = await api.login('john.miller@demo.telemed');
    const centreApi = api.client(session).notifications;
    const centre = await parseResponse(centreApi.$get());
    expect(centre.items.map((n) => n.id)).toContain(notificationId);
    expect(centre.unread).toBe(1);
    expect((await centreApi[':id'].read.$post({ param: { id: notificationId } })).status).toBe(204);
    const after = await parseResponse(centreApi.$get());
    expect(after.unread).toBe(0);
  });

  it('refuses a job whose payload is not a notification id', async () => {
    await expect(
      deliverNotification(api.deps.database.db, null, api.deps.logger, { notificationId: 'x' }),
    ).rejects.toThrow();
  });

  it("hides another account's notification", async () => {
    const id = await accountId('john.miller@demo.telemed');
    const { id: notificationId } = await notify(
      api.deps.database.db,
      api.deps.queues.notifications,
      message(id, 'lab:3'),
    );
    const other = await api.login('marina.orlova@demo.telemed');
    const res = await api.client(other).notifications[':id'].read.$post({ param: { id: notificationId } });
    expect(res.status).toBe(404);
  });
});
