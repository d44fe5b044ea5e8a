/**
 * The seed's three-question rule as one pure function over what the model read (DESIGN.md "The
 * rule, as the bot applies it"). Order is the policy: security always wins; then dispatchment,
 * disputes and chargebacks; then a running process (stalled / wait); then what the person asks
 * for: a human, help, calm, a Help Center topic; else out of scope or the walk-through.
 */
import { categoryOf } from '../nlu/intents';
import type { CaseFacts, Category } from '../types';
import type { Understanding } from '../understand';
import { fallbackDecision, topicDecision } from './answer';
import type { DecideContext } from './context';
import type { Decision, Verdict } from './decision';
import { runningProcess, timelineDecision } from './process';
import type { Reason } from './reasons';
import { scoreOf } from './scores';
import { CONFIDENCE, THRESHOLDS } from './thresholds';

const SIGNAL_REASON: Record<Category, Reason> = {
  security: 'security-signal',
  dispatch: 'dispatch-signal',
  'dispute-chargeback': 'dispute-chargeback-signal',
  stalled: 'stalled-signal',
};

/** Topics that are something to do: asked while a process runs, they are answered, not waited on. */
/** The Help Center topics that answer questions about keeping an account safe. */
const SECURITY_QUESTIONS = ['topic:account-security', 'topic:account-settings'];

const ACTION_TOPICS: ReadonlySet<string> = new Set([
  'topic:cancel-order',
  'topic:change-address',
  'topic:account-settings',
  'topic:payment-methods',
]);

const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye']);

function escalate(u: Understanding, category: Category, facts: CaseFacts | null, detail: string): Verdict {
  return {
    kind: 'escalate',
    category,
    attachTo: facts?.id ?? u.ids.cases[0] ?? u.ids.orders[0],
    reason: SIGNAL_REASON[category],
    detail,
    confidence: Math.max(scoreOf(u, `escalate:${category}`), u.intent.confidence),
  };
}

/**
 * Whether the reading is an account compromise, as the rule judges it: the model's score, with a
 * lower bar when the security guard's words are there, except where the model is sure the text is
 * about another world ("my facebook was compromised") and it does not name us. The conversation asks the same question
 * before treating a message as an answer or a follow-up.
 */
export function readsAsSecurity(u: Understanding): boolean {
  if (u.elsewhereAccount !== null) return false;
  const security = scoreOf(u, 'escalate:security');
  // "any tips to keep my shop safe from hackers?": asked in general (inGeneral.yaml), and the model
  // itself ranks a security question above a compromise: a question to answer, whatever words woke
  // the guard. A compromise told with such words ("how can I protect it now, a stranger is using
  // it") is ranked a compromise first and still escalates.
  if (u.inGeneral && Math.max(...SECURITY_QUESTIONS.map((t) => scoreOf(u, t))) > security) return false;
  // "someone logged in from a new device, it was me on my new laptop": the alert explained.
  if (u.ownDoing && security < THRESHOLDS.SECURITY_OWN_DOING_MIN) return false;
  // "Sure it is another world" never holds for a message that names us outright.
  const elsewhere = !u.namesUs && scoreOf(u, 'out_of_scope') >= THRESHOLDS.OUT_OF_SCOPE_SURE;
  const guarded = u.securityGuard !== null && !elsewhere && security >= THRESHOLDS.SECURITY_GUARDED_MIN;
  // Without the guard's words, a middling security score yields to another escalation the model
  // finds likelier ("bought shoes in october, still nothing": stalled 0.36 over security 0.26).
  const rival = categoryOf(u.intent.name);
  // …and to a dated status ("mine has said that since I ordered yesterday": status 0.60 over
  // security 0.34): the person is inside a process they have dated, not telling a compromise.
  const datedStatus = u.intent.name === 'status' && u.start !== null;
  const yields =
    ((rival !== null && rival !== 'security') || datedStatus) && security < THRESHOLDS.SECURITY_YIELDS_BELOW;
  // …and a dated wait told with none of the guard's words ("payout released on 22 dec and still
  // isn't in my account") is someone inside a process, unless the model is all but certain.
  const datedWait = u.start !== null && u.waiting === true && security < THRESHOLDS.SECURITY_DATED_WAIT_MIN;
  const bar =
    u.inKnownCase || u.leansOnConversation ? THRESHOLDS.SECURITY_IN_KNOWN_CASE_MIN : THRESHOLDS.SECURITY_MIN;
  return guarded || (security >= bar && !yields && !datedWait);
}

/**
 * "A buyer opened a dispute against me on 24 February and it still just says 'under review'", "the
 * chargeback was logged on 14 April. Is there any news?": a dispute or chargeback the person dates
 * and says is still running is a process like any other, so its timeline decides: within it, wait;
 * past it, an overdue case (rule question 1). Without waiting words the dispute signal stands: a
 * chargeback notice is escalated, not waited on.
 */
function reviewByTimeline(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict | null {
  const p = runningProcess(u, facts, ctx);
  if (!p?.startedAt) return null;
  // "A buyer opened a dispute against me on Monday", "it was opened last Friday, I've uploaded my
  // photos": the review of the category's cases (policy.yaml's reviewOf) the person dates, with none
  // of processes.yml's `disputeTrouble` words (closed with no decision, vanished, decided against
  // the facts), is running its course, waiting words or not. Any other process (a chargeback, whose
  // notice is the news: "sold it in March, the notice came today") still needs them.
  // Trouble told of the review ("closed as 'no response' though I replied on the 22nd") is news
  // for its team (processDecision), whatever waiting words come with it ("no response").
  const reviewOf = ctx.policy.timelines[p.process]?.reviewOf;
  if (reviewOf && u.disputeTrouble) return null;
  const quiet = reviewOf !== undefined && reviewOf === categoryOf(u.intent.name);
  if (!u.waiting && !quiet) return null;
  return timelineDecision(u, p, ctx);
}

/**
 * "A buyer has opened a dispute on one of my sales. What am I supposed to do now?": the review of
 * the category's cases (policy.yaml's reviewOf), undated, asked what happens next or what to do
 * (processes.yml's `askedWhatNext`), with none of its `disputeTrouble` words and no case of record:
 * nothing has gone wrong yet, so its article answers, however surely the model hears the category.
 */
function reviewAskedAbout(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict | null {
  if (!u.process || u.start || !u.askedWhatNext || u.disputeTrouble || facts || u.ids.cases.length > 0)
    return null;
  const timeline = ctx.policy.timelines[u.process.process];
  if (!timeline || timeline.reviewOf !== categoryOf(u.intent.name)) return null;
  return {
    kind: 'answer',
    articleId: timeline.article,
    reason: 'process-article',
    detail: `${u.process.process} asked about, nothing gone wrong`,
    confidence: u.intent.confidence,
  };
}

/**
 * "my order left your warehouse yesterday and it hasn't arrived yet": an order Dispatched by Kingston
 * Express the person dates and that is still running, with nothing said of it arriving or being
 * marked delivered (processes.yml's `arrived`), is a delivery inside or past its timeline like any
 * other: within it, wait. Past it, or with trouble on arrival, dispatchment's case stands.
 */
function stillOnItsWay(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict | null {
  if (u.arrived) return null;
  const p = runningProcess(u, facts, ctx);
  if (!p?.startedAt) return null;
  const t = timelineDecision(u, p, ctx);
  return t?.kind === 'wait' ? t : null;
}

/**
 * "My account was locked for a security review yesterday after I reported a strange login. How long
 * does it take?": the compromise told is already with the security team, in the review of its cases
 * (policy.yaml's reviewOf: security) that the person dates (processes.yml's reviewUnderWay, with
 * nothing new since). Rule question 1 first: inside its timeline, wait; past it, an overdue case.
 */
function securityReviewUnderWay(
  u: Understanding,
  facts: CaseFacts | null,
  ctx: DecideContext,
): Verdict | null {
  if (!u.reviewUnderWay || !u.start || !u.process || facts) return null;
  const { process } = u.process;
  if (ctx.policy.timelines[process]?.reviewOf !== 'security') return null;
  const p = { process, startedAt: u.start.startedAt, approximate: u.start.approximate, fromRecord: false };
  return timelineDecision(u, p, ctx);
}

/** Rule question 3 first: security, then dispatchment, disputes and chargebacks. */
function urgentCategory(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict | null {
  const security = scoreOf(u, 'escalate:security');
  const underReview = securityReviewUnderWay(u, facts, ctx);
  if (underReview) return underReview;
  if (readsAsSecurity(u)) {
    const guard = u.securityGuard ? `, guard "${u.securityGuard}"` : '';
    return escalate(u, 'security', facts, `escalate:security ${security.toFixed(2)}${guard}`);
  }
  const top = categoryOf(u.intent.name);
  if (
    (top === 'dispatch' || top === 'dispute-chargeback') &&
    u.intent.confidence >= THRESHOLDS.ESCALATE_MIN
  ) {
    const timed =
      top === 'dispute-chargeback' ? reviewByTimeline(u, facts, ctx) : stillOnItsWay(u, facts, ctx);
    if (timed) return timed;
    const asked = reviewAskedAbout(u, facts, ctx);
    if (asked) return asked;
    const e = escalate(u, top, facts, `${u.intent.name} ${u.intent.confidence.toFixed(2)}`);
    // Rule question 2 on a case that exists: the new information joins that case, never a second one.
    return facts || u.ids.cases.length > 0 ? { ...e, reason: 'new-info-on-case' } : e;
  }
  // Trouble with an order the records say Kingston Express dispatched is dispatchment's.
  if (facts?.dispatchedByKx && (top === 'stalled' || u.intent.name === 'topic:missing-or-damaged-item'))
    return escalate(u, 'dispatch', facts, `${u.intent.name} on ${facts.id}, Dispatched by Kingston Express`);
  return null;
}

const DAY_MS = 86_400_000;

/** Rule questions 1 and 2: is a process running, and is it past its timeline? */
function processDecision(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict | null {
  if (u.promisedDateMissed)
    return {
      kind: 'escalate',
      category: 'stalled',
      attachTo: facts?.id ?? u.ids.cases[0] ?? u.ids.orders[0],
      reason: 'promised-date-missed',
      detail: `promised "${u.promisedDateMissed}"`,
      confidence: CONFIDENCE.promisedDate,
    };
  const p = runningProcess(u, facts, ctx);
  // "chargeback alert on my account this morning": a process that starts with a notice the rule
  // hands to a person (policy.yaml's noticeEscalates), told as news (dated in the last few days, no
  // question, no waiting words, not a case the conversation already holds), is that notice, not a
  // wait on the bank's review.
  // Only a fresh notice: "it's been with the bank a month" is the review running, timed below.
  const fresh =
    p?.startedAt != null &&
    ctx.now.getTime() - p.startedAt.getTime() <= THRESHOLDS.NOTICE_FRESH_DAYS * DAY_MS;
  const notice =
    p && fresh && !p.fromRecord && !u.question && !u.waiting && !u.inKnownCase
      ? ctx.policy.timelines[p.process]?.noticeEscalates
      : undefined;
  if (notice) return escalate(u, notice, facts, `${p?.process} notice told, not waited on`);
  // "it was closed in my favour yesterday, and today it's open again": trouble told of a review that
  // is running (processes.yml's disputeTrouble, on policy.yaml's reviewOf process) is new information
  // or an error on it (rule question 2), not a status to time, however the model reads it.
  const review = p ? ctx.policy.timelines[p.process]?.reviewOf : undefined;
  if (p && review && u.disputeTrouble)
    return escalate(u, review, facts, `${p.process} running, "${u.disputeTrouble}"`);
  // …unless the person is inside the case the conversation established ("I asked to cancel and
  // the seller hasn't replied", then the date it was asked): then its timeline is the answer.
  // Only when the model is sure of the action: "i clicked cancel yesterday but the seller hasn't
  // answered" (cancel 0.52, status 0.40) is inside the cancellation, not asking how to cancel.
  const asksAction =
    ACTION_TOPICS.has(u.intent.name) &&
    u.intent.confidence >= THRESHOLDS.ACTION_OVER_PROCESS_MIN &&
    !u.inKnownCase;
  if (p && !asksAction) {
    const t = timelineDecision(u, p, ctx);
    if (t) return t;
  }
  const stalled = u.intent.name === 'escalate:stalled' && u.intent.confidence >= THRESHOLDS.ESCALATE_MIN;
  // "Stuck for ages" with a start still inside the timeline is a wait (handled above). With no
  // time said at all, only sure words escalate; otherwise the bot asks since when.
  const timed = p?.startedAt != null;
  const sure = u.intent.confidence >= THRESHOLDS.STALLED_WITHOUT_TIME_MIN || !p;
  if (stalled && !timed && sure)
    return escalate(u, 'stalled', facts, `escalate:stalled ${u.intent.confidence.toFixed(2)}`);
  if (stalled && p?.approximate)
    return escalate(
      u,
      'stalled',
      facts,
      `escalate:stalled ${u.intent.confidence.toFixed(2)}, "${u.start?.text}"`,
    );
  if (p && (u.intent.name === 'status' || stalled)) {
    return {
      kind: 'answer',
      articleId: ctx.policy.timelines[p.process].article,
      reason: 'process-article',
      detail: `${p.process}, start unknown`,
      confidence: u.intent.confidence,
    };
  }
  return null;
}

/** What the person asks for when no process decides: a human, help, calm, small talk. */
function requestDecision(u: Understanding): Verdict | null {
  const { name, confidence } = u.intent;
  if (confidence < THRESHOLDS.OTHER_MIN) return null;
  const detail = `${name} ${confidence.toFixed(2)}`;
  if (name === 'human') return { kind: 'triage', reason: 'asks-for-human', detail, confidence };
  if (name === 'help') return { kind: 'triage', reason: 'asks-for-help', detail, confidence };
  if (name === 'calm') return { kind: 'calm', reason: 'frustration-no-new-info', detail, confidence };
  if (SMALL_TALK.has(name)) return { kind: 'out_of_scope', reason: 'small-talk', detail, confidence };
  return null;
}

/**
 * What another company's own account never gets from us: a ticket, a walk-through, a "did you
 * mean", or a date on our timelines ("my DHL parcel from China is stuck, it's not an order from
 * you" is not a delivery of ours to wait on).
 */
const NOT_FOR_ELSEWHERE: ReadonlySet<Verdict['kind']> = new Set([
  'escalate',
  'triage',
  'clarify',
  'out_of_scope',
  'wait',
  'calm',
]);

/**
 * Rule question 3 asks about security, money and dispatchment here. Trouble with another company's
 * own account ("my PayPal got drained") is that company's to solve, however alarming; with no case
 * of ours in the conversation the person is told it is outside what we do, never handed a ticket.
 * A Help Center answer about paying or being paid ("can I pay with my PayPal account?") stays one.
 */
function anotherCompanys(
  u: Understanding,
  verdict: Verdict,
  facts: CaseFacts | null,
  ctx: DecideContext,
): Verdict {
  if (u.elsewhereAccount === null || facts) return verdict;
  // "mine was released last Wednesday and it's still not in my Monzo" inside the payout the
  // conversation holds: the bank is where our money should land, and the case's timeline decides.
  // A question about their account asked in the middle ("can you check my Barclays login?") is
  // still theirs.
  if (u.inKnownCase && verdict.kind !== 'answer') return verdict;
  // A compromise of another company's account ("my paypal account got hacked, can you sort that
  // out?") is theirs to fix: our security article would send the person to the wrong place. So is
  // any question about such an account that an article of ours would answer as if it were ours
  // ("how do i set up 2fa on my paypal"); paying with it, or being paid into it, is ours
  // (policy.yaml's otherAccountArticles).
  const theirs =
    verdict.kind === 'answer' &&
    (u.securityGuard !== null || !ctx.policy.otherAccountArticles.includes(verdict.articleId));
  if (!NOT_FOR_ELSEWHERE.has(verdict.kind) && !theirs) return verdict;
  return {
    kind: 'out_of_scope',
    reason: 'another-company-account',
    detail: `"${u.elsewhereAccount}", read as ${verdict.detail}`,
    confidence: CONFIDENCE.elsewhereAccount,
  };
}

function choose(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Verdict {
  const known = (id: string) => !ctx.articleIds || ctx.articleIds.has(id);
  // A number alone ("order 66120", "4453 2231") says nothing the model can read: with no record to
  // look at and no case under discussion, the person is asked what it is about, never guessed at (a
  // ticket, an article, "not ours").
  if (u.ids.alone && !u.inKnownCase && u.securityGuard === null && !facts) return fallbackDecision(u);
  const urgent = urgentCategory(u, facts, ctx);
  if (urgent) return urgent;
  const process = processDecision(u, facts, ctx);
  if (process) return process;
  if (facts?.closed)
    return {
      kind: 'triage',
      reason: 'case-closed',
      detail: `${facts.id} is ${facts.status}`,
      confidence: CONFIDENCE.caseRecord,
    };
  if (u.intent.name === 'out_of_scope' && u.intent.confidence >= THRESHOLDS.OUT_OF_SCOPE_MIN)
    return fallbackDecision(u);
  return requestDecision(u) ?? topicDecision(u, ctx, known) ?? fallbackDecision(u);
}

/** Decides what to do with one message. Pure: same inputs, same decision. */
export function decide(u: Understanding, facts: CaseFacts | null, ctx: DecideContext): Decision {
  const verdict = anotherCompanys(u, choose(u, facts, ctx), facts, ctx);
  return { ...verdict, intent: { name: u.intent.name, score: u.intent.confidence } };
}
