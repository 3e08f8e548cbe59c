import { describe, expect, it } from 'vitest';
import { VideoFallback } from '../src/client/video-fallback.js';

describe('falling back to audio only when received video cannot be sustained', () => {
  it('gives a video up only after it has stayed poor for the whole grace period', () => {
    const fallback = new VideoFallback({ poorScore: 3, graceMs: 10_000 });
    fallback.watch('cam');
    fallback.score('cam', 9, 0);
    expect(fallback.due(5_000)).toEqual([]);
    fallback.score('cam', 2, 6_000);
    expect(fallback.due(15_999)).toEqual([]);
    expect(fallback.due(16_000)).toEqual(['cam']);
    // Given up once: not reported again until watched anew (the user's "try video again").
    expect(fallback.due(30_000)).toEqual([]);
  });

  it('starts the grace period over when the score recovers in between', () => {
    const fallback = new VideoFallback({ graceMs: 10_000 });
    fallback.watch('cam');
    fallback.score('cam', 1, 0);
    fallback.score('cam', 8, 9_000);
    fallback.score('cam', 3, 12_000);
    expect(fallback.due(21_000)).toEqual([]);
    expect(fallback.due(22_000)).toEqual(['cam']);
  });

  it('counts a video with no simulcast layer that fits the bandwidth as unsustainable', () => {
    const fallback = new VideoFallback({ graceMs: 5_000 });
    fallback.watch('cam');
    fallback.score('cam', 10, 0);
    fallback.layers('cam', null, 1_000);
    expect(fallback.due(5_999)).toEqual([]);
    fallback.layers('cam', 0, 3_000); // the lowest layer fits again
    expect(fallback.due(10_000)).toEqual([]);
  });

  it('ignores streams it does not watch (audio, screens, a camera the sender turned off)', () => {
    const fallback = new VideoFallback({ graceMs: 1 });
    fallback.score('mic', 0, 0);
    fallback.watch('cam');
    fallback.score('cam', 0, 0);
    fallback.forget('cam');
    expect(fallback.due(100)).toEqual([]);
  });

  it("counts the receiving browser's own packet loss, which a bouncing score does not hide", () => {
    const fallback = new VideoFallback({ graceMs: 10_000, maxLoss: 0.2 });
    fallback.watch('cam');
    // Two packets in three lost: mediasoup's score still wanders between 3 and 5 (retransmissions count as
    // repaired), the browser's loss stays high.
    for (let t = 0; t <= 10_000; t += 1000) {
      fallback.score('cam', [3, 4, 5][(t / 1000) % 3]!, t);
      fallback.loss('cam', 8, 12, t);
    }
    expect(fallback.due(10_000)).toEqual(['cam']);
    fallback.watch('cam');
    fallback.loss('cam', 19, 1, 11_000);
    expect(fallback.due(30_000)).toEqual([]);
  });

  it('sums the loss over a window, so one lucky second on the lowest layer does not restart the grace period', () => {
    const fallback = new VideoFallback({ graceMs: 10_000, maxLoss: 0.2, lossWindowMs: 5_000 });
    fallback.watch('cam');
    // Per second [received, lost] as a starved downlink gave them on the lowest layer: about a third lost,
    // but seconds like 9/2 and 4/0 are under the threshold on their own.
    const seconds = [
      [5, 2],
      [6, 2],
      [4, 2],
      [9, 2],
      [4, 0],
      [5, 6],
      [6, 2],
      [1, 0],
      [9, 8],
      [5, 3],
      [3, 2],
    ];
    seconds.forEach(([received, lost], i) => {
      fallback.score('cam', 4, i * 1000);
      fallback.loss('cam', received!, lost!, i * 1000);
    });
    expect(fallback.due(10_000)).toEqual(['cam']);
  });

  it('lets loss that has passed out of the window go: a recovered link is not given up', () => {
    const fallback = new VideoFallback({ graceMs: 10_000, maxLoss: 0.2, lossWindowMs: 5_000 });
    fallback.watch('cam');
    fallback.loss('cam', 5, 15, 0); // a burst
    for (let t = 1000; t <= 12_000; t += 1000) fallback.loss('cam', 30, 1, t);
    expect(fallback.due(12_000)).toEqual([]);
  });
});
