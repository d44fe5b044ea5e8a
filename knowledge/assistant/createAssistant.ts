import type { KnowledgeBase } from '../kb/loader';
import { articleUrl } from '../kb/render';
import { formatDuration } from '../kb/placeholders';
import { sellerArticleIn, step, type ConversationMemory, type TurnContext } from '../conversation';
import { decide, readsAsSecurity, THRESHOLDS, toTriageView, type Decision } from '../rule';
import { scoreIn } from '../nlu/model';
import type { ArticleSearch, SearchResult } from '../search/types';
import { formatDue } from '../timeline';
import type { CaseFacts, Category } from '../types';
import { understandFor } from '../nlu/loadModel';
import { checkArticleIds, phrasings } from '../conversation/phrasings';
import { surveyWords } from '../conversation/surveyWords';
import { inGeneralPhrases } from '../understand/inGeneral';
import { urgencyPhrases } from '../understand/urgency';
import type { Understand, Understanding } from '../understand';
import { extractStart } from '../understand/dates';
import { readEmotion } from '../understand/emotion';
import { extractIds } from '../understand/ids';
import { normalise } from '../understand/normalise';
import { safetyStepsFrom } from './safetySteps';
import type {
  ArticleRef,
  Assessment,
  AssessContext,
  Assistant,
  DecisionView,
  ProcessRef,
  TurnInput,
  TurnOutcome,
} from './types';

export interface AssistantOptions {
  kb: KnowledgeBase;
  search: ArticleSearch;
  publicBaseUrl: string;
  helpCenterUrl?: string;
  /** How messages are read; defaults to the model trained from knowledge/nlu. */
  understand?: Understand;
}

/** Processes a person can name in the walk-through, in the order the buttons show them. */
const PICKABLE = [
  'dispute-review',
  'return-inspection',
  'refund-processing',
  'chargeback-bank-review',
  'delivery-standard',
];

/** "my order", "my refund": the person's own case, worth looking up rather than answered in general. */
const OWN_CASE = /\b(?:my|mine|our)\b/;

/** Demo records (adapters/cases) use ids the marketplace never issues, so they stay apart. */
const DEMO_ID = /\bDEMO-\d{3,}\b/i;

/**
 * The reason shown with a decision: the rule's, prefixed with how the conversation shaped it
 * ("correction/past-timeline"); a follow-up kept on its topic is the conversation's alone.
 */
function reasonOf(d: Decision, context: TurnContext): string {
  if (context === 'fresh-message' || context === 'new-question-drops-pending') return d.reason;
  // A follow-up kept on its topic is that topic's answer again; anything else the branch decided (a
  // compromise told after the security article) keeps the rule's reason, which the next turn reads
  // to carry the same escalation.
  if (context === 'follow-up-same-topic' && d.reason === 'help-center-topic') return context;
  return `${context}/${d.reason}`;
}

/** Articles offered when the bot cannot help, most asked first. */
const STARTERS = [
  'order-status',
  'refund-processing-times',
  'delivery-timelines',
  'returns-refunds',
  'contact-support',
];

/**
 * The knowledge layer composed for the conversation: understand → search → the rule, then the
 * decision dressed with article titles, links and timelines. Pure apart from reading `ctx.now`.
 */
export function createAssistant(opts: AssistantOptions): Assistant {
  const { kb, search } = opts;
  const articleIds: ReadonlySet<string> = new Set(kb.byId.keys());
  const zone = kb.policy.calendar.timeZone;
  /** Articles about a running process (order status, refund times…): a question about one's own is looked up. */
  const processArticles = new Set(Object.values(kb.policy.timelines).map((t) => t.article));
  const understand = opts.understand ?? understandFor(kb);
  // The conversation's phrase files are read and validated now, not at the first message that
  // needs them: a broken entry stops start-up with kb:check's message instead of failing turns.
  checkArticleIds(phrasings(), articleIds);
  surveyWords();
  urgencyPhrases();
  inGeneralPhrases();

  const article = (id: string): ArticleRef | undefined => {
    const a = kb.byId.get(id);
    return (
      a && {
        id: a.id,
        title: a.title,
        summary: a.summary,
        url: articleUrl(a.id, opts.helpCenterUrl, opts.publicBaseUrl),
      }
    );
  };
  const process = (id: string): ProcessRef | undefined => {
    const t = kb.policy.timelines[id];
    return (
      t && {
        id,
        label: t.label,
        durationText: formatDuration(t.duration),
        next: t.next,
        articleId: t.article,
      }
    );
  };

  /** What the conversation already established replaces what the text alone says. */
  const withContext = (u: Understanding, ctx: AssessContext): Understanding => {
    if (!ctx.process && !ctx.startedAt) return u;
    const processId = ctx.process ?? u.process?.process;
    return {
      ...u,
      inKnownCase: true,
      process: processId
        ? { process: processId, running: true, matched: u.process?.matched ?? processId }
        : u.process,
      start: ctx.startedAt ? { startedAt: ctx.startedAt, text: 'given', approximate: false } : u.start,
    };
  };

  const sellerArticleOf = sellerArticleIn(kb.policy);
  const toAssessment = (
    d: Decision,
    u: Understanding,
    facts: CaseFacts | null,
    context: TurnContext = 'fresh-message',
    /** Who the person said they are: a seller is not asked to date a step they carry out themselves. */
    role?: ConversationMemory['role'],
  ): Assessment => {
    const reason = reasonOf(d, context);
    const view: DecisionView = { ...toTriageView(d), reason };
    const base = { view, reason };
    switch (d.kind) {
      case 'answer': {
        const a = article(d.articleId);
        // A process the person is inside, with no start and no record: answer in general, then
        // ask for the case or the date rather than guess whether it is overdue.
        const ownCase = OWN_CASE.test(u.normalised) && processArticles.has(d.articleId);
        const theirOwnStep =
          role === 'seller' && u.process && sellerArticleOf(u.process.process) !== undefined;
        if (u.process && (u.process.running || ownCase) && !u.start && !facts && !theirOwnStep) {
          const p = process(u.process.process);
          return {
            ...base,
            kind: 'check_case',
            process: p ?? null,
            caseId: u.ids.cases[0] ?? u.ids.orders[0],
            article: a,
          };
        }
        return a ? { ...base, kind: 'answer', article: a } : { ...base, kind: 'clarify', candidates: [] };
      }
      case 'clarify':
        return {
          ...base,
          kind: 'clarify',
          candidates: d.candidates
            .map(article)
            .filter((a): a is ArticleRef => a !== undefined)
            .slice(0, 3),
        };
      case 'wait':
        return { ...base, kind: 'wait', process: process(d.process)!, due: d.due };
      case 'calm':
        return {
          ...base,
          kind: 'calm',
          process: d.process ? process(d.process) : undefined,
          due: d.due,
          ...(d.openCase ? { openCase: d.openCase } : {}),
        };
      case 'escalate': {
        const p = d.overdue
          ? process(d.overdue.process)
          : u.process
            ? process(u.process.process)
            : facts?.process
              ? process(facts.process)
              : undefined;
        return {
          ...base,
          kind: 'escalate',
          category: d.category,
          caseId: d.attachTo ?? facts?.id,
          process: p,
          // A due date worked out from "weeks ago" would be a made-up precision: left out.
          due: d.overdue && !d.overdue.approximate ? d.overdue.due : undefined,
        };
      }
      case 'triage':
        return { ...base, kind: 'triage' };
      case 'out_of_scope':
        return { ...base, kind: 'out_of_scope' };
    }
  };

  const caseArticles = (category: Category, process?: string): string[] => {
    const own = process ? kb.policy.timelines[process]?.article : undefined;
    return [...kb.policy.categories[category].articles, ...(own ? [own] : [])];
  };

  const processByArticle = new Map(Object.entries(kb.policy.timelines).map(([id, t]) => [t.article, id]));
  const processOf = (articleId: string): string | undefined => processByArticle.get(articleId);
  const reviewOf = (process: string): Category | undefined => kb.policy.timelines[process]?.reviewOf;

  /** Retrieval over one message, run once and only when something asks for it. */
  const searchOnce = (text: string) => {
    let hits: SearchResult | undefined;
    return (): SearchResult => (hits ??= search.search(text));
  };

  /** Retrieval finds `articleId` first and surely, or first while the model gives it some weight. */
  const retrievalFor =
    (searched: () => SearchResult, u: Understanding) =>
    (articleId: string): boolean => {
      const found = searched();
      if (found.hits[0]?.id !== articleId) return false;
      return (
        found.confidence >= THRESHOLDS.RETRIEVAL_FOLLOW_UP_MIN ||
        scoreIn(u.intent.ranking, `topic:${articleId}`) >= THRESHOLDS.RETRIEVAL_FOLLOW_UP_MODEL_MIN
      );
    };

  const ruleFor = (searched: () => SearchResult, now: Date) => (u: Understanding, facts: CaseFacts | null) =>
    decide(u, facts, { policy: kb.policy, now, search: searched(), articleIds });

  return {
    turn(memory: ConversationMemory, text: string, input: TurnInput) {
      const u = understand(text, { now: input.now, timeZone: input.timeZone ?? zone });
      const searched = searchOnce(text);
      const facts = input.facts ?? null;
      const { decision, next } = step(
        memory,
        { text, u },
        {
          now: input.now,
          facts,
          decide: ruleFor(searched, input.now),
          caseArticles,
          processOf,
          reviewOf,
          sellerArticleOf,
          retrievalFinds: retrievalFor(searched, u),
        },
      );
      let outcome: TurnOutcome;
      if (decision.kind !== 'rule') outcome = decision;
      else {
        const { decision: d, understanding, facts: used, context, repeats } = decision;
        const assessment = toAssessment(d, understanding, used, context, next.role);
        outcome = { kind: 'assessed', assessment, context, repeats };
      }
      return { outcome, next };
    },
    // Only the reading and the rule's own security test: no search, no decision, no dressing.
    readsAsSecurity: (text, now) => readsAsSecurity(understand(text, { now, timeZone: zone })),
    assess(text, ctx) {
      const read = withContext(understand(text, { now: ctx.now, timeZone: ctx.timeZone ?? zone }), ctx);
      const u =
        ctx.reply === undefined ? read : { ...read, emotion: readEmotion(ctx.reply, normalise(ctx.reply)) };
      const facts = ctx.facts ?? null;
      return toAssessment(ruleFor(searchOnce(text), ctx.now)(u, facts), u, facts);
    },
    article,
    process,
    processes: () => PICKABLE.map(process).filter((p): p is ProcessRef => p !== undefined),
    // Both read one field of understand(); they call its parts directly so a turn that names a
    // case does not pay for a whole second reading (cues, emotion, chrono) it would throw away.
    parseWhen(text, now, timeZone) {
      return extractStart(normalise(text), now, timeZone ?? zone)?.startedAt ?? null;
    },
    parseCaseId(text) {
      const demo = DEMO_ID.exec(text)?.[0];
      if (demo) return demo.toUpperCase();
      const ids = extractIds(text);
      return ids.cases[0] ?? ids.orders[0] ?? null;
    },
    formatDate: (date, timeZone) => formatDue(date, timeZone ?? zone),
    timeZone: zone,
    safetySteps: () => safetyStepsFrom(kb.byId.get('account-security')?.body ?? ''),
    categoryLabel: (category: Category) => kb.policy.categories[category].label,
    starterTopics: () => STARTERS.map(article).filter((a): a is ArticleRef => a !== undefined),
  };
}
