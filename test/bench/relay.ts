/**
 * Relay latency through the handoff hub, end to end over HTTP: a customer on Direct Line (stream)
 * is walked through the intake until a ticket is in the agent queue; a signed-in agent (agent API
 * + /agent/ws socket) claims it; then messages go back and forth one at a time:
 * - person → agent: POST on Direct Line → the message event on the agent's socket;
 * - agent → person: POST /agent/api/tickets/:id/messages → the activity on the customer's stream.
 */
import http from 'node:http';
import WebSocket from 'ws';
import { SESSION_COOKIE } from '../../adapters/agents/session';
import { z } from 'zod';
import type { Started } from './child';
import { request, startDirectLine, stopDirectLine, type StreamActivity } from './directline';
import { firstLine, partExists } from './optional';
import { round, summarize } from './stats';
import { renderTable } from './table';

const SAMPLES = 150;
const TIMEOUT_MS = 5000;
/** The whole measuring loop stops here, and after this many misses in a row: a broken relay must not hang the run. */
const LOOP_BUDGET_MS = 20_000;
const MAX_MISSES_IN_A_ROW = 3;

const loginSchema = z.object({ token: z.string() });
const rowSchema = z.looseObject({ ticketId: z.string(), summary: z.string().optional() });
const queueSchema = z.object({ pending: z.array(rowSchema), assigned: z.array(rowSchema).optional() });
const agentEventSchema = z.looseObject({
  type: z.string(),
  message: z.looseObject({ from: z.string(), text: z.string() }).optional(),
});
type AgentEvent = z.infer<typeof agentEventSchema>;

/** Why the relay cannot be measured on this server, or null when it can. */
function missing(started: Started | null): string | null {
  const parts: string[] = [];
  if (!partExists('handoff/service')) parts.push('handoff/service.ts (the hub)');
  if (!partExists('adapters/agents/hub')) parts.push('adapters/agents/hub.ts (agent API)');
  if (parts.length) return `missing ${parts.join(' and ')}`;
  if (!started) return 'the server did not start';
  const { ready } = started;
  if (!ready.full.ok) return 'the full app did not start';
  if (!ready.agentApi) return 'createApp does not mount the agent hub yet (no POST /agent/api/login)';
  if (ready.directLine.by !== 'createApp')
    return 'createApp does not serve Direct Line yet, so the hub has no way to deliver agent messages to a widget conversation';
  return null;
}

/** Resolves with the first value `match` returns for an item pushed to `subscribe`, or null on timeout. */
function waitFor<T, R>(
  subscribe: (fn: (x: T) => void) => () => void,
  match: (x: T) => R | undefined,
  ms: number,
): Promise<R | null> {
  return new Promise((resolve) => {
    const stop = subscribe((x) => {
      const r = match(x);
      if (r === undefined) return;
      clearTimeout(timer);
      stop();
      resolve(r);
    });
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, ms);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Measured {
  toAgent: number[];
  toPerson: number[];
  errors: Record<string, number>;
  setupMs: number;
  intakeTurns: number;
  /** Open tickets found before ours: conversations of the load that reached an agent. */
  ticketsBefore: number;
}

async function measure(started: Started): Promise<Measured> {
  const { port, agent: creds, directLineSecret } = started.ready;
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const t0 = process.hrtime.bigint();
  const login = await request(port, httpAgent, 'POST', '/agent/api/login', '', creds);
  const token = loginSchema.parse(login.body).token;

  const agentEvents = new Set<(e: AgentEvent) => void>();
  // The socket takes the session cookie only (a token in the URL is refused), as the console sends it.
  const ws = new WebSocket(`ws://127.0.0.1:${port}/agent/ws`, {
    headers: { Cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}` },
  });
  ws.on('message', (data) => {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return; // not an event
    }
    const parsed = agentEventSchema.safeParse(json);
    if (parsed.success) for (const fn of agentEvents) fn(parsed.data);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const onAgent = (fn: (e: AgentEvent) => void) => {
    agentEvents.add(fn);
    return () => void agentEvents.delete(fn);
  };

  const session = await startDirectLine(port, directLineSecret, 1, 1);
  const conv = session.conversations[0];
  let last: StreamActivity | undefined;
  let lastAt = Date.now();
  conv.watch((a) => {
    if (a.type === 'message') last = a;
    lastAt = Date.now();
  });
  const quiet = async () => {
    const until = Date.now() + TIMEOUT_MS;
    while (Date.now() - lastAt < 400 && Date.now() < until) await sleep(50);
  };
  try {
    // The load before may have opened tickets; ours is found by a marker in its summary.
    const queueNow = async () =>
      queueSchema.parse((await request(port, httpAgent, 'GET', '/agent/api/queue', token)).body);
    const before = await queueNow();
    const ticketsBefore = before.pending.length + (before.assigned?.length ?? 0);
    const marker = `bench-${process.pid}-${Date.now().toString(36)}`;
    // Intake: a security report, then the first offered answer to each question, until our ticket is queued.
    let ticketId: string | undefined;
    let answer = `Someone logged into my account last night and changed my email address without me (${marker})`;
    let intakeTurns = 0;
    for (; intakeTurns < 12 && !ticketId; intakeTurns++) {
      await conv.send(port, session.agent, answer);
      await sleep(150);
      await quiet();
      ticketId = (await queueNow()).pending.find((t) => t.summary?.includes(marker))?.ticketId;
      const offered = last?.suggestedActions?.actions?.[0]?.value;
      answer = typeof offered === 'string' ? offered : 'It happened yesterday evening and it was not me';
    }
    if (!ticketId) throw new Error(`no ticket in the agent queue after ${intakeTurns} intake turns`);
    const claim = await request(port, httpAgent, 'POST', `/agent/api/tickets/${ticketId}/claim`, token, {});
    if (claim.status !== 200) throw new Error(`claim answered ${claim.status}`);
    await quiet();
    const setupMs = Number(process.hrtime.bigint() - t0) / 1e6;

    const toAgent: number[] = [];
    const toPerson: number[] = [];
    const errors: Record<string, number> = {};
    let misses = 0;
    const fail = (k: string) => {
      errors[k] = (errors[k] ?? 0) + 1;
      misses += 1;
    };
    const deadline = Date.now() + LOOP_BUDGET_MS;
    for (let i = 0; i < SAMPLES && misses < MAX_MISSES_IN_A_ROW && Date.now() < deadline; i++) {
      const up = `customer note ${i} about my account`;
      const heard = waitFor(
        onAgent,
        (e) => (e.type === 'message' && e.message?.text.includes(up) ? true : undefined),
        TIMEOUT_MS,
      );
      const s1 = process.hrtime.bigint();
      await conv.send(port, session.agent, up);
      if (await heard) {
        toAgent.push(Number(process.hrtime.bigint() - s1) / 1e6);
        misses = 0;
      } else fail('person → agent: not seen in 5 s');

      const down = `agent answer ${i}: we are on it`;
      const seen = waitFor<StreamActivity, true>(
        (fn) => conv.watch(fn),
        (a) => (a.text?.includes(down) ? true : undefined),
        TIMEOUT_MS,
      );
      const s2 = process.hrtime.bigint();
      const said = await request(port, httpAgent, 'POST', `/agent/api/tickets/${ticketId}/messages`, token, {
        text: down,
      });
      if (said.status !== 200) fail(`agent post ${said.status}`);
      else if (await seen) {
        toPerson.push(Number(process.hrtime.bigint() - s2) / 1e6);
        misses = 0;
      } else fail('agent → person: not seen in 5 s');
    }
    await request(port, httpAgent, 'POST', `/agent/api/tickets/${ticketId}/resolve`, token, {
      resolution: 'benchmark done',
    });
    if (misses >= MAX_MISSES_IN_A_ROW) errors[`stopped after ${MAX_MISSES_IN_A_ROW} misses in a row`] = 1;
    return { toAgent, toPerson, errors, setupMs, intakeTurns, ticketsBefore };
  } finally {
    ws.close();
    stopDirectLine(session);
    httpAgent.destroy();
  }
}

/** Runs the relay measurement against the running server and prints the RELAY table; returns its JSON. */
export async function relaySection(started: Started | null, print: (s: string) => void): Promise<unknown> {
  const header = ['direction', 'samples', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'bar'];
  const why = missing(started);
  let m: Measured | null = null;
  let error: string | null = why;
  if (!why && started) {
    try {
      m = await measure(started);
    } catch (err) {
      error = `the relay run failed: ${firstLine(err)}`;
    }
  }
  if (!m) {
    const na = [null, null, null, null, null, why ? 'not available yet' : 'FAILED'];
    print(
      renderTable('RELAY (person → agent, agent → person)', header, [
        ['person → agent', ...na],
        ['agent → person', ...na],
      ]),
    );
    print(`relay: ${why ? 'not available yet: ' : ''}${error}`);
    return { unavailable: error };
  }
  const a = summarize(m.toAgent);
  const p = summarize(m.toPerson);
  const errs = Object.entries(m.errors);
  const errCount = (prefix: string) =>
    errs.filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
  print(
    renderTable('RELAY (Direct Line customer ⇄ agent API + /agent/ws, one message at a time)', header, [
      ['person → agent', a.n, round(a.p50), round(a.p99), round(a.max), errCount('person'), '—'],
      ['agent → person', p.n, round(p.p50), round(p.p99), round(p.max), errCount('agent'), '—'],
    ]),
  );
  print(`relay setup (agent sign-in, ${m.intakeTurns} intake turns, claim): ${round(m.setupMs)} ms`);
  if (m.ticketsBefore)
    print(
      `note: ${m.ticketsBefore} tickets were already open from the load's conversations (the intake reached a person)`,
    );
  if (errs.length) print(`relay errors: ${errs.map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  const j = (s: typeof a) => ({
    samples: s.n,
    p50Ms: round(s.p50),
    p99Ms: round(s.p99),
    maxMs: round(s.max),
  });
  return {
    personToAgent: j(a),
    agentToPerson: j(p),
    errors: m.errors,
    setupMs: round(m.setupMs),
    intakeTurns: m.intakeTurns,
    ticketsOpenedByLoad: m.ticketsBefore,
  };
}
