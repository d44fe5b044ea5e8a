/**
 * What the conversation reads from the learned intent (knowledge/nlu): whether a message asks
 * where a case stands, and whether it asks something of its own rather than answering the bot.
 */
import { readsAsSecurity } from '../rule';
import { THRESHOLDS } from '../rule/thresholds';
import { scoreIn } from '../nlu/model';
import type { Category } from '../types';
import type { Understanding } from '../understand';
import { ASKS_HOW_TO } from '../understand/understand';
import { phrasings } from './phrasings';
import {
  admitsIt,
  isCorrection,
  opensAside,
  saysDispatchedByUs,
  turnsAside,
  wordsAfterFillers,
} from './words';

/** Below this confidence a learned intent is not trusted to override what was said before. */
export const INTENT_MIN_CONFIDENCE = 0.7;

/** The intent's name when it is confident enough, else undefined. */
export function confidentIntent(u: Understanding): string | undefined {
  return u.intent.confidence >= INTENT_MIN_CONFIDENCE ? u.intent.name : undefined;
}

/** "status": asks where a case stands ("any news?"). */
export const asksStatus = (u: Understanding): boolean => confidentIntent(u) === 'status';

/** "Inside a process" (status and overdue together) at least this likely, though not confidently. */
const INSIDE_MIN = 0.3;

/**
 * "back to the dispute, when did you say I'd hear by?": the message names the process whose status
 * was given and leans towards being inside it (status or overdue), with no start of its own.
 */
export const asksAboutNamedStatus = (u: Understanding, process: string): boolean =>
  u.process?.process === process &&
  !u.start &&
  scoreIn(u.intent.ranking, 'status') + scoreIn(u.intent.ranking, 'escalate:stalled') >= INSIDE_MIN;

/** A Help Center topic or an escalation: a question of its own, not an answer to ours. */
export const asksSomethingElse = (u: Understanding): boolean => {
  const name = confidentIntent(u);
  return name !== undefined && (name.startsWith('topic:') || name.startsWith('escalate:'));
};

/** "what if…", "and if it doesn't come": a question about what would happen. */
const HYPOTHETICAL = /\bif\b/;

/** Asks what would happen ("ok and if the seller says no?"), not where the case stands. */
export const asksWhatIf = (u: Understanding): boolean => HYPOTHETICAL.test(u.normalised);

/**
 * Frustration or urgency that asks nothing of its own ("this is a joke!!! I need that money back
 * today", "can you get them to check it today please"):
 * after a status was given it is about that case, and the case's timeline is what to repeat.
 */
export function vents(u: Understanding): boolean {
  // "but that's ages, I need that money this week": the model's likeliest reading is the feeling
  // itself, however mildly it is typed. "and if it still isn't there by Thursday?" asks what
  // happens next: a question, not a feeling.
  if (u.intent.name === 'calm' && !asksWhatIf(u)) return true;
  // A complaint said in words ("this is so annoying") is a feeling too (feelings.ts).
  if (!u.emotion.frustrated && !u.emotion.urgent && u.emotion.complaint === undefined) return false;
  const name = confidentIntent(u);
  // The model, alone with "can't you hurry it up", often says "not ours": it has no case to go on.
  return name === undefined || name === 'calm' || name === 'human' || name === 'out_of_scope';
}

/** A day named, or a day to come: "wed next week", "by friday", "tomorrow", "the 24th". */
const NAMES_A_DAY =
  /\b(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tmrw|tmr|next week|this week|weekend|end of (?:the )?(?:week|month))\b|\b\d{1,2}(?:st|nd|rd|th)\b/;

/**
 * "so like wed next week?", "by friday then?" right after a wait: a few words asking whether the
 * update is due on a day, with nothing of their own (no process, id or start). The model, alone
 * with them, reads "not ours"; the status just given is their subject.
 */
export const asksIfDueThen = (u: Understanding): boolean =>
  u.question &&
  wordsAfterFillers(u.normalised) <= BARE_FOLLOW_UP_WORDS &&
  NAMES_A_DAY.test(u.normalised) &&
  !u.process &&
  !u.start &&
  !namesId(u) &&
  !asksWhatIf(u);

/**
 * "its been almost a week tho", "ugh it's been 5 days" right after a wait: how long it has been,
 * said back as a complaint (a statement with a span and no id), not a new date for the case.
 */
export const saysHowLongAgain = (u: Understanding): boolean =>
  /\bbeen\b/.test(u.normalised) && u.start !== null && !u.question && !namesId(u) && !u.process;

/** Words at most in a message that is only a date ("26 feb", "oct 15", "on the 3rd"). */
const BARE_DATE_WORDS = 3;

/** Only a date: the model reads it "not ours", the conversation knows whose date it is. */
export const isBareDate = (u: Understanding): boolean => u.start !== null && u.words <= BARE_DATE_WORDS;

/** The message asks how to do something ("how do I remove it"): a date in its story dates no case. */
export const asksHowTo = (u: Understanding): boolean => ASKS_HOW_TO.test(u.normalised);

/** Words at least in a reaction to a wait (shorter: "ok", "fine", "right"). */
const REACTION_MIN_WORDS = 4;

/**
 * "That's a joke. You took my money in two seconds flat.": a statement that asks nothing, brings no
 * date, id or compromise, and that the model cannot place confidently. Right after a wait it is
 * the person's reaction to it.
 */
export function reactsToWait(u: Understanding): boolean {
  return (
    confidentIntent(u) === undefined &&
    !u.question &&
    !u.start &&
    !namesId(u) &&
    u.words >= REACTION_MIN_WORDS &&
    !securitySignal(u)
  );
}

/** The model's "calm" reading at least this likely: some feeling in the words, unsure as it is. */
const SOME_FEELING = 0.15;

/** A feeling in the message, however mild: the model leans to "calm", or the words are negative. */
export const feelsIt = (u: Understanding): boolean =>
  scoreIn(u.intent.ranking, 'calm') >= SOME_FEELING || u.emotion.sentiment < 0;

/** An escalated case: its category and the Help Center articles about it. */
export interface OpenCase {
  category: Category;
  articles: readonly string[];
}

/** The Help Center topic that says how to keep an account safe (2-step verification, signed-in devices). */
const SECURITY_HOW_TO = 'topic:account-security';

/** Intents that carry no subject of their own inside an escalated case ("any news?", "hurry up"). */
const CASE_NEUTRAL = new Set(['status', 'calm', 'human', 'help']);

/**
 * The message stays with the case just escalated: it adds to it, confirms it or asks about it
 * ("yes, it's Dispatched by Kingston Express", "can I still add photos to it?", "how long will
 * your team take?"), rather than opening another subject, another compromise or something not ours.
 */
export function staysOnCase(u: Understanding, open: OpenCase): boolean {
  // "KE-33017 and KE-33018", "Orders 8811-2040 (blue teapot, to Cardiff) and 8811-2043 (green
  // teapot, to Dundee)" right after a case is handed over: the case's orders, whatever compromise the
  // model half-hears in a list of orders (0.74 here). Only a sure reading makes it one, or the
  // guard's words in anything longer than a bare run of ids that the rule reads as a compromise.
  const idsTold = namesId(u) && !u.question && !unmistakableCompromise(u);
  if (idsTold && (u.securityGuard === null || (u.words <= FRAGMENT_WORDS && !securitySignal(u)))) return true;
  // "The £64 has already been taken off my balance too", "I never got any email about it either"
  // while a dispute is handed over: words the model half-hears as a compromise (0.5, none of the
  // guard's words), told about that case. Owning up to what a scam asked for ("i already paid it and
  // it made me log in with my password") is a compromise of its own, whatever case is open.
  if (securitySignal(u) && open.category !== 'security')
    return !unmistakableCompromise(u) && !admitsIt(u.normalised) && !u.question && !u.start && !namesId(u);
  if (open.category === 'security' && ownQuestionAfterCompromise(u)) return false;
  // "what do i do first" right after a compromise is handed over: a short question with no subject
  // of its own is about the incident, unless the model is sure it is another world's.
  const sure = confidentIntent(u);
  const shortQuestion =
    u.question &&
    u.words <= FRAGMENT_WORDS &&
    !offTopic(u) &&
    (sure === undefined || sure === 'out_of_scope');
  if (open.category === 'security' && shortQuestion && !isCorrection(u.normalised)) return true;
  // "new bank shows as Revolut ending 0412. I bank with Nationwide": told inside a case, a
  // statement the model places in another world is a detail of it (nobody volunteers news of
  // elsewhere mid-incident); asked, it is another subject ("when do I register for VAT?").
  // So is the person's own bank or wallet named inside a case ("Bank is Monzo, account ending
  // 4410" while an overdue payout is handed over): where our money should land, not their trouble.
  if ((surelyElsewhere(u) || u.elsewhereAccount !== null) && !isFragment(u))
    return !u.question && !turnsAside(u.normalised);
  // "card saved on it too" after a stolen phone is handed over: a short statement that asks and
  // wants nothing adds to the incident, whatever topic its words name alone.
  if (open.category === 'security' && addsToIt(u)) return true;
  // "sorry, I meant the return, not the refund": new facts that may change the decision itself.
  if (isCorrection(u.normalised)) return false;
  const name = confidentIntent(u);
  if (name === undefined || CASE_NEUTRAL.has(name) || name === `escalate:${open.category}`) return true;
  // Just after a compromise, "there's a £1,200 payout scheduled for Friday" reads as a late payout
  // to the model, but dates and names no case of its own: it is what is at stake in the incident.
  if (open.category === 'security' && name.startsWith('escalate:') && !u.start && !namesId(u)) return true;
  // "status says closed. no decision, no email, and the £45 is still held" while a dispute is being
  // handed over: the model hears "stuck", but with no start of its own it is that case's trouble,
  // never a second ticket (DESIGN.md: new information joins the existing case).
  if (name === 'escalate:stalled' && !u.start && !namesId(u)) return true;
  if (name.startsWith('topic:') && open.articles.includes(name.slice('topic:'.length))) return true;
  // "it had Google Pay on it too but the bank's frozen my cards already", "Tracking number is
  // RM204418873GB, Royal Mail": told inside a case, a statement that asks and wants nothing and
  // turns to nothing else is a detail for its ticket, whatever Help Center topic its words name.
  return name.startsWith('topic:') && tellsDetail(u);
}

/**
 * After a compromise is handed over, a question of the person's own, with none of the guard's words
 * (the urgent ticket is already open):
 * - turned aside to a process it names and dates itself ("separately, I ordered some trainers
 *   yesterday and they haven't been sent yet, is that ok?"); without the turn ("the payout was
 *   released on tuesday, has it gone to them??") it is what is at stake in the incident;
 * - one the model is sure the account-security article answers ("ok how do I turn on 2-step
 *   verification?"), or any topic's when turned aside ("while I'm here, how do I stop the marketing
 *   emails?"). "Should I change my password?", "how long will your team take?" and "can you cancel
 *   the orders they placed?" are about the incident and stay with it.
 */
function ownQuestionAfterCompromise(u: Understanding): boolean {
  if (!u.question || u.securityGuard !== null) return false;
  const aside = turnsAside(u.normalised);
  if (aside && u.process && u.start) return true;
  const name = confidentIntent(u);
  return name !== undefined && name.startsWith('topic:') && (name === SECURITY_HOW_TO || aside);
}

/**
 * A statement that asks and wants nothing and does not open a subject of its own ("by the way, …"),
 * nor says whose order it is ("it's one of those Dispatched by Kingston Express ones", which may
 * make the case the warehouse's).
 */
const tellsDetail = (u: Understanding): boolean =>
  asksNothing(u) && !opensAside(u.normalised) && !saysDispatchedByUs(u.normalised, u) && !u.dispatchDenied;

/** Words at most in a short addition to a case ("card saved on it too"). */
const ADDITION_WORDS = 8;
/** Words that make a statement a request of its own ("I want to change my address too"). */
const WANTS = /\b(?:want|wanna|need|needs|like to|help|please|pls|plz|can|could|would|how|what|when|why)\b/;

/** A short statement that asks and wants nothing: something more told about what was just said. */
const addsToIt = (u: Understanding): boolean => u.words <= ADDITION_WORDS && asksNothing(u);

/** A statement that asks, wants and corrects nothing. */
const asksNothing = (u: Understanding): boolean =>
  !u.question && !WANTS.test(u.normalised) && !isCorrection(u.normalised);

/** The message names an order or case id. */
export const namesId = (u: Understanding): boolean => u.ids.cases.length + u.ids.orders.length > 0;

/** A Help Center topic the model is sure of ("how long do refunds take?"): a question of its own. */
export const confidentTopic = (u: Understanding): boolean =>
  confidentIntent(u)?.startsWith('topic:') === true;

/** A Help Center topic is the likeliest reading (confident or not). */
export const namesTopic = (u: Understanding): boolean => u.intent.name.startsWith('topic:');

/** An account compromise, as the rule reads it: never swallowed as an answer or a follow-up. */
export const securitySignal = (u: Understanding): boolean => readsAsSecurity(u);

/** A security reading this sure is a compromise told, not the model's guess at a bare date or id. */
const UNMISTAKABLE_SECURITY = 0.9;

/**
 * A compromise beyond doubt ("I already typed my password in there this morning"): the guard's
 * words, or the model sure of it. Short replies to the bot's questions ("i placed it on the 1st",
 * "order no. KE-55120934") often get a middling security score; those stay answers.
 */
export const unmistakableCompromise = (u: Understanding): boolean =>
  securitySignal(u) &&
  (u.securityGuard !== null || scoreIn(u.intent.ranking, 'escalate:security') >= UNMISTAKABLE_SECURITY);

/** Words at most in a bare follow-up ("why not?", "weekly or every 2 weeks?"). */
export const BARE_FOLLOW_UP_WORDS = 6;
/** Intents about the conversation itself: never a follow-up on the answer just given. */
const CONVERSATION_INTENTS = new Set(['greeting', 'goodbye', 'thanks', 'human', 'help', 'out_of_scope']);

/**
 * A short message that brings nothing of its own (no case, id, date, or confident other topic),
 * so it can only be about what was just answered: "why not?", "weekly or every 2 weeks?". The
 * model reads such fragments alone and guesses; the conversation knows what they are about.
 */
export function isBareFollowUp(u: Understanding, topic: string): boolean {
  // "ok so when should i hear back" is as bare as "when should i hear back".
  if (wordsAfterFillers(u.normalised) > BARE_FOLLOW_UP_WORDS) return false;
  if (u.process || u.start || namesId(u)) return false;
  const name = confidentIntent(u);
  if (name === undefined) return true;
  if (CONVERSATION_INTENTS.has(name)) return false;
  return !name.startsWith('topic:') || name === `topic:${topic}`;
}

/** The last topic keeps an unsure follow-up when the model gives it at least this score. */
export const LAST_TOPIC_MIN = 0.1;

/**
 * Right after an answer, a message the model is unsure of ("Thank you. How long does the transfer
 * take to reach a UK bank?" after a payouts answer: refunds 0.46, payouts 0.21) that still gives
 * the topic just answered some weight, and names no running case, date or id of its own, is read
 * as asking more about that topic: the conversation is the better evidence.
 */
export function leansOnLastTopic(u: Understanding, topic: string, retrievalFindsTopic = false): boolean {
  // "29 days!!! that's absurd": a feeling about the case, the rule's to acknowledge.
  if (u.start || u.process?.running || namesId(u) || u.emotion.frustrated || u.emotion.urgent) return false;
  // A "not ours" more likely than not is a new subject ("is it going to snow this weekend"), unless
  // it is a short question whose only subject is a word pointing back ("fine. what's the longest
  // it can take"): the model has no subject to go on there, the conversation has one.
  if (u.intent.name === 'out_of_scope' && u.intent.confidence >= THRESHOLDS.OUT_OF_SCOPE_SURE)
    return (
      (u.intent.confidence < POINTING_BACK_OUT_OF_SCOPE_MAX &&
        u.words <= POINTING_BACK_WORDS &&
        refersBack(u.normalised)) ||
      isFragment(u) ||
      // "is amex ok", "is it weekly?" after that answer: the model, alone with a few words, is sure
      // they are not ours; the answered article's own words say they are.
      (u.words <= POINTING_BACK_WORDS && retrievalFindsTopic)
    );
  if (confidentIntent(u) !== undefined) return false;
  // An unsure "not ours" inside a conversation about ours, or a word pointing back ("can I do it
  // from the app?"), is about what was just said, not a new subject.
  return weighsLastTopic(u, topic) || u.intent.name === 'out_of_scope' || refersBack(u.normalised);
}

/**
 * "trakin link dosnt work tho", "should i open another one": a few words with no subject the model
 * knows, read as "not ours" only for want of one; unless it is fairly sure they are another world's
 * ("who won the match", "tell me a joke"), the conversation's subject is theirs.
 */
export const isFragment = (u: Understanding): boolean =>
  u.intent.name === 'out_of_scope' &&
  u.intent.confidence < FRAGMENT_OUT_OF_SCOPE_MAX &&
  u.words <= FRAGMENT_WORDS;

/** Words at most in a fragment that leans on the conversation's subject. */
const FRAGMENT_WORDS = 6;
/** A "not ours" at least this sure is another subject even in a few words ("is it raining"). */
const FRAGMENT_OUT_OF_SCOPE_MAX = 0.8;

/** A "not ours" surer than this is another subject even when it points back ("what's it like in Rome?"). */
const POINTING_BACK_OUT_OF_SCOPE_MAX = 0.9;
/** Words at most in a question whose only subject points back. */
const POINTING_BACK_WORDS = 8;

/** The model gives the last topic some weight (LAST_TOPIC_MIN) while sure of nothing. */
function weighsLastTopic(u: Understanding, topic: string): boolean {
  return scoreIn(u.intent.ranking, `topic:${topic}`) >= LAST_TOPIC_MIN;
}

/**
 * Back from an aside ("what payment methods can I use?", "btw what's the weather tomorrow", "ok and
 * does apple pay work on the app"): an unsure message that still gives the topic answered before
 * the aside some weight is about that topic again.
 */
export function returnsFromAside(u: Understanding, topic: string): boolean {
  if (confidentIntent(u) !== undefined || u.start || u.process?.running || namesId(u)) return false;
  return !u.emotion.frustrated && !u.emotion.urgent && weighsLastTopic(u, topic);
}

/** The model reads "not ours" at least this sure, and the message does not name us. */
export const notOursAtLeast = (u: Understanding, bar: number): boolean =>
  u.intent.name === 'out_of_scope' && u.intent.confidence >= bar && !u.namesUs;

/** Surely not about the marketplace ("lol who's winning the footy tonight"), whatever came before. */
export const surelyElsewhere = (u: Understanding): boolean => notOursAtLeast(u, THRESHOLDS.OUT_OF_SCOPE_SURE);

/**
 * A question the model places in another world ("what's the weather going to be like on the 4th in
 * york?"): it asks something else, so a date in it never dates the case under discussion. A date
 * given as an answer is told, not asked ("it went out thurs").
 */
export const asksElsewhere = (u: Understanding): boolean => u.question && surelyElsewhere(u);

/** A "not ours" this sure is no answer to a question and no date for a case, whatever it says. */
const OFF_TOPIC_SURE = 0.9;

/** "lol also who's winning the footy tonight", "what's the weather like on the 24th". */
export const offTopic = (u: Understanding): boolean => notOursAtLeast(u, OFF_TOPIC_SURE);

/** A start said again within this many days of the known one is the same start. */
const SAME_START_DAYS = 2;
const DAY_MS = 86_400_000;

/**
 * After a wait, a message the model reads as "it's late" or "where is it" that brings no new start
 * ("so by the end of the month then?") or the same one again ("bruh it's been 3 days" after
 * "ordered Saturday"): the case the conversation knows, whose timeline decides, not a new case.
 */
export function restatesCase(u: Understanding, knownStart: string | undefined): boolean {
  if (u.intent.name !== 'escalate:stalled' && u.intent.name !== 'status') return false;
  if (!u.start) return true;
  if (!knownStart) return false;
  return Math.abs(u.start.startedAt.getTime() - Date.parse(knownStart)) <= SAME_START_DAYS * DAY_MS;
}

/** Two Help Center topics' scores together at least this: the message has a subject of its own. */
const OTHER_TOPIC_SURE = 0.8;

/**
 * The message surely asks about a Help Center topic other than `topic`: its likeliest topic is
 * confident, or its two likeliest topics, both others ("money back after sending it back":
 * returns 0.49, refund times 0.47), are together.
 */
export function surelyOtherTopic(u: Understanding, topic: string): boolean {
  const [first, second] = u.intent.ranking;
  const other = (r: { name: string } | undefined) =>
    r !== undefined && r.name.startsWith('topic:') && r.name !== `topic:${topic}`;
  if (!other(first)) return false;
  if (first.confidence >= INTENT_MIN_CONFIDENCE) return true;
  return other(second) && first.confidence + second.confidence >= OTHER_TOPIC_SURE;
}

function refersBack(normalised: string): boolean {
  const words = new Set(normalised.split(/[^a-z]+/));
  return phrasings().backReferences.some((w) => words.has(w));
}

/** What can be done to an order depends on how far it has gone: cancelling, changing the address. */
const TURNS_ON_ORDER_STATE = new Set(['cancel-order', 'change-address']);
/** Readings of where an order stands: a status, or the topics that explain one. */
const ORDER_STATE = new Set([
  'status',
  'topic:order-status',
  'topic:delivery-timelines',
  'topic:shipping-tracking',
]);
/** Words at most in a short report of the order's state ("it says shipped already"). */
const STATE_REPORT_WORDS = 10;

/**
 * "it says shipped already", "The status shows Shipped." right after how to cancel or change the
 * address: the order's state told as the fact the answer turns on, not a question about delivery.
 */
export function reportsStateFor(u: Understanding, lastTopic: string): boolean {
  return (
    TURNS_ON_ORDER_STATE.has(lastTopic) &&
    !u.question &&
    !u.start &&
    !namesId(u) &&
    u.words <= STATE_REPORT_WORDS &&
    ORDER_STATE.has(u.intent.name)
  );
}

/**
 * The reading with the model's "calm" taken out: for words whose feeling is only manners ("sorry,
 * I misread it"), so the rule's timeline says wait rather than soothing a feeling not there.
 */
export function withoutFeltCalm(u: Understanding): Understanding {
  const ranking = u.intent.ranking.filter((r) => r.name !== 'calm');
  if (ranking.length === u.intent.ranking.length) return u;
  const top = ranking[0];
  const intent = u.intent.name === 'calm' && top ? { ...top, ranking } : { ...u.intent, ranking };
  return { ...u, intent };
}

/**
 * Above this security score a feeling comes with news ("and now the email on my acct is different
 * omg"): the incident again, not only how it feels.
 */
const FEELING_WITH_NEWS_SECURITY = 0.5;

/**
 * Distress or a push for speed and nothing else ("I'm honestly shaking", "pls be quick"): no guard
 * word, id, date, question or news.
 */
export const feelsOnly = (u: Understanding): boolean =>
  (u.emotion.distressed === true || u.emotion.urgent) &&
  u.securityGuard === null &&
  !u.question &&
  !namesId(u) &&
  !u.start &&
  scoreIn(u.intent.ranking, 'escalate:security') < FEELING_WITH_NEWS_SECURITY;
