/**
 * The survey counts, over /api/messages: after an agent closes the chat the person gets the
 * question with 1–5 as buttons (through the channel, as any proactive message), answers by
 * button or in words, and the insights page shows the scores by agent and by category.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

const SECRET = 'correct-horse-battery-staple';

/** The channel's connector: records what the bot sends outside a turn (the survey question). */
async function captureChannel() {
  const received: Array<Record<string, unknown>> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body || '{}'));
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ id: `out-${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('the satisfaction survey over /api/messages', () => {
  let running: RunningApp;
  let channel: Awaited<ReturnType<typeof captureChannel>>;
  beforeAll(async () => {
    channel = await captureChannel();
    running = await startApp(
      { AGENTS: `alice:${SECRET},bob:${SECRET}` },
      { now: () => new Date('2026-11-23T12:00:00Z') },
    );
  });
  afterAll(async () => {
    await running.stop();
    await channel.close();
  });

  const say = async (conversation: string, text: string) => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity(text, {
        conversation: { id: conversation },
        from: { id: `person-${conversation}` },
        serviceUrl: channel.url,
      }),
    );
    expect(status).toBe(200);
    return (body.activities ?? []).map((a) => String(a.text ?? '')).join('\n');
  };
  const ticketIn = (text: string) => /\*\*(T-[A-Z0-9-]+)\*\*/.exec(text)![1];
  const signIn = async (name: string) => {
    const res = await fetch(`${running.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, secret: SECRET }),
    });
    const { token } = (await res.json()) as { token: string };
    return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  };
  const closeBy = async (auth: Record<string, string>, ticketId: string) => {
    const base = `${running.baseUrl}/agent/api/tickets/${ticketId}`;
    expect((await fetch(`${base}/claim`, { method: 'POST', headers: auth })).status).toBe(200);
    const resolve = await fetch(`${base}/resolve`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ resolution: 'Sorted' }),
    });
    expect(resolve.status).toBe(200);
  };
  const securityTicket = async (conversation: string) =>
    ticketIn(await say(conversation, 'Someone hacked my account and changed my payout bank details'));
  const chargebackTicket = async (conversation: string) => {
    let last = '';
    for (const text of [
      'I got a chargeback notification from my bank for order KX-200481',
      'yesterday',
      'Nothing yet',
      'This chat',
      'Yes',
    ])
      last = await say(conversation, text);
    return ticketIn(last);
  };

  it('offers 1–5 as buttons, takes a button or words, and the insights show the scores by agent and category', async () => {
    const alice = await signIn('alice');
    const bob = await signIn('bob');

    const first = await securityTicket('s1');
    await closeBy(alice, first);
    const question = channel.received.find((a) => /from 1 \(not at all\) to 5/.test(String(a.text ?? '')));
    expect(question).toBeDefined();
    expect(
      (question!.suggestedActions as { actions: Array<{ title: string; value: string }> }).actions.map(
        (a) => a.value,
      ),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(await say('s1', '4')).toMatch(/rating us 4\/5/);

    const second = await securityTicket('s2');
    await closeBy(bob, second);
    expect(await say('s2', 'terrible')).toMatch(/rating us 1\/5/);

    const third = await chargebackTicket('c1');
    await closeBy(alice, third);
    expect(await say('c1', 'five')).toMatch(/rating us 5\/5/);
    // Asked once: a second answer is an ordinary message for the bot, and the score stays.
    expect(await say('c1', '2')).not.toMatch(/rating us/);
    expect(await running.app.handoff.store.get(third)).toMatchObject({ csat: 5, csatClosed: true });

    const res = await fetch(`${running.baseUrl}/agent/api/insights?days=30`, { headers: alice });
    const { satisfaction } = (await res.json()) as {
      satisfaction: {
        overall: { asked: number; answered: number; average: number };
        byAgent: Array<{ label: string; answered: number; average: number; counts: number[] }>;
        byCategory: Array<{ key: string; answered: number; average: number }>;
      };
    };
    expect(satisfaction.overall).toMatchObject({ asked: 3, answered: 3, average: 3.33 });
    expect(satisfaction.byAgent).toEqual([
      expect.objectContaining({ label: 'Alice', answered: 2, average: 4.5, counts: [0, 0, 0, 1, 1] }),
      expect.objectContaining({ label: 'Bob', answered: 1, average: 1, counts: [1, 0, 0, 0, 0] }),
    ]);
    expect(satisfaction.byCategory).toEqual([
      expect.objectContaining({ key: 'security', answered: 2, average: 2.5 }),
      expect.objectContaining({ key: 'dispute-chargeback', answered: 1, average: 5 }),
    ]);
  }, 60_000);
});
