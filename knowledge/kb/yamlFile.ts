/**
 * Reads one YAML data file for a loader that validates it next: a file that cannot be read or
 * parsed becomes a KnowledgeError naming the file, like every other knowledge problem.
 */
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { KnowledgeError } from './errors';
import { displayPath } from './paths';
import { toIssues } from './zodIssues';

/** The parsed document and the file as messages show it. `what` names the content ("canned replies"). */
export function readYamlFile(file: string, what: string): { raw: unknown; shown: string } {
  const shown = displayPath(file);
  try {
    return { raw: parseYaml(fs.readFileSync(file, 'utf8')) as unknown, shown };
  } catch (err) {
    throw new KnowledgeError([{ file: shown, message: `cannot read ${what}: ${(err as Error).message}` }]);
  }
}

/** The file read and checked against `schema`. @throws KnowledgeError naming the file and each field at fault. */
export function readValidatedYaml<T>(file: string, what: string, schema: z.ZodType<T>): T {
  const { raw, shown } = readYamlFile(file, what);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeError(toIssues(shown, parsed.error));
  return parsed.data;
}
