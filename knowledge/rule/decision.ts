/** The rule's output: a tagged union, each kind carrying why it was chosen. */
import type { Category, ProcessId } from '../types';
import type { Reason } from './reasons';

interface Because {
  reason: Reason;
  /** The words, scores or figures behind the reason ("model 0.93", "due 2026-12-01"). */
  detail: string;
  /** The model's top intent and its score when the decision was made. */
  intent: { name: string; score: number };
  /** In [0, 1]. */
  confidence: number;
}

export type Decision =
  | (Because & {
      kind: 'escalate';
      category: Category;
      attachTo?: string;
      /** Past its timeline: the process, when its update was due, and whether its start was a guess ("weeks ago"). */
      overdue?: { process: ProcessId; due: Date; approximate: boolean };
    })
  | (Because & { kind: 'wait'; process: ProcessId; due: Date; articleId?: string })
  | (Because & { kind: 'answer'; articleId: string })
  | (Because & {
      kind: 'calm';
      process?: ProcessId;
      due?: Date;
      articleId?: string;
      /** The escalation the conversation already made, which the feeling is about (no new ticket). */
      openCase?: Category;
    })
  | (Because & { kind: 'clarify'; candidates: string[] })
  | (Because & { kind: 'triage' })
  | (Because & { kind: 'out_of_scope' });

export type DecisionKind = Decision['kind'];

/** A decision before the model's reading is attached (decide() adds it once, for every kind). */
export type Verdict = Decision extends infer D ? (D extends Decision ? Omit<D, 'intent'> : never) : never;
