import type { types as ms } from 'mediasoup';

/**
 * Codecs every consultation router offers. Opus for speech; VP8 first because every browser decodes it in
 * software; H264 constrained baseline for Safari/iOS hardware paths.
 */
export const routerCodecs: ms.RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, parameters: { 'x-google-start-bitrate': 1000 } },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1 },
  },
];
