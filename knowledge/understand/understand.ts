/**
 * Understanding a message: a pure function from text (and the clock) to plain data. Cues are
 * compiled once at module load, so judging a message costs regex passes, one sentiment lookup
 * and, only for date-like text, one chrono parse.
 */
import { CATEGORIES, type Category } from '../types';
import {
  CATEGORY_CUES,
  CATEGORY_GATES,
  DOMAIN_CUES,
  GENERAL_QUESTION_CUES,
  HELP_CUES,
  HUMAN_CUES,
  NEW_INFO_CUES,
  OFF_DOMAIN_CUES,
  PROCESS_CUES,
  SECURITY_COMBINATION,
  SECURITY_GENERAL_QUESTION,
  SECURITY_SELF_DONE,
  STARTED_AFTER,
  STARTED_VERBS,
  THIRD_PARTY,
  TOPIC_CUES,
  WAITING_CUES,
  type Cue,
} from './cues';
import { DATE_LIKE, extractStart, promisedDateMissed } from './dates';
import { readEmotion } from './emotion';
import { extractIds } from './ids';
import { normalise } from './normalise';
import type { CategorySignal, ProcessMention, TopicSignal, Understanding } from './types';

export interface UnderstandOptions {
  now: Date;
  /** The person's zone for reading "last Tuesday"; defaults to the support calendar's. */
  timeZone?: string;
}

const DEFAULT_ZONE = 'Europe/London';
const re = (p: string) => new RegExp(p, 'i');
const compileCues = (cues: Cue[]) => cues.map((c) => ({ ...c, re: re(c.pattern) }));

const CATEGORY_RES = CATEGORIES.map((category) => ({
  category,
  gate: re(CATEGORY_GATES[category]),
  cues: compileCues(CATEGORY_CUES[category]),
}));
const PROCESS_RES = PROCESS_CUES.map((p) => ({ process: p.process, re: re(p.pattern) }));
const GENERAL_RES = GENERAL_QUESTION_CUES.map(re);
const WAITING_RES = WAITING_CUES.map(re);
/** Return and dispatch cues are themselves past events ("I sent it back", "not shipped"). */
const SELF_RUNNING = new Set(['return-inspection', 'order-dispatch']);
/** A parcel's journey runs only when the person is waiting for it; having ordered is not enough. */
const WAIT_ONLY = new Set(['delivery-standard', 'delivery-dispatched']);
/** "<starting verb> … <process word>", one compiled pattern per process word seen. */
const startedCache = new Map<string, RegExp>();
function startedPattern(word: string): RegExp {
  let r = startedCache.get(word);
  if (!r) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    r = new RegExp(
      String.raw`\b${STARTED_VERBS}\s+(?:(?:a|an|my|the|for|this|that|our)\s+)?(?:[\w'-]+\s+)?${escaped}`,
    );
    startedCache.set(word, r);
  }
  return r;
}
/** "<process word> was approved", one compiled pattern per process word seen. */
const afterCache = new Map<string, RegExp>();
function startedAfterPattern(word: string): RegExp {
  let r = afterCache.get(word);
  if (!r) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    r = new RegExp(String.raw`${escaped}${STARTED_AFTER}`);
    afterCache.set(word, r);
  }
  return r;
}
const NEW_INFO_RES = compileCues(NEW_INFO_CUES);
const HUMAN_RES = HUMAN_CUES.map(re);
const HELP_RES = HELP_CUES.map(re);
const TOPIC_RES = TOPIC_CUES.map((t) => ({ ...t, re: re(t.pattern) }));
const DOMAIN_STRONG = re(DOMAIN_CUES.strong);
const DOMAIN_WEAK = re(DOMAIN_CUES.weak);
const OFF_DOMAIN = re(OFF_DOMAIN_CUES.other);
const CORE_DOMAIN = re(OFF_DOMAIN_CUES.core);
const BANKING = re(`${OFF_DOMAIN_CUES.banking}|${OFF_DOMAIN_CUES.errands}`);
const MARKETPLACE = re(OFF_DOMAIN_CUES.marketplace);
const THIRD_PARTY_SERVICE = re(THIRD_PARTY.services);
const MARKETPLACE_ANCHOR = re(THIRD_PARTY.anchor);
const SELF_DONE = re(SECURITY_SELF_DONE);
const GENERAL_START = re(SECURITY_GENERAL_QUESTION.start);
const PERSONAL_ANCHOR = re(SECURITY_GENERAL_QUESTION.anchor);

/** A question about security in general, with nothing of the person's own in it. */
function generalSecurityQuestion(text: string): boolean {
  const start = GENERAL_START.exec(text);
  return start !== null && !PERSONAL_ANCHOR.test(text.slice(start[0].length));
}

/** Names another company's account (Gmail, Instagram, home wi-fi) and nothing of ours. */
function aboutThirdPartyOnly(text: string): boolean {
  return THIRD_PARTY_SERVICE.test(text) && !MARKETPLACE_ANCHOR.test(text);
}
const QUESTION_START =
  /^(?:how|what|what's|when|where|where's|why|which|who|whom|can|could|would|will|is|are|am|do|does|did|should|may|any|has|have|was|were|wat|wht|wen|wer)\b/;
/** A question asked mid-sentence: "if I order now how long will it take". */
const QUESTION_INSIDE =
  /\bhow\s+(?:long|much|many|soon|do|does|can|could|to|would|will)\b|\b(?:when|where)\s+(?:will|would|can|do|does|is|are|did|should)\b|\bwhat\s+(?:is|are|does|do)\b|\bwhat\s+(?:should|can|could|shall|must)\s+(?:i|we)\b/;
const REQUEST =
  /\b(?:i|we)\s+(?:want|need|would like|wanna|wish|'d like|d like|am looking|'m looking|am trying|'m trying|have to|expect)\b|\b(?:help|assist|show|tell|let)\s+(?:me|us)\b|\b(?:can|could|would|will)\s+(?:you|i|we)\b|\bhow\s+(?:to|do|can|could)\b|\b(?:information|info|details)\s+(?:about|on|regarding|related)\b|\b(?:assistance|help|support)\s+(?:to|with|for|in)\b|\bplease\b|\bis it possible\b/;

const SEC = {
  credential: re(SECURITY_COMBINATION.credential),
  transaction: re(SECURITY_COMBINATION.transaction),
  otherActor: re(SECURITY_COMBINATION.otherActor),
  passiveChange: re(SECURITY_COMBINATION.passiveChange),
  usedAccount: re(SECURITY_COMBINATION.usedAccount),
  veto: re(SECURITY_COMBINATION.veto),
};

/** The combined security reading (see SECURITY_COMBINATION): a guarded thing plus another actor. */
function securityCombination(text: string): CategorySignal | null {
  if (SEC.veto.test(text)) return null;
  const passive = SEC.passiveChange.exec(text) ?? SEC.usedAccount.exec(text);
  if (passive)
    return { category: 'security', strength: 'strong', cue: 'credential-changed', matched: passive[0] };
  const actor = SEC.otherActor.exec(text);
  if (actor && (SEC.credential.test(text) || SEC.transaction.test(text))) {
    return { category: 'security', strength: 'strong', cue: 'other-actor', matched: actor[0] };
  }
  return null;
}

/**
 * Category signals. Security is not read when the text is about another company's account
 * (`thirdParty`) or the person says the change was their own.
 */
function categorySignals(text: string, thirdParty: boolean): CategorySignal[] {
  const out: CategorySignal[] = [];
  const noSecurity = thirdParty || SELF_DONE.test(text) || generalSecurityQuestion(text);
  const combined = noSecurity ? null : securityCombination(text);
  if (combined) out.push(combined);
  for (const { category, gate, cues } of CATEGORY_RES) {
    if ((combined || noSecurity) && category === 'security') continue;
    if (!gate.test(text)) continue;
    for (const c of cues) {
      const m = c.re.exec(text);
      if (m) {
        out.push({ category: category as Category, strength: c.strength, cue: c.id, matched: m[0] });
        if (c.strength === 'strong') break;
      }
    }
  }
  // Strong signals first, then the policy's urgency order (CATEGORIES is most urgent first).
  return out.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
}

function processMention(text: string): ProcessMention | null {
  for (const p of PROCESS_RES) {
    const m = p.re.exec(text);
    if (!m) continue;
    const general = GENERAL_RES.some((g) => g.test(text));
    const started = !WAIT_ONLY.has(p.process) && startedPattern(m[0]).test(text);
    const running =
      !general && (SELF_RUNNING.has(p.process) || started || WAITING_RES.some((r) => r.test(text)));
    // "refund approved 20 days ago" says the process runs; it only matters once it is overdue.
    const after = !general && !running && !WAIT_ONLY.has(p.process) && startedAfterPattern(m[0]).test(text);
    return after
      ? { process: p.process, running: true, onlyIfOverdue: true, matched: m[0] }
      : { process: p.process, running, matched: m[0] };
  }
  return null;
}

function topicSignals(text: string): TopicSignal[] {
  const out: TopicSignal[] = [];
  for (const t of TOPIC_RES) {
    const m = t.re.exec(text);
    if (m) out.push({ topic: t.topic, weight: t.weight, matched: m[0] });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** Reads one message. Pure: the same text and clock give the same data. */
export function understand(text: string, opts: UnderstandOptions): Understanding {
  const norm = normalise(text);
  const start = extractStart(norm, opts.now, opts.timeZone ?? DEFAULT_ZONE);
  const newInfo = [];
  for (const c of NEW_INFO_RES) {
    const m = c.re.exec(norm);
    if (m) newInfo.push({ cue: c.id, strength: c.strength, matched: m[0] });
  }
  const words = (norm.match(/[a-z0-9']+/g) ?? []).length;
  const domain = DOMAIN_STRONG.test(norm) ? 'strong' : DOMAIN_WEAK.test(norm) ? 'weak' : 'none';
  const thirdParty = aboutThirdPartyOnly(norm);
  const categories = categorySignals(norm, thirdParty);
  // A date the person was promised that is behind us: past its timeline, whatever the policy says.
  const missed = DATE_LIKE.test(norm)
    ? promisedDateMissed(norm, opts.now, opts.timeZone ?? DEFAULT_ZONE)
    : null;
  if (missed && !categories.some((c) => c.category === 'stalled'))
    categories.unshift({
      category: 'stalled',
      strength: 'strong',
      cue: 'promised-date-missed',
      matched: missed.text,
    });
  return {
    text,
    normalised: norm,
    categories,
    process: processMention(norm),
    start,
    newInfo,
    asksForHuman: HUMAN_RES.some((r) => r.test(norm)),
    asksForHelp: HELP_RES.some((r) => r.test(norm)),
    emotion: readEmotion(text, norm, domain !== 'none'),
    question: norm.includes('?') || QUESTION_START.test(norm) || QUESTION_INSIDE.test(norm),
    request: REQUEST.test(norm),
    ids: extractIds(text),
    topics: topicSignals(norm),
    domain,
    offDomain:
      thirdParty ||
      // The cheaper, more often matching test first.
      (!CORE_DOMAIN.test(norm) && OFF_DOMAIN.test(norm)) ||
      (!MARKETPLACE.test(norm) && BANKING.test(norm)),
    words,
  };
}
