/**
 * The Bot Framework `handoff.*` events never reach a conversation a browser started with a widget
 * token (directline.md §11: the page would get the transcript and routing context), whatever sends
 * them: a turn's reply or a proactive send. Conversations a back end started (the Direct Line
 * secret, or a token it generated with the secret: a contact centre) still get them. Decided from
 * the conversation's record, written when it started. One suite, every store.
 */
import WebSocket from 'ws';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { DIRECTLINE_SERVICE_URL } from '../../adapters/directline/localDirectLineAdapter';
import { call, SECRET, waitFor, type TestServer } from './support';

const DL = '/v3/directline';

interface Seen {
  type: string;
  name?: string;
  text?: string;
  value?: unknown;
}

/** What a handoff sends: the protocol's events (for hubs), the widget's own small one, a line. */
const HANDOFF_BATCH: Partial<Activity>[] = [
  {
    type: ActivityTypes.Event,
    name: 'handoff.initiate',
    value: { ticketId: 'T-PRIV1', category: 'security', priority: 'urgent', summary: 'card ending 4242' },
    attachments: [
      {
        contentType: 'application/json',
        name: 'Transcript',
        content: { activities: [{ type: 'message', text: 'my password is hunter2' }] },
      },
    ],
  },
  // Other spellings of the protocol: the old activity type, and a name in another case.
  { type: 'handoff', value: { ticketId: 'T-PRIV1' } },
  { type: ActivityTypes.Event, name: 'Handoff.Initiate', value: { ticketId: 'T-PRIV1' } },
  { type: ActivityTypes.Event, name: 'support.queue', value: { ticketId: 'T-PRIV1', position: 1 } },
  { type: ActivityTypes.Message, text: 'A person will join you shortly.' },
];

/** Answers "hand me over" with the handoff batch; anything else with "echo". */
async function handoffLogic(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a.type !== ActivityTypes.Message) return;
  if (a.text === 'hand me over') await context.sendActivities(HANDOFF_BATCH.map((x) => ({ ...x })));
  else await context.sendActivity(`echo: ${a.text ?? ''}`);
}

const isHandoff = (a: Seen) => a.type === 'handoff' || /^handoff\./i.test(a.name ?? '');

/** Every activity a stream socket receives, raw. */
class StreamReader {
  readonly activities: Seen[] = [];
  readonly raw: string[] = [];
  readonly opened: Promise<void>;
  private readonly ws: WebSocket;
  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('error', () => undefined);
    this.ws.on('message', (data) => {
      const text = data.toString();
      this.raw.push(text);
      if (text) this.activities.push(...(JSON.parse(text) as { activities: Seen[] }).activities);
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade ${res.statusCode}`)));
    });
  }
  close(): void {
    this.ws.close();
  }
}

interface Started {
  conversationId: string;
  token: string;
  streamUrl: string;
  /** What GET activities and the stream will be read with. */
  bearer: string;
}

type Starter = (base: string) => Promise<Started>;

async function startWith(base: string, bearer: string, readWith?: string): Promise<Started> {
  const r = await call(`${base}${DL}/conversations`, { bearer, body: {} });
  expect(r.status).toBe(201);
  const token = String(r.json.token);
  return {
    conversationId: String(r.json.conversationId),
    token,
    streamUrl: String(r.json.streamUrl),
    bearer: readWith ?? token,
  };
}

const WIDGET: Starter = async (base) => {
  const issued = await call(`${base}/api/webchat/token`, { method: 'POST' });
  return startWith(base, String(issued.json.token));
};
/** A widget token refreshed before the conversation starts: still a browser's. */
const WIDGET_REFRESHED: Starter = async (base) => {
  const issued = await call(`${base}/api/webchat/token`, { method: 'POST' });
  const refreshed = await call(`${base}${DL}/tokens/refresh`, {
    bearer: String(issued.json.token),
    body: {},
  });
  expect(refreshed.status).toBe(200);
  return startWith(base, String(refreshed.json.token));
};
const SECRET_STARTED: Starter = (base) => startWith(base, SECRET, SECRET);
const GENERATED: Starter = async (base) => {
  const generated = await call(`${base}${DL}/tokens/generate`, {
    bearer: SECRET,
    body: { user: { id: 'dl_contact-centre-customer' } },
  });
  expect(generated.status).toBe(200);
  return startWith(base, String(generated.json.token));
};

async function poll(base: string, c: Started): Promise<Seen[]> {
  const r = await call(`${base}${DL}/conversations/${encodeURIComponent(c.conversationId)}/activities`, {
    bearer: c.bearer,
  });
  expect(r.status).toBe(200);
  return r.json.activities as Seen[];
}

/** A new stream URL (a reconnect), whose socket replays the conversation from the start. */
async function replayUrl(base: string, c: Started): Promise<string> {
  const r = await call(`${base}${DL}/conversations/${encodeURIComponent(c.conversationId)}?watermark=`, {
    bearer: c.bearer,
  });
  expect(r.status).toBe(200);
  return String(r.json.streamUrl);
}

/**
 * Starts `c`'s conversation with a live stream open, says "hand me over", then sends the same
 * batch proactively (as the relay and ticket updates do). Resolves with what the poll, the live
 * stream and a replaying stream saw once both "shortly" lines are in.
 */
async function runHandoff(server: TestServer, starter: Starter) {
  const base = server.url;
  const c = await starter(base);
  const live = new StreamReader(c.streamUrl);
  await live.opened;
  const said = await call(`${base}${DL}/conversations/${encodeURIComponent(c.conversationId)}/activities`, {
    bearer: c.bearer,
    body: { type: 'message', text: 'hand me over', from: { id: 'ignored' } },
  });
  expect(said.status).toBe(200);
  await waitFor(async () => (await poll(base, c)).some((a) => /shortly/.test(a.text ?? '')));
  await server.adapter.continueConversation(
    {
      channelId: 'webchat',
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: c.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      bot: { id: 'bot', name: 'Bot' },
      user: { id: 'dl_user', name: '' },
    },
    async (context) => {
      await context.sendActivities(HANDOFF_BATCH.map((x) => ({ ...x })));
    },
  );
  const polled = await waitFor(async () => {
    const all = await poll(base, c);
    return all.filter((a) => /shortly/.test(a.text ?? '')).length === 2 ? all : undefined;
  });
  await waitFor(() => live.activities.filter((a) => /shortly/.test(a.text ?? '')).length === 2);
  const replay = new StreamReader(await replayUrl(base, c));
  await replay.opened;
  await waitFor(() => replay.activities.filter((a) => /shortly/.test(a.text ?? '')).length === 2);
  live.close();
  replay.close();
  return { polled, live, replay };
}

export function handoffPrivacySuite(
  name: string,
  open: (
    logic: (context: TurnContext) => Promise<void>,
  ) => Promise<{ server: TestServer; dispose(): Promise<void> }>,
  describeFn: jest.Describe = describe,
): void {
  describeFn(`${name}: handoff events and who started the conversation`, () => {
    let server: TestServer;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ server, dispose } = await open(handoffLogic));
    });
    afterAll(async () => dispose());

    it.each([
      ['a widget token', WIDGET],
      ['a widget token refreshed before the start', WIDGET_REFRESHED],
    ])(
      'when a conversation started with %s is handed over (reply and proactive), then no handoff.* reaches it by poll, live stream or replay; the widget event and the line do',
      async (_what, starter) => {
        const { polled, live, replay } = await runHandoff(server, starter);
        for (const seen of [polled, live.activities, replay.activities]) {
          expect(seen.filter(isHandoff)).toEqual([]);
          expect(seen.filter((a) => a.name === 'support.queue')).toHaveLength(2);
          expect(seen.filter((a) => /shortly/.test(a.text ?? ''))).toHaveLength(2);
        }
        // Not a byte of the payload either.
        const everything = JSON.stringify(polled) + live.raw.join('') + replay.raw.join('');
        expect(everything).not.toMatch(/hunter2|card ending|Transcript/);
      },
      30_000,
    );

    it.each([
      ['the Direct Line secret', SECRET_STARTED],
      ['a token generated with the secret', GENERATED],
    ])(
      'when a conversation started with %s is handed over, then handoff.initiate reaches it by poll, live stream and replay',
      async (_what, starter) => {
        const { polled, live, replay } = await runHandoff(server, starter);
        for (const seen of [polled, live.activities, replay.activities]) {
          const initiates = seen.filter((a) => a.name === 'handoff.initiate');
          expect(initiates).toHaveLength(2);
          expect(initiates[0]).toMatchObject({ value: { ticketId: 'T-PRIV1', summary: 'card ending 4242' } });
          expect(seen.filter(isHandoff)).toHaveLength(6);
          expect(seen.filter((a) => a.name === 'support.queue')).toHaveLength(2);
        }
      },
      30_000,
    );
  });
}
