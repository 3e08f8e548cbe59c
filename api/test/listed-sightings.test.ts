import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { claimSightings } from '../src/auth/listed-sightings.js';
import { useRedisConnections } from './harness.js';

/** Two connections with one key prefix stand in for two api processes on one Redis. */
const connections = useRedisConnections();
const processA = connections.connect();
const processB = connections.connect();

const patients = () => [randomUUID(), randomUUID(), randomUUID()];

describe('claiming listed sightings', () => {
  it('asks Redis nothing more for sightings this process recorded in the window', async () => {
    const session = randomUUID();
    const listed = patients();
    const first = await claimSightings(processA, 'worklist', session, listed);
    expect(first.unrecorded.sort()).toEqual([...listed].sort());
    first.stored();
    const pipeline = vi.spyOn(processA, 'pipeline');
    try {
      expect((await claimSightings(processA, 'worklist', session, listed)).unrecorded).toEqual([]);
      expect(pipeline).not.toHaveBeenCalled();
      // A patient new on the page is claimed, alone.
      const newcomer = randomUUID();
      expect((await claimSightings(processA, 'worklist', session, [...listed, newcomer])).unrecorded).toEqual(
        [newcomer],
      );
      expect(pipeline).toHaveBeenCalledTimes(1);
    } finally {
      pipeline.mockRestore();
    }
    // Another process learns it from Redis: already on record.
    expect((await claimSightings(processB, 'worklist', session, listed)).unrecorded).toEqual([]);
    // Another session, another list: another access.
    expect((await claimSightings(processA, 'worklist', randomUUID(), listed)).unrecorded).toHaveLength(3);
    expect((await claimSightings(processA, 'population', session, listed)).unrecorded).toHaveLength(3);
  });

  it('remembers nothing whose record was not stored, nor a claim another process made', async () => {
    const session = randomUUID();
    const listed = patients();
    // A's audit insert failed: it gives its claims back and keeps nothing.
    const failed = await claimSightings(processA, 'worklist', session, listed);
    await failed.release(failed.unrecorded);
    const again = await claimSightings(processA, 'worklist', session, listed);
    expect(again.unrecorded).toHaveLength(3);

    // B sees A's claims in Redis, but A's record may still fail: B must keep asking.
    expect((await claimSightings(processB, 'worklist', session, listed)).unrecorded).toEqual([]);
    await again.release(again.unrecorded);
    expect((await claimSightings(processB, 'worklist', session, listed)).unrecorded).toHaveLength(3);
  });

  it('returns every patient not known here when Redis cannot answer', async () => {
    const down = connections.unreachable();
    const listed = patients();
    expect((await claimSightings(down, 'worklist', randomUUID(), listed)).unrecorded).toEqual(listed);
  });
});
