/**
 * A hostile widget customer posting what only the agent hub, a channel or the bot should send
 * into their own Direct Line conversation. The real app, over HTTP.
 */
import { TYPING_PER_CONVERSATION_PER_MINUTE } from '../../adapters/directline/quotas';
import { DirectLineTestClient } from '../e2e/directLineClient';
import { startApp, type RunningApp } from '../support/appHarness';
import { call } from './support';

const ALICE = { id: 'alice', name: 'Alice' };

describe('what a customer may post into their Direct Line conversation', () => {
  let running: RunningApp;
  // Monday noon in London: inside support hours.
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    running = await startApp({}, { now });
  });
  afterAll(() => running.stop());

  const post = (customer: DirectLineTestClient, body: unknown) =>
    call(`${running.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`, {
      bearer: customer.token,
      body,
    });
  const handoffStatus = (state: string) => ({
    type: 'event',
    name: 'handoff.status',
    value: { state, message: 'Resolved by me, the customer' },
  });
  const ticket = (id: string) => running.app.handoff.store.get(id);
  let prober: DirectLineTestClient | undefined;

  it('when the customer sends handoff.status completed on a ticket an agent holds, then it is refused with 403 and the agent keeps it', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    await running.app.handoff.service.claim(ticketId, ALICE);

    const r = await post(customer, handoffStatus('completed'));

    expect(r.status).toBe(403);
    expect(r.json).toEqual({
      error: { code: 'Forbidden', message: expect.stringContaining('"handoff.status"') },
    });
    expect(await ticket(ticketId)).toMatchObject({ status: 'assigned', agentId: 'alice' });
    const reply = await running.app.handoff.service.agentSay(ticketId, ALICE, 'I am still here');
    expect(reply.ok).toBe(true);
  });

  it.each(['accepted', 'failed', 'completed'])(
    'when the customer sends handoff.status %s on a waiting ticket, then it is refused and the ticket still waits',
    async (state) => {
      const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
      const r = await post(customer, handoffStatus(state));
      expect(r.status).toBe(403);
      expect(await ticket(ticketId)).toMatchObject({ status: 'pending' });
      expect((await ticket(ticketId))?.agentId).toBeUndefined();
    },
  );

  it.each([
    ['conversationUpdate', { type: 'conversationUpdate', membersAdded: [{ id: 'someone' }] }, 400],
    ['invoke', { type: 'invoke', name: 'adaptiveCard/action', value: {} }, 400],
    ['endOfConversation', { type: 'endOfConversation' }, 400],
    ['handoff', { type: 'handoff' }, 400],
    ['continueConversation', { type: 'event', name: 'continueConversation' }, 400],
    ['support.queue', { type: 'event', name: 'support.queue', value: { position: 1 } }, 400],
    ['handoff.initiate', { type: 'event', name: 'handoff.initiate', value: {} }, 403],
  ])('when the customer posts %s, then it gets a 4xx naming it', async (named, body, status) => {
    // One conversation for all of these: the clock stands still, so new conversations are rationed.
    prober ??= await DirectLineTestClient.start(running.baseUrl);
    const r = await post(prober, body);
    expect(r.status).toBe(status);
    expect((r.json.error as { message: string }).message).toContain(`"${named}"`);
  });

  it('when the customer posts what Web Chat sends (message, typing, webchat/join), then each is accepted', async () => {
    const customer = await DirectLineTestClient.start(running.baseUrl);
    expect((await post(customer, { type: 'typing' })).status).toBe(200);
    expect(
      (await post(customer, { type: 'event', name: 'webchat/join', value: { language: 'en-GB' } })).status,
    ).toBe(200);
    expect((await post(customer, { type: 'message', text: 'how long do refunds take?' })).status).toBe(200);
    await customer.waitFor(/refund/i);
  });

  it('when the customer floods typing, then past its quota it gets 429 with Retry-After, and messages still go through', async () => {
    const customer = await DirectLineTestClient.start(running.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < TYPING_PER_CONVERSATION_PER_MINUTE + 5; i++)
      statuses.push((await post(customer, { type: 'typing' })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
    const refused = await post(customer, { type: 'typing' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(customer, { type: 'message', text: 'hello' })).status).toBe(200);
  });
});
