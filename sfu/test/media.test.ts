import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainPeer } from '../node-client/plain-peer.js';
import type { SrtpCryptoSuite } from '../node-client/srtp.js';
import { closeCodes } from '../src/protocol.js';
import { eventually, startTestSfu, token } from './harness.js';

let env: Awaited<ReturnType<typeof startTestSfu>>;
beforeAll(async () => {
  env = await startTestSfu();
});
afterAll(() => env.sfu.close());

/** Both peers send 20 ms of audio and a video frame per tick until each has verified `n` packets from the other. */
async function exchangeUntil(peers: PlainPeer[], n: number, until: () => boolean = () => true) {
  const start = peers.map((p) => p.received.verifiedPackets);
  const timer = setInterval(() => {
    for (const peer of peers) {
      peer.sendAudio();
      peer.sendVideoFrame();
    }
  }, 20);
  try {
    await eventually(() => peers.every((p, i) => p.received.verifiedPackets - start[i]! >= n) && until());
  } finally {
    clearInterval(timer);
  }
}

async function consultation(
  room = randomUUID(),
  subs = { doctor: randomUUID(), patient: randomUUID() },
  cryptoSuite?: SrtpCryptoSuite,
) {
  const join = (sub: string, role: 'doctor' | 'patient') =>
    PlainPeer.join(env.sfu.url, token({ room, sub, role }), cryptoSuite ? { cryptoSuite } : {});
  const doctor = await join(subs.doctor, 'doctor');
  const patient = await join(subs.patient, 'patient');
  await doctor.start();
  await patient.start();
  return { room, subs, doctor, patient };
}

describe('media forwarding', () => {
  it("forwards each side's audio and video to the other, SRTP-verified end to end", async () => {
    const { room, doctor, patient } = await consultation();
    await exchangeUntil([doctor, patient], 40);
    for (const peer of [doctor, patient]) {
      expect(new Set([...peer.consumers.values()].map((c) => c.kind))).toEqual(new Set(['audio', 'video']));
    }
    // The worker's own counters agree: every consumer has sent packets.
    const sfuRoom = env.sfu.registry.rooms.get(room)!;
    for (const peer of sfuRoom.peers.values()) {
      for (const consumer of peer.consumers.values()) {
        const stats = await consumer.getStats();
        expect(stats.find((s) => s.type === 'outbound-rtp')?.packetCount).toBeGreaterThan(0);
      }
    }
    doctor.close();
    patient.close();
  });

  // Chromium negotiates AEAD_AES_256_GCM with the sfu (bench/sfu/chromium-srtp.ts): the worker's libsrtp must
  // do AES-GCM both ways, on our OpenSSL build as on any other.
  it.each<SrtpCryptoSuite>(['AEAD_AES_256_GCM', 'AEAD_AES_128_GCM'])(
    'forwards media protected with %s, verified end to end',
    async (suite) => {
      const { doctor, patient } = await consultation(randomUUID(), undefined, suite);
      await exchangeUntil([doctor, patient], 40);
      doctor.close();
      patient.close();
    },
  );

  it('tells the receiver when a producer is paused and resumed (mute)', async () => {
    const { doctor, patient } = await consultation();
    const producers = await eventually(() => {
      const room = [...env.sfu.registry.rooms.values()].find((r) => r.peers.has(doctor.joined.peerId));
      return room?.peers.get(doctor.joined.peerId)?.producers;
    });
    const micId = [...producers.entries()].find(([, p]) => p.source === 'mic')![0];
    const paused = patient.client.next('consumerPaused');
    await doctor.client.request('pauseProducer', { producerId: micId });
    expect(patient.consumers.get((await paused).consumerId)?.kind).toBe('audio');
    const resumed = patient.client.next('consumerResumed');
    await doctor.client.request('resumeProducer', { producerId: micId });
    expect(patient.consumers.get((await resumed).consumerId)?.kind).toBe('audio');
    doctor.close();
    patient.close();
  });
});

describe('worker failure', () => {
  it('replaces a killed worker; clients are told to reconnect and media flows again after rejoining', async () => {
    const call = await consultation();
    await exchangeUntil([call.doctor, call.patient], 10);
    const slot = env.sfu.pool.slots[0]!;
    const deadPid = slot.worker.pid;
    const closing = [call.doctor, call.patient].map((p) => p.client.next('closing'));
    process.kill(deadPid, 'SIGKILL');

    for (const notice of await Promise.all(closing)) expect(notice.code).toBe(closeCodes.reconnect);
    expect(await call.doctor.client.closed()).toBe(closeCodes.reconnect);
    await eventually(() => slot.alive && slot.worker.pid !== deadPid);
    call.doctor.close();
    call.patient.close();

    const again = await consultation(call.room, call.subs);
    await exchangeUntil([again.doctor, again.patient], 20);
    expect((await env.sfu.registry.rooms.get(call.room)?.workerSlot())?.worker.pid).toBe(slot.worker.pid);
    again.doctor.close();
    again.patient.close();
  });
});
