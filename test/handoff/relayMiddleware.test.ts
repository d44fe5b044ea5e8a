import Database from 'better-sqlite3';
import { ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { BotHandoff } from '../../bot/handoff/handoffPort';
import { noteActivities } from '../../bot/handoff/proactive';
import {
  DIRECTLINE_SERVICE_URL,
  HandoffRelayMiddleware,
  csatScore,
  customerCommand,
} from '../../bot/handoff/relayMiddleware';
import type { CustomerNote, HubEvent, Notifier } from '../../handoff/ports';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import { HOURS, PRIORITIES } from './fixtures';

const ALICE = { id: 'alice', name: 'Alice' };

function setup(serviceUrl = DIRECTLINE_SERVICE_URL, attachmentUrl?: (url: string) => string | undefined) {
  const now = () => new Date('2026-11-23T10:00:00.000Z');
  const store = new SqliteTicketStore(new Database(':memory:'));
  const told: CustomerNote[] = [];
  const hubEvents: HubEvent[] = [];
  const notifier: Notifier = {
    toCustomer: async (_t: Ticket, n: CustomerNote) => void told.push(n),
    toAgents: (e) => void hubEvents.push(e),
    typingToCustomer: () => undefined,
  };
  const presence = new AgentPresence();
  presence.seen('alice', now());
  const service = new HandoffService({
    store,
    notifier,
    presence,
    priorities: PRIORITIES,
    hours: HOURS,
    now,
  });
  const relay = new HandoffRelayMiddleware({ service, logger: silentLogger, now, attachmentUrl });
  const port = new BotHandoff(relay, PRIORITIES, () => 'T-000042');
  const botSaw: string[] = [];
  const sent: Partial<Activity>[] = [];
  const logic = async (context: TurnContext) => {
    botSaw.push(context.activity.text ?? '');
    if (context.activity.text === 'talk to a person') {
      const outcome = await port.request(context, {
        category: 'security',
        reason: 'account-compromise',
        summary: 'Account security: someone changed my password',
        fields: { whatHappened: 'someone changed my password', contact: { method: 'chat' } },
      });
      await context.sendActivity(`Done: ${outcome.ticketId}. ${outcome.statusText}`);
    } else {
      await context.sendActivity(`bot: ${context.activity.text}`);
    }
  };
  const adapter = new TestAdapter(logic, {
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: 'conv-1', isGroup: false, conversationType: '', name: '' },
  }).use(relay);
  adapter.onTurnError = async (_c, err) => {
    throw err;
  };
  const say = async (text: string) => {
    await adapter.send(text).startTest();
  };
  const drain = () => {
    const out: Partial<Activity>[] = [];
    let a: Partial<Activity> | undefined;
    while ((a = adapter.activeQueue.shift())) out.push(a);
    sent.push(...out);
    return out;
  };
  const typing = async () => {
    await adapter.send({ type: ActivityTypes.Typing } as Partial<Activity>).startTest();
  };
  const sendFiles = async (attachments: Partial<Attachment>[], text?: string) => {
    await adapter.send({ type: ActivityTypes.Message, text, attachments } as Partial<Activity>).startTest();
  };
  return { adapter, service, store, botSaw, say, drain, told, sent, hubEvents, typing, sendFiles };
}

describe('HandoffRelayMiddleware', () => {
  it('when no ticket is open, then the bot logic runs', async () => {
    const t = setup();
    await t.say('hello');
    expect(t.botSaw).toEqual(['hello']);
    expect(t.drain().map((a) => a.text)).toEqual(['bot: hello']);
  });

  it('when the dialog requests a handoff, then a ticket exists, the raw event never leaves, and the widget gets support.queue', async () => {
    const t = setup();
    await t.say('my account was hacked');
    await t.say('talk to a person');
    const out = t.drain();
    expect(out.some((a) => a.name === 'handoff.initiate')).toBe(false);
    expect(out.find((a) => a.name === 'support.queue')?.value).toMatchObject({
      ticketId: 'T-000042',
      position: 1,
    });
    expect(out.find((a) => a.type === ActivityTypes.Message && a.text?.startsWith('Done'))?.text).toMatch(
      /T-000042. You're next in the queue/,
    );
    const ticket = await t.store.get('T-000042');
    expect(ticket).toMatchObject({
      status: 'pending',
      priority: 'urgent',
      conversationKey: 'webchat:conv-1',
    });
    const lines = await t.store.listMessages('T-000042');
    expect(lines.filter((l) => l.from === 'customer').map((l) => l.text)).toEqual([
      'my account was hacked',
      'talk to a person',
    ]);
    expect(lines.some((l) => l.from === 'bot' && l.text === 'bot: my account was hacked')).toBe(true);
  });

  it('when a ticket is open, then the bot logic is not called and the message joins the transcript', async () => {
    const t = setup();
    await t.say('talk to a person');
    await t.service.claim('T-000042', ALICE);
    t.botSaw.length = 0;
    t.drain();
    await t.say('it happened an hour ago');
    expect(t.botSaw).toEqual([]);
    expect(t.drain()).toEqual([]);
    expect((await t.store.listMessages('T-000042')).at(-1)).toMatchObject({
      from: 'customer',
      text: 'it happened an hour ago',
    });
  });

  it('when the person types cancel while waiting, then the ticket is cancelled and the bot answers the next message', async () => {
    const t = setup();
    await t.say('talk to a person');
    await t.say('cancel');
    expect((await t.store.get('T-000042'))?.status).toBe('cancelled');
    t.botSaw.length = 0;
    await t.say('hello again');
    expect(t.botSaw).toEqual(['hello again']);
  });

  it('when the person asks for status while waiting, then they get their position', async () => {
    const t = setup();
    await t.say('talk to a person');
    t.drain();
    await t.say('status');
    expect(t.drain().find((a) => a.type === 'message')?.text).toMatch(/T-000042: You're next in the queue/);
  });

  it('when the agent has closed, then "4" answers the survey and the bot is not called; the next message goes to the bot', async () => {
    const t = setup();
    await t.say('talk to a person');
    await t.service.claim('T-000042', ALICE);
    await t.service.resolve('T-000042', ALICE, 'Password reset');
    t.botSaw.length = 0;
    await t.say('4');
    expect((await t.store.get('T-000042'))?.csat).toBe(4);
    await t.say('4');
    expect(t.botSaw).toEqual(['4']);
  });

  it('when handoff.status accepted and completed arrive on the widget conversation itself, then the ticket does not move (only a trusted hub drives it: hubStatusSources.test.ts)', async () => {
    const t = setup();
    await t.say('talk to a person');
    const status = (state: string) =>
      t.adapter
        .send({ type: ActivityTypes.Event, name: 'handoff.status', value: { state } } as Partial<Activity>)
        .startTest();
    await status('accepted');
    await status('completed');
    expect(await t.store.get('T-000042')).toMatchObject({ status: 'pending' });
    expect((await t.store.get('T-000042'))?.agentId).toBeUndefined();
  });

  it('when the customer types while an agent holds the chat, then only that agent gets one typing event per window and the bot is not called', async () => {
    const t = setup();
    await t.say('talk to a person');
    await t.service.claim('T-000042', ALICE);
    t.botSaw.length = 0;
    t.hubEvents.length = 0;
    t.drain();
    await t.typing();
    await t.typing();
    expect(t.botSaw).toEqual([]);
    expect(t.hubEvents).toEqual([{ type: 'typing', ticketId: 'T-000042', forAgentId: 'alice' }]);
    expect(t.drain()).toEqual([]);
  });

  it('when the customer types while still in the queue, then nothing is forwarded and the bot is not called', async () => {
    const t = setup();
    await t.say('talk to a person');
    t.botSaw.length = 0;
    t.hubEvents.length = 0;
    await t.typing();
    expect(t.hubEvents.filter((e) => e.type === 'typing')).toEqual([]);
    expect(t.botSaw).toEqual([]);
  });

  it('when no ticket is open, then a typing activity goes nowhere and runs no bot turn', async () => {
    const t = setup();
    await t.typing();
    expect(t.botSaw).toEqual([]);
    expect(t.hubEvents).toEqual([]);
    await t.say('hello');
    expect(t.botSaw).toEqual(['hello']);
  });

  it('on a non-widget channel, then no support.queue event is sent', async () => {
    const t = setup('https://smba.trafficmanager.net/teams/');
    await t.say('talk to a person');
    expect(t.drain().some((a) => a.type === ActivityTypes.Event)).toBe(false);
  });
});

describe('HandoffRelayMiddleware: files the customer sends', () => {
  /** Stands in for MountedDirectLine.renewAttachmentUrl: ours (signed "ok") come back re-signed. */
  const renew = (url: string) => {
    const m = /^http:\/\/localhost:3978\/v3\/directline\/attachments\/(\w+)\?e=\d+&s=ok$/.exec(url);
    return m ? `https://bot.example/v3/directline/attachments/${m[1]}?e=999&s=fresh` : undefined;
  };
  const ours = (id: string, contentType = 'image/png', name = `${id}.png`) => ({
    contentType,
    name,
    contentUrl: `http://localhost:3978/v3/directline/attachments/${id}?e=100&s=ok`,
  });

  it('when a ticket is open, then our files are stored with the line under renewed URLs, a foreign one is dropped with the placeholder, and the agent hears it', async () => {
    const t = setup(DIRECTLINE_SERVICE_URL, renew);
    await t.say('talk to a person');
    await t.service.claim('T-000042', ALICE);
    t.botSaw.length = 0;
    await t.sendFiles(
      [
        ours('f1'),
        ours('f2', 'application/pdf', 'receipt.pdf'),
        { contentType: 'image/png', contentUrl: 'http://evil.example/x.png', name: 'x.png' },
        { contentType: 'image/png', contentUrl: 'https://elsewhere.example/y.png', name: 'y.png' },
      ],
      'the label',
    );
    expect(t.botSaw).toEqual([]);
    const line = (await t.store.listMessages('T-000042')).at(-1);
    expect(line).toMatchObject({ from: 'customer', text: 'the label [the customer sent an attachment]' });
    expect(line?.attachments).toEqual([
      { contentType: 'image/png', name: 'f1.png', url: renew(ours('f1').contentUrl) },
      { contentType: 'application/pdf', name: 'receipt.pdf', url: renew(ours('f2').contentUrl) },
    ]);
    const live = t.hubEvents.filter((e) => e.type === 'message').at(-1);
    expect(live).toMatchObject({ message: { attachments: line?.attachments } });
  });

  it('when only our photo is sent, then the line has no text and no placeholder', async () => {
    const t = setup(DIRECTLINE_SERVICE_URL, renew);
    await t.say('talk to a person');
    await t.sendFiles([ours('f1')]);
    const line = (await t.store.listMessages('T-000042')).find((m) => m.attachments);
    expect(line).toMatchObject({ from: 'customer', text: '', attachments: [{ name: 'f1.png' }] });
  });

  it('when a photo was sent before the ticket opened, then the ticket transcript carries it', async () => {
    const t = setup(DIRECTLINE_SERVICE_URL, renew);
    await t.sendFiles([ours('f1')], 'this is what I see');
    await t.sendFiles([{ contentType: 'image/png', contentUrl: 'http://evil.example/x.png', name: 'x.png' }]);
    await t.say('talk to a person');
    const customer = (await t.store.listMessages('T-000042')).filter((m) => m.from === 'customer');
    expect(customer.map((m) => [m.text, m.attachments?.map((a) => a.url)])).toEqual([
      ['this is what I see', [renew(ours('f1').contentUrl)]],
      ['[the customer sent an attachment]', undefined],
      ['talk to a person', undefined],
    ]);
  });

  it('when no URL check is wired (an Azure channel), then https files are kept and http ones dropped', async () => {
    const t = setup('https://smba.trafficmanager.net/emea/');
    await t.say('talk to a person');
    await t.sendFiles([
      { contentType: 'image/jpeg', contentUrl: 'https://files.example/a.jpg', name: 'a.jpg' },
      { contentType: 'image/jpeg', contentUrl: 'http://files.example/b.jpg', name: 'b.jpg' },
    ]);
    const line = (await t.store.listMessages('T-000042')).filter((m) => m.from === 'customer').at(-1);
    expect(line).toMatchObject({
      text: '[the customer sent an attachment]',
      attachments: [{ url: 'https://files.example/a.jpg', name: 'a.jpg' }],
    });
  });
});

describe('relay helpers', () => {
  it('recognises only exact commands, so "cancel my order" goes to the agent', () => {
    expect(customerCommand('Cancel.')).toBe('cancel');
    expect(customerCommand('cancel my order')).toBeNull();
  });
  it('reads a satisfaction score from 1 to 5 only, in figures or words', () => {
    expect(csatScore('5/5')).toBe(5);
    expect(csatScore('4 stars')).toBe(4);
    expect(csatScore('4 out of 5')).toBe(4);
    expect(csatScore('great')).toBe(5);
    expect(csatScore('I would say 3')).toBe(3);
    expect(csatScore('6')).toBeNull();
    expect(csatScore('where is my order?')).toBeNull();
  });
  it('prefixes the agent name on channels where the bot identity shows, not on the widget', () => {
    const note = { text: 'Hi', agentName: 'Alice' };
    expect(noteActivities(note, { serviceUrl: 'https://smba.trafficmanager.net/' }, 'T-1')[0].text).toBe(
      'Alice: Hi',
    );
    expect(noteActivities(note, { serviceUrl: DIRECTLINE_SERVICE_URL }, 'T-1')[0]).toMatchObject({
      text: 'Hi',
      channelData: { agentName: 'Alice' },
    });
  });
});
