/**
 * The survey's words (knowledge/conversation/surveyWords.yaml): satisfaction said in words and
 * the number words a score may be written in, as data a support lead edits.
 */
import path from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from '../kb/yamlFile';
import { knowledgeDir } from '../kb/paths';

const phrase = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]+( [a-z]+)*$/, 'expected lower-case words separated by single spaces');

export const surveyWordsSchema = z
  .strictObject({
    scores: z.record(z.enum(['1', '2', '3', '4', '5']), z.array(phrase).min(1)),
    numbers: z.record(phrase, z.number().int().min(1).max(10)),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, string>();
    for (const [score, words] of Object.entries(data.scores))
      for (const w of words ?? []) {
        const other = seen.get(w);
        if (other && other !== score)
          ctx.addIssue({ code: 'custom', path: ['scores', score], message: `"${w}" is also under ${other}` });
        seen.set(w, score);
      }
  });

export interface SurveyWords {
  /** Phrase → score 1–5. */
  scores: Record<string, number>;
  /** Number word → value ("five" → 5, "ten" → 10). */
  numbers: Record<string, number>;
}

export function defaultSurveyWordsFile(): string {
  return path.join(knowledgeDir(), 'conversation', 'surveyWords.yaml');
}

/** Reads and validates the file. @throws KnowledgeError naming the file and field. */
export function loadSurveyWords(file: string = defaultSurveyWordsFile()): SurveyWords {
  const data = readValidatedYaml(file, 'the survey words', surveyWordsSchema);
  const scores: Record<string, number> = {};
  for (const [score, words] of Object.entries(data.scores))
    for (const w of words ?? []) scores[w] = Number(score);
  return { scores, numbers: data.numbers };
}

let cached: SurveyWords | undefined;
/** The repository's survey words, read once on first use (never at import). */
export function surveyWords(): SurveyWords {
  cached ??= loadSurveyWords();
  return cached;
}
