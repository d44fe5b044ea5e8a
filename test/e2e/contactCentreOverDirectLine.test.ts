/**
 * A contact centre that connects to the bot as a Direct Line client (as CCaaS bot connectors and
 * Copilot Studio's generic handoff do): the real botframework-directlinejs against the real app.
 * It relays its customer's messages, watches for handoff.initiate, and drives the ticket back
 * with handoff.status, authenticated as the trusted hub by its secret (HANDOFF_WEBHOOK_SECRET).
 */
import WebSocket from 'ws';
import { DirectLine, type Activity } from 'botframework-directlinejs';
import { startApp, type RunningApp } from '../support/appHarness';
import { DirectLineTestClient } from './directLineClient';

Object.assign(global, { XMLHttpRequest: require('xhr2'), WebSocket });

const HUB_SECRET = 'contact-centre-hub-secret-0123456789';
/** A back end that mints widget tokens holds this one: it is not a hub. */
const BACKEND_SECRET = 'token-minting-back-end-secret-0123';

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Posts through DirectLineJS and resolves with the id the server gave, or rejects. */
function post(dl: DirectLine, activity: Partial<Activity>): Promise<string> {
  return new Promise((resolve, reject) =>
    dl
      .postActivity({ from: { id: 'cc-customer-1', name: 'Contact centre' }, ...activity } as Activity)
      .subscribe({
        next: (id) => (id === 'retry' ? reject(new Error('post answered retry')) : resolve(id)),
        error: reject,
      }),
  );
}

describe('a contact centre connected as a Direct Line client', () => {
  let running: RunningApp;
  let dl: DirectLine;
  const received: Activity[] = [];
  // Monday noon in London: inside support hours.
  const now = () => new Date('2026-11-23T12:00:00Z');

  beforeAll(async () => {
    running = await startApp(
      { HANDOFF_WEBHOOK_SECRET: HUB_SECRET, DIRECTLINE_SECRET: BACKEND_SECRET },
      { now },
    );
    dl = new DirectLine({
      domain: `${running.baseUrl}/v3/directline`,
      secret: HUB_SECRET,
      webSocket: false,
      pollingInterval: 200,
    });
    // end() ends the stream with "conversation ended"; heard here so it does not surface as uncaught.
    dl.activity$.subscribe({ next: (a) => received.push(a), error: () => undefined });
  });
  afterAll(async () => {
    dl.end();
    await running.stop();
  });

  it('sees handoff.initiate with the ticket, and accepted then completed move the ticket', async () => {
    await post(dl, { type: 'message', text: 'Someone hacked my account and changed my payout bank details' });

    // The event reaches the conversation itself, with the ticket and the transcript.
    const initiate = await until(
      () => received.find((a) => a.type === 'event' && a.name === 'handoff.initiate'),
      'handoff.initiate',
    );
    expect(initiate).toMatchObject({
      value: { category: 'security', priority: 'urgent' },
      attachments: [{ contentType: 'application/json', name: 'Transcript' }],
    });
    const ticketId = ((initiate as { value?: { ticketId?: string } }).value?.ticketId ?? '') as string;
    const store = running.app.handoff.store;
    expect(await store.get(ticketId)).toMatchObject({ status: 'pending' });

    // The hub takes it: the ticket is assigned, and the conversation is told.
    await post(dl, { type: 'event', name: 'handoff.status', value: { state: 'accepted' } });
    await until(
      async () => ((await store.get(ticketId))?.status === 'assigned' ? true : undefined),
      'assigned',
    );
    await until(
      () => received.find((a) => a.type === 'message' && /joined the chat/.test(a.text ?? '')),
      'joined',
    );

    // While the hub's agent holds it, the customer's messages go to the ticket, not the bot.
    await post(dl, { type: 'message', text: 'I am still locked out' });
    await until(
      async () =>
        (await store.listMessages(ticketId)).some((m) => m.text === 'I am still locked out')
          ? true
          : undefined,
      'the relayed line',
    );

    await post(dl, {
      type: 'event',
      name: 'handoff.status',
      value: { state: 'completed', message: 'Access restored' },
    });
    const done = await until(async () => {
      const t = await store.get(ticketId);
      return t?.status === 'resolved' ? t : undefined;
    }, 'resolved');
    expect(done).toMatchObject({ endReason: 'hub-completed', resolution: 'Access restored' });
    await until(
      () => received.find((a) => a.type === 'message' && /back with the assistant/.test(a.text ?? '')),
      'back',
    );
  }, 60_000);

  it('when a widget customer, a token-minting back end, or a bad value tries to drive the ticket, then it is refused and nothing changes', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    const res = await fetch(
      `${running.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${customer.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'event', name: 'handoff.status', value: { state: 'completed' } }),
      },
    );
    expect(res.status).toBe(403);
    expect(await running.app.handoff.store.get(ticketId)).toMatchObject({ status: 'pending' });
    // The widget's conversation never carries the event: the page would get the transcript
    // (test/e2e/widgetHandoffPrivacy.test.ts); the hub's own conversation above does.
    expect(customer.seen.some((a) => a.type === 'event' && a.name?.startsWith('handoff.'))).toBe(false);

    // Nor may a back end holding DIRECTLINE_SECRET, nor may the hub post the bot's own event.
    const as = (secret: string, name: string) =>
      fetch(`${running.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'event', name, value: { state: 'completed' } }),
      });
    expect((await as(BACKEND_SECRET, 'handoff.status')).status).toBe(403);
    expect((await as(HUB_SECRET, 'handoff.initiate')).status).toBe(403);
    expect(await running.app.handoff.store.get(ticketId)).toMatchObject({ status: 'pending' });
    // A bad state from the hub is a 400 naming it, and changes nothing.
    const bad = await fetch(
      `${running.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${HUB_SECRET}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'event', name: 'handoff.status', value: { state: 'done' } }),
      },
    );
    expect(bad.status).toBe(400);
    expect(await running.app.handoff.store.get(ticketId)).toMatchObject({ status: 'pending' });
  }, 30_000);
});
