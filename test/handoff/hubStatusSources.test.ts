/**
 * Who may drive a ticket with handoff.status: the configured hub with its secret, or a channel
 * Bot Framework authenticated; never a customer's channel, never an unauthenticated caller.
 */
import Database from 'better-sqlite3';
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import { silentLogger } from '../../adapters/logger';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { HandoffRelayMiddleware } from '../../bot/handoff/relayMiddleware';
import type { Notifier } from '../../handoff/ports';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import { DirectLineTestClient } from '../e2e/directLineClient';
import { captureHub, type CapturedHub } from '../e2e/hub';
import { postActivity, startApp, type RunningApp } from '../support/appHarness';
import { HOURS, PRIORITIES } from './fixtures';

const HUB_SECRET = 'hub-secret-0123456789abcdef';

describe('handoff.status posted to /api/messages', () => {
  let running: RunningApp;
  let hub: CapturedHub;
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    hub = await captureHub();
    running = await startApp(
      {
        HANDOFF_WEBHOOK_URL: hub.url,
        HANDOFF_WEBHOOK_SECRET: HUB_SECRET,
        DIRECTLINE_CONVERSATIONS_PER_MINUTE: '1000',
      },
      { now },
    );
  });
  afterAll(async () => {
    await running.stop();
    hub.close();
  });

  const statusFor = (customer: DirectLineTestClient, state: string) => ({
    type: 'event',
    name: 'handoff.status',
    channelId: 'webchat',
    conversation: { id: customer.conversationId },
    from: { id: 'hub' },
    recipient: { id: 'bot' },
    serviceUrl: 'http://127.0.0.1:1',
    value: { state },
  });
  const post = (body: unknown, authorization?: string) =>
    postActivity(running.baseUrl, body, {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
    });
  const statusOf = async (ticketId: string) => (await running.app.handoff.store.get(ticketId))?.status;

  it.each([
    ['no credentials', undefined],
    ['a wrong secret', 'Bearer not-the-hub-secret-at-all'],
  ])('when it comes with %s, then it is refused with 403 and the ticket is unchanged', async (_n, auth) => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    const r = await post(statusFor(customer, 'completed'), auth);
    expect(r.status).toBe(403);
    expect(r.body.error?.message).toContain('HANDOFF_WEBHOOK_SECRET');
    expect(await statusOf(ticketId)).toBe('pending');
  });

  it('when the hub sends it with its secret, then accepted assigns and completed resolves the ticket', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    expect((await post(statusFor(customer, 'accepted'), `Bearer ${HUB_SECRET}`)).status).toBe(200);
    expect(await running.app.handoff.store.get(ticketId)).toMatchObject({
      status: 'assigned',
      agentId: 'external-hub',
    });
    expect((await post(statusFor(customer, 'completed'), `Bearer ${HUB_SECRET}`)).status).toBe(200);
    expect(await running.app.handoff.store.get(ticketId)).toMatchObject({
      status: 'resolved',
      endReason: 'hub-completed',
    });
  });

  it('when the hub secret comes with anything but handoff.status, then it is refused', async () => {
    const customer = await DirectLineTestClient.start(running.baseUrl);
    const message = { ...statusFor(customer, 'completed'), type: 'message', name: undefined, text: 'hi' };
    expect((await post(message, `Bearer ${HUB_SECRET}`)).status).toBe(403);
    expect((await post({ ...statusFor(customer, 'x') }, `Bearer ${HUB_SECRET}`)).status).toBe(400);
  });
});

describe('the relay and handoff.status', () => {
  function setup(channelId: string, identity?: ClaimsIdentity) {
    const t = () => new Date('2026-11-23T10:00:00.000Z');
    const store = new SqliteTicketStore(new Database(':memory:'));
    const notifier: Notifier = {
      toCustomer: async () => undefined,
      toAgents: () => undefined,
      typingToCustomer: () => undefined,
    };
    const presence = new AgentPresence();
    presence.seen('alice', t());
    const service = new HandoffService({
      store,
      notifier,
      presence,
      priorities: PRIORITIES,
      hours: HOURS,
      now: t,
    });
    const relay = new HandoffRelayMiddleware({ service, logger: silentLogger, now: t });
    const adapter = new TestAdapter(async () => undefined, {
      channelId,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'conv-1', isGroup: false, conversationType: '', name: '' },
    });
    // Stands in for CloudAdapter, which leaves the verified caller under BotIdentityKey.
    adapter.use(async (context: TurnContext, next) => {
      if (identity) context.turnState.set(context.adapter.BotIdentityKey, identity);
      await next();
    });
    adapter.use(relay);
    const open = () =>
      service.open({
        ticketId: 'T-000042',
        conversationKey: `${channelId}:conv-1`,
        personKey: `${channelId}:user`,
        customerRef: { channelId, conversation: { id: 'conv-1' }, serviceUrl: 'https://x/' },
        channelId,
        category: 'security',
        reason: 'account-compromise',
        summary: 'hacked',
        fields: { whatHappened: 'someone changed my password', contact: { method: 'chat' } },
        transcript: [],
      });
    const status = (state: string) =>
      adapter
        .send({ type: ActivityTypes.Event, name: 'handoff.status', value: { state } } as Partial<Activity>)
        .startTest();
    return { store, open, status };
  }
  const verified = () =>
    new ClaimsIdentity(
      [
        { type: 'aud', value: 'bot-app-id' },
        { type: 'appid', value: 'channel' },
      ],
      'https://api.botframework.com',
    );
  const anonymous = () => new ClaimsIdentity([], 'anonymous');

  it.each([
    ['an authenticated Teams turn', 'msteams', verified(), 'resolved'],
    ['an unauthenticated turn', 'msteams', undefined, 'pending'],
    ['an anonymous turn (authentication off)', 'msteams', anonymous(), 'pending'],
    ["Azure's Direct Line channel, even authenticated", 'directline', verified(), 'pending'],
    ['the Web Chat channel, even authenticated', 'webchat', verified(), 'pending'],
  ])(
    'when handoff.status accepted then completed comes from %s, then the ticket ends %s',
    async (_n, channel, identity, expected) => {
      const t = setup(channel, identity);
      await t.open();
      await t.status('accepted');
      await t.status('completed');
      expect((await t.store.get('T-000042'))?.status).toBe(expected);
    },
  );
});
