/**
 * Help Center answers from the model's topic scores: answer when one topic leads clearly, ask
 * "did you mean" when two unrelated topics are close, and let retrieval confirm a topic the
 * model was unsure of. Never guess.
 */
import type { Understanding } from '../understand';
import type { DecideContext } from './context';
import type { Verdict } from './decision';
import { scoreOf, topicRanking } from './scores';
import { THRESHOLDS } from './thresholds';

/**
 * Articles that answer the same question from two sides: a close race between them is no reason
 * to ask "did you mean", either answers.
 */
const NEIGHBOURS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['order-status', 'shipping-tracking', 'delivery-timelines']),
  new Set(['returns-refunds', 'refund-processing-times']),
  new Set(['account-security', 'account-settings']),
  new Set(['contact-support', 'when-to-contact-support']),
];
const neighbours = (a: string, b: string) => NEIGHBOURS.some((g) => g.has(a) && g.has(b));

/** A Help Center decision, or null when the topics together are too weak to be one. */
export function topicDecision(
  u: Understanding,
  ctx: DecideContext,
  known: (id: string) => boolean,
): Verdict | null {
  const topics = topicRanking(u, known);
  const total = topics.reduce((s, t) => s + t.score, 0);
  if (topics.length === 0) return null;
  const [best] = topics;
  // Asking after something running that the message does not name ("about what happened with the
  // seller"): the status reading takes most of the score, and what is left still points at topics,
  // so the person is asked which one rather than walked through the three questions.
  // (What is left, summed: spread over two or three topics it is no weaker a pointer.)
  const unnamedStatus =
    u.intent.name === 'status' && u.process === null && total >= THRESHOLDS.TOPICS_MIN / 2;
  if (total < THRESHOLDS.TOPICS_MIN && !unnamedStatus) return null;
  // The lead is over the best topic that is not the same question seen from another side.
  const rival = topics.find((t) => t.id !== best.id && !neighbours(t.id, best.id));
  const lead = best.score - (rival?.score ?? 0);
  const retrieved =
    (ctx.search?.confidence ?? 0) >= THRESHOLDS.RETRIEVAL_AGREES_MIN ? ctx.search?.hits[0]?.id : undefined;
  if (best.score >= THRESHOLDS.ANSWER_MIN && lead >= THRESHOLDS.AMBIGUITY_MARGIN) {
    return {
      kind: 'answer',
      articleId: best.id,
      reason: 'help-center-topic',
      detail: `topic ${best.id} ${best.score.toFixed(2)}, lead ${lead.toFixed(2)}`,
      confidence: best.score,
    };
  }
  // The model is torn: retrieval over the articles' own words may settle it among its top three.
  const contenders = topics.slice(0, THRESHOLDS.CLARIFY_CANDIDATES);
  const agreed = retrieved ? contenders.find((t) => t.id === retrieved) : undefined;
  if (agreed && agreed.score >= THRESHOLDS.TOPICS_MIN / 2) {
    return {
      kind: 'answer',
      articleId: agreed.id,
      reason: 'retrieval-match',
      detail: `topic ${agreed.id} ${agreed.score.toFixed(2)} confirmed by retrieval ${(ctx.search?.confidence ?? 0).toFixed(2)}`,
      confidence: Math.max(agreed.score, ctx.search?.confidence ?? 0),
    };
  }
  return {
    kind: 'clarify',
    candidates: contenders.map((t) => t.id),
    reason: 'ambiguous-topic',
    detail: contenders.map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', '),
    confidence: best.score,
  };
}

/** Nothing the Help Center answers: out of scope when the model says so, else ask. */
export function fallbackDecision(u: Understanding): Verdict {
  const oos = scoreOf(u, 'out_of_scope');
  // "KX-20931", "order 66120": an order or case number with next to nothing around it is ours,
  // whatever the model makes of two tokens; the person is asked what it is about.
  if (!u.ids.alone && (oos >= THRESHOLDS.OUT_OF_SCOPE_MIN || u.intent.name === 'out_of_scope')) {
    return {
      kind: 'out_of_scope',
      reason: 'out-of-scope',
      detail: `out_of_scope ${oos.toFixed(2)}`,
      confidence: oos,
    };
  }
  return {
    kind: 'triage',
    reason: 'unclear-in-scope',
    detail: `${u.intent.name} ${u.intent.confidence.toFixed(2)}`,
    confidence: u.intent.confidence,
  };
}
