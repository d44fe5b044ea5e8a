/**
 * Prints conversation scripts as a person would read them: `npx tsx test/conversations/print.ts
 * [file-prefix…]`. Runs the same real bot as the jest harness, with the scripts' clock, and
 * shows each reply's channelData.triage and each ticket request.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HandoffPort } from '../../dialogs/ports';
import { createHarness, realAssistant, textOf, triageOf } from '../support/botHarness';
import { realHandoff } from '../support/realHandoff';

interface Script {
  name: string;
  now: string;
  withHandoff?: boolean;
  handoff?: 'real';
  steps: Array<{ user?: string; agent?: 'claim' | 'resolve' }>;
}

async function print(file: string): Promise<void> {
  const script = JSON.parse(fs.readFileSync(file, 'utf8')) as Script;
  const now = new Date(script.now);
  let n = 0;
  const fake: HandoffPort | undefined = script.withHandoff
    ? {
        request: async (_ctx, req) => {
          n += 1;
          console.log(
            `      [ticket request] ${JSON.stringify({ category: req.category, fields: req.fields })}`,
          );
          const ticketId = n === 1 ? 'T-TEST' : `T-TEST-${n}`;
          return { ticketId, attached: false, statusText: 'You are number 1 in the queue.' };
        },
      }
    : undefined;
  const real =
    script.handoff === 'real'
      ? await realHandoff(realAssistant().kb, realAssistant().assistant, () => now)
      : undefined;
  const harness = createHarness({ now, handoff: fake, real });
  console.log(`\n=== ${path.basename(file)}: ${script.name} (now ${script.now})`);
  for (const step of script.steps) {
    if (step.agent) {
      await real?.agent(step.agent);
      console.log(`(agent ${step.agent === 'claim' ? 'takes the ticket' : 'closes the ticket'})`);
      continue;
    }
    const seen = real?.initiates.length ?? 0;
    console.log(`User: ${step.user}`);
    const replies = await harness.say(step.user ?? '');
    const t = triageOf(replies);
    if (t) console.log(`      [channelData.triage] ${JSON.stringify(t)}`);
    for (const v of real?.initiates.slice(seen) ?? [])
      console.log(`      [handoff.initiate to hub] ${JSON.stringify({ ...v, summary: undefined })}`);
    const text = textOf(replies);
    console.log(`Bot:  ${text ? text.replace(/\n+/g, '\n      ') : '(silent: relayed to the agent)'}`);
  }
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'scripts');
  const wanted = process.argv.slice(2);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))))
    .map((f) => path.join(dir, f));
  for (const f of files) await print(f);
}

void main();
