/** A minimal typed event emitter that works in browsers and Node alike. */
type Listener = (...args: unknown[]) => void;

export class Emitter<E extends { [K in keyof E]: unknown[] }> {
  private readonly listeners = new Map<keyof E, Set<Listener>>();

  /** Returns a function that removes the listener. */
  on<K extends keyof E>(event: K, listener: (...args: E[K]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as unknown as Listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof E>(event: K, listener: (...args: E[K]) => void) {
    this.listeners.get(event)?.delete(listener as unknown as Listener);
  }

  protected emit<K extends keyof E>(event: K, ...args: E[K]) {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
}
