import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

/** "Never a duplicate": the same person and case, asked twice in two conversations, is one ticket. */
describe('one open ticket per person and case, over /api/messages', () => {
  let running: RunningApp;
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    running = await startApp({}, { now });
  });
  afterAll(async () => running.stop());

  const conversationAsking = async (conversation: string): Promise<string> => {
    let last = '';
    for (const text of [
      'I got a chargeback notification from my bank for order KX-200481',
      'yesterday',
      'Nothing yet',
      'This chat',
      'Yes',
    ]) {
      const { status, body } = await postActivity(
        running.baseUrl,
        messageActivity(text, { conversation: { id: conversation }, from: { id: 'seller-42', name: 'Sam' } }),
      );
      expect(status).toBe(200);
      last = (body.activities ?? []).map((a) => String(a.text ?? '')).join('\n');
    }
    return last;
  };

  it('when the same person asks about the same order in a second conversation, then the request joins the open ticket and says so', async () => {
    const first = await conversationAsking('first-conversation');
    const ticketId = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(first)![1];
    expect(first).toMatch(/Done: your request/);

    const second = await conversationAsking('second-conversation');
    expect(second).toContain(`You already have an open request (**${ticketId}**)`);
    const queue = await running.app.handoff.store.listQueue();
    expect(queue.map((t) => t.ticketId)).toEqual([ticketId]);
  });
});
