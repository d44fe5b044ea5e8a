/**
 * What someone who said they sell is told, and what their words name: the sellers' own article
 * for a buyers' one (phrasings.yaml's sellerAnswers), an answer rather than a wait for a step they
 * carry out themselves (policy.yaml's sellerArticle), their own dispatch for words about a purchase
 * in general (processes.yml's forSellers). Pure.
 */
import type { Policy } from '../kb/policySchema';
import type { Decision } from '../rule';
import type { Understanding } from '../understand';
import type { ConversationMemory } from './memory';
import { phrasings } from './phrasings';
import { containsPhrase, normaliseReply } from './words';

/** The article for a seller asking about a step they carry out (policy.yaml's sellerArticle). */
export const sellerArticleIn =
  (policy: Pick<Policy, 'timelines'>) =>
  (process: string): string | undefined =>
    policy.timelines[process]?.sellerArticle;

/**
 * What a seller is told: "where do I put the tracking number?" is answered from the sellers'
 * article, not the buyers' one the words alone point to (phrasings.yaml's sellerAnswers); a step
 * the seller carries out is explained to them, not waited on (policy.yaml's sellerArticle).
 */
export function forRole(
  decision: Decision,
  role: ConversationMemory['role'],
  /** The article for a seller asking about a step they carry out (policy.yaml's sellerArticle). */
  sellerArticleOf: ((process: string) => string | undefined) | undefined,
  /** The message: a seller saying their step is done keeps an overdue case escalated. */
  text = '',
): Decision {
  if (role !== 'seller') return decision;
  if (decision.kind === 'answer') {
    const own = phrasings().sellerAnswers[decision.articleId];
    return own ? { ...decision, articleId: own } : decision;
  }
  // "A buyer's return came back to me today, how long have I got to inspect it?": the seller is the
  // one the timeline waits on, so it is their answer, not a wait (nor, late, a ticket about themselves).
  // A feeling vented about it ("I'm inspecting it now, fine, I just need to vent") stays calmed.
  const process =
    decision.kind === 'wait'
      ? decision.process
      : decision.kind === 'escalate'
        ? decision.overdue?.process
        : undefined;
  const article = process ? sellerArticleOf?.(process) : undefined;
  if (!article) return decision;
  // "the return reached me on 26 October, I confirmed it the same day, the case is still open":
  // the seller's step is done, so what is overdue is stuck past them.
  if (decision.kind === 'escalate' && containsPhrase(normaliseReply(text), phrasings().sellerStepDone))
    return decision;
  return {
    kind: 'answer',
    articleId: article,
    reason: 'seller-carries-it-out',
    detail: `${process}: the seller's own step`,
    intent: decision.intent,
    confidence: decision.confidence,
  };
}

/** "I got my first order yesterday, am I already late?" from a seller: their own dispatch, not a delivery. */
export function asSaidBy(u: Understanding, role: ConversationMemory['role']): Understanding {
  const forSellers = u.process?.forSellers;
  if (role !== 'seller' || !u.process || !forSellers) return u;
  return { ...u, process: { ...u.process, process: forSellers } };
}
