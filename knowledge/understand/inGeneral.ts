/**
 * Asking about account security in general, before anything has happened (inGeneral.yaml): the
 * phrasings are data a support lead edits, validated and read once on first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { knowledgeDir } from '../kb/paths';
import { readValidatedYaml } from '../kb/yamlFile';
import { anyPhraseOf } from './phrasePattern';

export const inGeneralSchema = z.strictObject({
  inGeneral: z
    .array(
      z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'expected lower-case words separated by single spaces'),
    )
    .min(1),
});

export function defaultInGeneralFile(): string {
  return path.join(knowledgeDir(), 'understand', 'inGeneral.yaml');
}

/** Reads and validates the file. @throws KnowledgeError naming the file and field. */
export function loadInGeneral(file: string = defaultInGeneralFile()): string[] {
  return readValidatedYaml(file, 'the asking-in-general phrasings', inGeneralSchema).inGeneral;
}

let cached: string[] | undefined;
/** The repository's asking-in-general phrasings, read once on first use (never at import). */
export function inGeneralPhrases(): string[] {
  cached ??= loadInGeneral();
  return cached;
}

let pattern: RegExp | undefined;
/** The phrasings as one whole-word pattern, built on first use. */
function patternOf(): RegExp {
  pattern ??= anyPhraseOf(inGeneralPhrases());
  return pattern;
}

/** The words that ask in general ("any tips", "warning signs"), or null. `norm` is the normalised text. */
export function asksInGeneral(norm: string): string | null {
  return patternOf().exec(norm.replace(/['’]/g, ''))?.[0] ?? null;
}
