/** What `update` takes inside a `use:enhance` callback; typed here because each app owns its copy of Kit. */
type UpdateOptions = { reset?: boolean; invalidateAll?: boolean };

/**
 * A form's "sending…" state for `use:enhance={sending.submit}`: the page disables its submit button while
 * `sending.active`, so a second click does not send the form twice.
 */
export class PendingForm {
  active = $state(false);
  readonly #options: UpdateOptions;

  /** `{ reset: false }` keeps what was typed when the server sends the form back; `{ invalidateAll: false }` keeps the page's data (a secret shown once, say). */
  constructor(options: UpdateOptions = {}) {
    this.#options = options;
  }

  readonly submit = () => {
    this.active = true;
    return async ({ update }: { update: (options?: UpdateOptions) => Promise<void> }) => {
      await update(this.#options);
      this.active = false;
    };
  };
}
