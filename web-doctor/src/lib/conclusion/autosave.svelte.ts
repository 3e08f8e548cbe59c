import { deserialize } from '$app/forms';

/** How long the doctor may pause typing before the draft is saved. */
const AUTOSAVE_MS = 1500;

/**
 * Debounced draft saves through the editor's own `?/save` action (the same path as its "Save draft"
 * button), so what the doctor typed survives a reload or a closed tab. `snapshot` is any string that changes
 * whenever the form's content does; a save is sent only when it differs from the last saved one.
 */
export class DraftAutosave {
  state = $state<'idle' | 'saving' | 'failed'>('idle');
  savedAt = $state<string | null>(null);
  #savedSnapshot: string;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(snapshot: string, savedAt: string | null) {
    this.#savedSnapshot = snapshot;
    this.savedAt = savedAt;
  }

  /** The content changed: save it once the doctor pauses. */
  schedule(form: HTMLFormElement, snapshot: string) {
    this.cancel();
    if (snapshot === this.#savedSnapshot) return;
    this.#timer = setTimeout(() => void this.#save(form, snapshot), AUTOSAVE_MS);
  }

  cancel() {
    clearTimeout(this.#timer);
  }

  /** Leaving the page: send what is unsaved without waiting for the answer. */
  flush(form: HTMLFormElement, snapshot: string) {
    this.cancel();
    if (snapshot !== this.#savedSnapshot) navigator.sendBeacon(form.action, new FormData(form));
  }

  /** A save made by the form itself (its button, or signing). */
  saved(snapshot: string, savedAt: string) {
    this.#savedSnapshot = snapshot;
    this.savedAt = savedAt;
    this.state = 'idle';
  }

  async #save(form: HTMLFormElement, snapshot: string) {
    this.state = 'saving';
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { 'x-sveltejs-action': 'true' },
    }).catch(() => null);
    const result = response ? deserialize(await response.text()) : null;
    if (result?.type === 'success' && typeof result.data?.savedAt === 'string') {
      this.saved(snapshot, result.data.savedAt);
    } else {
      this.state = 'failed';
    }
  }
}
