/**
 * Asking about account security in general, before anything has happened (inGeneral.yaml): the
 * phrasings are data a support lead edits, validated and read once on first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { knowledgeDir } from '../kb/paths';
import { readValidatedYaml } from '../kb/yamlFile';
import { anyPhraseOf } from './phrasePattern';

const phrases = z
  .array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'expected lower-case words separated by single spaces'))
  .min(1);

export const inGeneralSchema = z.strictObject({ inGeneral: phrases, ownDoing: phrases });

export type InGeneralPhrases = z.infer<typeof inGeneralSchema>;

export function defaultInGeneralFile(): string {
  return path.join(knowledgeDir(), 'understand', 'inGeneral.yaml');
}

/** Reads and validates the file. @throws KnowledgeError naming the file and field. */
export function loadInGeneral(file: string = defaultInGeneralFile()): InGeneralPhrases {
  return readValidatedYaml(file, 'the asking-in-general phrasings', inGeneralSchema);
}

let cached: InGeneralPhrases | undefined;
/** The repository's asking-in-general and own-doing phrasings, read once on first use (never at import). */
export function inGeneralPhrases(): InGeneralPhrases {
  cached ??= loadInGeneral();
  return cached;
}

let patterns: { inGeneral: RegExp; ownDoing: RegExp } | undefined;
/** Each list as one whole-word pattern, built on first use. */
function patternsOf(): { inGeneral: RegExp; ownDoing: RegExp } {
  if (!patterns) {
    const { inGeneral, ownDoing } = inGeneralPhrases();
    patterns = { inGeneral: anyPhraseOf(inGeneral), ownDoing: anyPhraseOf(ownDoing) };
  }
  return patterns;
}

const withoutApostrophes = (norm: string) => norm.replace(/['’]/g, '');

/** The words that ask in general ("any tips", "warning signs"), or null. `norm` is the normalised text. */
export function asksInGeneral(norm: string): string | null {
  return patternsOf().inGeneral.exec(withoutApostrophes(norm))?.[0] ?? null;
}

/** The words explaining an alert as the person's own doing ("it was me"), or null. */
export function explainsOwnDoing(norm: string): string | null {
  return patternsOf().ownDoing.exec(withoutApostrophes(norm))?.[0] ?? null;
}
