/**
 * Canned replies for the agent console: a data file a support lead edits, validated with zod at
 * start-up. Texts quote the policy through the Help Center's placeholders, so a reply cannot
 * state a duration the policy does not. A bad file throws a KnowledgeError naming file and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../../knowledge/kb/yamlFile';
import { KnowledgeError, type KnowledgeIssue } from '../../knowledge/kb/errors';
import { defaultPaths, findRepoRoot } from '../../knowledge/kb/paths';
import { fillPlaceholders, placeholderValues } from '../../knowledge/kb/placeholders';
import { loadPolicy, type Policy } from '../../knowledge/kb/policySchema';
import { toIssues } from '../../knowledge/kb/zodIssues';
import { CATEGORIES } from '../../knowledge/types';

/** The file beside this module in the source tree (the compiled server, dist/server.js, looks there too). */
export const DEFAULT_CANNED_REPLIES_FILE =
  [
    path.join(__dirname, 'cannedReplies.yaml'),
    path.join(findRepoRoot(__dirname), 'adapters', 'agents', 'cannedReplies.yaml'),
  ].find((f) => fs.existsSync(f)) ?? path.join(__dirname, 'cannedReplies.yaml');

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const cannedReplySchema = z.strictObject({
  id: z.string().regex(KEBAB, 'must be kebab-case, e.g. "ask-order-number"'),
  title: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  shortcut: z
    .string()
    .regex(/^[a-z0-9-]{1,20}$/, 'must be 1–20 lowercase letters, digits or dashes (typed after "/")')
    .optional(),
  categories: z.array(z.enum(CATEGORIES)).optional(),
  text: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
});
export type CannedReply = z.infer<typeof cannedReplySchema>;

const fileSchema = z.strictObject({ replies: z.array(cannedReplySchema).min(1, 'needs at least one reply') });

/**
 * Validates parsed file content and fills the policy placeholders.
 * @throws KnowledgeError listing every problem: schema, duplicate id or shortcut, unknown placeholder.
 */
export function parseCannedReplies(raw: unknown, policy: Policy, file = 'cannedReplies.yaml'): CannedReply[] {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeError(toIssues(file, parsed.error));
  const values = placeholderValues(policy);
  const issues: KnowledgeIssue[] = [];
  const seen = { id: new Map<string, number>(), shortcut: new Map<string, number>() };
  const replies = parsed.data.replies.map((reply, i) => {
    for (const key of ['id', 'shortcut'] as const) {
      const v = reply[key];
      if (v === undefined) continue;
      const first = seen[key].get(v);
      if (first !== undefined)
        issues.push({
          file,
          field: `replies.${i}.${key}`,
          message: `duplicate ${key} "${v}" (also replies.${first})`,
        });
      else seen[key].set(v, i);
    }
    const filled = fillPlaceholders(reply.text, values);
    for (const name of filled.unknown)
      issues.push({ file, field: `replies.${i}.text`, message: `unknown placeholder {{${name}}}` });
    return { ...reply, text: filled.text };
  });
  if (issues.length > 0) throw new KnowledgeError(issues);
  return replies;
}

export interface LoadCannedRepliesOptions {
  file?: string;
  /** The policy the placeholders quote; read from knowledge/policy/policy.yaml when absent. */
  policy?: Policy;
}

/** Reads, validates and fills the canned replies file. @throws KnowledgeError naming file and field. */
export function loadCannedReplies(opts: LoadCannedRepliesOptions = {}): CannedReply[] {
  const file = opts.file ?? DEFAULT_CANNED_REPLIES_FILE;
  const { raw, shown } = readYamlFile(file, 'canned replies');
  return parseCannedReplies(raw, opts.policy ?? loadPolicy(defaultPaths().policyFile), shown);
}
