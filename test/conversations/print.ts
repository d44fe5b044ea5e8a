/**
 * Prints conversation scripts as a person would read them: `npx tsx test/conversations/print.ts
 * [file-prefix…]`. Runs the same real bot as the jest harness, with the scripts' clock and cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HandoffPort } from '../../dialogs/ports';
import { createHarness, textOf, triageOf } from '../support/botHarness';

interface Script {
  name: string;
  now: string;
  withHandoff?: boolean;
  steps: Array<{ user?: string }>;
}

async function print(file: string): Promise<void> {
  const script = JSON.parse(fs.readFileSync(file, 'utf8')) as Script;
  let n = 0;
  const handoff: HandoffPort | undefined = script.withHandoff
    ? {
        request: async (_ctx, req) => {
          n += 1;
          console.log(`   [handoff.initiate] ${JSON.stringify({ ...req, summary: undefined })}`);
          return {
            ticketId: n === 1 ? 'T-TEST' : `T-TEST-${n}`,
            attached: false,
            statusText: 'You are number 1 in the queue.',
          };
        },
      }
    : undefined;
  const harness = createHarness({ now: new Date(script.now), handoff });
  console.log(`\n=== ${path.basename(file)}: ${script.name} (now ${script.now})`);
  for (const step of script.steps) {
    const replies = await harness.say(step.user ?? '');
    console.log(`User: ${step.user}`);
    const t = triageOf(replies) as Record<string, unknown> | undefined;
    if (t) console.log(`   [triage] ${JSON.stringify(t)}`);
    console.log(`Bot:  ${textOf(replies).replace(/\n+/g, '\n      ')}`);
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
