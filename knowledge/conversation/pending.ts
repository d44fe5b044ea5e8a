/**
 * Reading a message against the question the bot is waiting on: it answers the question, it
 * cancels it ("never mind"), or it is a new question that drops it (Rasa's forms call this an
 * interruption; here it is decided once, for every flow, from data). While a case is handed over it
 * may instead say something the question stays for: a feeling vented, "any update?" (nothing has
 * reached the team yet), or a question not ours asked aside ("random but do you know a good
 * accountant?").
 */
import type { Understanding } from '../understand';
import { THRESHOLDS } from '../rule/thresholds';
import {
  asksSomethingElse,
  confidentIntent,
  INTENT_MIN_CONFIDENCE,
  isBareDate,
  namesId,
  offTopic,
  staysOnCase,
  type OpenCase,
  namesTopic,
  notOursAtLeast,
  securitySignal,
  surelyElsewhere,
  unmistakableCompromise,
} from './intent';
import type { PendingQuestion } from './memory';
import {
  confirmationOf,
  isCancel,
  isCorrection,
  isStatusFollowUp,
  normaliseReply,
  saysDispatchedByUs,
  turnsAside,
  yesNo,
} from './words';

export type PendingReading = 'answer' | 'cancel' | 'new_question' | 'vent' | 'asks_status' | 'aside';

/** Replies that mean "I don't have that" to any question. */
const DONT_KNOW =
  /^(none|no|nope|skip|n a|na|nothing|not sure|im not sure|i dont know|dont know|no idea|i have none|i dont have one|i dont have it)$/;

/**
 * A message that asks something of its own rather than answering: a question or request that
 * names a marketplace topic, process or escalation, or any account-security signal (which is
 * never swallowed as an answer).
 */
export function isNewQuestion(u: Understanding): boolean {
  if (securitySignal(u)) return true;
  // "btw know any good pizza places?" while the bot waits for an order number: not an answer.
  if (u.question && u.intent.name === 'out_of_scope' && u.intent.confidence >= THRESHOLDS.OUT_OF_SCOPE_SURE)
    return true;
  // A statement long enough to carry its own request ("I moved house, I need to change the
  // address") counts like a question.
  const asks = u.question || u.words >= REQUEST_WORDS || u.intent.name === 'human';
  if (asks && asksSomethingElse(u)) return true;
  const about = namesTopic(u) || u.process !== null || u.intent.name.startsWith('escalate:');
  return asks && about;
}

/** Words from which a statement is read as a request of its own, not a short answer. */
const REQUEST_WORDS = 6;
/** Words from which a question after a thanks is a question of its own. */
const QUESTION_AFTER_THANKS_WORDS = 5;
/** Words from which a "yes" that goes on telling is a message of its own. */
const TOLD_AFTER_YES_WORDS = 12;
/** What a long "yes" may still be: thanks, goodbyes and greetings said at length. */
const PLEASANTRIES: ReadonlySet<string> = new Set(['thanks', 'goodbye', 'greeting']);

/** A dispatch or dispute escalation the model is sure of, told at length: more than an answer. */
function troubleToldWithIt(u: Understanding): boolean {
  const name = confidentIntent(u);
  return (name === 'escalate:dispatch' || name === 'escalate:dispute-chargeback') && u.words >= REQUEST_WORDS;
}

const hasDate = (u: Understanding) => u.start !== null;

/** Words from which a message the model reads first as a compromise is a story, not a short answer. */
const STORY_WORDS = 12;

/**
 * "…he say yesterday someone call him from 'Kingston' and he gave them the 6 digits code" to "since
 * when?": told at length, with a compromise the likeliest reading, it is that compromise; a date in
 * it does not make it the answer. (Short answers often get a middling security score; see
 * unmistakableCompromise.)
 */
const compromiseToldAtLength = (u: Understanding): boolean =>
  securitySignal(u) && u.intent.name === 'escalate:security' && u.words >= STORY_WORDS;

/** Words from which a feeling the model ranks first is vented at length; shorter ("Nothing yet", "hurry up") answers unless unmistakable. */
const VENT_MIN_WORDS = 5;

/** A short vent ("so annoying", "ugh, ridiculous") only when the model is all but sure of it and its words are negative. */
const SHORT_VENT_MIN = 0.9;
/**
 * At length, a feeling the model ranks first at least this likely ("this is so unfair, can u just
 * close it today"); a question with no negative word needs it as sure as any intent ("will this
 * reset the 10 days or can it be fixed quicker?" asks about the case).
 */
const VENT_AT_LENGTH_MIN = 0.6;

/** A feeling said instead of an answer: at length and ranked first, or short and unmistakable. */
function feltRatherThanSaid(u: Understanding): boolean {
  if (u.intent.name !== 'calm') return false;
  const negative = u.emotion.sentiment < 0;
  if (u.words < VENT_MIN_WORDS) return negative && u.intent.confidence >= SHORT_VENT_MIN;
  const asksPlainly = u.question && !negative;
  return u.intent.confidence >= (asksPlainly ? INTENT_MIN_CONFIDENCE : VENT_AT_LENGTH_MIN);
}

/**
 * "honestly I'm losing my mind, I need that money" while the intake asks what was tried: a feeling,
 * not the answer and not a new subject (DESIGN.md's calm: acknowledge, say what happens next). No
 * id, date or question of its own, which would be an answer or a subject.
 */
const ventsInstead = (u: Understanding, pending: PendingQuestion): boolean =>
  feltRatherThanSaid(u) &&
  !namesId(u) &&
  !datesWhenAsked(u, pending) &&
  !(u.question && asksSomethingElse(u));

/**
 * A date that may answer the question: "when did it happen?", or a ticket's summary awaiting a
 * yes (a new date there corrects it). To any other intake question ("what have you already
 * tried?") "it's been over a month, I'm sick of this" restates the wait; the date is kept all
 * the same, as every message's facts are.
 */
const datesWhenAsked = (u: Understanding, pending: PendingQuestion): boolean =>
  hasDate(u) && !(pending.kind === 'intake' && pending.field !== 'when');

/** A correction that dates the case again, said to an intake question that asks no date. */
const redatesCase = (text: string, u: Understanding, pending: PendingQuestion): boolean =>
  pending.kind === 'intake' && pending.field !== 'when' && hasDate(u) && isCorrection(text);

/**
 * "any update??", "any news on it?" while the intake still asks about the case: asks where it stands,
 * not an answer (the statusFollowUps phrases, with no id or date that could answer instead).
 */
const asksWhereItStands = (text: string, u: Understanding, pending: PendingQuestion): boolean =>
  u.question && isStatusFollowUp(text) && !namesId(u) && !datesWhenAsked(u, pending) && !securitySignal(u);

/**
 * "off topic but you don't know a decent accountant in Leeds do you", "can you recommend a removal
 * company while you're at it?" while a case is handed over: a question not ours, asked aside; the
 * person has not left their case. Turned aside in words, a middling "not ours" is enough; else the
 * model must be all but certain ("is my money frozen now??" is about the case, whatever a bank's
 * word makes the model think). A bare date, an id or "no idea" stays an answer, and so does anything that
 * asks nothing (a contact said as "just here is fine").
 */
function asksAsideNotOurs(u: Understanding, pending: PendingQuestion, dontKnow: boolean): boolean {
  if (dontKnow || namesId(u) || isBareDate(u) || datesWhenAsked(u, pending) || securitySignal(u))
    return false;
  const aside = turnsAside(u.normalised);
  if (!u.question && !aside) return false;
  return offTopic(u) || (aside && notOursAtLeast(u, THRESHOLDS.OUT_OF_SCOPE_MIN));
}

/** The questions an order or case number can answer or add to: "since when?" and the intake's. */
const takesId = (pending: PendingQuestion): boolean =>
  pending.kind === 'case_or_date' || pending.kind === 'intake';

/** Whether `text` answers `pending`, cancels it, or asks something new instead. */
export function readAgainstPending(
  pending: PendingQuestion,
  text: string,
  u: Understanding,
  /** The case being escalated while intake asks its questions. */
  openCase?: OpenCase,
): PendingReading {
  if (isCancel(text)) return 'cancel';
  const t = normaliseReply(text);
  const dontKnow = DONT_KNOW.test(t);
  // An order number given while the bot asks about the case ("order number is KX 5 5 1 2 0 9", as
  // voice typing spells it) is about that case, however the model reads a run of digits; the
  // guard's words are not.
  const givesId = takesId(pending) && namesId(u) && u.securityGuard === null;
  // "oh no, I already typed my password in there this morning" to "since when?": a compromise is
  // never swallowed as an answer, whatever date or id it carries; only the questions about a
  // security case already escalated take it, as more about that incident.
  if (
    (unmistakableCompromise(u) || compromiseToldAtLength(u)) &&
    !givesId &&
    pending.kind !== 'walkthrough' &&
    openCase?.category !== 'security'
  )
    return 'new_question';
  switch (pending.kind) {
    case 'case_or_date':
      // "Order KE-301177: tracking says delivered on the 12th, but your warehouse never picked it":
      // the id and date come with trouble the model is sure needs a person, which the timeline
      // the question is for would only tell to wait on.
      if (troubleToldWithIt(u)) return 'new_question';
      if (namesId(u) || hasDate(u) || dontKnow) return 'answer';
      if (offTopic(u)) return 'new_question';
      // "ugh this is so slow" to "when did it start?": a feeling to acknowledge, not an answer.
      if (confidentIntent(u) === 'calm') return 'new_question';
      return isNewQuestion(u) ? 'new_question' : 'answer';
    case 'intake':
      if (givesId) return 'answer';
      // "oh wait, I misread it, it was approved on the 12th, not the 2nd" while the intake asks what
      // was tried: the case's start corrected, which the rule judges again (it may be a wait now).
      if (redatesCase(text, u, pending)) return 'new_question';
      if (asksWhereItStands(text, u, pending)) return 'asks_status';
      if (asksAsideNotOurs(u, pending, dontKnow)) return 'aside';
      if (ventsInstead(u, pending)) return 'vent';
      if (pending.field === 'caseId' && (namesId(u) || dontKnow)) return 'answer';
      if (pending.field === 'when' && (hasDate(u) || dontKnow)) return 'answer';
      // A bare date ("oct 15") reads as "not ours" to the model; to the intake it is the case's start.
      if ((pending.field === 'caseId' || pending.field === 'when') && offTopic(u) && !isBareDate(u))
        return 'new_question';
      // "it came from a small seller, not the warehouse": more about the case, for its ticket. A
      // question the model is sure of ("is there a fee for cancelling?") is answered instead.
      // Nor is a question turned aside on purpose ("unrelated, but how do I turn down the emails?").
      if (
        openCase &&
        staysOnCase(u, openCase) &&
        !(u.question && (asksSomethingElse(u) || turnsAside(u.normalised)))
      )
        return 'answer';
      return isNewQuestion(u) ? 'new_question' : 'answer';
    case 'confirm_ticket':
      if (confirmationOf(text) !== null) return 'answer';
      if (asksWhereItStands(text, u, pending)) return 'asks_status';
      if (asksAsideNotOurs(u, pending, dontKnow)) return 'aside';
      if (ventsInstead(u, pending)) return 'vent';
      return isNewQuestion(u) ? 'new_question' : 'answer';
    case 'walkthrough':
      // The walk-through judges typed descriptions itself: only a cancel is decided here.
      return 'answer';
    case 'feedback':
      // "Did this answer your question?" is settled by a yes or a no; anything else is a new
      // message, and so is a yes that goes on to ask ("thanks. how long does the transfer take?").
      if (yesNo(text) === null) return 'new_question';
      // A thanks that goes on to tell something of its own ("thanks! one more thing, my password
      // was changed and it wasn't me", "ok thanks. unrelated, but what's the weather like") is that
      // message; the thanks settles nothing.
      if (securitySignal(u) || surelyElsewhere(u)) return 'new_question';
      // "Yes, the order page says Dispatched by Kingston Express" after the missing-item answer: the
      // fact that decides whose trouble it is, not a yes to the answer.
      if (saysDispatchedByUs(text, u)) return 'new_question';
      if (u.start !== null && u.process !== null && u.words >= REQUEST_WORDS) return 'new_question';
      // "thanks! one more, how long do i have to send it": a question of its own after the thanks,
      // whatever the model makes of it; "yes, is that all?" is still the answer.
      if (u.question && u.words >= QUESTION_AFTER_THANKS_WORDS) return 'new_question';
      // "right, well my order had that badge and it came today with 2 of the 4 candles": an opening
      // "right" or "ok" that goes on telling something of its own is that story, not a yes.
      if (u.words >= TOLD_AFTER_YES_WORDS && !PLEASANTRIES.has(confidentIntent(u) ?? ''))
        return 'new_question';
      return u.question && isNewQuestion(u) ? 'new_question' : 'answer';
  }
}
