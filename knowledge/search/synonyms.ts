/** Loads the synonym and ignore lists (knowledge/search/synonyms.yaml): retrieval vocabulary as data. */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../kb/errors';
import { displayPath, knowledgeDir } from '../kb/paths';
import { toIssues } from '../kb/zodIssues';

const phrase = z.string().trim().min(1, { error: 'expected a non-empty word or phrase' });

export const synonymDataSchema = z.strictObject({
  // A list, or one space-separated string (easier to read for long word lists).
  ignore: z
    .union([z.array(phrase), z.string().transform((s) => s.split(/\s+/).filter((w) => w.length > 0))])
    .default([]),
  sellerCues: z.array(phrase).default([]),
  keep: z.array(phrase).default([]),
  synonyms: z.record(phrase, z.array(phrase)).default({}),
});

/** Canonical term → the words and phrases customers use for it, plus words that carry no topic. */
export type SynonymData = z.infer<typeof synonymDataSchema>;

/** knowledge/search/synonyms.yaml in the repository (works from source and from dist/). */
export function defaultSynonymsFile(): string {
  return path.join(knowledgeDir(), 'search', 'synonyms.yaml');
}

/** Reads and validates a synonyms file. @throws KnowledgeError naming the file and field. */
export function loadSynonyms(file: string = defaultSynonymsFile()): SynonymData {
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeError([{ file: shown, message: `cannot read synonyms: ${(err as Error).message}` }]);
  }
  const parsed = synonymDataSchema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeError(toIssues(shown, parsed.error));
  return parsed.data;
}
