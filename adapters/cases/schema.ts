import { z } from 'zod';
import type { CaseFacts } from '../../knowledge/types';

const instant = z.iso.datetime({ offset: true });

/**
 * The JSON body of `GET {baseUrl}/cases/{id}` (documented in README.md). Field names match
 * {@link CaseFacts}; unknown extra fields are ignored so the marketplace can add some.
 */
export const caseRecordSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['order', 'case']),
  process: z.string().min(1).nullable(),
  status: z.string().min(1).max(64),
  closed: z.boolean(),
  openedAt: instant,
  lastUpdateAt: instant,
  dispatchedByKx: z.boolean(),
  demo: z.boolean().optional(),
});

export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** The outcome of checking one record: the facts, or the first bad field and why. */
export type CaseRecordCheck = { ok: true; facts: CaseFacts } | { ok: false; field: string; message: string };

/**
 * Checks an unknown value against {@link caseRecordSchema}; with `processes`, a process id must also
 * be one of them (the keys of policy.yaml's `timelines`), so an unknown process is caught here
 * rather than silently ignored by the triage rule.
 */
export function checkCaseRecord(value: unknown, processes?: readonly string[]): CaseRecordCheck {
  const parsed = caseRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: issue?.path.join('.') || '(root)', message: issue?.message ?? 'invalid' };
  }
  const r = parsed.data;
  if (processes && r.process !== null && !processes.includes(r.process)) {
    return { ok: false, field: 'process', message: `unknown process "${r.process}"` };
  }
  if (Date.parse(r.lastUpdateAt) < Date.parse(r.openedAt)) {
    return { ok: false, field: 'lastUpdateAt', message: 'is before openedAt' };
  }
  const facts: CaseFacts = {
    id: r.id,
    kind: r.kind,
    process: r.process,
    status: r.status,
    closed: r.closed,
    openedAt: new Date(r.openedAt).toISOString(),
    lastUpdateAt: new Date(r.lastUpdateAt).toISOString(),
    dispatchedByKx: r.dispatchedByKx,
  };
  if (r.demo !== undefined) facts.demo = r.demo;
  return { ok: true, facts };
}
