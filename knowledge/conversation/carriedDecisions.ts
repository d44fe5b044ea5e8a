/**
 * Decisions the conversation makes from what it told before, where the rule, reading one message,
 * cannot: the same topic again for a follow-up, the same escalation again for more about its case,
 * and dispatchment's for trouble on an order Kingston Express stores and ships. Pure.
 */
import { isReason, type Decision, type Reason } from '../rule';
import type { Category } from '../types';
import type { Understanding } from '../understand';
import type { ConversationMemory } from './memory';

/** Confidence reported for a follow-up kept on the last topic: said as one ("and if…?")… */
export const FOLLOW_UP_CONFIDENCE = 0.7;
/** …or read as one from a short or unsure message ("why not?"). */
export const UNSURE_FOLLOW_UP_CONFIDENCE = 0.6;

/** The answer on the topic just answered, for a follow-up; the rule's own reading kept as evidence. */
export function sameTopic(articleId: string, fresh: Decision, floor: number): Decision {
  return {
    kind: 'answer',
    articleId,
    reason: 'help-center-topic',
    detail: `follow-up on ${articleId}`,
    intent: fresh.intent,
    confidence: Math.max(floor, fresh.kind === 'answer' ? fresh.confidence * 0.9 : 0),
  };
}

/** The escalation told last, again, for a message that stays with its case; the rule's reading kept. */
export function sameEscalation(memory: ConversationMemory, fresh: Decision): Decision | null {
  const last = memory.last;
  // The reason as told, with how the conversation read it in front ("correction/security-signal").
  const reason = last?.reason.split('/').pop() ?? '';
  if (!last?.category || !isReason(reason)) return null;
  return carried(last.category, reason, `more about the open ${last.category} case`, fresh);
}

/** An escalation the conversation decides from what it told before; the rule's reading kept as evidence. */
function carried(category: Category, reason: Reason, detail: string, fresh: Decision): Decision {
  return {
    kind: 'escalate',
    category,
    reason,
    detail,
    intent: fresh.intent,
    confidence: Math.max(SAME_CASE_CONFIDENCE, fresh.confidence),
  };
}

/**
 * A stalled case or a wrong, missing or damaged item: trouble dispatchment takes on its orders.
 * Read from a decision (`kind`) or from what was told (`outcome`): the same three facts.
 */
function troubleIn(kind: string, category?: string, articleId?: string): boolean {
  return (
    (kind === 'escalate' && category === 'stalled') ||
    (kind === 'answer' && articleId === DISPATCH_TROUBLE_ARTICLE)
  );
}

export const isTrouble = (d: Decision): boolean =>
  troubleIn(
    d.kind,
    d.kind === 'escalate' ? d.category : undefined,
    d.kind === 'answer' ? d.articleId : undefined,
  );

/** Trouble the bot last told about that becomes dispatchment's on a Kingston Express order. */
export const troubleTold = (memory: ConversationMemory): boolean =>
  memory.last !== undefined && troubleIn(memory.last.outcome, memory.last.category, memory.last.articleId);

/** The Help Center article about delivery times for orders sellers ship themselves. */
export const DELIVERY_ARTICLE = 'delivery-timelines';

/** The Help Center article about orders Kingston Express stores and ships itself. */
export const DISPATCH_ARTICLE = 'dispatched-by-kingston-express';

/**
 * The Help Center article whose trouble (a wrong, missing or damaged item) dispatchment takes on its
 * orders; the parcel it is about has arrived, so no delivery is running any more.
 */
export const DISPATCH_TROUBLE_ARTICLE = 'missing-or-damaged-item';

export const dispatchEscalation = (fresh: Decision): Decision =>
  carried(
    'dispatch',
    'dispatch-signal',
    'the trouble just told is on an order Dispatched by Kingston Express',
    fresh,
  );

/** A compromise owned up to right after the security article ("well i already gave it to them"). */
export const admittedCompromise = (fresh: Decision): Decision =>
  carried('security', 'security-signal', 'owned up to what the scam just explained asked for', fresh);

/** New words of a compromise told inside the security review the conversation holds. */
export const newsOnSecurityReview = (fresh: Decision): Decision =>
  carried('security', 'new-info-on-case', 'a compromise told inside the security review under way', fresh);

/** Confidence reported for a feeling calmed about the case just handed over. */
const FEELING_ABOUT_CASE_CONFIDENCE = 0.6;

/** A feeling about the case just escalated, calmed: it is with the team, no second ticket. */
export const calmedAbout = (category: Category, u: Understanding): Decision => ({
  kind: 'calm',
  reason: 'frustration-no-new-info',
  detail: `a feeling about the open ${category} case`,
  intent: { name: u.intent.name, score: u.intent.confidence },
  confidence: FEELING_ABOUT_CASE_CONFIDENCE,
  openCase: category,
});

/** Confidence reported for a message kept with the case just escalated. */
const SAME_CASE_CONFIDENCE = 0.6;
