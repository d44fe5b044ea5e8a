/**
 * Pure readers of short replies in words: the survey score, a confirmation, a cancel, a
 * follow-up, a correction. The phrasings are data (phrasings.yaml); this file only matches them.
 */
import type { Understanding } from '../understand';
import { DATE_LIKE } from '../understand/dates';
import { phrasings } from './phrasings';
import { surveyWords } from './surveyWords';

/** Lower case, apostrophes dropped ("don't" → "dont"), other punctuation to spaces, one space. */
export function normaliseReply(text: string | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9/+@.\s]|\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One of `phrases` occurs in `t` (a normalised reply) as whole words. */
export const containsPhrase = (t: string, phrases: readonly string[]): boolean =>
  phrases.some((p) => ` ${t} `.includes(` ${p} `));

/** `t` is one of `phrases` or starts with one, as whole words. */
const opensWithPhrase = (t: string, phrases: readonly string[]): boolean =>
  phrases.some((p) => t === p || t.startsWith(`${p} `));

const byLength = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);
/** The fillers, longest first, sorted once on first use. */
let fillerList: string[] | undefined;
const fillersByLength = (): string[] => (fillerList ??= byLength(phrasings().fillers));

/**
 * Splits a normalised reply into the phrases of `vocabulary` and fillers, longest first; null
 * when a word is neither. "yes please quickly" → ["yes please"] with the fillers dropped.
 */
function phrasesOf(t: string, vocabulary: readonly string[]): string[] | null {
  const vocab = byLength(vocabulary);
  const found: string[] = [];
  let rest = ` ${t} `;
  while (rest.trim()) {
    const hit = vocab.find((p) => rest.startsWith(` ${p} `));
    if (hit) {
      found.push(hit);
      rest = rest.slice(hit.length + 1);
      continue;
    }
    const filler = fillersByLength().find((p) => rest.startsWith(` ${p} `));
    if (!filler) return null;
    rest = rest.slice(filler.length + 1);
  }
  return found;
}

/**
 * A confirmation of "Shall I send it?": true for "yes please, quickly" or "go ahead", false for
 * "no thanks", null when the reply is anything else (it is asked again, never guessed).
 */
export function confirmationOf(text: string | undefined): boolean | null {
  const t = normaliseReply(text);
  if (!t) return null;
  const no = phrasesOf(t, phrasings().confirmNo);
  if (no && no.length > 0) return false;
  const yes = phrasesOf(t, phrasings().confirmYes);
  return yes && yes.length > 0 ? true : null;
}

/** "never mind", "forget it", "actually no": the person drops the question the bot asked. */
export function isCancel(text: string | undefined): boolean {
  const phrases = phrasesOf(normaliseReply(text), phrasings().cancel);
  return phrases !== null && phrases.length > 0;
}

/**
 * A satisfaction score 1–5 from "4", "4/5", "4 out of 5", "five stars", "great"; null when the
 * reply is not a rating (the question then lapses and the bot reads it as a message).
 */
export function surveyScore(text: string | undefined): number | null {
  const t = normaliseReply(text)
    .replace(
      /\b(i d|id|i would|i will|ill)? ?(give|rate|say)( (it|you|them|this|that|the chat|him|her))?\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  const { scores: SURVEY_WORDS, numbers: NUMBER_WORDS } = surveyWords();
  const num = String.raw`([0-9]+|${Object.keys(NUMBER_WORDS).join('|')})`;
  const scaled = new RegExp(String.raw`^${num}\s*(?:/|out of|of)\s*(5|10|five|ten)(?: stars?)?$`).exec(t);
  const starred = new RegExp(String.raw`^${num}(?: stars?)?$`).exec(t);
  const m = scaled ?? starred;
  if (m) {
    const n = NUMBER_WORDS[m[1]] ?? Number(m[1]);
    const out = scaled ? (NUMBER_WORDS[scaled[2]] ?? Number(scaled[2])) : 5;
    const score = out === 10 ? Math.round(n / 2) : n;
    return n >= 1 && n <= out && score >= 1 && score <= 5 ? score : null;
  }
  const words = phrasesOf(t, Object.keys(SURVEY_WORDS));
  return words && words.length === 1 ? SURVEY_WORDS[words[0]] : null;
}

/** Leading fillers dropped, so "ok so any news" reads as "any news". */
function withoutLeadingFillers(t: string): string {
  let rest = t;
  for (;;) {
    const filler = fillersByLength().find((f) => rest === f || rest.startsWith(`${f} `));
    if (!filler || filler === rest) return rest;
    rest = rest.slice(filler.length + 1);
  }
}

/** Words once leading fillers are dropped: "ok so when should i hear back" is five. */
export function wordsAfterFillers(text: string): number {
  const t = withoutLeadingFillers(normaliseReply(text));
  return t ? t.split(' ').length : 0;
}

const afterOpeners = (text: string | undefined): string =>
  withoutLeadingFillers(normaliseReply(text)).replace(/^(and|but|hi|hello|hey|fine|ok fine) /, '');

/** "any news?", "ok so when will I hear back?": asks for the status again, nothing new. */
export function isStatusFollowUp(text: string | undefined): boolean {
  const t = afterOpeners(text);
  return opensWithPhrase(t, phrasings().statusFollowUps) && t.split(' ').length <= 9;
}

/**
 * "any update?? I've got 9 orders to post and can't print labels": opens by asking after the case
 * (phrasings.yaml's askingAfter), whatever it goes on to say of why it matters.
 */
export function opensAskingAfter(text: string | undefined): boolean {
  return opensWithPhrase(afterOpeners(text), phrasings().askingAfter);
}

/**
 * "and if I paid with PayPal?", "what about to Ireland?", "and to France?": a follow-up on the
 * last topic. A short "and …" counts unless it opens a question of its own ("and how do I…").
 */
export function isFollowUp(text: string | undefined): boolean {
  const t = withoutLeadingFillers(normaliseReply(text));
  if (opensWithPhrase(t, phrasings().followUpOpeners)) return true;
  const [first, second, ...rest] = t.split(' ');
  return (
    phrasings().shortFollowUpOpeners.includes(first) &&
    second !== undefined &&
    !phrasings().ownQuestionWords.includes(second) &&
    rest.length + 2 <= phrasings().shortFollowUpWords
  );
}

/** "sorry, it was 5 weeks ago", "actually it was…": the message corrects an earlier one. */
export function isCorrection(text: string | undefined): boolean {
  const t = normaliseReply(text);
  return containsPhrase(t, phrasings().corrections) || /\bit was\b.*\bnot\b/.test(t) || deniesADate(t);
}

/**
 * "it shipped on 25 October not this monday", "the 3rd, not the 13th": a date denied beside the one
 * given, whatever words open the message.
 */
function deniesADate(t: string): boolean {
  for (const m of t.matchAll(
    /\b(?:not|rather than|instead of)\s+(?:(?:on|this|last|the)\s+){0,2}(\S+)(?:\s+(\S+))?/g,
  )) {
    const [, word = '', after = ''] = m;
    // A bare number is a day only beside a month ("not 25 october"); "not 1 reply" dates nothing.
    if (/^\d+$/.test(word) ? DATE_LIKE.test(after) && !/^\d/.test(after) : DATE_LIKE.test(word)) return true;
  }
  return false;
}

/**
 * A yes or a no to a light question ("Did this answer your question?"): "yeah it did", "thanks",
 * "not really"; null when it is neither. Looser than {@link confirmationOf}, which opens tickets.
 */
export function yesNo(text: string | undefined): boolean | null {
  const t = normaliseReply(text);
  if (
    /^(y|yes|yeah|yep|yup|sure|correct|it did|it does|that helped|helpful|ok(ay)? thanks?|thanks?|thank you|right)\b/.test(
      t,
    )
  )
    return true;
  if (/^(n|no|nope|nah|not really|it didnt|not helpful|wrong)\b/.test(t)) return false;
  return null;
}

/**
 * "unrelated but do you know a good solicitor", "btw who's winning tonight": turning to another
 * subject on purpose (phrasings.yaml's asides), matched as whole words anywhere in the message.
 */
export function turnsAside(text: string | undefined): boolean {
  return containsPhrase(normaliseReply(text), phrasings().asides);
}

/** "I've got another one from a normal seller", "my other order": a second order or case, not the one discussed. */
export function namesAnotherCase(text: string | undefined): boolean {
  return containsPhrase(normaliseReply(text), phrasings().anotherCase);
}

/** A message that opens with a turn aside ("btw, how do I…", "unrelated: …"), after leading fillers. */
export function opensAside(text: string | undefined): boolean {
  const t = withoutLeadingFillers(normaliseReply(text));
  return opensWithPhrase(t, phrasings().asides);
}

/**
 * "i need it by saturday though", "cant u just cancel it urself": pushing back on a wait
 * (phrasings.yaml's pushback), matched as whole words anywhere in the message.
 */
export function pushesBack(text: string | undefined): boolean {
  return containsPhrase(normaliseReply(text), phrasings().pushback);
}

/**
 * "well i already gave it to them", "i clicked the link this morning": owning up to what a scam
 * asked (phrasings.yaml's admissions), matched as whole words anywhere in the message.
 */
export function admitsIt(text: string | undefined): boolean {
  return containsPhrase(normaliseReply(text), phrasings().admissions);
}

/** The message says the order is Dispatched by Kingston Express (phrasings.yaml's dispatched.yes) and does not deny it. */
export const saysDispatchedByUs = (text: string, u: Understanding): boolean =>
  !u.dispatchDenied && containsPhrase(normaliseReply(text), phrasings().dispatched.yes);

/**
 * "fine. can I still add more photos to it?", "do I have to send the old one back first?": asks
 * what the person may or must do (phrasings.yaml's actionQuestions), not when or why (whenOrWhy).
 */
export function asksWhatToDo(text: string | undefined): boolean {
  const t = normaliseReply(text);
  return containsPhrase(t, phrasings().actionQuestions) && !containsPhrase(t, phrasings().whenOrWhy);
}
