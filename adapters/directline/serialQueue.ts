/**
 * Runs tasks one at a time per key. Two quick messages must not run concurrent turns, whose
 * ConversationState saves would overwrite each other (directline.md §4).
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly onError: (key: string, err: unknown) => void) {}

  /** Queues `task` behind the key's earlier tasks; resolves when it has run (never rejects). */
  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task).catch((err: unknown) => this.onError(key, err));
    this.tails.set(key, next);
    // Forget drained keys so the map does not grow with every conversation ever seen.
    void next.then(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves when every queued task has run. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
