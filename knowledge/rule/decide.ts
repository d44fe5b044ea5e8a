/**
 * The seed's three-question rule as one pure function (DESIGN.md "The rule, as the bot applies
 * it"). Order matters and is the policy: security always wins; then dispatchment, disputes and
 * chargebacks; then the running process (stalled / new info / wait); then a request for a human;
 * then emotion without new information; then the Help Center; else clarify or out of scope.
 */
import type { CaseFacts, Category } from '../types';
import type { CategorySignal, Understanding } from '../understand';
import { cueAnswer, retrievalDecision } from './answer';
import type { DecideContext } from './context';
import type { Decision } from './decision';
import { newInfoEscalation, runningProcess, timelineDecision } from './process';
import type { Reason } from './reasons';
import { CONFIDENCE } from './thresholds';

const SIGNAL_REASON: Record<Category, Reason> = {
  security: 'security-signal',
  dispatch: 'dispatch-signal',
  'dispute-chargeback': 'dispute-chargeback-signal',
  stalled: 'stalled-signal',
};

function strongSignal(u: Understanding, category: Category): CategorySignal | undefined {
  return u.categories.find((c) => c.category === category && c.strength === 'strong');
}

function escalate(u: Understanding, s: CategorySignal, facts: CaseFacts | null): Decision {
  return {
    kind: 'escalate',
    category: s.category,
    attachTo: facts?.id ?? u.ids.cases[0] ?? u.ids.orders[0],
    reason: SIGNAL_REASON[s.category],
    detail: `${s.cue}: "${s.matched}"`,
    confidence: CONFIDENCE.strongCue,
  };
}

/**
 * Topics that are something to do, not something to wait for: "cancel my order right now" is
 * answered with how to cancel, while "send my refund now" is a wish to speed things up.
 */
const ACTION_TOPICS: ReadonlySet<string> = new Set([
  'cancel-order',
  'change-address',
  'account-settings',
  'payment-methods',
  'contact-support',
  'account-security',
  'disputes',
  'chargebacks',
]);

/** Changes the person can still make to an order or account while a process runs. */
const CHANGE_TOPICS: ReadonlySet<string> = new Set([
  'cancel-order',
  'change-address',
  'account-settings',
  'payment-methods',
]);

/** Frustration, urgency or repetition with no new information and no clear question → calm. */
function calmDecision(u: Understanding): Decision | null {
  const e = u.emotion;
  if (u.newInfo.some((n) => n.strength === 'strong')) return null;
  // An upset message that still asks for something concrete ("help me return it") is answered.
  const asksForTopic = u.topics.length > 0 && (u.question || u.request);
  if (e.criticism.length > 0 && !asksForTopic) {
    return {
      kind: 'calm',
      reason: 'frustration-no-new-info',
      detail: `"${e.criticism[0]}"`,
      confidence: CONFIDENCE.calm,
    };
  }
  // "can you hurry up?" is a question in form only: a wish to speed things up.
  const speedUp = e.urgency.find((w) => /\b(?:hurry|speed)\b/.test(w));
  // "do something!!!": a demand, not a question, even when it starts like one.
  const demand = e.frustrated && !u.normalised.includes('?') ? e.urgency[0] : undefined;
  if ((speedUp ?? demand) && u.topics.length === 0) {
    return {
      kind: 'calm',
      reason: 'urgency-no-new-info',
      detail: `"${speedUp ?? demand}"`,
      confidence: CONFIDENCE.calm,
    };
  }
  if (e.repeatedAsk && u.topics.length === 0) {
    return {
      kind: 'calm',
      reason: 'repetition-no-new-info',
      detail: 'repeated request',
      confidence: CONFIDENCE.calm,
    };
  }
  if (u.question) return null;
  if (e.urgency.length > 0 && !u.topics.some((t) => ACTION_TOPICS.has(t.topic))) {
    return {
      kind: 'calm',
      reason: 'urgency-no-new-info',
      detail: `"${e.urgency[0]}"`,
      confidence: CONFIDENCE.calm,
    };
  }
  if (e.repeatedAsk || (e.repetition && u.domain !== 'none')) {
    return {
      kind: 'calm',
      reason: 'repetition-no-new-info',
      detail: 'repeated request',
      confidence: CONFIDENCE.calm,
    };
  }
  if (e.frustrated && u.topics.length === 0 && !u.request && u.domain !== 'none') {
    return {
      kind: 'calm',
      reason: 'frustration-no-new-info',
      detail: `sentiment ${e.sentiment.toFixed(2)}`,
      confidence: CONFIDENCE.calm,
    };
  }
  return null;
}

/** Decides what to do with one message. Pure: same inputs, same decision. */
export function decide(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Decision {
  for (const category of ['security', 'dispatch', 'dispute-chargeback'] as const) {
    const s = strongSignal(u, category);
    if (s) return escalate(u, s, facts);
  }
  const known = (id: string) => !ctx.articleIds || ctx.articleIds.has(id);
  const p = runningProcess(u, facts, ctx);
  if (p) {
    const info = newInfoEscalation(u, p, facts);
    if (info) return info;
  }
  const stalled = strongSignal(u, 'stalled');
  if (stalled) return escalate(u, stalled, facts);
  if (p) {
    const t = timelineDecision(u, p, ctx);
    // "can I change the address for my pending order?": a question about something to do is
    // answered; waiting is only the answer when nothing is asked of us.
    const asksAction = u.question && u.topics.some((x) => CHANGE_TOPICS.has(x.topic));
    if (t && (t.kind === 'escalate' || !asksAction)) return t;
  }
  if (facts?.closed) {
    return {
      kind: 'triage',
      reason: 'case-closed',
      detail: `${facts.id} is ${facts.status}`,
      confidence: CONFIDENCE.triage,
    };
  }
  if (u.offDomain && !u.asksForHuman) {
    return {
      kind: 'out_of_scope',
      reason: 'out-of-scope',
      detail: 'words of another domain',
      confidence: CONFIDENCE.offDomain,
    };
  }
  if (u.asksForHuman) {
    return {
      kind: 'triage',
      reason: 'asks-for-human',
      detail: 'walk through the three questions',
      confidence: CONFIDENCE.triage,
    };
  }
  const calm = calmDecision(u);
  if (calm) return calm;
  const answer = cueAnswer(u, ctx, known, p ? ctx.policy.timelines[p.process].article : undefined);
  if (answer) return answer;
  if (p) {
    const articleId = ctx.policy.timelines[p.process].article;
    return {
      kind: 'answer',
      articleId,
      reason: 'process-article',
      detail: p.process,
      confidence: CONFIDENCE.cueTopic,
    };
  }
  if (u.asksForHelp) {
    return {
      kind: 'triage',
      reason: 'asks-for-help',
      detail: 'no topic named',
      confidence: CONFIDENCE.triage,
    };
  }
  return retrievalDecision(u, ctx, known);
}
