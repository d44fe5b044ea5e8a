import { describePostgres, TEST_DATABASE_URL } from '../support/postgres';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

/**
 * The whole app on PostgreSQL (several instances): two app instances share one database; state
 * written by one is read by the other, and a ticket opened through one is in the other's queue.
 */
describePostgres()('two app instances on one PostgreSQL database', () => {
  let a: RunningApp;
  let b: RunningApp;
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    a = await startApp({ STORAGE_URL: TEST_DATABASE_URL }, { now });
    b = await startApp({ STORAGE_URL: TEST_DATABASE_URL }, { now });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('when a conversation moves between instances, then its dialog state and its ticket follow it', async () => {
    const conversation = { id: `pg-app-${Date.now()}` };
    const from = { id: `pg-user-${Date.now()}`, name: 'Robin' };
    const say = async (app: RunningApp, text: string) => {
      const { status, body } = await postActivity(app.baseUrl, messageActivity(text, { conversation, from }));
      expect(status).toBe(200);
      return (body.activities ?? []).map((x) => String(x.text ?? '')).join('\n');
    };

    expect(await say(a, 'I got a chargeback notification from my bank for order KX-424242')).toMatch(
      /When did it happen/,
    );
    expect(await say(b, 'yesterday')).toMatch(/already tried/);
    expect(await say(a, 'Nothing yet')).toMatch(/reach you/);
    expect(await say(b, 'This chat')).toMatch(/Shall I send it/);
    const done = await say(a, 'Yes');
    const ticketId = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(done)![1];

    const queue = await b.app.handoff.store.listQueue();
    expect(queue.map((t) => t.ticketId)).toContain(ticketId);
  });
});
