/**
 * When a received video cannot be sustained: the decision behind the automatic fall-back to audio only.
 *
 * The sfu reports, per received stream, its score (0–10, from this participant's receiver reports: loss on
 * the sfu → participant leg) and the simulcast layer it forwards (null when even the lowest layer does not fit
 * the bandwidth estimate); the browser measures what it lost on the way (its own `getStats()`, after
 * retransmissions). mediasoup's score counts retransmitted packets as repaired, so on a link losing two
 * packets in three it still says 4 or 5: the receiver's own loss is the steadier signal. A video whose
 * score stays at or below `poorScore`, whose loss stays above `maxLoss`, or that has no layer at all, for
 * `graceMs` is given up: the client pauses its consumer, so what bandwidth there is goes to the voice, and
 * tells the user. Pure and clock-injected, so it is tested without a network.
 */
export interface VideoFallbackOptions {
  /** At or below this score (0–10) the video counts as unsustainable. */
  poorScore?: number;
  /** How long it must stay unsustainable before it is paused. */
  graceMs?: number;
  /** Above this fraction of packets lost (0–1, as the browser counts it) the video counts as unsustainable. */
  maxLoss?: number;
}

interface Tracked {
  score: number | null;
  layersNull: boolean;
  loss: number | null;
  /** Since when it has been unsustainable; null while fine. */
  badSince: number | null;
}

export class VideoFallback {
  private readonly poorScore: number;
  private readonly graceMs: number;
  private readonly maxLoss: number;
  private readonly videos = new Map<string, Tracked>();

  constructor(options: VideoFallbackOptions = {}) {
    this.poorScore = options.poorScore ?? 3;
    this.graceMs = options.graceMs ?? 10_000;
    this.maxLoss = options.maxLoss ?? 0.2;
  }

  /** Starts watching a received video (a new consumer, or one resumed after a fall-back). */
  watch(consumerId: string) {
    this.videos.set(consumerId, { score: null, layersNull: false, loss: null, badSince: null });
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

  /** The share of packets lost since the previous sample (0–1), from the receiving browser's statistics. */
  loss(consumerId: string, fraction: number, now: number) {
    const video = this.videos.get(consumerId);
    if (!video) return;
    video.loss = fraction;
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
    const bad =
      video.layersNull ||
      (video.score !== null && video.score <= this.poorScore) ||
      (video.loss !== null && video.loss > this.maxLoss);
    if (!bad) video.badSince = null;
    else video.badSince ??= now;
  }
}
