/**
 * Help Center answers: topic cues and retrieval vote; low confidence asks ("did you mean"),
 * text with no marketplace words is out of scope. Never guess.
 */
import type { Understanding } from '../understand';
import type { DecideContext } from './context';
import type { Decision } from './decision';
import { CONFIDENCE, THRESHOLDS } from './thresholds';

/**
 * Articles that answer neighbouring questions: when the person is inside a process, its own
 * article ("refund-processing-times" for a refund not showing up) beats its neighbour. The
 * delivery articles are not listed: for a parcel on its way, "order status" is as good an
 * answer as "delivery timelines".
 */
const NEIGHBOURS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['returns-refunds', 'refund-processing-times']),
];

/**
 * The article the cues and retrieval agree on, or the strongest cue; null without cues.
 * `processArticle` is the running process's article, preferred over its neighbours.
 */
export function cueAnswer(
  u: Understanding,
  ctx: DecideContext,
  known: (id: string) => boolean,
  processArticle?: string,
): Decision | null {
  const cues = u.topics.filter((t) => known(t.topic));
  if (cues.length === 0) return null;
  if (processArticle && known(processArticle)) {
    const near = cues.find(
      (c) => c.topic === processArticle || NEIGHBOURS.some((g) => g.has(c.topic) && g.has(processArticle)),
    );
    if (near && near === cues[0]) {
      return {
        kind: 'answer',
        articleId: processArticle,
        reason: 'process-article',
        detail: `cue "${near.matched}"`,
        confidence: CONFIDENCE.cueTopic,
      };
    }
  }
  const hits = ctx.search?.hits ?? [];
  const confidence = ctx.search?.confidence ?? 0;
  // Retrieval breaks ties between cue topics of about the same weight: the best-ranked hit that
  // one of them named. A weak cue ("my order") never outvotes a specific one ("wrong postcode").
  const contenders = cues.filter((c) => c.weight >= cues[0].weight - THRESHOLDS.CUE_WEIGHT_MARGIN - 1e-9);
  const agreed = hits.slice(0, 3).find((h) => contenders.some((c) => c.topic === h.id));
  const pick = agreed ? agreed.id : cues[0].topic;
  const cue = cues.find((c) => c.topic === pick) ?? cues[0];
  return {
    kind: 'answer',
    articleId: pick,
    reason: 'help-center-topic',
    detail: `cue "${cue.matched}"${agreed ? ' and retrieval' : ''}`,
    confidence: Math.max(
      CONFIDENCE.cueTopic * cue.weight + (agreed ? 0.15 : 0),
      agreed && hits[0]?.id === pick ? confidence : 0,
    ),
  };
}

/** Retrieval alone: answer when sure, clarify when close or unsure, out of scope when foreign. */
export function retrievalDecision(
  u: Understanding,
  ctx: DecideContext,
  known: (id: string) => boolean,
): Decision {
  const hits = (ctx.search?.hits ?? []).filter((h) => known(h.id));
  const confidence = ctx.search?.confidence ?? 0;
  const coverage = ctx.search?.coverage ?? 0;
  const inDomain = u.domain === 'strong';
  const min = inDomain ? THRESHOLDS.ANSWER_MIN_CONFIDENCE : THRESHOLDS.ANSWER_NO_DOMAIN_MIN_CONFIDENCE;
  if (hits.length > 0 && confidence >= min && (inDomain || coverage >= THRESHOLDS.MIN_COVERAGE)) {
    return {
      kind: 'answer',
      articleId: hits[0].id,
      reason: 'retrieval-match',
      detail: `retrieval ${confidence.toFixed(2)}`,
      confidence,
    };
  }
  if (inDomain) {
    const candidates = hits.slice(0, THRESHOLDS.CLARIFY_CANDIDATES).map((h) => h.id);
    if (candidates.length > 0 && confidence >= THRESHOLDS.CLARIFY_MIN_CONFIDENCE) {
      return {
        kind: 'clarify',
        candidates,
        reason: 'ambiguous-topic',
        detail: `retrieval ${confidence.toFixed(2)}`,
        confidence,
      };
    }
    return {
      kind: 'triage',
      reason: 'unclear-in-scope',
      detail: 'marketplace words, no clear topic',
      confidence: CONFIDENCE.triage,
    };
  }
  return {
    kind: 'out_of_scope',
    reason: 'out-of-scope',
    detail: `no marketplace words, retrieval ${confidence.toFixed(2)}`,
    confidence: Math.max(0.5, 1 - confidence),
  };
}
