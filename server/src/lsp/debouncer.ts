/** Per-document debouncing of analysis runs. */

/**
 * Runs `task(key)` once per key after the key has been quiet for the requested delay.
 * A later request replaces an earlier one only when it would run sooner, so a burst of
 * edits costs one run and a slow neighbour refresh never postpones an edit's run.
 */
export class Debouncer {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; due: number }>();

  constructor(private readonly task: (key: string) => void) {}

  /** Schedules `key` to run after `delayMs`; with `restart`, an edit pushes a pending run back. */
  schedule(key: string, delayMs: number, restart = false): void {
    const due = Date.now() + delayMs;
    const pending = this.timers.get(key);
    if (pending) {
      if (!restart && pending.due <= due) {
        return;
      }
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.task(key);
    }, delayMs);
    this.timers.set(key, { timer, due });
  }

  /** Forgets a pending run. */
  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      this.timers.delete(key);
    }
  }

  /** Forgets every pending run. */
  dispose(): void {
    for (const { timer } of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }
}
