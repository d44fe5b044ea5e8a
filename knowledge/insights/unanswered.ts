/** Groups the unanswered-question inbox: the same question asked many ways is one row. */
import type { QuestionKey, UnansweredQuestion } from './types';

/** Example wordings kept per group. */
export const MAX_EXAMPLES = 3;
/** Articles listed per group as what the search proposed. */
export const MAX_PROPOSED_ARTICLES = 3;

/** An article the search proposed for questions of a group, and for how many of them. */
export interface ProposedArticle {
  id: string;
  count: number;
}

/** Questions with one normalised form. */
export interface UnansweredGroup {
  /** The normalised form the questions share. */
  key: string;
  /** Every question in the group, newest first: what "mark handled" sends back. */
  ids: number[];
  count: number;
  /** ISO 8601 instants of the oldest and newest question. */
  firstSeen: string;
  lastSeen: string;
  /** Up to {@link MAX_EXAMPLES} distinct wordings, newest first. */
  examples: string[];
  /** Most often proposed first, at most {@link MAX_PROPOSED_ARTICLES}. */
  proposedArticles: ProposedArticle[];
}

const newestFirst = (a: UnansweredQuestion, b: UnansweredQuestion) =>
  Date.parse(b.at) - Date.parse(a.at) || b.id - a.id;

function examplesOf(questions: readonly UnansweredQuestion[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of questions) {
    const text = q.text.trim();
    const folded = text.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(text);
    if (out.length === MAX_EXAMPLES) break;
  }
  return out;
}

function proposedBy(questions: readonly UnansweredQuestion[]): ProposedArticle[] {
  const counts = new Map<string, number>();
  for (const q of questions) {
    // An article counts once per question, however many times the search listed it.
    for (const id of new Set(q.topCandidates.map((c) => c.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, MAX_PROPOSED_ARTICLES);
}

function toGroup(key: string, questions: UnansweredQuestion[]): UnansweredGroup {
  return {
    key,
    ids: questions.map((q) => q.id),
    count: questions.length,
    firstSeen: new Date(questions[questions.length - 1].at).toISOString(),
    lastSeen: new Date(questions[0].at).toISOString(),
    examples: examplesOf(questions),
    proposedArticles: proposedBy(questions),
  };
}

/**
 * Groups questions whose normalised forms ({@link QuestionKey}) are equal. Most asked first;
 * equal counts, most recently asked first; then by key, so the order never depends on input order.
 */
export function groupUnanswered(
  questions: readonly UnansweredQuestion[],
  questionKey: QuestionKey,
): UnansweredGroup[] {
  const byKey = new Map<string, UnansweredQuestion[]>();
  for (const q of [...questions].sort(newestFirst)) {
    const key = questionKey(q.text);
    const list = byKey.get(key);
    if (list) list.push(q);
    else byKey.set(key, [q]);
  }
  return [...byKey]
    .map(([key, list]) => toGroup(key, list))
    .sort(
      (a, b) =>
        b.count - a.count || Date.parse(b.lastSeen) - Date.parse(a.lastSeen) || a.key.localeCompare(b.key),
    );
}
