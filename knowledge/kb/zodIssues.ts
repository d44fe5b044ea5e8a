/** Turns zod issues into knowledge issues that name the field by its dotted path. */
import type { z } from 'zod';
import type { KnowledgeIssue } from './errors';

/** `a.b.0.c` style path of a zod issue. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => String(p)).join('.');
}

/** Maps every zod issue to a KnowledgeIssue; `label` decorates the field path. */
export function toIssues(
  file: string,
  error: z.ZodError,
  label: (path: string) => string = (p) => p,
): KnowledgeIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: label(issuePath(issue) || '(root)'),
    message: issue.message,
  }));
}
