/**
 * Which SRTP crypto suite Chromium negotiates with our sfu: a real call in Debian's Chromium between two
 * instances of the browser client (sfu/src/client, the code the web apps run, with mediasoup-client's
 * Chrome handler), camera-like video from a canvas and a tone as the microphone, through the given sfu.
 * Once video frames are decoded on both sides, `getStats()` of every RTCPeerConnection gives each
 * transport's `srtpCipher` (and DTLS details). The suite comes from the DTLS-SRTP handshake between
 * Chromium (BoringSSL) and the worker (OpenSSL), so the web apps' pages would get the same one.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../e2e/playwright.config.js';
import type { srtpProbe as SrtpProbe } from './chromium-srtp.page.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CALL_TIMEOUT_MS = 30_000;

export type ChromiumSrtp = { chromium: string } & Awaited<ReturnType<typeof SrtpProbe>>;

/** The page's script: the probe call and the browser client it runs (the module the web apps import). */
async function clientBundle() {
  const out = await build({
    entryPoints: [path.join(root, 'bench/sfu/chromium-srtp.page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** `tokens` mints a doctor's and a patient's join token for one fresh room. */
export async function chromiumSrtp(
  sfuUrl: string,
  tokens: () => { doctor: string; patient: string },
): Promise<ChromiumSrtp> {
  const server = await servePage(
    `<!doctype html><title>srtp probe</title><canvas width="320" height="240"></canvas><script>${await clientBundle()}</script>`,
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const result = await page.evaluate(
      ({ url, doctor, patient, timeoutMs }) =>
        (window as unknown as { srtpProbe: typeof SrtpProbe }).srtpProbe(url, doctor, patient, timeoutMs),
      { url: sfuUrl, ...tokens(), timeoutMs: CALL_TIMEOUT_MS },
    );
    return { chromium: browser.version(), ...result };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Serves the page from a loopback HTTP server: a secure context (mediasoup-client detects Chromium from
 * navigator.userAgentData, only there), and one Chromium's local network access checks let reach the sfu.
 */
async function servePage(html: string) {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
