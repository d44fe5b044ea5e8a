/**
 * Triage throughput: 1,000 generated first messages judged with the triage judge in this process
 * (no earlier turns, no case records: the same question `npm run triage` answers).
 *
 * The judge (knowledge/triage) is loaded at run time, so a half-written judge makes this section
 * say "not available yet" instead of stopping the run.
 */
import { loadKnowledgeBase } from '../../knowledge/kb/loader';
import { createArticleSearch } from '../../knowledge/search';
import { heapAfterGc } from './gc';
import { firstMessages } from './messages';
import { firstLine, fn, loadPart } from './optional';
import { msSince, round } from './stats';
import { bar, renderTable } from './table';

export interface TriageResult {
  messages: number;
  totalMs: number;
  perSec: number;
  heapDeltaMb: number;
  /** Outcome → count, as a sanity check that the judge really judged. */
  outcomes: Record<string, number>;
  via: string;
}

type Judge = (text: string) => unknown;

function outcomeOf(result: unknown): string {
  if (result && typeof result === 'object') {
    const o = (result as { outcome?: unknown }).outcome;
    if (typeof o === 'string') return o;
  }
  return '(no outcome field)';
}

/** `createTriage(kb, search).judge(text)` from knowledge/triage, or why it is not there. */
export async function findJudge(): Promise<{ judge: Judge; via: string } | string> {
  const mod = await loadPart('knowledge/triage');
  if (!mod.ok) return mod.reason;
  const make = fn(mod.exports, 'createTriage');
  if (!make)
    return `knowledge/triage does not export createTriage (exports: ${Object.keys(mod.exports).join(', ')})`;
  const kb = loadKnowledgeBase();
  const made: unknown = make(kb, createArticleSearch(kb.articles));
  const judge = made && typeof made === 'object' ? (made as { judge?: unknown }).judge : undefined;
  if (typeof judge !== 'function') return 'createTriage(kb, search) returned no judge(text) method';
  return { judge: (t) => judge.call(made, t), via: 'knowledge/triage createTriage(kb, search).judge(text)' };
}

/** Judges 1,000 first messages; returns a reason string when the judge is not available. */
export async function benchTriage(count = 1000): Promise<TriageResult | string> {
  let found: Awaited<ReturnType<typeof findJudge>>;
  try {
    found = await findJudge();
  } catch (err) {
    return `building the triage judge failed: ${firstLine(err)}`;
  }
  if (typeof found === 'string') return found;
  const msgs = firstMessages(count, 2026);
  // One warm-up pass over other messages: lazy tables and the JIT are start-up, not throughput.
  for (const m of firstMessages(100, 99)) await found.judge(m);
  const before = heapAfterGc();
  const outcomes: Record<string, number> = {};
  const t0 = process.hrtime.bigint();
  const results: unknown[] = [];
  for (const m of msgs) {
    const r = found.judge(m);
    // An async judge is awaited one message at a time, as the batch command would.
    results.push(r instanceof Promise ? await r : r);
  }
  const totalMs = msSince(t0);
  for (const r of results) {
    const o = outcomeOf(r);
    outcomes[o] = (outcomes[o] ?? 0) + 1;
  }
  const heapDeltaMb = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
  return {
    messages: count,
    totalMs,
    perSec: (count / totalMs) * 1000,
    heapDeltaMb,
    outcomes,
    via: found.via,
  };
}

export const BAR_TRIAGE_MS = 1000;

/** Judges 1,000 first messages and prints the TRIAGE table; returns its JSON. */
export async function triageSection(print: (s: string) => void): Promise<unknown> {
  const triage = await benchTriage(1000);
  if (typeof triage === 'string') {
    print(
      renderTable(
        `TRIAGE (bar: 1,000 first messages in < ${BAR_TRIAGE_MS} ms)`,
        ['measure', 'value', 'bar'],
        [['1,000 first messages', null, 'not available yet']],
      ),
    );
    print(`triage: not available yet: ${triage}`);
    return { unavailable: triage };
  } else {
    const pass = triage.totalMs < BAR_TRIAGE_MS;
    print(
      renderTable(
        `TRIAGE (in process, ${triage.via}; bar: 1,000 first messages in < ${BAR_TRIAGE_MS} ms)`,
        ['measure', 'value', 'bar'],
        [
          [
            `${triage.messages.toLocaleString('en-US')} first messages, total ms`,
            round(triage.totalMs),
            bar(pass),
          ],
          ['messages / s', round(triage.perSec), bar(null)],
          ['mean ms / message', round(triage.totalMs / triage.messages), bar(null)],
          ['heap Δ MB during the batch', round(triage.heapDeltaMb), bar(null)],
        ],
      ),
    );
    print(
      `triage outcomes: ${Object.entries(triage.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    return {
      ...triage,
      totalMs: round(triage.totalMs),
      perSec: round(triage.perSec),
      heapDeltaMb: round(triage.heapDeltaMb),
      bar: { maxMs: BAR_TRIAGE_MS, pass },
    };
  }
}
