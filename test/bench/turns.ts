/**
 * The turns section: the echo bot, the full bot through /api/messages and through Direct Line,
 * loaded in interleaved rounds on one server, with the server's CPU per turn read from /proc.
 */
import { processCpuMs } from './cpu';
import { memoryOf, rssMb, smoke, type Started } from './child';
import { startNodeFlags } from './nodeFlags';
import {
  probeDirectLine,
  runDirectLineRound,
  startDirectLine,
  stopDirectLine,
  type DlSession,
} from './directline';
import { keepAliveAgent, runRound, type RoundResult } from './load';
import { firstLine } from './optional';
import { ANSWER_MESSAGES } from './messages';
import { FLOOR_ROUTES } from './routes';
import { round, summarize, type Summary } from './stats';
import { bar, renderTable, type Cell } from './table';
import { measureObservation } from './observe';
import { AB, observationAb, type AbResult } from './observeAb';

export const LOAD = {
  concurrency: 32,
  conversations: 200,
  dlConversations: 64,
  warmupMs: 2000,
  roundMs: 2000,
  rounds: 3,
} as const;
/** Issue 14: the full bot keeps at least this share of the smallest durable dialog bot's turns/s. */
export const BAR_RATIO = 0.9;
/** The row the bar reads against: echo + SQLite conversation state + a one-prompt waterfall. */
const DIALOG_NAME = 'echo + state + dialog';
const FULL_NAME = 'full bot  /api/messages';
const ANSWERS_NAME = 'full bot, Help Center answers';
/** Observing a turn (log line, decision record, metrics) may cost at most this share of a turn. */
export const OBSERVE_BAR = 0.05;
const QUIET_NAME = 'full bot, no log/metrics';
/** Issue 14: the server fits a 256 MB container through the load (resident set at its peak). */
export const BAR_PEAK_RSS_MB = 256;

interface TargetStats {
  name: string;
  rounds: RoundResult[];
  /** Server CPU (user + system) per successful turn, ms; null off Linux. */
  serverCpuMsPerTurn: number | null;
  meanTurnsPerSec: number;
  spreadPct: number;
  latency: Summary;
  errors: number;
  errorKinds: Record<string, number>;
}

type Target = { name: string; run: (offset: number, ms: number) => Promise<RoundResult> };

function combine(name: string, rounds: RoundResult[], cpuMs: (number | null)[]): TargetStats {
  const rates = rounds.map((r) => r.turnsPerSec);
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const errorKinds: Record<string, number> = {};
  for (const r of rounds)
    for (const [k, v] of Object.entries(r.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + v;
  const turns = rounds.reduce((a, r) => a + r.turns, 0);
  const cpu = cpuMs.every((c) => c !== null) ? (cpuMs as number[]).reduce((a, b) => a + b, 0) : null;
  return {
    name,
    rounds,
    serverCpuMsPerTurn: cpu !== null && turns > 0 ? cpu / turns : null,
    meanTurnsPerSec: mean,
    spreadPct: mean > 0 ? ((Math.max(...rates) - Math.min(...rates)) / mean) * 100 : 0,
    latency: summarize(rounds.flatMap((r) => r.latenciesMs)),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    errorKinds,
  };
}

/** Warm-up for each target, then rounds in turn (a, b, c, a, b, c …) so drift hits all alike. */
async function interleave(targets: Target[], serverPid: number): Promise<TargetStats[]> {
  for (const t of targets) await t.run(0, LOAD.warmupMs);
  const rounds: RoundResult[][] = targets.map(() => []);
  const cpu: (number | null)[][] = targets.map(() => []);
  for (let r = 0; r < LOAD.rounds; r++) {
    for (let i = 0; i < targets.length; i++) {
      const before = processCpuMs(serverPid);
      rounds[i].push(await targets[i].run((r + 1) * 5, LOAD.roundMs));
      const after = processCpuMs(serverPid);
      cpu[i].push(before === null || after === null ? null : after - before);
    }
  }
  return targets.map((t, i) => combine(t.name, rounds[i], cpu[i]));
}

const errorText = (t: TargetStats) =>
  t.errors === 0
    ? '0'
    : `${t.errors} (${Object.entries(t.errorKinds)
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')})`;

function toJson(s: TargetStats | undefined) {
  return (
    s && {
      turnsPerSec: round(s.meanTurnsPerSec),
      roundsTurnsPerSec: s.rounds.map((r) => round(r.turnsPerSec)),
      spreadPct: round(s.spreadPct),
      p50Ms: round(s.latency.p50),
      p99Ms: round(s.latency.p99),
      maxMs: round(s.latency.max),
      turns: s.latency.n,
      serverCpuMsPerTurn: s.serverCpuMsPerTurn === null ? null : round(s.serverCpuMsPerTurn),
      errors: s.errors,
      errorKinds: s.errorKinds,
    }
  );
}

const HEADER = [
  'target',
  'turns/s',
  'spread',
  'p50 ms',
  'p99 ms',
  'max ms',
  'turns',
  'errors',
  '× echo',
  '× dialog',
  'srv cpu ms/turn',
  '× echo (cpu)',
  'bar',
];

/** Runs the load and prints the TURNS and SERVER MEMORY tables; returns their JSON. */
export async function turnsSection(
  started: Started,
  print: (s: string) => void,
): Promise<Record<string, unknown>> {
  const { ready } = started;
  const port = ready.port;
  const fullWhy = ready.full.ok ? null : ready.full.error;
  const echoSmoke = await smoke(port, '/api/echo');
  const fullSmoke = ready.full.ok ? await smoke(port, '/api/messages') : null;
  for (const p of [echoSmoke, fullSmoke]) if (p) print(`smoke check: ${p}`);

  let dlWhy: string | null =
    ready.directLine.by === null ? ready.directLine.why : await probeDirectLine(port, ready.directLineSecret);
  let dl: DlSession | null = null;
  if (!dlWhy) {
    try {
      dl = await startDirectLine(port, ready.directLineSecret, LOAD.dlConversations, 8);
    } catch (err) {
      dlWhy = `starting Direct Line conversations failed: ${firstLine(err)}`;
    }
  }

  const agents = [0, 1, 2, 3, 4, 5].map(() => keepAliveAgent(LOAD.concurrency));
  const http = (
    name: string,
    path: string,
    prefix: string,
    agent: (typeof agents)[number],
    messages?: readonly string[],
  ): Target => ({
    name,
    run: (offset, durationMs) =>
      runRound(
        {
          port,
          path,
          prefix,
          agent,
          durationMs,
          concurrency: LOAD.concurrency,
          conversations: LOAD.conversations,
          messages,
        },
        offset,
      ),
  });
  const targets: Target[] = [http('echo bot  /api/echo', FLOOR_ROUTES.echo, 'echo', agents[0])];
  if (ready.floors)
    targets.push(
      http('echo + SQLite state', FLOOR_ROUTES.echoState, 'echo-state', agents[2]),
      http(DIALOG_NAME, FLOOR_ROUTES.echoDialog, 'echo-dialog', agents[3]),
    );
  if (ready.full.ok && !fullSmoke)
    targets.push(
      http(FULL_NAME, '/api/messages', 'full', agents[1]),
      // The answer path alone: Help Center questions, so no conversation opens a ticket.
      http(ANSWERS_NAME, '/api/messages', 'answers', agents[5], ANSWER_MESSAGES),
    );
  // The same bot without observing its turns, interleaved with it: the difference is their cost.
  if (ready.full.ok && !fullSmoke && ready.quiet)
    targets.push(http(QUIET_NAME, FLOOR_ROUTES.quiet, 'quiet', agents[4]));
  if (dl) {
    const session = dl;
    targets.push({
      name: 'full bot  Direct Line',
      run: (offset, ms) => runDirectLineRound(session, LOAD.concurrency, ms, offset),
    });
  }
  const stats = echoSmoke ? [] : await interleave(targets, ready.pid);
  const rssAfterLoad = rssMb(ready.pid);
  const peakRss = rssMb(ready.pid, 'VmHWM');
  const memory = await memoryOf(started.child);
  if (dl) stopDirectLine(dl);
  for (const a of agents) a.destroy();

  const echo = stats.find((s) => s.name.startsWith('echo'));
  const full = stats.find((s) => s.name === FULL_NAME);
  const answers = stats.find((s) => s.name === ANSWERS_NAME);
  const dialog = stats.find((s) => s.name === DIALOG_NAME);
  const dlStats = stats.find((s) => s.name.includes('Direct Line'));
  const vsEcho = (s: TargetStats) =>
    echo && echo.meanTurnsPerSec > 0 ? s.meanTurnsPerSec / echo.meanTurnsPerSec : null;
  const vsDialog = (s: TargetStats) =>
    dialog && dialog.meanTurnsPerSec > 0 ? s.meanTurnsPerSec / dialog.meanTurnsPerSec : null;
  const ratio = full ? vsDialog(full) : null;
  const answersRatio = answers ? vsDialog(answers) : null;
  const barred = (s: TargetStats) => s === full || s === answers;
  const passes = (s: TargetStats) => {
    const r = vsDialog(s);
    return r === null ? null : r >= BAR_RATIO;
  };
  const rows: Cell[][] = stats.map((s) => [
    s.name,
    round(s.meanTurnsPerSec),
    `${round(s.spreadPct)} %`,
    round(s.latency.p50),
    round(s.latency.p99),
    round(s.latency.max),
    s.latency.n,
    errorText(s),
    vsEcho(s) === null ? null : round(vsEcho(s) as number),
    vsDialog(s) === null ? null : round(vsDialog(s) as number),
    s.serverCpuMsPerTurn === null ? null : round(s.serverCpuMsPerTurn),
    echo?.serverCpuMsPerTurn && s.serverCpuMsPerTurn
      ? round(echo.serverCpuMsPerTurn / s.serverCpuMsPerTurn)
      : null,
    bar(barred(s) ? passes(s) : null),
  ]);
  const blank: Cell[] = HEADER.slice(2).map(() => null);
  if (!full) rows.push([FULL_NAME, ...blank, 'not available yet']);
  if (!dlStats) rows.push(['full bot  Direct Line', ...blank, 'not available yet']);
  print(
    renderTable(
      `TURNS (bar: full bot ≥ ${BAR_RATIO} × "${DIALOG_NAME}" turns/s, mixed and answers; echo = the floor; ` +
        'Direct Line = post → first reply on the stream)',
      HEADER,
      rows,
    ),
  );
  print(
    'spread = (max − min) / mean of the per-round turns/s. srv cpu ms/turn = server CPU per turn from /proc; ' +
      '× echo (cpu) = echo CPU per turn / this CPU per turn: the turns/s ratio a CPU-bound server would show, ' +
      'far less disturbed by other load on the machine. The bar reads the turns/s ratio. ' +
      `"${FULL_NAME}" is the mixed load (questions, escalations that open tickets, intakes, ` +
      `out of scope, small talk); "${ANSWERS_NAME}" sends only questions an article answers.`,
  );
  if (ready.floors)
    print(
      'Between the floor and the full bot: "echo + SQLite state" also loads and saves its conversation state ' +
        "(a counter) in the app's own SQLite store through botbuilder's ConversationState, as every durable bot " +
        'does; "echo + state + dialog" adds the smallest botbuilder-dialogs dialog (a one-prompt waterfall).',
    );
  if (ready.directLine.by === 'bench')
    print(
      'Direct Line: createApp does not serve it yet, so the bench server mounted adapters/directline mountDirectLine ' +
        "beside the app (the app's logic, middleware and SQLite database; rate limits lifted).",
    );
  if (!full) print(`full bot /api/messages: not available yet: ${fullSmoke ?? fullWhy}`);
  if (!dlStats) print(`Direct Line: not available yet: ${dlWhy}`);
  const quiet = stats.find((s) => s.name === QUIET_NAME);
  const ab =
    full && quiet
      ? await observationAb(port, ready.pid, { full: '/api/messages', quiet: FLOOR_ROUTES.quiet })
      : null;
  const observation = full ? await observationSection(full, quiet, ab, print) : null;
  const setup = dl ? summarize(dl.setupMs) : null;
  if (dl && setup)
    print(
      `Direct Line setup (generate token + start + open stream), ${dl.setupMs.length} conversations: ` +
        `p50 ${round(setup.p50)} ms, p99 ${round(setup.p99)} ms`,
    );
  print(
    renderTable(
      `SERVER MEMORY (child process; node ${startNodeFlags().join(' ') || '(no heap flags)'}; bar: peak RSS ≤ ${BAR_PEAK_RSS_MB} MB)`,
      ['measure', 'MB', 'bar'],
      [
        ['RSS after the load (/proc VmRSS)', rssAfterLoad, bar(null)],
        [
          'peak RSS, start-up and load (/proc VmHWM)',
          peakRss,
          bar(peakRss === null ? null : peakRss <= BAR_PEAK_RSS_MB),
        ],
        ['JS heap committed (heapTotal) after the load', memory?.heapCommittedMb ?? null, bar(null)],
        ['JS heap in use after the load', memory?.heapUsedMb ?? null, bar(null)],
        ['JS heap live after a full GC', memory?.liveHeapMb ?? null, bar(null)],
        ['RSS after that GC', memory?.rssAfterGcMb ?? null, bar(null)],
      ],
    ),
  );
  print(
    'Live heap = what the server keeps (knowledge, indexes, caches). npm start caps the old generation ' +
      '(--max-old-space-size) and the young one (--max-semi-space-size), read here from package.json; ' +
      'without caps V8 let the committed heap grow to about 450 MB between full collections under this load. ' +
      'The rest of the RSS is Node itself (its binary is about 50 MB of it), compiled code and native memory.',
  );

  return {
    turns: {
      ...LOAD,
      echo: toJson(echo) ?? { unavailable: echoSmoke },
      echoWithState: toJson(stats.find((t) => t.name.startsWith('echo + SQLite'))) ?? null,
      echoWithStateAndDialog: toJson(stats.find((t) => t.name.startsWith('echo + state + dialog'))) ?? null,
      full: toJson(full) ?? { unavailable: fullSmoke ?? fullWhy },
      answers: toJson(answers) ?? null,
      directLine: toJson(dlStats) ?? { unavailable: dlWhy },
      directLineServedBy: ready.directLine.by,
      directLineSetupMs: setup && { p50: round(setup.p50), p99: round(setup.p99) },
      ratioFullToEcho: full && vsEcho(full) !== null ? round(vsEcho(full) as number) : null,
      ratioFullToDialog: ratio === null ? null : round(ratio),
      ratioAnswersToDialog: answersRatio === null ? null : round(answersRatio),
      quiet: toJson(stats.find((s) => s.name === QUIET_NAME)) ?? null,
      observation,
      bar: {
        min: BAR_RATIO,
        against: DIALOG_NAME,
        pass:
          ratio === null || answersRatio === null ? null : ratio >= BAR_RATIO && answersRatio >= BAR_RATIO,
      },
    },
    serverMemory: {
      nodeFlags: startNodeFlags(),
      rssAfterLoadMb: rssAfterLoad,
      peakRssMb: peakRss,
      bar: { maxPeakRssMb: BAR_PEAK_RSS_MB, pass: peakRss === null ? null : peakRss <= BAR_PEAK_RSS_MB },
      ...memory,
    },
  };
}

/**
 * OBSERVING A TURN: the full bot against itself without the decision log (interleaved rounds,
 * server CPU per turn and turns/s), and the same work timed in process, where the load's noise
 * does not reach. The bar reads the in-process cost against the full bot's CPU per turn.
 */
async function observationSection(
  full: TargetStats,
  quiet: TargetStats | undefined,
  ab: AbResult | null,
  print: (s: string) => void,
): Promise<Record<string, unknown>> {
  const cost = await measureObservation();
  const fullCpuMs = full.serverCpuMsPerTurn;
  const share = fullCpuMs ? cost.totalUs / 1000 / fullCpuMs : null;
  const pct = (x: number | null) => (x === null ? null : `${round(x * 100)} %`);
  const cpuShare =
    quiet?.serverCpuMsPerTurn && fullCpuMs ? (fullCpuMs - quiet.serverCpuMsPerTurn) / fullCpuMs : null;
  const tpsShare = quiet ? (quiet.meanTurnsPerSec - full.meanTurnsPerSec) / quiet.meanTurnsPerSec : null;
  const abShare = ab?.cpuMsPerTurn
    ? (ab.cpuMsPerTurn.full - ab.cpuMsPerTurn.quiet) / ab.cpuMsPerTurn.full
    : null;
  print(
    renderTable(
      `OBSERVING A TURN (log line + decision record + metrics; bar: ≤ ${OBSERVE_BAR * 100} % of a full-bot turn)`,
      ['measure', 'full bot', 'no log/metrics', 'cost', 'share of a turn', 'bar'],
      [
        [
          'server CPU ms/turn (interleaved load)',
          fullCpuMs === null ? null : round(fullCpuMs),
          quiet?.serverCpuMsPerTurn == null ? null : round(quiet.serverCpuMsPerTurn),
          cpuShare === null || fullCpuMs === null ? null : round(fullCpuMs * cpuShare),
          pct(cpuShare),
          bar(null),
        ],
        [
          'turns/s (interleaved load)',
          round(full.meanTurnsPerSec),
          quiet ? round(quiet.meanTurnsPerSec) : null,
          null,
          pct(tpsShare),
          bar(null),
        ],
        [
          `server CPU ms/turn (A/B: median of ${AB.rounds} runs × ${AB.concurrency * AB.turnsPerWorker} same turns)`,
          ab?.cpuMsPerTurn ? round(ab.cpuMsPerTurn.full) : null,
          ab?.cpuMsPerTurn ? round(ab.cpuMsPerTurn.quiet) : null,
          ab?.cpuMsPerTurn ? round(ab.cpuMsPerTurn.full - ab.cpuMsPerTurn.quiet) : null,
          pct(abShare),
          bar(null),
        ],
        [
          `in process, CPU µs/turn (${cost.turns} turns)`,
          null,
          null,
          round(cost.totalUs),
          pct(share),
          bar(share === null ? null : share <= OBSERVE_BAR),
        ],
        ['  of which: log line (pino, masked, to /dev/null)', null, null, round(cost.logUs), null, bar(null)],
        [
          '  of which: decision record (SQLite, in batches of 100)',
          null,
          null,
          round(cost.storeUs),
          null,
          bar(null),
        ],
        ['  of which: metrics (prom-client)', null, null, round(cost.metricsUs), null, bar(null)],
      ],
    ),
  );
  print(
    "The interleaved rows carry the load's noise, and the two routes' conversations drift apart (one mid-intake " +
      'while the other answers); the A/B row sends both the same messages to fresh conversations, A B B A; the ' +
      "in-process row times the same work alone, and the bar reads it against the full bot's server CPU per turn.",
  );
  return {
    inProcessUsPerTurn: {
      log: round(cost.logUs),
      store: round(cost.storeUs),
      metrics: round(cost.metricsUs),
      total: round(cost.totalUs),
    },
    shareOfTurn: share === null ? null : round(share),
    interleavedCpuShare: cpuShare === null ? null : round(cpuShare),
    interleavedTurnsPerSecShare: tpsShare === null ? null : round(tpsShare),
    ab: ab && { ...ab, share: abShare === null ? null : round(abShare) },
    bar: { max: OBSERVE_BAR, pass: share === null ? null : share <= OBSERVE_BAR },
  };
}
