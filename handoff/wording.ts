/**
 * What the person is told about their request (knowledge/policy/handoffWording.yaml), as data a
 * support lead edits beside the policy. Each line may use only the placeholders the code fills
 * in for it, so a typo ("{agnet}") stops start-up naming the line instead of reaching a customer.
 */
import path from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from '../knowledge/kb/yamlFile';
import { knowledgeDir } from '../knowledge/kb/paths';

/** Every line, with the placeholders it may use. */
export const WORDING_PLACEHOLDERS = {
  withAgent: ['agent'],
  anAgent: [],
  queueNext: [],
  queuePlace: ['position'],
  waitMinutes: ['place', 'range'],
  waitNoAgents: ['place'],
  waitNoHistory: ['place'],
  positionUpdate: ['status'],
  awayClosed: ['opening'],
  noAgentSignedIn: [],
  agentJoined: ['agent'],
  agentStepAway: ['agent', 'status'],
  transferred: ['who'],
  agentClosed: ['agent', 'resolution'],
  surveyQuestion: [],
  hubCompleted: ['ticketId'],
  hubFailed: [],
  expired: ['ticketId'],
  cancelled: ['ticketId'],
  statusLine: ['ticketId', 'status'],
  addedWhileWaiting: ['ticketId', 'status'],
  emailNoted: ['ticketId'],
  opened: ['ticketId', 'status'],
  attached: ['ticketId', 'status'],
  surveyThanks: ['score'],
  callbackAskPhone: ['ticketId'],
  callbackBadPhone: [],
  callbackAskTime: ['phone'],
  callbackBadTime: [],
  callbackBooked: ['phone', 'when', 'ticketId'],
  callbackDropped: ['ticketId'],
} as const satisfies Record<string, readonly string[]>;

export type WordingKey = keyof typeof WORDING_PLACEHOLDERS;
type Vars<K extends WordingKey> = Record<(typeof WORDING_PLACEHOLDERS)[K][number], string | number>;

const line = (key: WordingKey) =>
  z
    .string()
    .trim()
    .min(1, { error: 'expected a sentence' })
    .superRefine((text, ctx) => {
      const allowed: readonly string[] = WORDING_PLACEHOLDERS[key];
      for (const [, name] of text.matchAll(/\{([^}]*)\}/g))
        if (!allowed.includes(name))
          ctx.addIssue({
            code: 'custom',
            message: `unknown placeholder {${name}}; this line may use ${allowed.length ? allowed.map((a) => `{${a}}`).join(', ') : 'none'}`,
          });
    });

export const handoffWordingSchema = z.strictObject(
  Object.fromEntries(Object.keys(WORDING_PLACEHOLDERS).map((k) => [k, line(k as WordingKey)])) as Record<
    WordingKey,
    ReturnType<typeof line>
  >,
);
export type HandoffWordingData = Record<WordingKey, string>;

/** The wording with its placeholders filled in; one method, so call sites read as `say('agentJoined', {agent})`. */
export interface HandoffWording {
  say<K extends WordingKey>(
    key: K,
    ...vars: (typeof WORDING_PLACEHOLDERS)[K] extends readonly [] ? [] : [Vars<K>]
  ): string;
}

/** Wraps validated lines; unfilled placeholders cannot happen (the schema and the types agree). */
export function wordingFrom(data: HandoffWordingData): HandoffWording {
  return {
    say: (key, ...vars) => {
      const values = (vars[0] ?? {}) as Record<string, string | number>;
      return data[key].replace(/\{([^}]*)\}/g, (_, name: string) => String(values[name] ?? ''));
    },
  };
}

export function defaultWordingFile(): string {
  return path.join(knowledgeDir(), 'policy', 'handoffWording.yaml');
}

/** Reads and validates the wording file. @throws KnowledgeError naming the file and line. */
export function loadHandoffWording(file: string = defaultWordingFile()): HandoffWording {
  return wordingFrom(readValidatedYaml(file, 'the wording', handoffWordingSchema) as HandoffWordingData);
}

let cached: HandoffWording | undefined;
/** The repository's wording, read once on first use (never at import). */
export function defaultHandoffWording(): HandoffWording {
  cached ??= loadHandoffWording();
  return cached;
}
