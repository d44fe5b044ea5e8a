/**
 * CPU time, which a noisy shared machine disturbs far less than wall time: the server child's
 * from /proc (Linux), this process's from process.cpuUsage().
 */
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** User + system CPU of a process in ms, from /proc/<pid>/stat; null when unreadable. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(rest[11]);
    const stime = Number(rest[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** This process's CPU in ms since `from` (a process.cpuUsage() reading). */
export function selfCpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

export interface GcWatch {
  /** Collections seen since start: count, total and longest pause in ms. */
  stop(): Promise<{ count: number; totalMs: number; maxMs: number }>;
}

/** Watches garbage-collection pauses in this process (entries arrive asynchronously). */
export function watchGc(): GcWatch {
  let count = 0;
  let totalMs = 0;
  let maxMs = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      count += 1;
      totalMs += e.duration;
      maxMs = Math.max(maxMs, e.duration);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      // GC entries are delivered on a later tick; let them arrive before reading.
      await new Promise((resolve) => setTimeout(resolve, 50));
      obs.disconnect();
      return { count, totalMs, maxMs };
    },
  };
}
