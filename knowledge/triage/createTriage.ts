/**
 * Triage of a first message (DESIGN contract 2): no earlier turns, no case records. Built once
 * from the knowledge base and a search; each call is understand → search → decide.
 */
import { forRole, roleOf, sellerArticleIn } from '../conversation';
import type { KnowledgeBase } from '../kb/loader';
import { decide, type Decision, toTriageView } from '../rule';
import type { ArticleSearch } from '../search/types';
import type { TriageView } from '../types';
import { understandFor } from '../nlu/loadModel';
import type { Understand, Understanding } from '../understand';

export type TriageJudgement = TriageView & { decision: Decision; understanding: Understanding };

export interface Triage {
  /** Judges one first message; `now` defaults to the wall clock (inject it in tests). */
  judge(text: string, now?: Date): TriageJudgement;
}

export interface TriageOptions {
  /** The person's time zone; defaults to the policy calendar's. */
  timeZone?: string;
  /** How messages are read; defaults to the model trained from knowledge/nlu. */
  understand?: Understand;
}

export function createTriage(
  kb: Pick<KnowledgeBase, 'policy' | 'byId' | 'articles'>,
  search: ArticleSearch,
  opts: TriageOptions = {},
): Triage {
  const articleIds: ReadonlySet<string> = new Set(kb.byId.keys());
  const timeZone = opts.timeZone ?? kb.policy.calendar.timeZone;
  const understand = opts.understand ?? understandFor(kb);
  const sellerArticleOf = sellerArticleIn(kb.policy);
  return {
    judge(text: string, now: Date = new Date()): TriageJudgement {
      const u = understand(text, { now, timeZone });
      const read = decide(u, null, { policy: kb.policy, now, search: search.search(text), articleIds });
      // As the bot's first turn does: a seller asking about a step they carry out themselves ("a
      // buyer's return came back today, how long have I got to inspect it?") is answered, not told
      // to wait on themselves.
      const decision = forRole(read, roleOf(text), sellerArticleOf, text);
      return { ...toTriageView(decision), decision, understanding: u };
    },
  };
}
