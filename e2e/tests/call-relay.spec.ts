/// <reference lib="dom" />
import { expect, test, type Browser, type Page } from '../fixtures.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signIn, chosenLanguage } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL, TURN_URLS } from '../urls.js';
import { joinCall, MEDIA_TIMEOUT } from '../call.js';

// A consultation for networks that block direct media (corporate firewalls, some mobile carriers): both
// sides open the call page with `?ice=relay`, so their browsers send and receive media only through the
// stack's coturn on loopback, with the time-limited credentials the api put in the join grant. The patient's
// browser is moreover allowed TURN over TCP only, as behind a firewall that drops all UDP.
// Not Ivan: the workspace journey reads his seeded consultations with this doctor.
const PATIENT = 'nikolai.volkov@demo.telemed';
const DOCTOR = 'dr.smirnova@demo.telemed'; // a therapist: takes adults from the urgent queue

/** Chromium's fake camera sends about 30 frames a second: this much is seconds of video, not a lucky frame. */
const SUSTAINED_FRAMES = 60;
test.describe.configure({ timeout: 180_000 });

/**
 * What the browser's network lets through, so that each run takes the same path. `turn-udp` / `turn-tcp`: the
 * browser keeps only the TURN URLs over UDP / over TCP (the latter as behind a firewall that drops all UDP;
 * given both, Chromium may settle on either). `sfu-tcp`: UDP is blocked and there is no TURN, so the browser
 * drops the TURN servers and reaches the sfu only over ICE-TCP: the sfu's UDP candidates are removed from the
 * remote description.
 */
type Network = 'turn-udp' | 'turn-tcp' | 'sfu-tcp';

/** A signed-in browser context that keeps every RTCPeerConnection for getStats(). */
async function signedIn(browser: Browser, appUrl: string, login: string, network: Network) {
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  await context.addCookies(chosenLanguage('en', appUrl));
  await context.addInitScript((only: Network) => {
    const Native = window.RTCPeerConnection;
    const all: RTCPeerConnection[] = [];
    Object.assign(window, { __peerConnections: all });
    const keepTurn = (servers: RTCIceServer[] = [], transport: 'udp' | 'tcp') =>
      servers.map((server) => ({
        ...server,
        urls: [server.urls]
          .flat()
          .filter((url) => !url.startsWith('turn') || url.endsWith(`?transport=${transport}`)),
      }));
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        const iceServers =
          only === 'sfu-tcp' ? [] : keepTurn(config?.iceServers, only === 'turn-tcp' ? 'tcp' : 'udp');
        super(config && { ...config, iceServers });
        all.push(this);
      }
      override setRemoteDescription(description: RTCSessionDescriptionInit) {
        if (only !== 'sfu-tcp' || !description.sdp) return super.setRemoteDescription(description);
        const sdp = description.sdp.replace(/^a=candidate:\S+ \d+ udp .*\r?\n/gim, '');
        return super.setRemoteDescription({ type: description.type, sdp });
      }
    };
  }, network);
  const page = await context.newPage();
  await signIn(page, appUrl, login);
  return { context, page };
}

interface Path {
  policy: RTCIceTransportPolicy | undefined;
  turnUsername: string | null;
  local: string | null;
  /** The candidate's transport; for a relay candidate, that of the relay's leg to the sfu. */
  protocol: string | null;
  /** A relay candidate's leg from the browser to the TURN server, and that server's URL. */
  relayProtocol: string | null;
  turnUrl: string | null;
  remote: string | null;
  remoteProtocol: string | null;
}

interface RelayStats {
  framesDecoded: number;
  inboundAudioBytes: number;
  /** One entry per live peer connection: its policy, TURN username and selected candidate pair. */
  paths: Path[];
}

function relayStats(page: Page): Promise<RelayStats> {
  return page.evaluate(async () => {
    const result = { framesDecoded: 0, inboundAudioBytes: 0, paths: [] as Path[] };
    const pcs = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    for (const pc of pcs) {
      if (pc.connectionState === 'closed') continue;
      const config = pc.getConfiguration();
      const turn = (config.iceServers ?? []).find((s) => [s.urls].flat().some((u) => u.startsWith('turn')));
      const byId = new Map<string, Record<string, unknown>>();
      (await pc.getStats()).forEach((s: Record<string, unknown>) => byId.set(s.id as string, s));
      let pairId: string | undefined;
      for (const s of byId.values()) {
        if (s.type === 'inbound-rtp' && s.kind === 'video')
          result.framesDecoded += Number(s.framesDecoded ?? 0);
        if (s.type === 'inbound-rtp' && s.kind === 'audio')
          result.inboundAudioBytes += Number(s.bytesReceived ?? 0);
        if (s.type === 'transport' && s.selectedCandidatePairId) pairId = s.selectedCandidatePairId as string;
      }
      const pair = pairId ? byId.get(pairId) : undefined;
      const local = pair ? byId.get(pair.localCandidateId as string) : undefined;
      const remote = pair ? byId.get(pair.remoteCandidateId as string) : undefined;
      result.paths.push({
        policy: config.iceTransportPolicy,
        turnUsername: turn?.username ?? null,
        local: (local?.candidateType as string | undefined) ?? null,
        protocol: (local?.protocol as string | undefined) ?? null,
        relayProtocol: (local?.relayProtocol as string | undefined) ?? null,
        turnUrl: (local?.url as string | undefined) ?? null,
        remote: (remote?.candidateType as string | undefined) ?? null,
        remoteProtocol: (remote?.protocol as string | undefined) ?? null,
      });
    }
    return result;
  });
}

test('a video consultation relayed through TURN only (UDP for the doctor, TCP for the patient) decodes video on both sides', async ({
  browser,
}) => {
  expect(TURN_URLS, 'the e2e stack starts coturn (e2e/global-setup.ts)').not.toHaveLength(0);
  const id = await urgentConsultationNow(PATIENT, 'video').then((c) => c.id);
  const patient = await signedIn(browser, PATIENT_URL, PATIENT, 'turn-tcp');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR, 'turn-udp');
  await joinCall(patient.page, PATIENT_URL, id, '?ice=relay');
  await joinCall(doctor.page, DOCTOR_URL, id, '?ice=relay');

  for (const [side, expectedProtocol] of [
    [patient, 'tcp'],
    [doctor, 'udp'],
  ] as const) {
    await expect
      .poll(async () => (await relayStats(side.page)).framesDecoded, { timeout: MEDIA_TIMEOUT })
      .toBeGreaterThan(SUSTAINED_FRAMES);
    await expect
      .poll(async () => (await relayStats(side.page)).inboundAudioBytes, { timeout: MEDIA_TIMEOUT })
      .toBeGreaterThan(0);
    // Both transports (send and receive) are relay-only, carry the api's time-limited credentials, and
    // run over a relayed candidate pair to the sfu.
    await expect
      .poll(async () => (await relayStats(side.page)).paths.filter((p) => p.local !== null).length, {
        timeout: MEDIA_TIMEOUT,
      })
      .toBe(2);
    const { paths, framesDecoded } = await relayStats(side.page);
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path.policy).toBe('relay');
      expect(path.turnUsername).toMatch(/^\d{10}:[0-9a-f-]{36}$/);
      const expiry = Number(path.turnUsername!.split(':')[0]);
      expect(expiry * 1000).toBeGreaterThan(Date.now());
      expect(path).toMatchObject({ local: 'relay', relayProtocol: expectedProtocol, remote: 'host' });
      expect(TURN_URLS).toContain(path.turnUrl);
      expect(path.protocol).toBe('udp'); // the relay's own leg to the sfu
    }
    console.log(
      `${side === patient ? 'patient' : 'doctor'}: ${framesDecoded} frames decoded over TURN/${expectedProtocol}`,
    );
  }
  await Promise.all([patient.context.close(), doctor.context.close()]);
});

test('with UDP blocked and no TURN, both sides reach the sfu over ICE-TCP and decode video', async ({
  browser,
}) => {
  const id = await urgentConsultationNow(PATIENT, 'video').then((c) => c.id);
  const patient = await signedIn(browser, PATIENT_URL, PATIENT, 'sfu-tcp');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR, 'sfu-tcp');
  await joinCall(patient.page, PATIENT_URL, id);
  await joinCall(doctor.page, DOCTOR_URL, id);
  for (const side of [patient, doctor]) {
    await expect
      .poll(async () => (await relayStats(side.page)).framesDecoded, { timeout: MEDIA_TIMEOUT })
      .toBeGreaterThan(SUSTAINED_FRAMES);
    await expect
      .poll(async () => (await relayStats(side.page)).paths.filter((p) => p.local !== null).length, {
        timeout: MEDIA_TIMEOUT,
      })
      .toBe(2);
    const { paths, framesDecoded } = await relayStats(side.page);
    for (const path of paths) {
      expect(path).toMatchObject({ protocol: 'tcp', remote: 'host', remoteProtocol: 'tcp' });
      // Chromium's active ICE-TCP candidate has no port of its own (9): the connection's is learnt from the
      // sfu's answers (peer-reflexive).
      expect(['host', 'prflx']).toContain(path.local);
    }
    console.log(`${side === patient ? 'patient' : 'doctor'}: ${framesDecoded} frames decoded over ICE-TCP`);
  }
  await Promise.all([patient.context.close(), doctor.context.close()]);
});
