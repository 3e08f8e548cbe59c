import { Redis } from 'ioredis';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { startPostgres } from './postgres.js';
import { startRedis } from './redis.js';

describe('test services', () => {
  it('start a real PostgreSQL that answers queries, and stop it', async () => {
    const pg = await startPostgres({ database: 'probe' });
    const sql = postgres(pg.url, { max: 1 });
    const [row] = await sql`select current_database() as db, version() as version`;
    expect(row).toMatchObject({ db: 'probe', version: expect.stringMatching(/^PostgreSQL \d+/) });
    await sql.end();
    await pg.stop();
    const afterStop = postgres(pg.url, { max: 1, connect_timeout: 1 });
    await expect(afterStop`select 1`).rejects.toThrow();
    await afterStop.end();
  });

  it('start a real Redis that answers, and stop it', async () => {
    const redis = await startRedis();
    const client = new Redis(redis.url);
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
    await redis.stop();
  });
});
