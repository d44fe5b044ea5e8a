import type { Activity } from 'botbuilder';
import { InMemoryConversationLog } from '../../adapters/directline/conversationLog';
import { InMemoryTurnInbox } from '../../adapters/directline/inbox';
import { MAX_TURN_ATTEMPTS, TurnRunner } from '../../adapters/directline/turnRunner';
import { createLogger } from '../../adapters/logger';
import { waitFor } from './support';

const T0 = new Date('2026-05-01T10:00:00.000Z');

/** An inbox with `texts` accepted in conversation c1, a runner over it that records what it ran, and the log lines. */
async function setUp(texts: string[], run?: (a: Partial<Activity>) => Promise<void>) {
  const log = new InMemoryConversationLog();
  const inbox = new InMemoryTurnInbox(log);
  await log.create({ id: 'c1', userId: 'u1', createdAt: T0.toISOString(), origin: 'widget' });
  for (const text of texts) await inbox.accept('c1', { type: 'message', text }, T0);
  const ran: string[] = [];
  const lines: string[] = [];
  const runner = new TurnRunner({
    inbox,
    logger: createLogger('warn', { write: (l) => lines.push(l) }),
    leaseMs: 60_000,
    run: async (a) => {
      ran.push(String(a.text));
      await run?.(a);
    },
  });
  return { inbox, runner, ran, lines };
}

describe('TurnRunner', () => {
  it('when it starts with turns left from before, then it runs them in order and empties the inbox', async () => {
    const { inbox, runner, ran } = await setUp(['one', 'two', 'three']);
    await inbox.claim('c1', 'previous-run', 60_000);
    runner.start();
    await waitFor(() => ran.length === 3);
    await runner.close();
    expect(ran).toEqual(['one', 'two', 'three']);
    expect(await inbox.waiting(10)).toEqual([]);
  });

  it('when a turn fails, then it is logged and the next one still runs', async () => {
    const { runner, ran, lines } = await setUp(['boom', 'after'], async (a) => {
      if (a.text === 'boom') throw new Error('bot broke');
    });
    runner.kick('c1');
    await runner.idle();
    expect(ran).toEqual(['boom', 'after']);
    expect(lines.join('')).toMatch(/"msg":"directline turn failed"/);
  });

  it(`when a turn was claimed ${MAX_TURN_ATTEMPTS} times without finishing, then it is given up (logged), not run again`, async () => {
    const { inbox, runner, ran, lines } = await setUp(['poison', 'next']);
    // Each earlier process took it and died: a zero lease runs out at once.
    for (let i = 0; i < MAX_TURN_ATTEMPTS; i += 1) await inbox.claim('c1', `dead-${i}`, 0);
    runner.kick('c1');
    await runner.idle();
    expect(ran).toEqual(['next']);
    expect(lines.join('')).toMatch(/"attempts":3,.*"msg":"directline turn given up: it never finished"/);
  });

  it('when a message arrives while its conversation is running here, then it runs after, not beside', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { inbox, runner, ran } = await setUp(['first'], async (a) => {
      if (a.text === 'first') await held;
    });
    runner.kick('c1');
    await waitFor(() => ran.length === 1);
    await inbox.accept('c1', { type: 'message', text: 'second' }, T0);
    runner.kick('c1');
    expect(ran).toEqual(['first']);
    release();
    await runner.idle();
    expect(ran).toEqual(['first', 'second']);
  });
});
