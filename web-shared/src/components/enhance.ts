/**
 * SvelteKit's `enhance` action (`$app/forms`), as far as the shared forms use it: the app passes in its own,
 * since this package does not import Kit (each app owns its copy).
 */
export type Enhance = (
  form: HTMLFormElement,
  submit: () => (result: {
    update: (options?: { reset?: boolean; invalidateAll?: boolean }) => Promise<void>;
  }) => Promise<void>,
) => { destroy(): void };
