/**
 * The flood that found issue 11 (item 3): 400 posts of 60 KB at concurrency 50 to one
 * conversation were all stored. Now messages over DIRECTLINE_MESSAGES_PER_MINUTE get 429 with
 * Retry-After and are not stored; the limit is per conversation and per client address.
 */
import { startApp, type RunningApp } from '../support/appHarness';
import {
  postActivity,
  startWidgetConversation,
  widgetToken,
  withConcurrency,
  type WidgetConversation,
} from './widgetClient';

const BIG_TEXT = 'x'.repeat(3500);

describe('Direct Line message quota (the whole app)', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({
      DIRECTLINE_MESSAGES_PER_MINUTE: '10',
      DIRECTLINE_MESSAGES_PER_ADDRESS_PER_MINUTE: '25',
      DIRECTLINE_CONVERSATIONS_PER_MINUTE: '6',
    });
  });
  afterEach(async () => running.stop());

  /** Customer messages stored for `c` (the bot's replies and greetings left out). */
  const storedFromCustomer = (c: WidgetConversation) =>
    running.app.storage
      .db!.prepare('SELECT body FROM dl_activities WHERE conversation_id = ?')
      .all(c.conversationId)
      .map((r) => JSON.parse((r as { body: string }).body) as { type: string; from: { role?: string } })
      .filter((a) => a.type === 'message' && a.from.role === 'user').length;

  it('when one conversation posts 40 large messages 20 at a time, then 10 are stored and the other 30 get 429 with Retry-After', async () => {
    const c = await startWidgetConversation(running.baseUrl);
    const answers = await withConcurrency(
      20,
      Array.from(
        { length: 40 },
        (_, i) => () => postActivity(running.baseUrl, c, { type: 'message', text: `${i} ${BIG_TEXT}` }),
      ),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(refused).toHaveLength(30);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(60);
      expect(r.body.error).toEqual({
        code: 'TooManyRequests',
        message: expect.stringMatching(
          /^too many messages (in this conversation|from your address); retry in \d+ s$/,
        ),
      });
    }
    expect(storedFromCustomer(c)).toBe(10);
  });

  it('when a conversation spent its messages, then another conversation from elsewhere still posts', async () => {
    const spent = await startWidgetConversation(running.baseUrl);
    for (let i = 0; i < 11; i++)
      await postActivity(running.baseUrl, spent, { type: 'message', text: `m${i}` });
    const other = await startWidgetConversation(running.baseUrl);
    expect((await postActivity(running.baseUrl, other, { type: 'message', text: 'hello' })).status).toBe(200);
  });

  it("when a token for one conversation posts to another, then it gets 403 and spends none of that conversation's messages", async () => {
    const victim = await startWidgetConversation(running.baseUrl);
    const attacker = await startWidgetConversation(running.baseUrl);
    for (let i = 0; i < 12; i++)
      expect(
        (await postActivity(running.baseUrl, victim, { type: 'message', text: 'x' }, attacker.token)).status,
      ).toBe(403);
    expect(
      (await postActivity(running.baseUrl, victim, { type: 'message', text: 'still mine' })).status,
    ).toBe(200);
  });

  it('when a customer types for a long time, then the typing signals spend none of their messages', async () => {
    const c = await startWidgetConversation(running.baseUrl);
    for (let i = 0; i < 15; i++)
      expect((await postActivity(running.baseUrl, c, { type: 'typing' })).status).toBe(200);
    expect(
      (await postActivity(running.baseUrl, c, { type: 'message', text: 'here is my question' })).status,
    ).toBe(200);
  });

  it('when one address floods through many conversations, then the per-address limit refuses it', async () => {
    const conversations = [
      await startWidgetConversation(running.baseUrl),
      await startWidgetConversation(running.baseUrl),
      await startWidgetConversation(running.baseUrl),
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push(
        (await postActivity(running.baseUrl, conversations[i % 3], { type: 'message', text: `m${i}` }))
          .status,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses.slice(25)).toEqual([429, 429, 429, 429, 429]);
  });

  it('when an address asks for more widget tokens than DIRECTLINE_CONVERSATIONS_PER_MINUTE, then it gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await widgetToken(running.baseUrl);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(Number(last!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(last!.body.error?.message).toMatch(/too many new conversations from your address/);
  });
});
