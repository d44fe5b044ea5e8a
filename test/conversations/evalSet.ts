/**
 * `npm run eval:conversations -- [file…]`: runs multi-turn evaluation conversations (JSON lines,
 * turnScore.ts's schema; by default every file in test/fixtures/fresh-conversations/) through the
 * real bot, each on its own clock, and prints per-outcome recall, turn accuracy and the share of
 * conversations judged right at every turn. `--errors` lists the turns judged wrong, with the
 * turns before them. A measurement, not a test: it exits 0 whatever the score.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HandoffPort } from '../../dialogs/ports';
import { createHarness, triageOf } from '../support/botHarness';
import {
  ANY,
  bucketOf,
  evalConversationSchema,
  labelOf,
  turnCorrect,
  type EvalConversation,
} from './turnScore';

const DEFAULT_DIR = path.join(__dirname, '..', 'fixtures', 'fresh-conversations');

interface TurnResult {
  conversation: string;
  index: number;
  user: string;
  expected: string | string[];
  got: string;
  correct: boolean;
}

function load(file: string): EvalConversation[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = evalConversationSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

async function run(conversation: EvalConversation): Promise<TurnResult[]> {
  // Escalations open a ticket through a port that accepts every request (the queue is not judged).
  let tickets = 0;
  const handoff: HandoffPort = {
    request: async () => {
      tickets += 1;
      return { ticketId: `T-EVAL-${tickets}`, attached: false, statusText: 'You are number 1 in the queue.' };
    },
  };
  const harness = createHarness({ now: new Date(conversation.now), handoff });
  const results: TurnResult[] = [];
  for (const [index, turn] of conversation.turns.entries()) {
    const got = labelOf(triageOf(await harness.say(turn.user)));
    results.push({
      conversation: conversation.id,
      index,
      user: turn.user,
      expected: turn.expected,
      got,
      correct: turnCorrect(turn.expected, got),
    });
  }
  return results;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const fixed = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const paths = files.length
    ? files
    : fs
        .readdirSync(DEFAULT_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => path.join(DEFAULT_DIR, f));
  for (const file of paths) {
    const conversations = load(file);
    const all: TurnResult[][] = [];
    for (const c of conversations) all.push(await run(c));
    const judged = all.flat().filter((t) => !(typeof t.expected === 'string' && t.expected === ANY));
    const buckets = new Map<string, { n: number; right: number }>();
    for (const t of judged) {
      const b = buckets.get(bucketOf(t.expected)) ?? { n: 0, right: 0 };
      b.n += 1;
      b.right += t.correct ? 1 : 0;
      buckets.set(bucketOf(t.expected), b);
    }
    console.log(`\n${path.relative(process.cwd(), file)}`);
    console.log(`${pad('expected', 30)}${pad('turns', 8)}recall`);
    for (const [name, b] of [...buckets].sort(([a], [b]) => a.localeCompare(b)))
      console.log(`${pad(name, 30)}${pad(b.n, 8)}${fixed(b.right / b.n)}`);
    const right = judged.filter((t) => t.correct).length;
    const whole = all.filter((turns) => turns.every((t) => t.correct)).length;
    console.log(
      `conversations=${all.length} judged_turns=${judged.length} turn_accuracy=${fixed(right / judged.length)} ` +
        `conversations_all_right=${fixed(whole / all.length)}`,
    );
    if (args.includes('--errors'))
      for (const turns of all)
        for (const t of turns.filter((x) => !x.correct)) {
          const before = turns.slice(0, t.index).map((x) => `    ${x.user}  → ${x.got}`);
          console.log(`\n${t.conversation} turn ${t.index + 1}\n${before.join('\n')}`);
          console.log(`  » ${t.user}\n    expected ${JSON.stringify(t.expected)}, got ${t.got}`);
        }
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
