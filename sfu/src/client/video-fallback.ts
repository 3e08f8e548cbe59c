/**
 * When a received video cannot be sustained: the decision behind the automatic fall-back to audio only.
 *
 * The sfu reports, per received stream, its score (0–10, from this participant's receiver reports: loss on
 * the sfu → participant leg) and the simulcast layer it forwards (null when even the lowest layer does not fit
 * the bandwidth estimate); the browser measures what it lost on the way (its own `getStats()`, after
 * retransmissions). mediasoup's score counts retransmitted packets as repaired, so on a link losing two
 * packets in three it still says 4 or 5: the receiver's own loss is the steadier signal. It is summed over
 * `lossWindowMs`, not judged per sample: the lowest simulcast layer carries a handful of packets a second,
 * and one lucky second (4 of 5 through) must not restart the grace period. A video whose score stays at or
 * below `poorScore`, whose loss stays above `maxLoss`, or that has no layer at all, for `graceMs` is given
 * up: the client pauses its consumer, so what bandwidth there is goes to the voice, and tells the user.
 * Pure and clock-injected, so it is tested without a network.
 */
export interface VideoFallbackOptions {
  /** At or below this score (0–10) the video counts as unsustainable. */
  poorScore?: number;
  /** How long it must stay unsustainable before it is paused. */
  graceMs?: number;
  /** Above this fraction of packets lost (0–1, as the browser counts it) the video counts as unsustainable. */
  maxLoss?: number;
  /** Over how long the loss samples are summed. */
  lossWindowMs?: number;
}

interface LossSample {
  at: number;
  received: number;
  lost: number;
}

interface Tracked {
  score: number | null;
  layersNull: boolean;
  losses: LossSample[];
  /** Since when it has been unsustainable; null while fine. */
  badSince: number | null;
}

export class VideoFallback {
  private readonly poorScore: number;
  private readonly graceMs: number;
  private readonly maxLoss: number;
  private readonly lossWindowMs: number;
  private readonly videos = new Map<string, Tracked>();

  constructor(options: VideoFallbackOptions = {}) {
    this.poorScore = options.poorScore ?? 3;
    this.graceMs = options.graceMs ?? 10_000;
    this.maxLoss = options.maxLoss ?? 0.2;
    this.lossWindowMs = options.lossWindowMs ?? 5_000;
  }

  /** Starts watching a received video (a new consumer, or one resumed after a fall-back). */
  watch(consumerId: string) {
    this.videos.set(consumerId, { score: null, layersNull: false, losses: [], badSince: null });
  }

  /** Stops watching it (closed, paused by the sender, or already given up). */
  forget(consumerId: string) {
    this.videos.delete(consumerId);
  }

  score(consumerId: string, score: number, now: number) {
    const video = this.videos.get(consumerId);
    if (!video) return;
    video.score = score;
    this.judge(video, now);
  }

  layers(consumerId: string, spatialLayer: number | null, now: number) {
    const video = this.videos.get(consumerId);
    if (!video) return;
    video.layersNull = spatialLayer === null;
    this.judge(video, now);
  }

  /** Packets received and lost since the previous sample, from the receiving browser's statistics. */
  loss(consumerId: string, received: number, lost: number, now: number) {
    const video = this.videos.get(consumerId);
    if (!video) return;
    video.losses = video.losses.filter((s) => s.at > now - this.lossWindowMs);
    video.losses.push({ at: now, received, lost });
    this.judge(video, now);
  }

  /** Whether a video is being watched (resumed, not given up). */
  watching(consumerId: string) {
    return this.videos.has(consumerId);
  }

  /** The videos unsustainable for `graceMs` by `now`; they are forgotten (call `watch` again to resume). */
  due(now: number): string[] {
    const out: string[] = [];
    for (const [id, video] of this.videos) {
      if (video.badSince !== null && now - video.badSince >= this.graceMs) out.push(id);
    }
    for (const id of out) this.videos.delete(id);
    return out;
  }

  private judge(video: Tracked, now: number) {
    let received = 0;
    let lost = 0;
    for (const sample of video.losses) {
      received += sample.received;
      lost += sample.lost;
    }
    const bad =
      video.layersNull ||
      (video.score !== null && video.score <= this.poorScore) ||
      (received + lost > 0 && lost / (received + lost) > this.maxLoss);
    if (!bad) video.badSince = null;
    else video.badSince ??= now;
  }
}
