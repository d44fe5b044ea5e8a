/**
 * The full bot against itself without observing its turns, on equal work: each run sends the
 * same messages to fresh conversations (so both routes walk the same dialogs and open the same
 * tickets), a fixed number of turns per worker, in A B B A order so drift hits both alike, after
 * one unmeasured run of each (the first run after the load pays for its garbage and cold paths,
 * whichever route it is). The server's CPU per turn is read from /proc around each run, and each
 * route's figure is the median of its runs: one run disturbed by the machine's other load moves
 * a sum, not a median.
 */
import { processCpuMs } from './cpu';
import { keepAliveAgent, runRound } from './load';

export const AB = { rounds: 6, concurrency: 16, conversations: 64, turnsPerWorker: 16 } as const;

export interface AbResult {
  turns: { full: number; quiet: number };
  cpuMsPerTurn: { full: number; quiet: number } | null;
  errors: number;
}

export async function observationAb(
  port: number,
  pid: number,
  paths: { full: string; quiet: string },
): Promise<AbResult> {
  const agent = keepAliveAgent(AB.concurrency);
  const turns = { full: 0, quiet: 0 };
  const perRun: { full: number[]; quiet: number[] } = { full: [], quiet: [] };
  let errors = 0;
  let measured = true;
  const runOnce = (target: 'full' | 'quiet', prefix: string) =>
    runRound({
      port,
      path: paths[target],
      prefix,
      agent,
      concurrency: AB.concurrency,
      conversations: AB.conversations,
      durationMs: 120_000,
      turnsPerWorker: AB.turnsPerWorker,
    });
  try {
    await runOnce('full', 'ab-warm-full');
    await runOnce('quiet', 'ab-warm-quiet');
    for (let r = 0; r < AB.rounds; r++) {
      const order: ('full' | 'quiet')[] = r % 2 === 0 ? ['full', 'quiet'] : ['quiet', 'full'];
      for (const target of order) {
        const before = processCpuMs(pid);
        const result = await runOnce(target, `ab-${target}-${r}`);
        const after = processCpuMs(pid);
        if (before === null || after === null) measured = false;
        else if (result.turns > 0) perRun[target].push((after - before) / result.turns);
        turns[target] += result.turns;
        errors += result.errors;
      }
    }
  } finally {
    agent.destroy();
  }
  return {
    turns,
    cpuMsPerTurn:
      measured && perRun.full.length && perRun.quiet.length
        ? { full: median(perRun.full), quiet: median(perRun.quiet) }
        : null,
    errors,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
