/**
 * Local camera and microphone: asking for them, listing them and measuring the microphone level. Browser only.
 */
export type MediaFormat = 'video' | 'audio' | 'chat';

export interface DeviceChoice {
  micId: string | null;
  cameraId: string | null;
}

export interface DeviceLists {
  mics: MediaDeviceInfo[];
  cameras: MediaDeviceInfo[];
}

// Sizes a consultation needs: a face at 640×360 is sharp enough and cheap on a weak uplink.
const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24, max: 30 },
};
const AUDIO_CONSTRAINTS: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true };

export function micConstraints(deviceId: string | null): MediaTrackConstraints {
  return deviceId ? { ...AUDIO_CONSTRAINTS, deviceId: { exact: deviceId } } : AUDIO_CONSTRAINTS;
}

export function cameraConstraints(deviceId: string | null): MediaTrackConstraints {
  return deviceId ? { ...VIDEO_CONSTRAINTS, deviceId: { exact: deviceId } } : VIDEO_CONSTRAINTS;
}

/** Opens the microphone, and the camera too when `video` is set. */
export async function openLocalMedia(choice: DeviceChoice, video: boolean) {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: micConstraints(choice.micId),
    video: video ? cameraConstraints(choice.cameraId) : false,
  });
  return { mic: stream.getAudioTracks()[0] ?? null, camera: stream.getVideoTracks()[0] ?? null };
}

export async function openTrack(kind: 'audio' | 'video', deviceId: string | null) {
  const stream = await navigator.mediaDevices.getUserMedia(
    kind === 'audio' ? { audio: micConstraints(deviceId) } : { video: cameraConstraints(deviceId) },
  );
  const track = stream.getTracks()[0];
  if (!track) throw new Error(`no ${kind} track`);
  return track;
}

/** Device names are only readable once the user has allowed access, so list after opening media. */
export async function listDevices(): Promise<DeviceLists> {
  const all = await navigator.mediaDevices.enumerateDevices();
  return {
    mics: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
    cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
  };
}

/**
 * Calls `onLevel` with the microphone's loudness (0…1) once per animation frame until stopped. The RMS of the
 * waveform is scaled so that normal speech fills most of the bar, and peaks fall back slowly (like a VU meter)
 * so that short syllables stay visible.
 */
export function watchMicLevel(track: MediaStreamTrack, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(new MediaStream([track]));
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  let shown = 0;
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    shown = Math.max(Math.min(1, Math.sqrt(sum / samples.length) * 4), shown * 0.95);
    onLevel(shown);
    frame = requestAnimationFrame(tick);
  };
  // Autoplay rules may start the context suspended until the user interacts with the page.
  void context.resume();
  tick();
  return () => {
    cancelAnimationFrame(frame);
    source.disconnect();
    void context.close();
  };
}

export function stopTrack(track: MediaStreamTrack | null | undefined) {
  track?.stop();
}
