/** Figures over (expected, predicted) intent pairs, the same ones for every model compared. */
import { categoryOf } from './intents';

export interface IntentScores {
  n: number;
  accuracy: number;
  macroRecall: number;
  securityRecall: number;
  /** Share of non-escalation examples predicted as an escalation. */
  falseEscalation: number;
  /** Per intent: support, recall, precision. */
  perIntent: { intent: string; support: number; recall: number; precision: number }[];
}

export function intentScores(results: readonly { expected: string; predicted: string }[]): IntentScores {
  const support = new Map<string, number>();
  const hits = new Map<string, number>();
  const predicted = new Map<string, number>();
  let ok = 0;
  let sec = 0;
  let secHit = 0;
  let calm = 0;
  let falseEsc = 0;
  for (const r of results) {
    support.set(r.expected, (support.get(r.expected) ?? 0) + 1);
    predicted.set(r.predicted, (predicted.get(r.predicted) ?? 0) + 1);
    if (r.expected === r.predicted) {
      ok++;
      hits.set(r.expected, (hits.get(r.expected) ?? 0) + 1);
    }
    if (r.expected === 'escalate:security') {
      sec++;
      if (r.predicted === r.expected) secHit++;
    }
    if (!categoryOf(r.expected)) {
      calm++;
      if (categoryOf(r.predicted)) falseEsc++;
    }
  }
  const perIntent = [...support.keys()].sort().map((intent) => ({
    intent,
    support: support.get(intent)!,
    recall: (hits.get(intent) ?? 0) / support.get(intent)!,
    precision: predicted.get(intent) ? (hits.get(intent) ?? 0) / predicted.get(intent)! : 0,
  }));
  return {
    n: results.length,
    accuracy: results.length ? ok / results.length : 0,
    macroRecall: perIntent.reduce((s, p) => s + p.recall, 0) / (perIntent.length || 1),
    securityRecall: sec ? secHit / sec : 1,
    falseEscalation: calm ? falseEsc / calm : 0,
    perIntent,
  };
}
