/**
 * The conversation's memory over /api/messages, as a channel sees it: each reply's
 * channelData.triage, and the handoff.initiate an external hub receives by webhook.
 */
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';
import { captureHub, type CapturedHub } from './hub';

type Reply = Record<string, unknown> & { text?: string; channelData?: { triage?: Record<string, unknown> } };

describe('a conversation that remembers, over /api/messages', () => {
  let running: RunningApp;
  let hub: CapturedHub;
  // Monday 7 December 2026, noon in London: inside support hours.
  const now = () => new Date('2026-12-07T12:00:00Z');

  beforeAll(async () => {
    hub = await captureHub();
    running = await startApp({ HANDOFF_WEBHOOK_URL: hub.url }, { now });
  });
  afterAll(async () => {
    await running.stop();
    hub.close();
  });

  /** One person's conversation: say a line, get the bot's replies to it. */
  const conversation = (id: string) => async (text: string) => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity(text, { conversation: { id }, from: { id: `person-${id}`, name: 'Pat' } }),
    );
    expect(status).toBe(200);
    const replies = (body.activities ?? []) as Reply[];
    return {
      text: replies.map((r) => r.text ?? '').join('\n'),
      triage: replies.find((r) => r.channelData?.triage)?.channelData?.triage,
    };
  };
  const initiates = () => hub.received.filter((e) => e.name === 'handoff.initiate');

  it('when a wait is followed by "ok so when will I hear back?", then the same status and due date come back, with the reason', async () => {
    const say = conversation('follow-up-wait');
    const first = await say('I opened a dispute 3 days ago');
    expect(first.triage).toMatchObject({ outcome: 'wait', reason: 'within-timeline' });
    const again = await say('ok so when will I hear back?');
    expect(again.triage).toMatchObject({ outcome: 'wait', reason: 'follow-up-same-status/within-timeline' });
    expect(again.text).toContain('An update is due by Friday 18 December');
    expect(again.text).not.toContain('?');
  });

  it('when a compromise is reported, then the first reply carries the urgent ticket and the hub has it', async () => {
    const say = conversation('security-first');
    const before = initiates().length;
    const first = await say('someone hacked my account and changed my payout details');
    expect(first.triage).toMatchObject({
      outcome: 'escalate',
      category: 'security',
      reason: 'security-signal',
    });
    expect(first.text).toMatch(/opened request \*\*T-[A-Z0-9]+\*\*/);
    expect(first.text).toContain('Change your password');
    expect(initiates().slice(before)).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({
          category: 'security',
          priority: 'urgent',
          fields: expect.objectContaining({
            whatHappened: 'someone hacked my account and changed my payout details',
          }),
        }),
      }),
    ]);
  });

  it('when the id and the start are in the first message, then intake does not ask them and the ticket holds the date; a security incident after it is its own urgent ticket', async () => {
    const say = conversation('intake-then-security');
    const first = await say('My dispute D-5521 was opened 8 weeks ago and nobody has replied');
    expect(first.triage).toMatchObject({ outcome: 'escalate', category: 'stalled', reason: 'past-timeline' });
    const asked: string[] = [first.text];
    for (const line of ['I emailed the seller twice', 'pat@example.com', 'yes please, quickly'])
      asked.push((await say(line)).text);
    expect(asked.join('\n')).not.toMatch(/order or case number|When did it happen/);
    const stalled = initiates().at(-1)?.value as Record<string, unknown>;
    expect(stalled).toMatchObject({
      category: 'stalled',
      caseId: 'D-5521',
      fields: {
        caseId: 'D-5521',
        when: '2026-10-12',
        whenApproximate: false,
        alreadyTried: 'I emailed the seller twice',
        contact: { method: 'email', value: 'pat@example.com' },
      },
    });

    const second = await say('also someone just logged into my account and changed my password');
    expect(second.triage).toMatchObject({ outcome: 'escalate', category: 'security' });
    const security = initiates().at(-1)?.value as Record<string, unknown>;
    expect(security).toMatchObject({ category: 'security', priority: 'urgent' });
    expect(security.ticketId).not.toBe(stalled.ticketId);
    const queue = await running.app.handoff.store.listQueue();
    expect(queue.map((t) => [t.ticketId, t.category])).toEqual(
      expect.arrayContaining([
        [security.ticketId, 'security'],
        [stalled.ticketId, 'stalled'],
      ]),
    );
  });
});
