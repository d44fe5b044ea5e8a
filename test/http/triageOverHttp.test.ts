import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

type Reply = { text?: string; channelData?: { triage?: Record<string, unknown> } };

/** The four "done when" conversations of the triage issue, over /api/messages. */
describe('triage over /api/messages (expectReplies)', () => {
  let running: RunningApp;
  // Monday 23 November 2026, noon in London.
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    running = await startApp({}, { now });
  });
  afterAll(async () => running.stop());

  const ask = async (conversation: string, text: string) => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity(text, { conversation: { id: conversation }, localTimezone: 'Europe/London' }),
    );
    expect(status).toBe(200);
    const replies = body.activities as Reply[];
    return {
      text: replies.map((r) => r.text ?? '').join('\n'),
      triage: replies.find((r) => r.channelData?.triage)?.channelData?.triage,
    };
  };

  it('"I opened a dispute 3 days ago, any news?" → wait, with the due date', async () => {
    const r = await ask('dispute-new', 'I opened a dispute 3 days ago, any news?');
    expect(r.triage).toMatchObject({ outcome: 'wait', category: null });
    // Opened Friday 20 November; 10 business days later is Friday 4 December.
    expect(r.text).toContain('An update is due by Friday 4 December');
  });

  it('"I opened a dispute 7 weeks ago and heard nothing" → the stalled escalation path', async () => {
    const r = await ask('dispute-old', 'I opened a dispute 7 weeks ago and heard nothing');
    expect(r.triage).toMatchObject({ outcome: 'escalate', category: 'stalled' });
    expect(r.text).toMatch(/Stalled or overdue/);
  });

  it('"I want to talk to a human" → the walk-through, not a ticket', async () => {
    const r = await ask('human', 'I want to talk to a human');
    expect(r.triage).toMatchObject({ outcome: 'triage' });
    expect(r.text).toContain('1 of 3');
    expect(await running.app.handoff.store.listQueue()).toEqual([]);
  });

  it('"how long is delivery to Leeds?" → the delivery article', async () => {
    const r = await ask('leeds', 'how long is delivery to Leeds?');
    expect(r.triage).toMatchObject({ outcome: 'answer', topic: 'delivery-timelines' });
    expect(r.text).toContain('/help/delivery-timelines');
  });
});
