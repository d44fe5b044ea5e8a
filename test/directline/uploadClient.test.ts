/**
 * botframework-directlinejs's own upload path against our server: `postActivity` with a message
 * that has attachments goes through `postMessageWithAttachments`, which fetches each
 * `contentUrl` (a blob: URL in a browser, an http URL here), builds a FormData with an
 * `activity` part and one `file` part per file, and POSTs it to `…/upload?userId=`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { ConnectionStatus, DirectLine, type Activity } from 'botframework-directlinejs';
import { ActivityTypes, type Activity as BotActivity, type TurnContext } from 'botbuilder';
import { FILES } from './files';
import { call, startServer, waitFor, type TestServer } from './support';

// xhr2 stands in for the browser's XMLHttpRequest but cannot send a FormData; a browser encodes
// one as multipart with a boundary of its own, and so does this subclass (through fetch's Response).
const XHR2 = require('xhr2') as new () => {
  setRequestHeader(name: string, value: string): void;
  send(body?: unknown): void;
};
class FormDataXhr extends XHR2 {
  send(body?: unknown): void {
    if (!(body instanceof FormData)) return super.send(body);
    const encoded = new Response(body);
    void encoded.arrayBuffer().then((bytes) => {
      this.setRequestHeader('Content-Type', encoded.headers.get('content-type') ?? '');
      super.send(Buffer.from(bytes));
    });
  }
}
Object.assign(global, { XMLHttpRequest: FormDataXhr, WebSocket });

/** Where the client fetches the file from, as Web Chat fetches a blob: URL. */
async function fileServer(files: Record<string, Buffer>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const bytes = files[(req.url ?? '').slice(1)];
    res.writeHead(bytes ? 200 : 404);
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('DirectLineJS postActivity with attachments (upload)', () => {
  let srv: TestServer;
  let files: Awaited<ReturnType<typeof fileServer>>;
  const clients: DirectLine[] = [];
  const seen: BotActivity[] = [];

  beforeAll(async () => {
    files = await fileServer({ 'box.png': FILES.png, 'notes.txt': FILES.text });
    srv = await startServer({
      logic: async (context: TurnContext) => {
        if (context.activity.type !== ActivityTypes.Message) return;
        seen.push(context.activity);
        const names = (context.activity.attachments ?? []).map((a) => `${a.name} (${a.contentType})`);
        await context.sendActivity(`Thanks, I got ${names.join(', ')}.`);
      },
    });
  });
  afterEach(() => clients.splice(0).forEach((c) => c.end()));
  afterAll(async () => {
    await srv.close();
    await files.close();
  });

  async function connect(): Promise<{ dl: DirectLine; received: Activity[]; userId: string }> {
    const { token } = (await call(`${srv.url}/api/webchat/token`, { method: 'POST' })).json as {
      token: string;
    };
    const client = new DirectLine({ domain: `${srv.url}/v3/directline`, token, webSocket: true });
    const received: Activity[] = [];
    clients.push(client);
    client.activity$.subscribe({ next: (a) => received.push(a), error: () => undefined });
    await new Promise<void>((resolve) =>
      client.connectionStatus$.subscribe((s) => s === ConnectionStatus.Online && resolve()),
    );
    const userId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).user as string;
    return { dl: client, received, userId };
  }

  const post = (client: DirectLine, activity: Partial<Activity>) =>
    new Promise<string>((resolve, reject) =>
      client.postActivity(activity as Activity).subscribe(resolve, reject),
    );

  test('when a message carries a PNG, then the upload answers its id, the echo keeps clientActivityID and carries our URL, and the bot answers', async () => {
    const { dl: client, received, userId } = await connect();
    const id = await post(client, {
      type: 'message',
      from: { id: userId },
      text: 'the parcel came like this',
      attachments: [{ contentType: 'image/png', contentUrl: `${files.url}/box.png`, name: 'box.png' }],
      channelData: { clientActivityID: 'client-upload-1' },
    });
    expect(id).toMatch(/\|\d{7}$/);
    await waitFor(() =>
      received.some((a) => (a as { text?: string }).text === 'Thanks, I got box.png (image/png).'),
    );
    const echo = received.find((a) => a.id === id) as Activity & {
      attachments: { contentUrl: string; contentType: string; name: string; thumbnailUrl?: string }[];
      channelData: { clientActivityID: string };
    };
    expect(echo.channelData.clientActivityID).toBe('client-upload-1');
    expect(echo.from).toMatchObject({ id: userId, role: 'user' });
    const url = echo.attachments[0].contentUrl;
    expect(url.startsWith(`${srv.url}/v3/directline/attachments/`)).toBe(true);
    expect(echo.attachments).toEqual([
      { contentType: 'image/png', contentUrl: url, name: 'box.png', thumbnailUrl: url },
    ]);
    const served = await fetch(echo.attachments[0].contentUrl);
    expect(Buffer.from(await served.arrayBuffer()).equals(FILES.png)).toBe(true);
    expect(seen.at(-1)?.text).toBe('the parcel came like this');
  });

  test('when the file is a type we refuse, then the post fails with the 415 and nothing reaches the bot', async () => {
    const { dl: client, userId } = await connect();
    const before = seen.length;
    const failure = await post(client, {
      type: 'message',
      from: { id: userId },
      attachments: [{ contentType: 'text/plain', contentUrl: `${files.url}/notes.txt`, name: 'notes.txt' }],
    }).then(
      () => undefined,
      (err: { status?: number }) => err,
    );
    expect(failure?.status).toBe(415);
    expect(seen).toHaveLength(before);
  });
});
