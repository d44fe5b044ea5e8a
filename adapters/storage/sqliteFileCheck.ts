import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Logger } from '../logger';

/**
 * Watches that the SQLite file we opened is still the file at its path. Deleted or replaced
 * while running, our connection keeps writing into the old inode: every turn "succeeds" and
 * everything is lost at the next restart. This check and the read-back make that visible.
 */
export class SqliteFileCheck {
  private readonly identity: { dev: number; ino: number };
  private lastProblem: string | undefined;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {
    const st = fs.statSync(file);
    this.identity = { dev: st.dev, ino: st.ino };
  }

  /** Throws with the reason when the path no longer leads to the file we write; logs loudly once. */
  assertSameFile(): void {
    const problem = this.problem();
    if (problem) this.fail(problem);
  }

  /**
   * Reads the probe row through a new connection, as a restart would: a file truncated, overwritten
   * or corrupted under us reads as an error here while our own cached pages still accept writes.
   */
  readBack(key: string, nonce: string): void {
    let fresh: Database.Database | undefined;
    let problem: string | undefined;
    try {
      fresh = new Database(this.file, { readonly: true, fileMustExist: true });
      const row = fresh.prepare('SELECT data FROM bot_state WHERE key = ?').get(key) as
        { data: string } | undefined;
      if (!row || !row.data.includes(nonce)) problem = 'does not hold the row just written';
    } catch (err) {
      problem = `cannot be read by a new connection (${(err as Error).message})`;
    } finally {
      fresh?.close();
    }
    if (problem) this.fail(problem);
  }

  /** The whole check passed: a later problem is news again. */
  passed(): void {
    if (this.lastProblem) this.logger.warn('SQLite database file checks pass again', { file: this.file });
    this.lastProblem = undefined;
  }

  private fail(problem: string): never {
    // Loud once per new problem, not at every probe: /readyz is polled.
    if (problem !== this.lastProblem)
      this.logger.error(`SQLite database file ${problem}`, {
        file: this.file,
        consequence: 'writes may go where no restart finds them: tickets and conversations would be lost',
      });
    this.lastProblem = problem;
    throw new Error(`database file ${this.file} ${problem}`);
  }

  private problem(): string | undefined {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'was deleted while running';
      return `cannot be checked (${(err as Error).message})`;
    }
    if (st.ino !== this.identity.ino || st.dev !== this.identity.dev) return 'was replaced while running';
    return undefined;
  }
}
