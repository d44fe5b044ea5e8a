/**
 * The real app, a widget customer on the real botframework-directlinejs (WebSocket, as Web Chat
 * runs it) reports a hacked account, which opens an urgent security ticket at once. The page must
 * not receive the Bot Framework handoff.initiate (transcript, routing context) nor any other
 * handoff.* activity: not in DirectLineJS's stream, not by polling GET activities, not in a
 * stream that replays the conversation (directline.md §11). A conversation a back end started with
 * the Direct Line secret (how a contact centre connects) still gets handoff.initiate.
 */
import WebSocket from 'ws';
import { DirectLine, type Activity } from 'botframework-directlinejs';
import { startApp, type RunningApp } from '../support/appHarness';

Object.assign(global, { XMLHttpRequest: require('xhr2'), WebSocket });

const DL = '/v3/directline';
const BACKEND_SECRET = 'token-minting-back-end-secret-0123';
const HUB_SECRET = 'contact-centre-hub-secret-0123456789';
const INCIDENT = 'someone logged into my account and changed my email';

interface Seen {
  type: string;
  name?: string;
  text?: string;
  attachments?: { name?: string }[];
}

const isHandoff = (a: Seen) => a.type === 'handoff' || /^handoff\./i.test(a.name ?? '');

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function post(dl: DirectLine, text: string): Promise<string> {
  return new Promise((resolve, reject) =>
    dl.postActivity({ type: 'message', text, from: { id: 'ignored' } } as Activity).subscribe({
      next: (id) => (id === 'retry' ? reject(new Error('post answered retry')) : resolve(id)),
      error: reject,
    }),
  );
}

/** Every activity one stream socket receives, and its raw frames. */
function readStream(url: string): {
  activities: Seen[];
  raw: string[];
  close(): void;
  opened: Promise<void>;
} {
  const ws = new WebSocket(url);
  const activities: Seen[] = [];
  const raw: string[] = [];
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    const text = data.toString();
    raw.push(text);
    if (text) activities.push(...(JSON.parse(text) as { activities: Seen[] }).activities);
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade ${res.statusCode}`)));
  });
  return { activities, raw, opened, close: () => ws.close() };
}

const opened = (a: Seen) => a.type === 'message' && /opened request \*\*T-/.test(a.text ?? '');

export function widgetHandoffPrivacySuite(
  name: string,
  env: () => Promise<Record<string, string>>,
  describeFn: jest.Describe = describe,
): void {
  describeFn(`${name}: a widget conversation that reaches a person never receives handoff.*`, () => {
    let running: RunningApp;
    const clients: DirectLine[] = [];
    // Monday noon in London: inside support hours.
    const now = () => new Date('2026-11-23T12:00:00Z');

    beforeAll(async () => {
      running = await startApp(
        { DIRECTLINE_SECRET: BACKEND_SECRET, HANDOFF_WEBHOOK_SECRET: HUB_SECRET, ...(await env()) },
        { now },
      );
    });
    afterAll(async () => {
      for (const dl of clients) dl.end();
      await running.stop();
    });

    function connect(options: { token?: string; secret?: string; webSocket: boolean }) {
      const dl = new DirectLine({
        domain: `${running.baseUrl}${DL}`,
        pollingInterval: 200,
        ...options,
      });
      clients.push(dl);
      const received: Seen[] = [];
      dl.activity$.subscribe({ next: (a) => received.push(a as Seen), error: () => undefined });
      return { dl, received };
    }

    it('when the widget customer reports a hacked account, then the ticket opens and the page gets no handoff.* by stream, poll or replay', async () => {
      const base = running.baseUrl;
      const issued = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST' })).json()) as {
        token: string;
        conversationId: string;
      };
      // Web Chat's way: DirectLineJS with the widget token, over the WebSocket.
      const { dl, received } = connect({ token: issued.token, webSocket: true });
      await until(() => received.some((a) => /support assistant/.test(a.text ?? '')), 'the greeting');
      // A second socket, as another tab of the page would open, live through the handoff.
      const reconnect = async () => {
        const r = await fetch(`${base}${DL}/conversations/${issued.conversationId}?watermark=`, {
          headers: { Authorization: `Bearer ${issued.token}` },
        });
        expect(r.status).toBe(200);
        return ((await r.json()) as { streamUrl: string }).streamUrl;
      };
      const live = readStream(await reconnect());
      await live.opened;

      await post(dl, INCIDENT);
      await until(() => received.some(opened), 'the ticket opened');
      await until(() => live.activities.some(opened), 'the ticket opened on the second socket');
      const ticketId = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(received.find(opened)?.text ?? '')?.[1] ?? '';
      expect(await running.app.handoff.store.get(ticketId)).toMatchObject({ status: 'pending' });

      // Polling, as DirectLineJS without WebSocket (or a page's own script) reads it.
      const polled = await fetch(`${base}${DL}/conversations/${issued.conversationId}/activities`, {
        headers: { Authorization: `Bearer ${issued.token}` },
      });
      const page = (await polled.json()) as { activities: Seen[] };
      expect(page.activities.some(opened)).toBe(true);
      // A socket that replays the whole conversation.
      const replay = readStream(await reconnect());
      await replay.opened;
      await until(() => replay.activities.some(opened), 'the replay');

      for (const seen of [received, live.activities, page.activities, replay.activities]) {
        expect(seen.filter(isHandoff)).toEqual([]);
        expect(seen.some((a) => a.attachments?.some((x) => x.name === 'Transcript'))).toBe(false);
      }
      // The widget's own small event still comes.
      expect(page.activities.some((a) => a.type === 'event' && a.name === 'support.queue')).toBe(true);
      expect(received.some((a) => a.type === 'event' && a.name === 'support.queue')).toBe(true);
      live.close();
      replay.close();
    }, 60_000);

    it('when a back end started the conversation with the Direct Line secret, then handoff.initiate reaches it', async () => {
      const { dl, received } = connect({ secret: BACKEND_SECRET, webSocket: false });
      await post(dl, INCIDENT);
      const initiate = await until(
        () => received.find((a) => a.type === 'event' && a.name === 'handoff.initiate'),
        'handoff.initiate',
      );
      expect(initiate).toMatchObject({
        value: { category: 'security', priority: 'urgent' },
        attachments: [{ contentType: 'application/json', name: 'Transcript' }],
      });
    }, 60_000);
  });
}
