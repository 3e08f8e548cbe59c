/**
 * Runs in the probe's Chromium page (bundled by chromium-srtp.ts): a doctor and a patient join one room
 * through the browser client, each publishing a tone and canvas video; once both decode video, the
 * transports' DTLS-SRTP parameters are read from getStats().
 */
import { ConsultationClient } from '../../sfu/src/client/consultation-client.js';

declare global {
  interface Window {
    srtpProbe: typeof srtpProbe;
  }
}

// Keep every RTCPeerConnection mediasoup-client creates, to read its stats.
const peerConnections: RTCPeerConnection[] = [];
const NativePeerConnection = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(config?: RTCConfiguration) {
    super(config);
    peerConnections.push(this);
  }
};

export async function srtpProbe(url: string, doctorToken: string, patientToken: string, timeoutMs: number) {
  const canvas = document.querySelector('canvas')!;
  const g = canvas.getContext('2d')!;
  let hue = 0;
  const paint = setInterval(() => {
    hue = (hue + 7) % 360;
    g.fillStyle = `hsl(${hue} 80% 50%)`;
    g.fillRect(0, 0, canvas.width, canvas.height);
  }, 40);
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const mic = audio.createMediaStreamDestination();
  tone.connect(mic);
  tone.start();

  async function join(token: string) {
    const client = new ConsultationClient({ url, getToken: () => Promise.resolve(token) });
    await client.connect();
    await client.publish('mic', mic.stream.getAudioTracks()[0]!.clone());
    await client.publish('camera', canvas.captureStream(25).getVideoTracks()[0]!);
    return client;
  }
  const clients = [await join(doctorToken), await join(patientToken)];
  try {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const reports = (await Promise.all(peerConnections.map((pc) => pc.getStats()))).flatMap(
        (r) => [...r.values()] as Record<string, unknown>[],
      );
      // One decoding video stream per side (mediasoup's bandwidth probe is another inbound stream, never decoded).
      const video = reports.filter(
        (r) => r.type === 'inbound-rtp' && r.kind === 'video' && Number(r.framesDecoded ?? 0) > 0,
      );
      if (video.length >= 2) {
        const transports = reports.filter((r) => r.type === 'transport');
        const unique = (key: string) => [...new Set(transports.map((t) => String(t[key])))].sort();
        return {
          /** `srtpCipher` of every transport (send and receive, both sides): one value when all agree. */
          srtpCiphers: unique('srtpCipher'),
          dtlsCiphers: unique('dtlsCipher'),
          tlsVersions: unique('tlsVersion'),
          transports: transports.length,
          videoFramesDecoded: video.reduce((n, r) => n + Number(r.framesDecoded), 0),
        };
      }
      if (performance.now() > deadline) {
        const brief = reports
          .filter((r) => r.type === 'transport' || r.type === 'inbound-rtp' || r.type === 'outbound-rtp')
          .map((r) => ({
            type: r.type,
            kind: r.kind,
            dtlsState: r.dtlsState,
            packets: r.packetsReceived ?? r.packetsSent,
            framesDecoded: r.framesDecoded,
          }));
        throw new Error(`no video frames decoded on both sides in time: ${JSON.stringify(brief)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    clearInterval(paint);
    for (const client of clients) client.leave();
    await audio.close();
  }
}

window.srtpProbe = srtpProbe;
