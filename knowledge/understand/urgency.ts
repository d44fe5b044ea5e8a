/**
 * The phrasings that press for speed, those that say there is no hurry, distress and complaint
 * (knowledge/understand/urgency.yaml), as data a support lead edits: validated and read once on
 * first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { knowledgeDir } from '../kb/paths';
import { readValidatedYaml } from '../kb/yamlFile';

const phrases = z
  .array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'expected lower-case words separated by single spaces'))
  .min(1);

export const urgencySchema = z.strictObject({
  urgency: phrases,
  notUrgent: phrases,
  distress: phrases,
  complaints: phrases,
  notFeelings: phrases,
  notComplaints: phrases,
});
export type Urgency = z.infer<typeof urgencySchema>;

export function defaultUrgencyFile(): string {
  return path.join(knowledgeDir(), 'understand', 'urgency.yaml');
}

/** Reads and validates the file. @throws KnowledgeError naming the file and field. */
export function loadUrgency(file: string = defaultUrgencyFile()): Urgency {
  return readValidatedYaml(file, 'the urgency phrasings', urgencySchema);
}

let cached: Urgency | undefined;
/** The repository's urgency phrasings, read once on first use (never at import). */
export function urgencyPhrases(): Urgency {
  cached ??= loadUrgency();
  return cached;
}
