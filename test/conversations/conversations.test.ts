import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { HandoffPort } from '../../dialogs/ports';
import { buttonsOf, createHarness, realAssistant, textOf, triageOf } from '../support/botHarness';
import { realHandoff, type RealHandoff } from '../support/realHandoff';

/**
 * Conversation tests as data: every file in scripts/ is one conversation, run through the real
 * bot (dialogs, rule, knowledge) with an injected clock and in-memory case records.
 */
const caseSchema = z.object({
  id: z.string(),
  kind: z.enum(['order', 'case']),
  process: z.string().nullable(),
  status: z.string(),
  closed: z.boolean(),
  /** Days before `now`, so scripts stay readable. */
  openedDaysAgo: z.number(),
  dispatchedByKx: z.boolean().default(false),
});

const stepSchema = z.object({
  user: z.string().optional(),
  join: z.boolean().optional(),
  /** An agent acts on the real handoff (scripts with `"handoff": "real"`): takes the next ticket or closes it. */
  agent: z.enum(['claim', 'resolve']).optional(),
  expect: z
    .object({
      triage: z.record(z.string(), z.unknown()).optional(),
      text: z.array(z.string()).default([]),
      notText: z.array(z.string()).default([]),
      buttons: z.array(z.string()).optional(),
      handoffRequested: z.record(z.string(), z.unknown()).optional(),
      /** How many tickets were requested so far in the conversation (a second incident is its own). */
      handoffCount: z.number().int().optional(),
      /** With the real handoff: the `value` of the latest handoff.initiate the hub received. */
      initiate: z.record(z.string(), z.unknown()).optional(),
      /** With the real handoff: fields the latest handoff.initiate must not carry (another case's id or date). */
      notInitiateFields: z.array(z.string()).default([]),
      /** With the real handoff: how many handoff.initiate events the hub received so far. */
      initiateCount: z.number().int().optional(),
      /** With the real handoff: open tickets as [category, priority], queue order. */
      queue: z.array(z.tuple([z.string(), z.string()])).optional(),
      /** With the real handoff: the survey score stored on the latest ticket. */
      csat: z.number().int().optional(),
      feedback: z.object({ articleId: z.string(), helpful: z.boolean() }).optional(),
      /** The question this step leaves in the lead's inbox, with (some of) the articles offered. */
      unanswered: z.object({ text: z.string(), candidates: z.array(z.string()).default([]) }).optional(),
    })
    .default({ text: [], notText: [], notInitiateFields: [] }),
});

const scriptSchema = z.object({
  name: z.string(),
  now: z.iso.datetime(),
  timeZone: z.string().optional(),
  withHandoff: z.boolean().default(false),
  /** "real": the relay, handoff service and ticket store run as in the app (hub webhook recorded). */
  handoff: z.literal('real').optional(),
  cases: z.array(caseSchema).default([]),
  steps: z.array(stepSchema).min(1),
});

const dir = path.join(__dirname, 'scripts');
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    file: f,
    script: scriptSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))),
  }));

describe.each(scripts)('conversation $file', ({ script }) => {
  it(script.name, async () => {
    const now = new Date(script.now);
    const requested: unknown[] = [];
    const handoff: HandoffPort | undefined = script.withHandoff
      ? {
          request: async (_ctx, req) => {
            requested.push(req);
            const ticketId = requested.length === 1 ? 'T-TEST' : `T-TEST-${requested.length}`;
            return { ticketId, attached: false, statusText: 'You are number 1 in the queue.' };
          },
        }
      : undefined;
    const real: RealHandoff | undefined =
      script.handoff === 'real'
        ? await realHandoff(realAssistant().kb, realAssistant().assistant, () => now)
        : undefined;
    const harness = createHarness({
      now,
      real,
      timeZone: script.timeZone,
      handoff,
      cases: script.cases.map((c) => ({
        ...c,
        openedAt: new Date(now.getTime() - c.openedDaysAgo * 86_400_000).toISOString(),
        lastUpdateAt: new Date(now.getTime() - c.openedDaysAgo * 86_400_000).toISOString(),
      })),
    });
    for (const [i, step] of script.steps.entries()) {
      if (step.agent) await real?.agent(step.agent);
      const replies = step.join
        ? await harness.join()
        : step.user !== undefined
          ? await harness.say(step.user)
          : [];
      const where = `step ${i + 1} (${step.user ?? step.agent ?? 'join'})`;
      const text = textOf(replies);
      for (const want of step.expect.text)
        expect({ where, text }).toEqual({ where, text: expect.stringContaining(want) });
      for (const unwanted of step.expect.notText)
        expect({ where, text }).not.toEqual({ where, text: expect.stringContaining(unwanted) });
      if (step.expect.triage)
        expect({ where, triage: triageOf(replies) }).toMatchObject({ where, triage: step.expect.triage });
      if (step.expect.buttons)
        expect({ where, buttons: buttonsOf(replies) }).toEqual({ where, buttons: step.expect.buttons });
      if (step.expect.handoffRequested)
        expect({ where, ticket: requested.at(-1) }).toMatchObject({
          where,
          ticket: step.expect.handoffRequested,
        });
      if (step.expect.handoffCount !== undefined)
        expect({ where, tickets: requested.length }).toEqual({ where, tickets: step.expect.handoffCount });
      if (step.expect.initiate)
        expect({ where, initiate: real?.initiates.at(-1) }).toMatchObject({
          where,
          initiate: step.expect.initiate,
        });
      const fields = (real?.initiates.at(-1)?.fields ?? {}) as Record<string, unknown>;
      for (const absent of step.expect.notInitiateFields)
        expect({ where, field: absent, value: fields[absent] }).toEqual({
          where,
          field: absent,
          value: undefined,
        });
      if (step.expect.initiateCount !== undefined)
        expect({ where, initiates: real?.initiates.length }).toEqual({
          where,
          initiates: step.expect.initiateCount,
        });
      if (step.expect.queue) {
        const queue = (await real?.parts.store.listQueue()) ?? [];
        expect({ where, queue: queue.map((t) => [t.category, t.priority]) }).toEqual({
          where,
          queue: step.expect.queue,
        });
      }
      if (step.expect.csat !== undefined) {
        const id = real?.initiates.at(-1)?.ticketId;
        const ticket = typeof id === 'string' ? await real?.parts.store.get(id) : null;
        expect({ where, csat: ticket?.csat }).toEqual({ where, csat: step.expect.csat });
      }
      if (step.expect.feedback) expect(harness.recorded.feedback.at(-1)).toMatchObject(step.expect.feedback);
      if (step.expect.unanswered)
        expect({ where, unanswered: harness.recorded.unanswered.at(-1) }).toMatchObject({
          where,
          unanswered: {
            text: step.expect.unanswered.text,
            candidates: expect.arrayContaining(step.expect.unanswered.candidates),
          },
        });
    }
  });
});
