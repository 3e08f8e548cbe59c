import type { Attachment } from 'svelte/attachments';

/** Shows a track in a <video>/<audio> element; the element is detached from it when either goes away. */
export function playTrack(track: MediaStreamTrack | null): Attachment<HTMLMediaElement> {
  return (element) => {
    element.srcObject = track ? new MediaStream([track]) : null;
    return () => {
      element.srcObject = null;
    };
  };
}

/** Calls `onFrame` once, when the first video frame is painted (the join benchmark's end mark). */
export function onFirstFrame(onFrame: () => void): Attachment<HTMLVideoElement> {
  return (element) => {
    const handle = element.requestVideoFrameCallback(() => onFrame());
    return () => element.cancelVideoFrameCallback(handle);
  };
}
