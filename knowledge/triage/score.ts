/**
 * Scoring a triage run exactly as ../shared/eval/score_triage.py does (the hidden set's judge),
 * plus a confusion matrix and answer topic accuracy.
 */
/** Help Center topics that answer the same question; a hit on any of a group counts. */
export const TOPIC_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['order-status', 'shipping-tracking', 'delivery-timelines']),
  new Set(['returns-refunds', 'refund-processing-times']),
];

export interface Prediction {
  outcome?: string | null;
  topic?: string | null;
  category?: string | null;
}
export interface Gold {
  expected: string;
  also?: string[];
}

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/_/g, '-');

export function sameTopic(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || TOPIC_GROUPS.some((g) => g.has(x) && g.has(y));
}

export function labelOf(p: Prediction): string {
  const o = norm(p.outcome);
  if (o === 'answer') return `answer:${norm(p.topic)}`;
  if (o === 'escalate') return `escalate:${norm(p.category)}`;
  return o;
}

/** score_triage.py's `correct`: topic groups, and a bare request for a human may be walked through. */
export function isCorrect(expected: string, p: Prediction): boolean {
  const exp = norm(expected);
  const got = labelOf(p);
  if (exp.startsWith('answer:')) {
    if (got.startsWith('answer:') && sameTopic(exp.slice(7), got.slice(7))) return true;
    return exp === 'answer:contact-support' && (got === 'triage' || got === 'clarify');
  }
  return exp === got;
}

const bucket = (label: string) => (label.startsWith('escalate') ? label : label.split(':')[0]);

export interface ScoreReport {
  n: number;
  rows: { bucket: string; support: number; recall: number; precision: number }[];
  accuracy: number;
  macroRecall: number;
  securityRecall: number;
  falseEscalationRate: number;
  /** Answers whose article was right, among lines expecting an answer and answered. */
  topicAccuracy: number;
  outOfScopeRecall: number;
  /** expected bucket → predicted bucket → count. */
  confusion: Map<string, Map<string, number>>;
  /** Bars of the hidden set's scorer that are not met. */
  short: string[];
}

export function scoreRun(gold: Gold[], preds: Prediction[]): ScoreReport {
  if (gold.length !== preds.length)
    throw new Error(`triage wrote ${preds.length} lines for ${gold.length} inputs`);
  const tp = new Map<string, number>();
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  const confusion = new Map<string, Map<string, number>>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let ok = 0,
    falseEsc = 0,
    nonEsc = 0,
    secTotal = 0,
    secHit = 0,
    topicAsked = 0,
    topicRight = 0;
  gold.forEach((g, i) => {
    const p = preds[i];
    const exp = norm(g.expected);
    const c = isCorrect(exp, p) || (g.also ?? []).some((a) => isCorrect(a, p));
    const b = bucket(exp);
    const pb = bucket(labelOf(p));
    if (c) {
      ok += 1;
      inc(tp, b);
    }
    inc(support, b);
    // A correct line counts on its own bucket, as in the confusion matrix: a "triage" that rightly
    // answers a bare "talk to a human" is a true answer, not an answer predicted nowhere.
    inc(predicted, c ? b : pb);
    if (!confusion.has(b)) confusion.set(b, new Map());
    inc(confusion.get(b) as Map<string, number>, c ? b : pb);
    if (!exp.startsWith('escalate')) {
      nonEsc += 1;
      if (norm(p.outcome) === 'escalate') falseEsc += 1;
    }
    if (exp === 'escalate:security') {
      secTotal += 1;
      if (labelOf(p) === 'escalate:security') secHit += 1;
    }
    if (exp.startsWith('answer:') && norm(p.outcome) === 'answer') {
      topicAsked += 1;
      if (c) topicRight += 1;
    }
  });
  const rows = [...support.keys()].sort().map((b) => ({
    bucket: b,
    support: support.get(b) ?? 0,
    recall: (tp.get(b) ?? 0) / (support.get(b) ?? 1),
    precision: predicted.get(b) ? (tp.get(b) ?? 0) / (predicted.get(b) as number) : 0,
  }));
  const accuracy = ok / gold.length;
  const macroRecall = rows.reduce((s, r) => s + r.recall, 0) / (rows.length || 1);
  const securityRecall = secTotal ? secHit / secTotal : 1;
  const falseEscalationRate = nonEsc ? falseEsc / nonEsc : 0;
  const short: string[] = [];
  if (accuracy < 0.9) short.push('accuracy');
  if (macroRecall < 0.85) short.push('macro_recall');
  if (securityRecall < 1) short.push('security_recall');
  if (falseEscalationRate > 0.02) short.push('false_escalation_rate');
  return {
    n: gold.length,
    rows,
    accuracy,
    macroRecall,
    securityRecall,
    falseEscalationRate,
    topicAccuracy: topicAsked ? topicRight / topicAsked : 1,
    outOfScopeRecall: rows.find((r) => r.bucket === 'out-of-scope')?.recall ?? 1,
    confusion,
    short,
  };
}

/** The report as printed by `npm run eval`. */
export function formatReport(r: ScoreReport): string {
  const f = (n: number) => n.toFixed(3);
  const lines = [
    `${'outcome'.padEnd(28)} ${'support'.padStart(7)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}`,
  ];
  for (const row of r.rows) {
    lines.push(
      `${row.bucket.padEnd(28)} ${String(row.support).padStart(7)} ${f(row.recall).padStart(7)} ${f(row.precision).padStart(9)}`,
    );
  }
  lines.push('');
  lines.push(
    `n=${r.n} accuracy=${f(r.accuracy)} macro_recall=${f(r.macroRecall)} security_recall=${f(r.securityRecall)} ` +
      `false_escalation_rate=${f(r.falseEscalationRate)} answer_topic_accuracy=${f(r.topicAccuracy)} ` +
      `out_of_scope_recall=${f(r.outOfScopeRecall)}` +
      (r.short.length ? ` short: ${r.short.join(',')}` : ''),
  );
  const cols = [...new Set([...r.confusion.values()].flatMap((m) => [...m.keys()]))].sort();
  lines.push('', 'confusion (rows: expected, columns: predicted; a correct line counts on its own bucket)');
  const w = Math.max(12, ...cols.map((c) => c.length));
  lines.push(`${''.padEnd(28)} ${cols.map((c) => c.padStart(w)).join(' ')}`);
  for (const [exp, m] of [...r.confusion.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${exp.padEnd(28)} ${cols.map((c) => String(m.get(c) ?? 0).padStart(w)).join(' ')}`);
  }
  return lines.join('\n');
}
