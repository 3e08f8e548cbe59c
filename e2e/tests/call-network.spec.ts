/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import { expect, test, type Browser, type Page } from '../fixtures.js';
import postgres from 'postgres';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signIn, chosenLanguage } from '../sign-in.js';
import { DATABASE_URL, DOCTOR_URL, PATIENT_URL, SFU_URL } from '../urls.js';
import { joinCall, MEDIA_TIMEOUT, pressJoin } from '../call.js';

// Calls on networks that are not loopback. A phone moving from Wi-Fi to mobile data loses its media path
// while the page stays open: the consultation client restarts ICE and the call carries on without a rejoin.
// A patient on a poor downlink gets a smaller simulcast layer: asked for here through "Save data", which
// sets the consumer's preferred layer on the sfu, and seen in the received resolution.
const DOCTOR = 'dr.smirnova@demo.telemed'; // a therapist: takes adults from the urgent queue

/** Chromium's fake camera sends about 30 frames a second: this many is seconds of video, not a lucky frame. */
const SUSTAINED_FRAMES = 60;
test.describe.configure({ timeout: 180_000 });

/**
 * The patient's network, played by this process: a UDP relay between the browser and the sfu's media port,
 * like the NAT of a home router. `drop()` is the Wi-Fi going away (nothing passes either way); `restore()` is
 * the phone on mobile data: packets pass again, but from new source ports, so the sfu sees a new address.
 */
class PatientNetwork {
  private readonly fronts = new Map<number, dgram.Socket>();
  private readonly mappings = new Map<string, dgram.Socket>();
  private dropped = false;
  /** Lets only every n-th RTP/RTCP packet through to the browser (a poor downlink); 0 = all. */
  private downlinkKeepEvery = 0;
  private downlinkCount = 0;

  /** The local port the browser is sent to instead of the sfu's `target` port. */
  async portFor(target: number): Promise<number> {
    let front = this.fronts.get(target);
    if (!front) {
      const socket = dgram.createSocket('udp4');
      front = socket;
      this.fronts.set(target, socket);
      socket.on('message', (message, from) => {
        if (this.dropped) return;
        const key = `${target}|${from.address}:${from.port}`;
        let upstream = this.mappings.get(key);
        if (!upstream) {
          const created = dgram.createSocket('udp4');
          upstream = created;
          this.mappings.set(key, created);
          created.on('message', (reply) => {
            if (this.dropped || this.mappings.get(key) !== created) return;
            // RTP and RTCP start with version 2 (0x80–0xbf); ICE (STUN) and DTLS pass, so the path stays up.
            const isRtp = reply[0]! >= 0x80 && reply[0]! <= 0xbf;
            if (isRtp && this.downlinkKeepEvery > 0 && ++this.downlinkCount % this.downlinkKeepEvery !== 0)
              return;
            socket.send(reply, from.port, from.address);
          });
          created.on('error', () => undefined);
        }
        upstream.send(message, target, '127.0.0.1');
      });
      socket.on('error', () => undefined);
      await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    }
    return front.address().port;
  }

  drop() {
    this.dropped = true;
  }

  /** Lets only one RTP/RTCP packet in `n` through to the browser: far too little for video. */
  starveDownlink(n: number) {
    this.downlinkKeepEvery = n;
  }

  restore() {
    this.downlinkKeepEvery = 0;
    for (const socket of this.mappings.values()) socket.close();
    this.mappings.clear();
    this.dropped = false;
  }

  close() {
    this.restore();
    for (const socket of this.fronts.values()) socket.close();
  }
}

/**
 * A signed-in browser context (English) that keeps every RTCPeerConnection for getStats(). With `network`,
 * the sfu's UDP candidates point at that relay and its TCP ones are removed: all media crosses it.
 */
async function signedIn(browser: Browser, appUrl: string, login: string, network?: PatientNetwork) {
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  await context.addCookies(chosenLanguage('en', appUrl));
  if (network) await context.exposeFunction('__relayPortFor', (port: number) => network.portFor(port));
  await context.addInitScript((relayed: boolean) => {
    const Native = window.RTCPeerConnection;
    const all: RTCPeerConnection[] = [];
    Object.assign(window, { __peerConnections: all });
    // Exposed by Playwright on every page of the context; looked up when used.
    const relayPortFor = (port: number) =>
      (window as unknown as { __relayPortFor: (port: number) => Promise<number> }).__relayPortFor(port);
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        all.push(this);
      }
      override async setRemoteDescription(description: RTCSessionDescriptionInit) {
        if (!relayed || !description.sdp) return super.setRemoteDescription(description);
        let sdp = description.sdp.replace(/^a=candidate:\S+ \d+ tcp .*\r?\n/gim, '');
        const ports = new Set(
          [...sdp.matchAll(/^a=candidate:\S+ \d+ udp \d+ \S+ (\d+) typ/gim)].map((m) => m[1]),
        );
        for (const port of ports) {
          const relayPort = await relayPortFor(Number(port));
          sdp = sdp.replace(new RegExp(`( udp \\d+ \\S+ )${port}( typ)`, 'gi'), `$1${relayPort}$2`);
        }
        return super.setRemoteDescription({ type: description.type, sdp });
      }
    };
  }, Boolean(network));
  const page = await context.newPage();
  await signIn(page, appUrl, login);
  return { context, page };
}

interface VideoStats {
  peerConnections: number;
  framesDecoded: number;
  inboundAudioBytes: number;
  /** The received camera's current resolution (0 before the first frame). */
  frameWidth: number;
  frameHeight: number;
  /** Simulcast encodings this side sends (outbound video streams with a rid). */
  sentLayers: number;
}

function videoStats(page: Page): Promise<VideoStats> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const result = {
      peerConnections: pcs.length,
      framesDecoded: 0,
      inboundAudioBytes: 0,
      frameWidth: 0,
      frameHeight: 0,
      sentLayers: 0,
    };
    for (const pc of pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach(
        (s: { type: string; kind?: string; rid?: string } & Record<string, number>) => {
          if (s.type === 'inbound-rtp' && s.kind === 'video') {
            result.framesDecoded += s.framesDecoded ?? 0;
            result.frameWidth = Math.max(result.frameWidth, s.frameWidth ?? 0);
            result.frameHeight = Math.max(result.frameHeight, s.frameHeight ?? 0);
          }
          if (s.type === 'inbound-rtp' && s.kind === 'audio')
            result.inboundAudioBytes += s.bytesReceived ?? 0;
          if (s.type === 'outbound-rtp' && s.kind === 'video' && s.rid) result.sentLayers += 1;
        },
      );
    }
    return result;
  });
}

const callTimings = (page: Page) =>
  page.evaluate(() => {
    const timings = (window as { __telemedCall?: { timings: { reconnects: number; iceRestarts: number } } })
      .__telemedCall?.timings;
    return { reconnects: timings?.reconnects ?? -1, iceRestarts: timings?.iceRestarts ?? -1 };
  });

async function framesGrow(page: Page, by: number) {
  const from = (await videoStats(page)).framesDecoded;
  await expect
    .poll(async () => (await videoStats(page)).framesDecoded - from, { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(by);
}

/** Both sides signed in and joined to a video consultation started now, the patient behind `network` if given. */
async function joinedVideoCall(browser: Browser, patientLogin: string, network?: PatientNetwork) {
  const id = await urgentConsultationNow(patientLogin, 'video').then((c) => c.id);
  const patient = await signedIn(browser, PATIENT_URL, patientLogin, network);
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);
  await joinCall(patient.page, PATIENT_URL, id);
  await joinCall(doctor.page, DOCTOR_URL, id);
  return { patient, doctor };
}

test("the patient's network drops and comes back on another address: ICE restarts and video flows both ways without a rejoin", async ({
  browser,
}) => {
  const network = new PatientNetwork();
  try {
    const { patient, doctor } = await joinedVideoCall(browser, 'nikolai.volkov@demo.telemed', network);
    for (const side of [patient, doctor]) await framesGrow(side.page, SUSTAINED_FRAMES);
    const before = await videoStats(patient.page);

    network.drop();
    // The patient's transports go disconnected: the page says so and the client restarts ICE.
    await expect(patient.page.getByTestId('media-restoring-banner')).toBeVisible({ timeout: MEDIA_TIMEOUT });
    await expect
      .poll(async () => (await callTimings(patient.page)).iceRestarts, { timeout: MEDIA_TIMEOUT })
      .toBeGreaterThan(0);
    // Nothing reaches the doctor meanwhile.
    const stalled = (await videoStats(doctor.page)).framesDecoded;
    await patient.page.waitForTimeout(1000);
    expect((await videoStats(doctor.page)).framesDecoded - stalled).toBeLessThan(5);

    const restoredAt = Date.now();
    network.restore();
    await expect(patient.page.getByTestId('media-restoring-banner')).toBeHidden({ timeout: MEDIA_TIMEOUT });
    const connectedAfter = Date.now() - restoredAt;
    // Video decoded again on each side: a first few frames, then seconds of it.
    const firstFrames = await Promise.all(
      [patient, doctor].map(async (side) => {
        await framesGrow(side.page, 5);
        return Date.now() - restoredAt;
      }),
    );
    for (const side of [patient, doctor]) await framesGrow(side.page, SUSTAINED_FRAMES);
    console.log(
      `ICE connected again ${connectedAfter} ms after the network returned; video decoded again after ${firstFrames[0]} ms (patient) / ${firstFrames[1]} ms (doctor); ${SUSTAINED_FRAMES}+ more frames on both sides by ${Date.now() - restoredAt} ms; ICE restarts: ${(await callTimings(patient.page)).iceRestarts}`,
    );
    // Repaired in place: the same peer connections, no rejoin of the signalling session.
    expect((await videoStats(patient.page)).peerConnections).toBe(before.peerConnections);
    expect((await callTimings(patient.page)).reconnects).toBe(0);
    expect((await callTimings(doctor.page)).reconnects).toBe(0);
    await Promise.all([patient.context.close(), doctor.context.close()]);
  } finally {
    network.close();
  }
});

test('simulcast: "Save data" switches the received video to the smallest layer and back', async ({
  browser,
}) => {
  const { patient, doctor } = await joinedVideoCall(browser, 'sergey.kozlov@demo.telemed');
  await framesGrow(doctor.page, SUSTAINED_FRAMES);
  // The patient's camera goes out as several simulcast layers.
  await expect.poll(async () => (await videoStats(patient.page)).sentLayers).toBeGreaterThan(1);

  // Loopback has bandwidth to spare: the sfu forwards more than the smallest layer (160×90).
  await expect
    .poll(async () => (await videoStats(doctor.page)).frameWidth, { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(160);
  const full = await videoStats(doctor.page);

  const saver = doctor.page.getByRole('button', { name: 'Save data' });
  await saver.click();
  await expect(saver).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await videoStats(doctor.page)).frameWidth, { timeout: MEDIA_TIMEOUT })
    .toBeLessThanOrEqual(160);
  const small = await videoStats(doctor.page);
  await framesGrow(doctor.page, 15); // and it keeps playing

  await saver.click();
  await expect
    .poll(async () => (await videoStats(doctor.page)).frameWidth, { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(160);
  const back = await videoStats(doctor.page);
  console.log(
    `received resolution: ${full.frameWidth}×${full.frameHeight} → ${small.frameWidth}×${small.frameHeight} (Save data) → ${back.frameWidth}×${back.frameHeight}; patient sends ${full.sentLayers} layers`,
  );
  await Promise.all([patient.context.close(), doctor.context.close()]);
});

/** The pid of this run's sfu: the process listening on SFU_URL's port. */
function sfuPid(): number {
  const port = new URL(SFU_URL).port;
  const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(listening)?.[1];
  expect(pid, 'the sfu process').toBeTruthy();
  return Number(pid);
}

async function sendChat(page: Page, text: string) {
  await page.getByLabel('Message').fill(text);
  await page.getByLabel('Message').press('Enter');
}

const chatLog = (page: Page) => page.getByTestId('chat-log').getByTestId('chat-message');

test('the sfu is down: both sides are told, the consultation goes on as chat, the doctor gets the phone number, and the appointment records it', async ({
  browser,
}) => {
  const patientLogin = 'olga.smirnova@demo.telemed';
  const id = await urgentConsultationNow(patientLogin, 'video').then((c) => c.id);
  const patient = await signedIn(browser, PATIENT_URL, patientLogin);
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);
  // Frozen, not killed (the supervisor would restart it at once): connections to it open and nothing answers,
  // like a hung node behind a load balancer.
  const pid = sfuPid();
  process.kill(pid, 'SIGSTOP');
  const sql = postgres(DATABASE_URL, { max: 1 });
  try {
    await Promise.all([pressJoin(patient.page, PATIENT_URL, id), pressJoin(doctor.page, DOCTOR_URL, id)]);
    for (const side of [patient, doctor]) {
      await expect(side.page.getByTestId('sfu-down')).toContainText('Video is unavailable right now', {
        timeout: MEDIA_TIMEOUT,
      });
      await expect(side.page.getByTestId('sfu-down')).toContainText('The consultation continues in the chat');
    }
    await expect(patient.page.getByRole('button', { name: 'Call the patient by phone' })).toHaveCount(0);

    await sendChat(patient.page, 'The video does not connect');
    await expect(chatLog(doctor.page)).toHaveText([/The video does not connect/], { timeout: MEDIA_TIMEOUT });
    await sendChat(doctor.page, 'Let us continue here. Any fever?');
    await expect(chatLog(patient.page)).toHaveText([/does not connect/, /Any fever/], {
      timeout: MEDIA_TIMEOUT,
    });

    await doctor.page.getByRole('button', { name: 'Call the patient by phone' }).click();
    const [account] = await sql<{ id: string; phone: string }[]>`
      select id, phone from accounts where email = ${patientLogin}`;
    await expect(doctor.page.getByTestId('patient-phone')).toContainText(account!.phone);
    await expect(doctor.page.getByTestId('patient-phone').getByRole('link')).toHaveAttribute(
      'href',
      `tel:${account!.phone}`,
    );

    // The appointment's record: who could not reach the sfu, and the phone call; the chat is stored.
    const [doctorAccount] = await sql<{ id: string }[]>`select id from accounts where email = ${DOCTOR}`;
    const events = await sql<{ type: string; account_id: string }[]>`
      select type, account_id from consultation_events where appointment_id = ${id} order by at`;
    expect(events.map((e) => [e.type, e.account_id]).sort()).toEqual(
      [
        ['media_unavailable', account!.id],
        ['media_unavailable', doctorAccount!.id],
        ['phone_call', doctorAccount!.id],
      ].sort(),
    );
    const stored = await sql<{ body: string }[]>`
      select body from consultation_messages where appointment_id = ${id} order by seq`;
    expect(stored.map((m) => m.body)).toEqual([
      'The video does not connect',
      'Let us continue here. Any fever?',
    ]);
  } finally {
    process.kill(pid, 'SIGCONT');
    await sql.end();
  }
  await Promise.all([patient.context.close(), doctor.context.close()]);
});

test('a downlink too poor for video: the received video is paused for audio only, the patient is told, and it comes back on request', async ({
  browser,
}) => {
  const network = new PatientNetwork();
  try {
    const { patient, doctor } = await joinedVideoCall(browser, 'marina.orlova@demo.telemed', network);
    await framesGrow(patient.page, SUSTAINED_FRAMES);
    await expect(patient.page.getByTestId('video-suspended')).toHaveCount(0);

    network.starveDownlink(3);
    const starvedAt = Date.now();
    await expect(patient.page.getByTestId('video-suspended')).toContainText('too weak for video', {
      timeout: 60_000,
    });
    const suspendedAfter = Date.now() - starvedAt;
    // The doctor's video is no longer shown; the call itself goes on.
    await expect(patient.page.getByTestId('remote-video')).toHaveCount(0);
    await expect(patient.page.getByTestId('call-stage')).toBeVisible();

    network.restore();
    await patient.page.getByRole('button', { name: 'Try video again' }).click();
    await expect(patient.page.getByTestId('video-suspended')).toHaveCount(0);
    await expect(patient.page.getByTestId('remote-video')).toBeVisible({ timeout: MEDIA_TIMEOUT });
    await framesGrow(patient.page, 15);
    console.log(
      `received video paused ${suspendedAfter} ms after the downlink was starved; resumed on request`,
    );
    await Promise.all([patient.context.close(), doctor.context.close()]);
  } finally {
    network.close();
  }
});
