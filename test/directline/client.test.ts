/**
 * The real botframework-directlinejs client against our server, in both modes
 * (directline.md §12). Node 20 has neither WebSocket nor XMLHttpRequest: the README's globals.
 */
import WebSocket from 'ws';
import {
  ConnectionStatus,
  DirectLine,
  type Activity,
  type DirectLineOptions,
} from 'botframework-directlinejs';
import { ActivityTypes, TurnContext, type ConversationReference } from 'botbuilder';
import {
  call,
  echoLogic,
  manualClock,
  startConversation,
  startServer,
  waitFor,
  type TestServer,
} from './support';

const sockets: WebSocket[] = [];
/** ws, recording every client socket so a test can drop one. */
class TrackedWebSocket extends WebSocket {
  constructor(address: string) {
    super(address);
    sockets.push(this);
  }
}
Object.assign(global, { XMLHttpRequest: require('xhr2'), WebSocket: TrackedWebSocket });

interface Client {
  dl: DirectLine;
  received: Activity[];
  statuses: ConnectionStatus[];
  errors: unknown[];
  end(): void;
}

function connect(srv: TestServer, options: DirectLineOptions): Client {
  // `random: () => 0` makes the client's 3–15 s reconnect delay its minimum, 3 s.
  const extra = { random: () => 0 };
  const dl = new DirectLine({ domain: `${srv.url}/v3/directline`, ...options, ...extra });
  const received: Activity[] = [];
  const statuses: ConnectionStatus[] = [];
  const errors: unknown[] = [];
  const subs = [
    dl.activity$.subscribe({ next: (a) => received.push(a), error: (e: unknown) => errors.push(e) }),
    dl.connectionStatus$.subscribe((s) => statuses.push(s)),
  ];
  return {
    dl,
    received,
    statuses,
    errors,
    end: () => {
      subs.forEach((s) => s.unsubscribe());
      dl.end();
    },
  };
}

const texts = (c: Client) =>
  c.received.filter((a) => a.type === 'message').map((a) => (a as { text?: string }).text);

function send(c: Client, text: string, clientActivityID: string): Promise<string> {
  return new Promise((resolve, reject) =>
    c.dl
      .postActivity({
        type: 'message',
        from: { id: 'ignored' },
        text,
        channelData: { clientActivityID },
      } as Activity)
      .subscribe(resolve, reject),
  );
}

describe('DirectLineJS against the self-hosted Direct Line', () => {
  let srv: TestServer;
  let client: Client | undefined;
  let clock: ReturnType<typeof manualClock>;
  let reference: Partial<ConversationReference> | undefined;
  beforeEach(async () => {
    clock = manualClock(new Date());
    sockets.length = 0;
    reference = undefined;
    srv = await startServer({
      now: clock.now,
      logic: async (context) => {
        if (context.activity.type === ActivityTypes.ConversationUpdate)
          reference = TurnContext.getConversationReference(context.activity);
        await echoLogic(context);
      },
    });
  });
  afterEach(async () => {
    client?.end();
    client = undefined;
    await srv.close();
  });

  for (const webSocket of [true, false]) {
    test(`${webSocket ? 'WebSocket' : 'polling'}: start greets once, a post gets its id, the echo keeps clientActivityID, then the reply`, async () => {
      const { token } = (await call(`${srv.url}/api/webchat/token`, { method: 'POST' })).json as {
        token: string;
      };
      client = connect(srv, { token, webSocket, pollingInterval: 200 });
      const c = client;
      await waitFor(() => texts(c).includes('Welcome to the echo bot'));
      const id = await send(c, 'where is my parcel', 'client-1');
      expect(id).toMatch(/\|0000002$/);
      await waitFor(() => texts(c).includes('echo: where is my parcel'));
      const echo = c.received.find((a) => a.id === id) as Activity & {
        channelData: { clientActivityID: string };
      };
      expect(echo.channelData.clientActivityID).toBe('client-1');
      expect(echo.from.role).toBe('user');
      expect(texts(c)).toEqual(['Welcome to the echo bot', 'where is my parcel', 'echo: where is my parcel']);
      expect(c.statuses).toContain(ConnectionStatus.Online);
    });
  }

  test('WebSocket: after a forced socket close the client reconnects from its watermark and gets what it missed, without a second welcome', async () => {
    const { token } = (await call(`${srv.url}/api/webchat/token`, { method: 'POST' })).json as {
      token: string;
    };
    client = connect(srv, { token, webSocket: true });
    const c = client;
    await waitFor(() => texts(c).includes('Welcome to the echo bot'));
    await send(c, 'one', 'c-1');
    await waitFor(() => texts(c).includes('echo: one'));
    const first = sockets[0];
    first.terminate();
    await waitFor(() => first.readyState === WebSocket.CLOSED);
    const ref = await waitFor(() => reference);
    await srv.adapter.continueConversationAsync(
      '',
      ref,
      async (ctx) => void (await ctx.sendActivity('while you were away')),
    );
    await waitFor(() => texts(c).includes('while you were away'));
    expect(sockets).toHaveLength(2);
    expect(new URL(sockets[1].url).searchParams.get('watermark')).toBe('3');
    expect(texts(c)).toEqual(['Welcome to the echo bot', 'one', 'echo: one', 'while you were away']);
  });

  test('resuming a conversation by id (page reload) replays the whole history and does not greet again', async () => {
    const c0 = await startConversation(srv.url);
    await call(`${srv.url}/v3/directline/conversations/${c0.conversationId}/activities`, {
      bearer: c0.token,
      body: { type: 'message', text: 'before reload' },
    });
    await waitFor(async () => {
      const r = await call(`${srv.url}/v3/directline/conversations/${c0.conversationId}/activities`, {
        bearer: c0.token,
      });
      return (r.json.activities as unknown[]).length === 3;
    });
    client = connect(srv, { token: c0.token, conversationId: c0.conversationId, webSocket: true });
    const c = client;
    await waitFor(() => texts(c).length === 3);
    expect(texts(c)).toEqual(['Welcome to the echo bot', 'before reload', 'echo: before reload']);
  });

  test('polling: an expired token turns the client to ExpiredToken', async () => {
    const { token } = (await call(`${srv.url}/api/webchat/token`, { method: 'POST' })).json as {
      token: string;
    };
    client = connect(srv, { token, webSocket: false, pollingInterval: 200 });
    const c = client;
    await waitFor(() => texts(c).includes('Welcome to the echo bot'));
    clock.advance(31 * 60 * 1000);
    await waitFor(() => c.statuses.includes(ConnectionStatus.ExpiredToken));
  });

  test('unknown conversation: FailedToConnect at connect; Ended while polling', async () => {
    const issued = (await call(`${srv.url}/api/webchat/token`, { method: 'POST' })).json as {
      token: string;
      conversationId: string;
    };
    client = connect(srv, { token: issued.token, conversationId: issued.conversationId, webSocket: false });
    const c = client;
    await waitFor(() => c.statuses.includes(ConnectionStatus.FailedToConnect));
    c.end();

    // Polling with a streamUrl skips the connect call; the poll itself then meets the 404.
    client = connect(srv, {
      token: issued.token,
      conversationId: issued.conversationId,
      streamUrl: 'ws://unused',
      webSocket: false,
      pollingInterval: 200,
    });
    const p = client;
    await waitFor(() => p.statuses.includes(ConnectionStatus.Ended));
  });
});
