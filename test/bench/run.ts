/**
 * `npm run bench`: measures the bot on this machine and prints one table per section, with a
 * bar column. A benchmark, not a test (never run under jest): it reports, and exits 0 when a
 * bar fails; it exits 1 only when the server cannot start. Results also go to
 * test-artifacts/bench.json.
 *
 * Order: start-up of the server child; load through it (echo, full bot, Direct Line, interleaved);
 * then, with the server stopped so they have the CPU, the in-process parts (search, triage).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, stopServer, type Started } from './child';
import { heapAfterGc } from './gc';
import { compiledStartSection } from './compiledStart';
import { modelSection } from './model';
import { REPO_ROOT } from './optional';
import { relaySection } from './relay';
import { searchSection } from './search';
import { mb, round } from './stats';
import { bar, renderTable } from './table';
import { triageSection } from './triage';
import { LOAD, turnsSection } from './turns';
import { turnBudgetSection } from './turnBudget';

const print = (s: string) => process.stdout.write(`${s}\n`);

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memGb: round(os.totalmem() / 2 ** 30),
    loadAvg1m: round(os.loadavg()[0]),
  };
}

function startupSection(started: Started): unknown {
  const { ready } = started;
  print(
    renderTable(
      'START-UP (child process: node --import tsx test/bench/server.ts, SQLite in a temp DATA_DIR)',
      ['measure', 'ms', 'bar'],
      [
        ['spawn → ready line (seen by the parent)', round(started.spawnToReadyMs), bar(null)],
        ['process uptime at listen (seen by the child)', round(ready.readyMs), bar(null)],
        ['  of which: importing bot/createApp (tsx compiles on the way)', round(ready.importMs), bar(null)],
        [
          '  of which: createApp (knowledge, index, storage)',
          ready.createAppMs === null ? null : round(ready.createAppMs),
          bar(null),
        ],
      ],
    ),
  );
  if (!ready.full.ok) print(`full bot: not available yet: ${ready.full.error}`);
  return {
    spawnToReadyMs: round(started.spawnToReadyMs),
    childUptimeAtReadyMs: round(ready.readyMs),
    importMs: round(ready.importMs),
    createAppMs: ready.createAppMs === null ? null : round(ready.createAppMs),
    fullApp: ready.full,
  };
}

async function main(): Promise<number> {
  const began = process.hrtime.bigint();
  const m = machine();
  print(
    `Kingston Express Support: npm run bench — ${m.cores} cores (${m.cpu}), node ${m.node}, ${m.platform}, ` +
      `${m.memGb} GB, load avg ${m.loadAvg1m} at start`,
  );
  print(
    `Load: closed loop from this process, ${LOAD.concurrency} concurrent, keep-alive, ${LOAD.conversations} ` +
      `conversations, expectReplies; ${LOAD.warmupMs} ms warm-up each, then ${LOAD.rounds} interleaved rounds × ` +
      `${LOAD.roundMs} ms. The load generator shares the cores with the server: compare ratios, not absolute numbers.`,
  );
  if (m.loadAvg1m > m.cores)
    print(
      `WARNING: load average ${m.loadAvg1m} on ${m.cores} cores: other processes compete for the CPU, so wall-time ` +
        'figures swing between runs; the CPU-time columns hold up better.',
    );
  const json: Record<string, unknown> = { machine: m, startedAt: new Date().toISOString() };
  let exitCode = 0;

  let started: Started | null = null;
  try {
    started = await startServer();
  } catch (err) {
    print(`\nSERVER FAILED TO START: ${(err as Error).message}`);
    json.server = { error: (err as Error).message };
    exitCode = 1;
  }
  if (started) {
    // A part that is still being written is "not available yet"; createApp throwing is a failed start.
    if (!started.ready.full.ok && !started.ready.full.missingPart) exitCode = 1;
    json.startup = startupSection(started);
    try {
      Object.assign(json, await turnsSection(started, print));
      json.relay = await relaySection(started, print);
    } catch (err) {
      // The in-process sections still run; the failure is shown and recorded.
      print(`\nTURNS section failed: ${(err as Error).stack ?? String(err)}`);
      json.turns = { error: (err as Error).message };
    } finally {
      await stopServer(started.child);
    }
  }

  if (!started) json.relay = await relaySection(null, print);
  const heapBase = heapAfterGc();
  json.search = await searchSection(print);
  json.compiledStart = await compiledStartSection(print);
  json.model = await modelSection(print);
  json.triage = await triageSection(print);
  json.turnBudget = await turnBudgetSection(json.turns as Parameters<typeof turnBudgetSection>[0], print);

  const heap = process.memoryUsage();
  const grown = heapAfterGc() - heapBase;
  print(
    renderTable(
      'BENCH PROCESS MEMORY (in-process parts: search indexes, triage)',
      ['measure', 'MB'],
      [
        ['heap used after the in-process sections', mb(heap.heapUsed)],
        ['heap growth over those sections (after GC)', mb(grown)],
        ['RSS', mb(heap.rss)],
      ],
    ),
  );
  json.benchProcessMemory = { heapUsedMb: mb(heap.heapUsed), heapGrowthMb: mb(grown), rssMb: mb(heap.rss) };

  const totalS = Number(process.hrtime.bigint() - began) / 1e9;
  json.totalSeconds = round(totalS);
  const dir = path.join(REPO_ROOT, 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  print(`\ntotal run time ${round(totalS)} s; results in test-artifacts/bench.json`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
