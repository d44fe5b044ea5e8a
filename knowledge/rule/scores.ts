/** Reading the model's ranking: one intent's score, and the Help Center topics in order. */
import { topicOf } from '../nlu/intents';
import { scoreIn } from '../nlu/model';
import type { Understanding } from '../understand';

export function scoreOf(u: Understanding, intent: string): number {
  return scoreIn(u.intent.ranking, intent);
}

/** Topics the Help Center has, most likely first, with their scores. */
export function topicRanking(
  u: Understanding,
  known: (id: string) => boolean,
): { id: string; score: number }[] {
  const out: { id: string; score: number }[] = [];
  for (const r of u.intent.ranking) {
    const id = topicOf(r.name);
    if (id && known(id)) out.push({ id, score: r.confidence });
  }
  return out;
}
