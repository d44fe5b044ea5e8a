/**
 * One turn of the conversation, pure: (what it has established, the reading of the new message,
 * the case record, now) → the decision and what it establishes next. The rule reads one message;
 * this decides which message it reads: the message alone, or the message with the case, process
 * and start the conversation already knows (a follow-up, a correction).
 */
import type { Decision } from '../rule';
import {
  admittedCompromise,
  calmedAbout,
  dispatchEscalation,
  DELIVERY_ARTICLE,
  DISPATCH_ARTICLE,
  DISPATCH_TROUBLE_ARTICLE,
  FOLLOW_UP_CONFIDENCE,
  isTrouble,
  newsOnSecurityReview,
  sameEscalation,
  sameTopic,
  troubleTold,
  UNSURE_FOLLOW_UP_CONFIDENCE,
} from './carriedDecisions';
import type { CaseFacts, Category } from '../types';
import type { Understanding } from '../understand';
import { harvest, roleOf, talksAboutDatedCase } from './harvest';
import {
  asksStatus,
  asksAboutNamedStatus,
  asksHowTo,
  asksIfDueThen,
  asksWhatIf,
  reactsToWait,
  saysHowLongAgain,
  feelsIt,
  feelsOnly,
  confidentTopic,
  isBareDate,
  isBareFollowUp,
  leansOnLastTopic,
  namesId,
  offTopic,
  reportsStateFor,
  restatesCase,
  returnsFromAside,
  securitySignal,
  staysOnCase,
  asksSomethingElse,
  namesTopic,
  confidentIntent,
  unmistakableCompromise,
  surelyElsewhere,
  asksElsewhere,
  surelyOtherTopic,
  vents,
  withoutFeltCalm,
} from './intent';
import { toldAfter, type ConversationMemory, type PendingQuestion, type Told } from './memory';
import { readAgainstPending } from './pending';
import { asSaidBy, forRole } from './sellerSide';
import {
  admitsIt,
  asksWhatToDo,
  isCorrection,
  isFollowUp,
  isStatusFollowUp,
  opensAskingAfter,
  namesAnotherCase,
  pushesBack,
  turnsAside,
} from './words';

/** How the conversation shaped the decision; shown in `channelData.triage.reason` with the rule's. */
export const CONTEXTS = [
  'fresh-message',
  'new-question-drops-pending',
  'follow-up-same-status',
  'follow-up-same-topic',
  'correction',
] as const;
export type TurnContext = (typeof CONTEXTS)[number];

/** What a message said instead of the handover's answer, as the decision's reason. */
const HANDOVER_REASONS = {
  vent: 'feeling-during-handover',
  asks_status: 'status-during-handover',
  aside: 'aside-during-handover',
} as const;
type HandoverReason = (typeof HANDOVER_REASONS)[keyof typeof HANDOVER_REASONS];

export type TurnDecision =
  /** "never mind" while the bot waited on a question: drop it, say so. */
  | { kind: 'cancel'; reason: 'pending-cancelled' }
  /** The message answers the question the bot is waiting on: the flow that asked goes on. */
  | { kind: 'pending_answer'; reason: 'answers-pending'; pending: PendingQuestion }
  /**
   * Said instead of the handover's answer (a feeling vented, "any update?", a question not ours
   * asked aside): acknowledged as such, and the question still waits.
   */
  | { kind: 'vent'; reason: HandoverReason; pending: PendingQuestion }
  /** The rule's decision on the message as the conversation reads it. */
  | {
      kind: 'rule';
      decision: Decision;
      context: TurnContext;
      /** The reading and the record the rule was given, for dressing the decision. */
      understanding: Understanding;
      facts: CaseFacts | null;
      /** The same status (process and due date) the person was told last time. */
      repeats: boolean;
    };

export interface Reading {
  text: string;
  u: Understanding;
}

export interface StepContext {
  now: Date;
  /** The record of the case the message names, or of the case under discussion; null when none. */
  facts: CaseFacts | null;
  /** The rule over one reading (pure; search results for the text already bound in). */
  decide(u: Understanding, facts: CaseFacts | null): Decision;
  /**
   * The Help Center articles about an escalated case (policy.yaml's category articles, and a
   * stalled process's own): a message about one of them stays with the case. None when absent.
   */
  caseArticles?(category: Category, process?: string): readonly string[];
  /** The process a Help Center article explains (policy.yaml's timelines), if any. */
  processOf?(articleId: string): string | undefined;
  /** The category whose cases a process reviews (policy.yaml's reviewOf), if any. */
  reviewOf?(process: string): Category | undefined;
  /** The article for a seller asking about a step they carry out themselves (policy.yaml's sellerArticle). */
  sellerArticleOf?(process: string): string | undefined;
  /**
   * Help Center retrieval over the message finds this article first, and surely ("is amex ok"
   * after the payment methods answer: the words are that article's own). False when absent.
   */
  retrievalFinds?(articleId: string): boolean;
}

export interface StepResult {
  decision: TurnDecision;
  next: ConversationMemory;
}

const strongSecurity = securitySignal;

/** The reading with the case's process and start as the conversation established them. */
function withKnownCase(u: Understanding, memory: ConversationMemory): Understanding {
  if (!memory.process) return u;
  return {
    ...u,
    inKnownCase: true,
    process: { process: memory.process, running: true, matched: u.process?.matched ?? memory.process },
    start: memory.startedAt
      ? {
          startedAt: new Date(memory.startedAt),
          text: u.start?.text ?? 'said earlier',
          approximate: memory.startApproximate ?? false,
        }
      : u.start,
  };
}

/** What to remember of a decision, so the next turn can repeat or follow it up. */
function told(d: Decision, now: Date): Told {
  return {
    outcome: d.kind,
    reason: d.reason,
    at: now.toISOString(),
    ...(d.kind === 'answer' ? { articleId: d.articleId } : {}),
    ...(d.kind === 'wait' || d.kind === 'calm'
      ? { articleId: d.articleId, process: d.process, due: d.due?.toISOString() }
      : {}),
    ...(d.kind === 'escalate' ? { category: d.category, process: d.overdue?.process } : {}),
  };
}

/**
 * A follow-up opener ("and", "what about") on a message at least this long does not hold it to the
 * last topic when it is surely about something else: "and Germany?" is a follow-up, "also can you
 * tell me how to fill in my VAT return" a new subject.
 */
const FOLLOW_UP_READ_ALONE_WORDS = 8;

/** Readings of trouble with an order: what the warehouse takes on for the orders it ships. */
const TROUBLE_READINGS: ReadonlySet<string> = new Set([
  'escalate:dispute-chargeback',
  'escalate:dispatch',
  'escalate:stalled',
  'topic:missing-or-damaged-item',
]);

/** Escalations for something gone wrong, which a date inside the timeline does not undo. */
const TROUBLE_NOT_LATENESS: ReadonlySet<Category> = new Set(['dispute-chargeback', 'dispatch']);

/** "how long?" right after a wait: a bare fragment about the status just given ("and if it never comes?" asks about the topic instead). */
function afterWait(memory: ConversationMemory, u: Understanding): boolean {
  const last = memory.last;
  return (
    last?.outcome === 'wait' && !asksWhatIf(u) && isBareFollowUp(u, last.articleId ?? memory.lastTopic ?? '')
  );
}

/**
 * "I opened one last Tuesday about a lamp, order KX-20931" right after a disputes answer: "order"
 * names a purchase, not the delivery; in a conversation about another process (the one under
 * discussion, or the one just explained) it names nothing new.
 */
function namesOnlyAPurchase(u: Understanding, memory: ConversationMemory, ctx: StepContext): boolean {
  if (!u.process?.generic) return false;
  // Right after the missing-item answer the parcel has arrived: "order" names no delivery to time.
  if (memory.last?.outcome === 'answer' && memory.last.articleId === DISPATCH_TROUBLE_ARTICLE) return true;
  const explained =
    memory.last?.outcome === 'answer' && memory.last.articleId
      ? ctx.processOf?.(memory.last.articleId)
      : undefined;
  const current = memory.process ?? explained;
  return current !== undefined && current !== u.process.process;
}

/** Words at most in a message that leans on the conversation for its subject. */
const LEANING_WORDS = 6;

/**
 * "placed tues", "mine opened may 28" right after an answer or a status about something else: a
 * few words with none of the guard's, whose subject is the conversation's. Not after talk that
 * touches account security (its escalation, or an article about it: policy.yaml's security
 * articles), where a few words ("it wasn't me", "i didnt order that") may well be a compromise.
 */
function leansOnConversation(u: Understanding, memory: ConversationMemory, ctx: StepContext): boolean {
  const last = memory.last;
  if (!last || u.securityGuard !== null) return false;
  // A question asked in a conversation about something else ("and for an order that's already been
  // placed?" after the address answer, "how do I swap the card saved on my account?" after the
  // payment answer) leans on it at any length: none of the guard's words, so no compromise told.
  if (u.words > LEANING_WORDS && !u.question) return false;
  return last.category !== 'security' && !securityArticle(last.articleId, ctx);
}

/** An article about account security (policy.yaml's security articles). */
const securityArticle = (articleId: string | undefined, ctx: StepContext): boolean =>
  articleId !== undefined && (ctx.caseArticles?.('security').includes(articleId) ?? false);

/** The last reply answered from an article about account security. */
const afterSecurityArticle = (memory: ConversationMemory, ctx: StepContext): boolean =>
  memory.last?.outcome === 'answer' && securityArticle(memory.last.articleId, ctx);

/**
 * "it shipped wednesday last week, not this week" about an order the conversation knows Kingston
 * Express dispatched: a delivery word ("shipped", "parcel") names that same warehouse delivery, not a
 * seller's own, unless the message denies the warehouse sent it.
 */
function onTheWarehouseParcel(u: Understanding, memory: ConversationMemory, ctx: StepContext): Understanding {
  const warehouse = ctx.processOf?.(DISPATCH_ARTICLE);
  const seller = ctx.processOf?.(DELIVERY_ARTICLE);
  const sameParcel =
    warehouse !== undefined &&
    memory.process === warehouse &&
    memory.dispatchedByKx !== false &&
    u.process?.process === seller &&
    !u.dispatchDenied;
  return sameParcel && u.process ? { ...u, process: { ...u.process, process: warehouse } } : u;
}

/** Steps the conversation by one message. Pure: same inputs, same decision and memory. */
export function step(memory: ConversationMemory, reading: Reading, ctx: StepContext): StepResult {
  const { text } = reading;
  // "actually" in a first message ("what days do payouts actually go out?") corrects nothing: only
  // something already said or established can be corrected.
  const correcting = (memory.last !== undefined || memory.process !== undefined) && isCorrection(text);
  const said = namesOnlyAPurchase(reading.u, memory, ctx)
    ? { ...reading.u, process: null }
    : asSaidBy(reading.u, roleOf(text) ?? memory.role);
  const message = onTheWarehouseParcel(said, memory, ctx);
  // Inside a case the conversation knows (its process and start), a message that names no other
  // process or id is read as part of it: "and not a word from them since" is that case, and a
  // middling security score without the guard's words is the model misreading it.
  const inCase =
    memory.process !== undefined &&
    memory.startedAt !== undefined &&
    (!message.process || message.process.process === memory.process) &&
    !namesId(message);
  const u: Understanding = inCase
    ? { ...message, inKnownCase: true }
    : leansOnConversation(message, memory, ctx)
      ? { ...message, leansOnConversation: true }
      : message;
  // The record of the case under discussion counts for a follow-up or a correction of it; a
  // fresh question ("how long do refunds take?") is judged on its own unless it names an id.
  const factsNamed = namesId(u) ? ctx.facts : null;
  const factsKnown = ctx.facts && (namesId(u) || ctx.facts.id === memory.caseId) ? ctx.facts : null;
  // The bot runs only when nothing else holds the conversation: any queue or agent has ended.
  const known = harvest({ ...memory, mode: 'bot' }, text, u, factsNamed);
  let context: TurnContext = 'fresh-message';

  // The escalation this conversation last made, and what it is about.
  const escalated = memory.last?.outcome === 'escalate' ? memory.last.category : undefined;
  const openCase = escalated && {
    category: escalated,
    articles: ctx.caseArticles?.(escalated, memory.last?.process) ?? [],
  };
  if (memory.pending) {
    const r = readAgainstPending(memory.pending, text, u, openCase || undefined);
    if (r === 'cancel')
      return {
        decision: { kind: 'cancel', reason: 'pending-cancelled' },
        next: { ...known, pending: undefined },
      };
    if (r === 'vent' || r === 'asks_status' || r === 'aside')
      return {
        decision: { kind: 'vent', reason: HANDOVER_REASONS[r], pending: memory.pending },
        next: known,
      };
    if (r === 'answer')
      return {
        decision: { kind: 'pending_answer', reason: 'answers-pending', pending: memory.pending },
        // Answered: the flow that asked asks its next question, if any, and notes it again.
        next: { ...known, pending: undefined },
      };
    context = 'new-question-drops-pending';
  }
  const base: ConversationMemory = { ...known, pending: undefined };
  // Right after the Dispatched by Kingston Express article ("how do I send stock to your
  // warehouses?"), trouble told next ("I sent 200 mugs, the dashboard says 164") is on the
  // warehouse's side: a stalled case or a missing item there is dispatchment's.
  // (The article told as an answer, or with its timeline offered to check: "what does Dispatched by
  // Kingston Express mean on my order page?" is told as the latter.)
  const afterWarehouseAnswer =
    (memory.last?.outcome === 'answer' || memory.last?.outcome === 'check_case') &&
    memory.last.articleId === DISPATCH_ARTICLE &&
    // "what happens if the wrong item arrives?" asks; it tells no trouble.
    !asksWhatIf(u);
  // "that's what happened, my buyer got a size 10 instead of the size 8" told right after that
  // article: trouble on arrival (processes.yml's `arrived`) that the model reads as trouble (a dispute,
  // a missing item), with no dispute or chargeback named, is the warehouse's.
  const disputeNamed =
    u.process !== null &&
    (u.process.process === ctx.processOf?.('disputes') ||
      u.process.process === ctx.processOf?.('chargebacks'));
  const warehouseTrouble =
    afterWarehouseAnswer && u.arrived !== undefined && !disputeNamed && TROUBLE_READINGS.has(u.intent.name);
  // A dispute, a chargeback or a warehouse order escalated for what went wrong ("my dispute just
  // disappeared"), then dated ("I opened it on the 20th"): the date says how long it has run, not
  // that the trouble is gone. Within its timeline it stays the escalation told; past it, overdue.
  const keepsTrouble = (read: Decision, how: TurnContext): Decision => {
    const trouble = escalated && TROUBLE_NOT_LATENESS.has(escalated);
    if (!trouble || (how !== 'correction' && how !== 'follow-up-same-status')) return read;
    if (read.kind !== 'wait' && read.kind !== 'calm') return read;
    return sameEscalation(memory, read) ?? read;
  };
  const finish = (
    read: Decision,
    how: TurnContext,
    used: Understanding,
    facts: CaseFacts | null,
    /** What the branch established about the case, over what the message alone would leave. */
    established: Partial<ConversationMemory> = {},
  ): StepResult => {
    const judged = forRole(
      afterWarehouseAnswer && isTrouble(read) ? dispatchEscalation(read) : keepsTrouble(read, how),
      known.role,
      ctx.sellerArticleOf,
      text,
    );
    // A feeling calmed right after an escalation is about that case: the reply says it is with the team.
    const decision: Decision =
      judged.kind === 'calm' && escalated && !judged.process ? { ...judged, openCase: escalated } : judged;
    const last = told(decision, ctx.now);
    const topic = last.articleId;
    // "ordered 3 phone cases and only 2 were in the box", "one arrived in pieces", answered from the
    // missing-item article: the words named a parcel that has arrived, not a delivery still running,
    // so nothing said later ("I reported it on 4 May") dates a delivery.
    const arrived =
      decision.kind === 'answer' &&
      decision.articleId === DISPATCH_TROUBLE_ARTICLE &&
      used.process !== null &&
      !established.process;
    const kept: Partial<ConversationMemory> = arrived
      ? {
          process: memory.process,
          startedAt: memory.startedAt,
          startApproximate: memory.startApproximate,
        }
      : {};
    const repeats =
      last.due !== undefined &&
      memory.lastStatus?.due === last.due &&
      memory.lastStatus.process === last.process;
    return {
      decision: { kind: 'rule', decision, context: how, understanding: used, facts, repeats },
      next: {
        ...base,
        ...established,
        ...kept,
        last: toldAfter(memory.last, last),
        lastStatus: last.due ? last : base.lastStatus,
        lastTopic: topic ?? (decision.kind === 'escalate' ? undefined : base.lastTopic),
      },
    };
  };

  // Another process named in passing is still the dated case's talk ("when will I hear?"), unless the
  // person turns aside on purpose ("while I'm here, when is my next payout?").
  const onSameCase =
    !u.process ||
    u.process.process === known.process ||
    (talksAboutDatedCase(memory, u) && !turnsAside(text));
  // "well i already gave it to them" right after the security article explained a scam: the "it"
  // is that article's code, link or password, and owning up to it is a compromise told.
  if (warehouseTrouble && !strongSecurity(u))
    return finish(dispatchEscalation(ctx.decide(u, factsNamed)), context, u, factsNamed);
  if (afterSecurityArticle(memory, ctx) && admitsIt(text) && !correcting)
    return finish(admittedCompromise(ctx.decide(u, factsNamed)), context, u, factsNamed);
  // "I've just had ANOTHER email: new sign-in from Lagos" while the security review the person is
  // waiting on runs: the guard's words are new information on an active case of the category
  // (DESIGN.md's rule), escalated to the security team, whatever topic the model hears.
  if (
    memory.process !== undefined &&
    ctx.reviewOf?.(memory.process) === 'security' &&
    u.securityGuard !== null &&
    !u.ownDoing &&
    !u.inGeneral
  ) {
    const fresh = ctx.decide(u, factsNamed);
    const told =
      fresh.kind === 'escalate' && fresh.category === 'security' ? fresh : newsOnSecurityReview(fresh);
    return finish(told, context, u, factsNamed);
  }
  // A compromise just escalated: what the person adds about it ("I changed my password already, is
  // it ok now?") is more of the same incident, and goes to its request (the hub adds it to the open
  // one, never a second), instead of being answered as a fresh question.
  // A feeling vented with none of the guard's words ("this is so stressful, I can't believe it") is
  // calmed, not filed again; the incident stays the case (toldAfter). A request or a denial the model
  // also calls calm ("please make sure no money leaves my balance", "I definitely didn't add it")
  // carries no feeling and stays with the incident.
  const ventsOnly =
    confidentIntent(u) === 'calm' && u.securityGuard === null && !u.question && u.emotion.sentiment < 0;
  // "I'm honestly shaking", "pls be quick, my card's saved on there" right after a case is handed
  // over: how it feels, or a push for speed, with no word of the guard's, no id, date or question;
  // calmed (the case is with the team), not filed again, whatever the model makes of the words.
  if (openCase && feelsOnly(u)) return finish(calmedAbout(openCase.category, u), context, u, factsNamed);
  // "any update?? I've got 9 orders to post and can't print labels" after a case is handed over,
  // with no question of the handover's waiting: the case asked after, with why it matters. Told it
  // is with the team (as the handover's own questions do), not filed again or answered as a
  // question about labels. New words of a compromise, an id or a date are more than asking.
  if (
    openCase &&
    opensAskingAfter(text) &&
    u.securityGuard === null &&
    !unmistakableCompromise(u) &&
    !namesId(u) &&
    !u.start &&
    !turnsAside(text)
  )
    return finish(calmedAbout(openCase.category, u), context, u, factsNamed);
  if (openCase && openCase.category === 'security' && !ventsOnly && staysOnCase(u, openCase)) {
    const fresh = ctx.decide(u, factsNamed);
    const same =
      fresh.kind === 'escalate' && fresh.category === 'security' ? fresh : sameEscalation(memory, fresh);
    if (same) return finish(same, context, u, factsNamed);
  }
  // "the order page says Dispatched by Kingston Express" right after a late parcel or a wrong item:
  // the same trouble on an order Kingston Express dispatched is dispatchment's (as the rule does
  // with a record that says so).
  if (known.dispatchedByKx && !memory.dispatchedByKx && troubleTold(memory) && !strongSecurity(u)) {
    const fresh = ctx.decide(u, factsNamed);
    const escalates = fresh.kind === 'escalate' && fresh.category !== 'stalled';
    return finish(escalates ? fresh : dispatchEscalation(fresh), context, u, factsNamed);
  }
  // The parcel already dated, read again on another delivery's timeline from the same start.
  const sameParcelOn = (process: string): StepResult => {
    const moved: Partial<ConversationMemory> = {
      process,
      startedAt: memory.startedAt,
      startApproximate: memory.startApproximate,
    };
    const used = withKnownCase(u, { ...known, ...moved });
    return finish(ctx.decide(used, factsKnown), 'follow-up-same-status', used, factsKnown, moved);
  };
  // "it's a Dispatched by Kingston Express one btw" after a wait on a dated delivery: the same
  // parcel, now on the warehouse's timeline from the same start; trouble told with it ("asked both
  // neighbours, nobody has it") is dispatchment's.
  const warehouseDelivery = ctx.processOf?.(DISPATCH_ARTICLE);
  if (
    known.dispatchedByKx &&
    !memory.dispatchedByKx &&
    warehouseDelivery &&
    memory.process === ctx.processOf?.(DELIVERY_ARTICLE) &&
    memory.startedAt !== undefined &&
    memory.lastStatus &&
    !strongSecurity(u)
  ) {
    const fresh = ctx.decide(u, factsNamed);
    if (isTrouble(fresh) || (fresh.kind === 'escalate' && fresh.category === 'dispatch'))
      return finish(fresh.kind === 'escalate' ? fresh : dispatchEscalation(fresh), context, u, factsNamed);
    return sameParcelOn(warehouseDelivery);
  }
  // "it's not dispatched by Kingston Express, the seller posted it" after a status on a dated
  // delivery: the same parcel, on the seller's own delivery timeline from the same start, read again
  // (alone, the words answer what Dispatched by Kingston Express is). A date said with it is a
  // correction's, below.
  const sellerDelivery = ctx.processOf?.(DELIVERY_ARTICLE);
  if (
    u.dispatchDenied &&
    !u.start &&
    sellerDelivery &&
    (memory.process === sellerDelivery || memory.process === warehouseDelivery) &&
    memory.startedAt !== undefined &&
    memory.lastStatus &&
    !strongSecurity(u)
  ) {
    return sameParcelOn(sellerDelivery);
  }
  // "just got a notification it was delivered to a locker I never picked" after a wait on a warehouse
  // delivery: trouble on arrival (processes.yml's `arrived`) with an order Kingston Express
  // dispatched is dispatchment's, whatever article the words alone would answer ("what if it comes
  // damaged?" asks, and is answered, as is a question the model is sure is another topic's: "could I
  // have it delivered to my work address instead?").
  if (
    memory.dispatchedByKx &&
    warehouseDelivery &&
    memory.process === warehouseDelivery &&
    memory.lastStatus &&
    u.arrived &&
    !asksWhatIf(u) &&
    !strongSecurity(u)
  ) {
    const fresh = ctx.decide(u, factsNamed);
    const otherTopic =
      fresh.kind === 'answer' &&
      fresh.articleId !== DISPATCH_ARTICLE &&
      fresh.articleId !== DISPATCH_TROUBLE_ARTICLE &&
      confidentIntent(u) !== undefined;
    if ((fresh.kind !== 'escalate' || fresh.category === 'stalled') && !otherTopic)
      return finish(dispatchEscalation(fresh), context, u, factsNamed);
  }
  // The last reply told a status: a wait, or a calm with one.
  const afterStatus = memory.last?.outcome === 'wait' || memory.last?.outcome === 'calm';
  // "fine. can I still add more photos to it?", "do I have to send the old one back first?" right
  // after a wait or a calm: a question about what the person may do inside the running process,
  // not its status asked again or a push for speed (pushback's "too late"): answered from the
  // article the wait came from, unless the model is sure of another topic or the message names a
  // date, an id, a feeling or a compromise of its own.
  if (
    afterStatus &&
    memory.lastTopic &&
    u.question &&
    asksWhatToDo(text) &&
    // "unrelated, how do I update my saved card?": a question of its own, read alone below.
    !turnsAside(text) &&
    // "can I just speak to a real person", "is it possible faster? I must pay my supplier": a
    // request for a person or a push, the same status calmed below.
    confidentIntent(u) !== 'calm' &&
    confidentIntent(u) !== 'human' &&
    !u.emotion.urgent &&
    !u.emotion.frustrated &&
    !u.start &&
    !namesId(u) &&
    !strongSecurity(u)
  ) {
    const fresh = ctx.decide(u, factsNamed);
    if (fresh.kind === 'answer' && surelyOtherTopic(u, memory.lastTopic))
      return finish(fresh, context, u, factsNamed);
    return finish(
      sameTopic(memory.lastTopic, fresh, UNSURE_FOLLOW_UP_CONFIDENCE),
      'follow-up-same-topic',
      u,
      null,
    );
  }
  // "it says shipped already", "it still says processing" right after how to cancel or change the
  // address: the fact that answer turns on, even when the order was dated before the question ("i
  // put my old address on an order this morning"), not that order's delivery asked after.
  if (
    memory.last?.outcome === 'answer' &&
    memory.lastTopic &&
    reportsStateFor(u, memory.lastTopic) &&
    !strongSecurity(u)
  ) {
    const fresh = ctx.decide(u, factsNamed);
    return finish(sameTopic(memory.lastTopic, fresh, FOLLOW_UP_CONFIDENCE), 'follow-up-same-topic', u, null);
  }
  // "any news?" after a wait (then or later): the same case, read again against its timeline
  // (the same date, or overdue now).
  // A correction that dates the case again ("sorry, it was actually approved on 6 May") is the
  // correction's, below, not a repeat.
  const redates = u.start !== null && correcting;
  // A statement right after a wait or a calm that asks nothing, names nothing new and that the model
  // cannot place: a reaction to the wait.
  const reacting = afterStatus && reactsToWait(u);
  // "i need it by saturday though", "cant u just cancel it urself", "so no human then?": pushing
  // back on the wait just told, with no id and no new start (a date in it is the due date or the
  // wait thrown back: "thursday?? that's too late", "whats the point of waiting 2 days"); the same
  // status, calmed.
  const pressing =
    afterStatus &&
    // …or what is at stake said as urgency, asking nothing ("i have 30 orders to ship today!!").
    (((pushesBack(text) || u.intent.name === 'human' || (u.emotion.urgent && !u.question)) &&
      (!u.start || (memory.startedAt !== undefined && !correcting)) &&
      !namesId(u)) ||
      // "its been almost a week tho": the time already told, thrown back at the wait.
      (saysHowLongAgain(u) && memory.startedAt !== undefined && !correcting));
  // "any update?? I've got 9 orders to post and can't print labels" after a wait: asking after the
  // case, whatever process the reason why it matters names in passing ("post").
  const askingAfter = afterStatus && opensAskingAfter(text);
  // "it's been 3 weeks and nobody has told me anything" after "notified on 20 April": the same
  // case again, even when the last reply was an answer rather than a status.
  const restated =
    known.process !== undefined &&
    memory.startedAt !== undefined &&
    // "order 66120" right after a status: the number of the case just told about, volunteered; the
    // same status again (with that record, when there is one), not a reading of two words alone.
    (restatesCase(u, memory.startedAt) || u.ids.alone === true) &&
    !correcting;
  if (
    ((memory.lastStatus && !redates) || restated) &&
    known.process &&
    (restated ||
      isStatusFollowUp(text) ||
      askingAfter ||
      asksStatus(u) ||
      (memory.lastStatus?.process !== undefined && asksAboutNamedStatus(u, memory.lastStatus.process)) ||
      afterWait(memory, u) ||
      (afterStatus && asksIfDueThen(u)) ||
      // A span said in passing ("sit around for two weeks??") keeps the start already given.
      (vents(u) && (!u.start || (memory.startedAt !== undefined && !correcting))) ||
      reacting ||
      pressing) &&
    // Pushing back on the wait just told is about that case, whatever other process a word of it
    // names ("can't you just give them a nudge, I need that money back": the dispute's wait).
    (onSameCase || pressing || askingAfter) &&
    // Read inside the dated case, as a first message that dated it would be: "still not in my
    // account tho" after a payout's wait is that payout still on its way (security 0.55 alone),
    // a compromise only with the guard's words or a model all but sure.
    !strongSecurity(withKnownCase(u, known))
  ) {
    // Not a correction, so a date said in passing ("check it today please") leaves the start as it was;
    // a date told of another order ("I've got another one, ordered last Tuesday, not even shipped
    // yet") is that order's own start.
    const start: Partial<ConversationMemory> =
      memory.startedAt !== undefined && !correcting && !(u.start && namesAnotherCase(text))
        ? { startedAt: memory.startedAt, startApproximate: memory.startApproximate }
        : {};
    const read = withKnownCase(u, { ...known, ...start });
    // A reaction to being told to wait with a feeling in it ("That's a joke. You took my money in
    // two seconds flat.") is what DESIGN.md's rule calms, however mildly it is typed.
    const used =
      (reacting && feelsIt(u)) || pressing
        ? { ...read, emotion: { ...read.emotion, frustrated: true } }
        : read;
    return finish(ctx.decide(used, factsKnown), 'follow-up-same-status', used, factsKnown, start);
  }
  // "sorry, it was 5 weeks ago": a new start for the process under discussion changes the decision.
  // A date that fills the gap ("approved 26 jan") needs no marker; one that would replace a start
  // already given does ("no wait, it was last month"), so a date said in passing ("I want someone
  // to look at it today") never silently moves the case.
  const newStart = !memory.startedAt || correcting;
  if (
    known.process &&
    u.start &&
    onSameCase &&
    !offTopic(u) &&
    !asksElsewhere(u) &&
    (correcting || (newStart && !u.process && !confidentTopic(u))) &&
    // "theres one from last week i dont recognise, going to an address in bristol" after how to see
    // past orders: a compromise told with a date, not the date of the order just asked about.
    !unmistakableCompromise(u)
  ) {
    // "oh wait, sorry, I misread it, it was the 12th": the apology the model hears as a feeling
    // (calm 0.45) is the correction's manners; only frustration or urgency in the words calms.
    const plain = correcting && !u.emotion.frustrated && !u.emotion.urgent;
    const used = withKnownCase(plain ? withoutFeltCalm(u) : u, known);
    return finish(ctx.decide(used, factsKnown), 'correction', used, factsKnown);
  }
  // "how long does a dispute review take?" answered, then "I opened mine on the 9th": the process
  // just explained, now dated by the person inside it, so its timeline decides (read alone, the
  // message names no process and the model guesses).
  const explained =
    memory.last?.outcome === 'answer' && memory.last.articleId
      ? ctx.processOf?.(memory.last.articleId)
      : undefined;
  if (
    explained &&
    // No case yet, or an earlier one kept through the question (harvest's aside).
    memory.process !== explained &&
    u.start &&
    (!u.process || u.process.process === explained) &&
    // A bare date ("26 feb") reads as "not ours" to the model; it answers the case just explained.
    (!offTopic(u) || isBareDate(u)) &&
    !asksElsewhere(u) &&
    // "I traded it in last year… how do I remove it from the list?": a date in a how-to's story.
    !asksHowTo(u) &&
    !surelyOtherTopic(u, memory.last?.articleId ?? '') &&
    // "I got one from Lagos 10 minutes ago" after the security article explained sign-in alerts: a
    // date told there is the compromise's, not the start of a security review, unless the person
    // says the team opened one (processes.yml's reviewUnderWay).
    (ctx.reviewOf?.(explained) !== 'security' || u.reviewUnderWay !== undefined)
  ) {
    const dated: Partial<ConversationMemory> = {
      process: explained,
      startedAt: u.start.startedAt.toISOString(),
      startApproximate: u.start.approximate,
    };
    // A message that names and dates the process itself ("an email this morning says a sale has been
    // charged back" after the chargebacks answer) tells its case now: read as told, a fresh notice
    // is news, not a case the conversation already holds.
    const used = u.process?.process === explained ? u : withKnownCase(u, { ...known, ...dated });
    return finish(ctx.decide(used, factsKnown), 'follow-up-same-topic', used, factsKnown, dated);
  }
  // "and if I paid with PayPal?": stays on the topic just answered unless it escalates.
  if (memory.lastTopic && isFollowUp(text) && !strongSecurity(u)) {
    const fresh = ctx.decide(u, factsNamed);
    // "also, how do I fill in my VAT return?", "ok and how long till I get my money back": opened
    // like a follow-up, but surely elsewhere or surely another topic, so read alone.
    const saysEnoughAlone = u.words >= FOLLOW_UP_READ_ALONE_WORDS;
    // "and if they send it back, how long do I get to inspect it?" after how to cancel: another
    // process named, and read alone the message is answered by that process's own article. ("and if
    // it had already shipped?" names a delivery too, but no delivery article answers it: the state
    // the cancel answer turns on.)
    const otherProcess =
      u.process !== null &&
      fresh.kind === 'answer' &&
      fresh.articleId !== memory.lastTopic &&
      ctx.processOf !== undefined &&
      ctx.processOf(memory.lastTopic) !== u.process.process &&
      ctx.processOf(fresh.articleId) === u.process.process;
    if (
      fresh.kind === 'escalate' ||
      (saysEnoughAlone && (surelyElsewhere(u) || surelyOtherTopic(u, memory.lastTopic) || otherProcess))
    )
      return finish(fresh, context, u, factsNamed);
    return finish(sameTopic(memory.lastTopic, fresh, FOLLOW_UP_CONFIDENCE), 'follow-up-same-topic', u, null);
  }
  // "why not?" right after an answer: about that answer. Only a compromise leaves it (a model's
  // guess at "overdue" from "every 2 weeks" does not: no process or date was named).
  const lastOutcome = memory.last?.outcome;
  if (
    memory.lastTopic &&
    ((lastOutcome === 'answer' && isBareFollowUp(u, memory.lastTopic)) ||
      ((lastOutcome === 'answer' || lastOutcome === 'wait' || lastOutcome === 'calm') &&
        leansOnLastTopic(u, memory.lastTopic, ctx.retrievalFinds?.(memory.lastTopic) ?? false)) ||
      (lastOutcome === 'out_of_scope' && returnsFromAside(u, memory.lastTopic))) &&
    !strongSecurity(u)
  ) {
    const fresh = ctx.decide(u, factsNamed);
    return finish(
      sameTopic(memory.lastTopic, fresh, UNSURE_FOLLOW_UP_CONFIDENCE),
      'follow-up-same-topic',
      u,
      null,
    );
  }
  // Any other escalation just made: what the person adds without a new date ("also just noticed I
  // was charged twice for it", "how long does your team take on these?") is more of that case and
  // goes to its request (DESIGN.md: new information joins the existing case, never a second
  // ticket); only a compromise beyond doubt in it is its own, most urgent case. Read alone instead:
  // a question of its own ("is there a fee for cancelling?" after an overdue cancellation) unless it
  // asks about the escalation itself (the category's own articles, not the process's), a question
  // turned aside on purpose ("while I've got you, how do I get an invoice?"), and a feeling vented,
  // which is calmed, not filed ("worst service I've had").
  if (openCase && !u.start && staysOnCase(u, openCase) && confidentIntent(u) !== 'calm') {
    const aboutEscalation =
      namesTopic(u) &&
      (ctx.caseArticles?.(openCase.category) ?? []).includes(u.intent.name.slice('topic:'.length));
    const ownQuestion =
      u.question && ((asksSomethingElse(u) && !aboutEscalation) || turnsAside(u.normalised));
    if (!ownQuestion) {
      const fresh = ctx.decide(u, factsNamed);
      const own =
        fresh.kind === 'escalate' &&
        (fresh.category === openCase.category ||
          (fresh.category === 'security' && unmistakableCompromise(u)));
      return finish((own ? fresh : sameEscalation(memory, fresh)) ?? fresh, context, u, factsNamed);
    }
  }
  return finish(ctx.decide(u, factsNamed), context, u, factsNamed);
}
