/**
 * Understanding a message: the learned model's reading plus the entities regular expressions are
 * good at (ids, dates and durations), the process the message names, the security guard and how
 * it is said. Pure once built: the same text and clock give the same data.
 */
import { defaultElsewhereAccounts, type ElsewhereAccounts } from '../nlu/elsewhereAccounts';
import { categoryOf } from '../nlu/intents';
import { scoreIn, type IntentModel, type IntentReading } from '../nlu/model';
import type { ProcessLexicon } from '../nlu/processLexicon';
import { DATE_LIKE, extractStart, promisedDateMissed } from './dates';
import { readEmotion } from './emotion';
import { extractIds } from './ids';
import { normalise } from './normalise';
import { asksInGeneral, explainsOwnDoing } from './inGeneral';
import { securityGuard } from './securityGuard';
import type { Understanding } from './types';

export interface UnderstandOptions {
  now: Date;
  /** The person's zone for reading "last Tuesday"; defaults to the support calendar's. */
  timeZone?: string;
}

export type Understand = (text: string, opts: UnderstandOptions) => Understanding;

const DEFAULT_ZONE = 'Europe/London';
/** Intents that mean the person is inside the process they name. */
const RUNNING_INTENTS: ReadonlySet<string> = new Set(['status', 'escalate:stalled']);
/**
 * Intents that ask nothing of their own: with a start date ("ordered ages ago, I've had enough"),
 * the person is inside the process, and its timeline decides before the feeling does. A dispute or
 * dispatch escalation too sure to ignore but below the escalation bar ("a buyer opened a dispute
 * against me this morning and nobody has said a word") is the same: the timeline says wait or late.
 */
const RUNNING_WITH_START: ReadonlySet<string> = new Set([
  'calm',
  'human',
  'help',
  'escalate:dispute-chargeback',
  'escalate:dispatch',
]);
/**
 * With a start date, a message whose reading leans this much towards being inside a process
 * ("refund approved yesterday, how long before I see it?": status 0.49 against the refund-times
 * question) is read as inside it, so its timeline can say wait or stalled.
 */
const RUNNING_SCORE_WITH_START = 0.3;
/**
 * "approved the refund on 19 February, I still don't see the money", "ordered on 9 June and it's
 * still Awaiting dispatch. Is that normal?", "opened a dispute last wednesday, any news": with a
 * start, waiting words say the person is inside the process they dated, whatever Help Center topic
 * their words also name; so does money not yet where it goes ("released on 20 April but it isn't
 * in my bank account").
 */
const WAITING_WORDS =
  /\bstill\s+['"]?(?:(?:do|does|did|have|has|is|are|was|can)\s+)?(?:(?:just|only)\s+)?(?:not|no|nothing|hasn'?t|haven'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|can'?t|waiting|says?|shows?|showing|saying|pending|stuck|processing|awaiting|in transit)\b|\b(?:nothing|not|no|none|haven'?t|hasn'?t)\b(?:\s+[a-z']+){0,4}\s+yet\b|\b(?:any (?:news|update|word)|(?:haven'?t|not|never) heard|heard (?:anything|nothing)|no (?:news|word|update|reply|response)|what'?s happening with|whats going on with|when (?:do|will|can|would|should) (?:i|we) (?:get|hear|have|receive|see) (?:back|news|a decision|the decision|an answer|an outcome|the outcome|a verdict|a reply|an update)|when'?s it (?:coming|arriving)|when is it (?:coming|arriving))\b|\b(?:isn'?t|is not|not|never)\s+(?:in|on|into|reached)\s+my\s+(?:bank|account|card|statement|balance)\b|\b(?:bank|card|account|statement|balance|banking app|bank app)\s+(?:still\s+)?(?:shows?|showing|says?)\s+(?:nothing|no)\b/;
/**
 * "how can I redirect it? it hasn't shipped yet", "can I still send it back": asking what can be
 * done, which waiting words do not turn into a case to time.
 */
export const ASKS_HOW_TO = /\b(?:how do i|how can i|how to|how would i|where do i|where can i|can i)\b/;
/** Words a question may open with after a filler ("ok so when…", "fine. how do i…"). */
const OPENERS =
  'ok|okay|so|and|but|also|then|well|fine|right|alright|please|lol|haha|oh|anyway|anyways|btw|unrelated';
/** Words that open a question wherever a clause starts. */
const ASKING =
  "how|what|what's|whats|when|where|where's|wheres|why|which|who|who's|whos|can|could|would|will|do|does|did|should|is|are";
/** The message's first clause may also open with a greeting or thanks, and ask with more words. */
const QUESTION_START = new RegExp(
  String.raw`^(?:(?:${OPENERS}|hi|hey|hello|cool|great|thanks|thank you)\s+)*(?:${ASKING}|am|may|any|has|have|was|were)\b`,
);

/**
 * A question mark, or a clause that opens like a question ("fine. how do i change my saved
 * address", "ok so when will it come"): typed questions often lose their mark.
 */
function asksQuestion(norm: string): boolean {
  if (norm.includes('?') || QUESTION_START.test(norm) || ASKS_ANYWHERE.test(norm)) return true;
  return norm
    .split(/[.!;,\n]+/)
    .slice(1)
    .some((clause) => LATER_QUESTION_START.test(clause.trim()));
}

/** Asking words that ask wherever they stand ("roughly how long would delivery take"). */
const ASKS_ANYWHERE =
  /\b(?:how long|how much|how many|how soon|how do i|how can i|what if|when will|when would|when does|when do i|when can i|where do i|where can i|why is|why does|why has)\b/;

/** A later clause asks only with these ("..., was told to wait" or "..., have a nice day" does not). */
const LATER_QUESTION_START = new RegExp(String.raw`^(?:(?:${OPENERS})\s+)*(?:${ASKING})\b`);

/**
 * The model's reading with dispatchment read as `topic`: for an order the person says Kingston
 * Express did not dispatch ("the seller posted it themselves, not one of your warehouse ones"), the
 * word "warehouse" wakes no warehouse trouble; the same trouble on a seller's own parcel is that
 * Help Center topic (a delivery conflict or a wrong item), and lateness is its process's timeline.
 */
function dispatchReadAs(intent: IntentReading, topic: string): IntentReading {
  const moved = intent.ranking
    .filter((r) => categoryOf(r.name) === 'dispatch')
    .reduce((sum, r) => sum + r.confidence, 0);
  if (moved === 0) return intent;
  const ranking = intent.ranking
    .filter((r) => categoryOf(r.name) !== 'dispatch')
    .map((r) => (r.name === topic ? { name: r.name, confidence: r.confidence + moved } : r))
    .sort((a, b) => b.confidence - a.confidence);
  return { name: ranking[0].name, confidence: ranking[0].confidence, ranking };
}

export function createUnderstand(
  model: IntentModel,
  processes: ProcessLexicon,
  elsewhere: ElsewhereAccounts = defaultElsewhereAccounts(),
): Understand {
  return (text, opts) => {
    const norm = normalise(text);
    const zone = opts.timeZone ?? DEFAULT_ZONE;
    const dispatchDenied = processes.deniesDispatch(norm);
    const arrived = processes.arrived(norm);
    const disputeTrouble = processes.disputeTrouble(norm);
    const askedWhatNext = processes.askedWhatNext(norm);
    const reviewUnderWay = processes.reviewUnderWay(norm);
    const read = model.classify(text);
    const intent =
      dispatchDenied && processes.insteadOfDispatch
        ? dispatchReadAs(read, `topic:${processes.insteadOfDispatch}`)
        : read;
    const named = processes.find(norm, dispatchDenied !== null);
    const ids = extractIds(text);
    const start = extractStart(norm, opts.now, zone);
    const inside = scoreIn(intent.ranking, 'status') + scoreIn(intent.ranking, 'escalate:stalled');
    const waiting = WAITING_WORDS.test(norm);
    const running =
      RUNNING_INTENTS.has(intent.name) ||
      (start !== null &&
        (RUNNING_WITH_START.has(intent.name) ||
          inside >= RUNNING_SCORE_WITH_START ||
          (waiting && !ASKS_HOW_TO.test(norm))));
    const account = elsewhere.read(norm, text);
    const guard = securityGuard(norm);
    const missed = DATE_LIKE.test(norm) ? promisedDateMissed(norm, opts.now, zone) : null;
    return {
      text,
      normalised: norm,
      intent,
      securityGuard: guard,
      inGeneral: asksInGeneral(norm),
      ownDoing: explainsOwnDoing(norm),
      // Said outright to be another's matter ("it's not an order from you"), unless a compromise is
      // told with it: then the guard decides, as for any message.
      elsewhereAccount: account.elsewhere ?? account.addressed ?? (guard === null ? account.disowned : null),
      namesUs: account.namesUs,
      process: named
        ? {
            process: named.process,
            running,
            matched: named.matched,
            ...(named.generic ? { generic: true } : {}),
            ...(named.forSellers ? { forSellers: named.forSellers } : {}),
          }
        : null,
      start,
      promisedDateMissed: missed?.text ?? null,
      emotion: readEmotion(text, norm),
      question: asksQuestion(norm),
      ids,
      words: (norm.match(/[a-z0-9']+/g) ?? []).length,
      waiting,
      ...(dispatchDenied ? { dispatchDenied } : {}),
      ...(arrived ? { arrived } : {}),
      ...(disputeTrouble ? { disputeTrouble } : {}),
      ...(askedWhatNext ? { askedWhatNext } : {}),
      ...(reviewUnderWay ? { reviewUnderWay } : {}),
    };
  };
}
