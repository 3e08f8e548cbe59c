/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import {
  checkAccessibility,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '../fixtures.js';
import { apiCall } from '../api.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import postgres from 'postgres';
import { signIn, chosenLanguage } from '../sign-in.js';
import { DATABASE_URL, DOCTOR_URL, PATIENT_URL, SFU_URL } from '../urls.js';
import { joinCall as joinMediaCall, MEDIA_TIMEOUT } from '../call.js';

// Real consultations between the two web apps through the real sfu: a patient joins the urgent queue, a
// therapist takes them, and both open their call pages in separate browser contexts with fake camera/mic.
const DOCTOR = 'dr.smirnova@demo.telemed'; // a therapist: takes adults from the urgent queue

// Media set-up on two busy cores can take a while; every wait is a poll with a generous limit, never a sleep.
test.describe.configure({ timeout: 180_000 });

type Format = 'video' | 'audio' | 'chat';

/** A browser context in English, with every RTCPeerConnection kept for getStats(). */
async function signedIn(browser: Browser, appUrl: string, login: string) {
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  await context.addCookies(chosenLanguage('en', appUrl));
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const all: RTCPeerConnection[] = [];
    Object.assign(window, { __peerConnections: all });
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        all.push(this);
      }
    };
  });
  const page = await context.newPage();
  await signIn(page, appUrl, login);
  return { context, page };
}

const callUrl = (appUrl: string, id: string) => new URL(`/appointments/${id}/call`, appUrl).href;

/** A chat consultation opens straight into the conversation; audio and video go through the device check. */
async function joinCall(page: Page, appUrl: string, id: string, format: Format) {
  if (format === 'chat') await page.goto(callUrl(appUrl, id));
  else await joinMediaCall(page, appUrl, id);
}

interface RtpTotals {
  inboundVideoStreams: number;
  outboundVideoStreams: number;
  framesDecoded: number;
  inboundAudioBytes: number;
  outboundAudioBytes: number;
}

/** RTP totals over the page's peer connections created from index `since` on (older ones died in a reconnect). */
function rtpTotals(page: Page, since = 0): Promise<RtpTotals> {
  return page.evaluate(async (from) => {
    const totals = {
      inboundVideoStreams: 0,
      outboundVideoStreams: 0,
      framesDecoded: 0,
      inboundAudioBytes: 0,
      outboundAudioBytes: 0,
    };
    const pcs = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    for (const pc of pcs.slice(from)) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((s: { type: string; kind?: string } & Record<string, number>) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') {
          totals.inboundVideoStreams += 1;
          totals.framesDecoded += s.framesDecoded ?? 0;
        }
        if (s.type === 'outbound-rtp' && s.kind === 'video') totals.outboundVideoStreams += 1;
        if (s.type === 'inbound-rtp' && s.kind === 'audio') totals.inboundAudioBytes += s.bytesReceived ?? 0;
        if (s.type === 'outbound-rtp' && s.kind === 'audio') totals.outboundAudioBytes += s.bytesSent ?? 0;
      });
    }
    return totals;
  }, since);
}

const peerConnectionCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { __peerConnections: unknown[] }).__peerConnections.length);

async function expectMediaFlows(page: Page, since = 0) {
  await expect
    .poll(async () => (await rtpTotals(page, since)).framesDecoded, { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await rtpTotals(page, since)).inboundAudioBytes, { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(0);
}

async function sendChat(page: Page, text: string) {
  await page.getByLabel('Message').fill(text);
  await page.getByLabel('Message').press('Enter');
}

const chatLog = (page: Page) => page.getByTestId('chat-log').getByTestId('chat-message');

async function storedMessages(appointmentId: string) {
  const sql = postgres(DATABASE_URL, { max: 1 });
  try {
    return await sql<{ id: string; body: string }[]>`
      select id, body from consultation_messages where appointment_id = ${appointmentId} order by seq`;
  } finally {
    await sql.end();
  }
}

async function closeAll(...contexts: BrowserContext[]) {
  await Promise.all(contexts.map((c) => c.close()));
}

test('a video consultation: both sides see and hear each other, chat goes both ways and survives a reload', async ({
  browser,
}) => {
  const { id } = await urgentConsultationNow('nikolai.volkov@demo.telemed', 'video');
  const patient = await signedIn(browser, PATIENT_URL, 'nikolai.volkov@demo.telemed');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);

  // The patient waits for the doctor; the doctor's page has the pre-visit summary beside the video.
  await joinCall(patient.page, PATIENT_URL, id, 'video');
  await expect(patient.page.getByTestId('waiting-room')).toHaveText(/Waiting for the doctor/);
  await joinCall(doctor.page, DOCTOR_URL, id, 'video');
  await expect(doctor.page.getByTestId('pre-visit-summary')).toContainText('Nikolai');
  await expect(doctor.page.getByTestId('anamnesis-summary')).toBeVisible();
  await expect(patient.page.getByTestId('waiting-room')).toBeHidden({ timeout: MEDIA_TIMEOUT });

  await expectMediaFlows(patient.page);
  await expectMediaFlows(doctor.page);
  await expect(patient.page.getByTestId('remote-video')).toBeVisible();
  await expect(doctor.page.getByTestId('remote-video')).toBeVisible();
  // The call pages are checked live: reopening them would join the room again.
  await checkAccessibility(patient.page);
  await checkAccessibility(doctor.page);

  // Mute is a toggle announced to assistive technology.
  const mute = patient.page.getByRole('button', { name: 'Mute microphone' });
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'false');

  // The doctor shares a screen (Chromium's fake capture); the patient sees it in the large tile.
  const share = doctor.page.getByRole('button', { name: 'Share screen' });
  await share.click();
  await expect(share).toHaveAttribute('aria-pressed', 'true');
  await expect(patient.page.getByTestId('remote-video')).toHaveAttribute('aria-label', /^Screen shared by/, {
    timeout: MEDIA_TIMEOUT,
  });
  await share.click();
  await expect(patient.page.getByTestId('remote-video')).toHaveAttribute('aria-label', /^Video of/, {
    timeout: MEDIA_TIMEOUT,
  });

  await sendChat(patient.page, 'Good afternoon, doctor');
  await expect(chatLog(doctor.page)).toHaveText([/Good afternoon, doctor/], { timeout: MEDIA_TIMEOUT });
  await sendChat(doctor.page, 'Здравствуйте! Как вы себя чувствуете?');
  await expect(chatLog(patient.page)).toHaveText([/Good afternoon/, /Как вы себя чувствуете/], {
    timeout: MEDIA_TIMEOUT,
  });

  // A reload replays the history from the api: both messages, once each, and the call rejoins.
  await joinCall(patient.page, PATIENT_URL, id, 'video');
  await expect(chatLog(patient.page)).toHaveText([/Good afternoon/, /Как вы себя чувствуете/], {
    timeout: MEDIA_TIMEOUT,
  });
  await expectMediaFlows(patient.page);
  await sendChat(doctor.page, 'Welcome back');
  await expect(chatLog(patient.page)).toHaveCount(3, { timeout: MEDIA_TIMEOUT });

  const stored = await storedMessages(id);
  expect(stored.map((m) => m.body)).toEqual([
    'Good afternoon, doctor',
    'Здравствуйте! Как вы себя чувствуете?',
    'Welcome back',
  ]);
  const shownIds = await chatLog(patient.page).evaluateAll((items) => items.map((li) => li.dataset.id));
  expect(shownIds).toEqual(stored.map((m) => m.id));
  await closeAll(patient.context, doctor.context);
});

test('an audio consultation carries audio and no video at all', async ({ browser }) => {
  const { id } = await urgentConsultationNow('sergey.kozlov@demo.telemed', 'audio');
  const patient = await signedIn(browser, PATIENT_URL, 'sergey.kozlov@demo.telemed');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);
  await patient.page.goto(callUrl(PATIENT_URL, id));
  // No camera in the device check of an audio consultation.
  await expect(patient.page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
  await expect(patient.page.getByLabel('Camera')).toHaveCount(0);
  await joinCall(patient.page, PATIENT_URL, id, 'audio');
  await joinCall(doctor.page, DOCTOR_URL, id, 'audio');

  for (const page of [patient.page, doctor.page]) {
    await expect
      .poll(async () => (await rtpTotals(page)).inboundAudioBytes, { timeout: MEDIA_TIMEOUT })
      .toBeGreaterThan(0);
    await expect.poll(async () => (await rtpTotals(page)).outboundAudioBytes).toBeGreaterThan(0);
    const totals = await rtpTotals(page);
    expect(totals.inboundVideoStreams).toBe(0);
    expect(totals.outboundVideoStreams).toBe(0);
    await expect(page.locator('video')).toHaveCount(0);
  }
  await closeAll(patient.context, doctor.context);
});

test('a chat consultation opens straight into the chat, without media', async ({ browser }) => {
  const { id } = await urgentConsultationNow('john.miller@demo.telemed', 'chat');
  const patient = await signedIn(browser, PATIENT_URL, 'john.miller@demo.telemed');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);
  await joinCall(patient.page, PATIENT_URL, id, 'chat');
  await joinCall(doctor.page, DOCTOR_URL, id, 'chat');
  await expect(patient.page.getByTestId('device-check')).toHaveCount(0);
  await sendChat(patient.page, 'I have a question about my prescription');
  await expect(chatLog(doctor.page)).toHaveText([/prescription/], { timeout: MEDIA_TIMEOUT });
  expect(await peerConnectionCount(patient.page)).toBe(0);
  expect(await peerConnectionCount(doctor.page)).toBe(0);
  await closeAll(patient.context, doctor.context);
});

test('before its time the call page says when the call opens, and lets the patient in then', async ({
  browser,
}) => {
  const { id } = await urgentConsultationNow('john.miller@demo.telemed', 'chat');
  // Made a planned consultation starting just over 15 minutes from now: its room opens in a few seconds.
  const sql = postgres(DATABASE_URL, { max: 1 });
  const [row] = await sql<{ startsAt: Date }[]>`
    update appointments set urgency = 'planned', starts_at = now() + interval '15 minutes 4 seconds',
      ends_at = now() + interval '45 minutes' where id = ${id} returning starts_at as "startsAt"`;
  await sql.end();
  const opensAt = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Moscow',
  }).format(new Date(row!.startsAt.getTime() - 15 * 60_000));
  const patient = await signedIn(browser, PATIENT_URL, 'john.miller@demo.telemed');
  await joinCall(patient.page, PATIENT_URL, id, 'chat');
  await expect(patient.page.getByTestId('call-failed')).toContainText(
    `The call opens at ${opensAt} (Moscow time).`,
  );
  // No reload, no button: the page joins by itself once the room opens.
  await expect(patient.page.getByLabel('Message')).toBeVisible({ timeout: 20_000 });
  await expect(patient.page.getByTestId('call-failed')).toHaveCount(0);
  await closeAll(patient.context);
});

test("outsiders get nothing: a stranger's call page is a 404 and a tampered token is refused by the sfu", async ({
  browser,
}) => {
  const { id, patient: owner } = await urgentConsultationNow('olga.smirnova@demo.telemed', 'video');
  const stranger = await signedIn(browser, PATIENT_URL, 'galina.ivanova@demo.telemed');
  const response = await stranger.page.goto(callUrl(PATIENT_URL, id));
  expect(response?.status()).toBe(404);
  await expect(stranger.page.getByTestId('device-check')).toHaveCount(0);
  // Nor does the stranger get a grant from the BFF endpoint.
  const grant = await stranger.page.request.post(`${callUrl(PATIENT_URL, id)}/grant`);
  expect(grant.status()).toBe(404);

  const joined = await apiCall(owner, 'POST', `/appointments/${id}/join`);
  const { token } = (await joined.json()) as { token: string };
  const [claims, signature] = token.split('.') as [string, string];
  const forgedSignature = `${claims}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
  const claimsJson = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
  const otherRoom = `${Buffer.from(JSON.stringify({ ...claimsJson, room: crypto.randomUUID() })).toString('base64url')}.${signature}`;
  const expired = `${Buffer.from(JSON.stringify({ ...claimsJson, exp: 1 })).toString('base64url')}.${signature}`;
  for (const bad of [forgedSignature, otherRoom, expired]) {
    const code = await stranger.page.evaluate(
      ({ url, token }) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(url);
          socket.onopen = () =>
            socket.send(JSON.stringify({ type: 'request', id: 1, method: 'join', data: { token } }));
          socket.onclose = (event) => resolve(event.code);
        }),
      { url: SFU_URL, token: bad },
    );
    expect(code).toBe(4001);
  }
  await stranger.context.close();
});

test('the media worker dies mid-call: both sides reconnect, video flows again and no chat message is lost', async ({
  browser,
}) => {
  const { id } = await urgentConsultationNow('elena.nikitina@demo.telemed', 'video');
  const patient = await signedIn(browser, PATIENT_URL, 'elena.nikitina@demo.telemed');
  const doctor = await signedIn(browser, DOCTOR_URL, DOCTOR);
  await joinCall(patient.page, PATIENT_URL, id, 'video');
  await joinCall(doctor.page, DOCTOR_URL, id, 'video');
  await expectMediaFlows(patient.page);
  await expectMediaFlows(doctor.page);

  const pages = [patient.page, doctor.page];
  const before = await Promise.all(pages.map(peerConnectionCount));
  // The banner may show only briefly: record in each page that it appeared at all.
  for (const page of pages) {
    await page.evaluate(() => {
      const seen = { banner: false };
      Object.assign(window, { __bannerSeen: seen });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="reconnecting-banner"]')) seen.banner = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
  }

  killMediaWorkers();
  await sendChat(patient.page, 'Can you hear me now?');

  for (const [i, page] of pages.entries()) {
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (window as unknown as { __bannerSeen: { banner: boolean } }).__bannerSeen.banner,
          ),
        {
          timeout: MEDIA_TIMEOUT,
        },
      )
      .toBe(true);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as { __telemedCall?: { timings: { reconnects: number } } }).__telemedCall?.timings
              .reconnects,
        ),
      )
      .toBeGreaterThan(0);
    await expect(page.getByTestId('reconnecting-banner')).toBeHidden({ timeout: MEDIA_TIMEOUT });
    await expectMediaFlows(page, before[i]);
  }
  await expect(chatLog(doctor.page)).toHaveText([/Can you hear me now/], { timeout: MEDIA_TIMEOUT });
  await expect(chatLog(patient.page)).toHaveText([/Can you hear me now/], { timeout: MEDIA_TIMEOUT });
  expect((await storedMessages(id)).map((m) => m.body)).toEqual(['Can you hear me now?']);
  await closeAll(patient.context, doctor.context);
});

/** SIGKILLs the mediasoup workers of this run's sfu (the process listening on SFU_URL's port) only. */
function killMediaWorkers() {
  const port = new URL(SFU_URL).port;
  const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const sfuPid = /pid=(\d+)/.exec(listening)?.[1];
  expect(sfuPid, 'the sfu process').toBeTruthy();
  const workers = execFileSync('pgrep', ['-P', sfuPid!, '-f', 'mediasoup-worker'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  expect(workers.length).toBeGreaterThan(0);
  for (const pid of workers) process.kill(Number(pid), 'SIGKILL');
}
