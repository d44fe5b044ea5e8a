/**
 * The triage batch protocol (DESIGN contract 2), kept apart from stdin/stdout so it can be
 * tested: one input line in, one output line out, bad lines answered with an `error`.
 */
import { z } from 'zod';
import type { Outcome, Category } from '../types';
import type { Triage } from './createTriage';

const inputSchema = z.object({
  text: z.string({ error: 'expected "text" to be a string' }),
  id: z.union([z.string(), z.number()]).optional(),
  /**
   * When the message was sent (ISO 8601 with an offset), for replaying logged or labelled messages
   * whose dates ("approved on the 1st") count from that day; the clock when absent.
   */
  now: z.iso
    .datetime({ offset: true, error: 'expected "now" to be an ISO 8601 date-time with an offset' })
    .optional(),
});

export interface BatchOutput {
  id: string | number | null;
  text: string | null;
  outcome: Outcome | null;
  topic: string | null;
  category: Category | null;
  confidence: number | null;
  error?: string;
}

/** Judges one JSONL line; never throws. `lineNo` (1-based) names the line in errors. */
export function judgeLine(line: string, lineNo: number, triage: Triage, now?: Date): BatchOutput {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return failed(null, null, `line ${lineNo}: not valid JSON`);
  }
  const parsed = inputSchema.safeParse(raw);
  const id = raw && typeof raw === 'object' && 'id' in raw ? idOf((raw as { id: unknown }).id) : null;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'line';
    return failed(id, null, `line ${lineNo}: ${field}: ${issue.message}`);
  }
  try {
    const j = triage.judge(parsed.data.text, parsed.data.now ? new Date(parsed.data.now) : now);
    return {
      id: parsed.data.id ?? null,
      text: parsed.data.text,
      outcome: j.outcome,
      topic: j.topic,
      category: j.category,
      confidence: j.confidence,
    };
  } catch (err) {
    return failed(id, parsed.data.text, `line ${lineNo}: ${(err as Error).message}`);
  }
}

function idOf(v: unknown): string | number | null {
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

function failed(id: string | number | null, text: string | null, error: string): BatchOutput {
  return { id, text, outcome: null, topic: null, category: null, confidence: null, error };
}
