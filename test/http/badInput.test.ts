import type { Next, Request, Response } from 'restify';
import { MAX_JSON_DEPTH } from '../../adapters/http/jsonDepth';
import { FILES } from '../directline/files';
import { call, startConversation } from '../directline/support';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

/** `{"type":"message","text":"hi","<field>":[[[…]]]}` nested `depth` arrays deep, as raw JSON. */
const nested = (field: string, depth: number) =>
  `{"type":"message","text":"hi","${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const DEEP = 20_000;

describe('bad input over HTTP', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
    // Stand-ins for a handler that fails: the app's own server, formatters and error log.
    running.app.server.get('/test/throws', async (_req: Request, _res: Response) => {
      throw new RangeError('Maximum call stack size exceeded at SqliteConversationLog.append');
    });
    running.app.server.get('/test/passes-error', (_req: Request, _res: Response, next: Next) =>
      next(new Error('SQLITE_READONLY: attempt to write /var/data/support.db')),
    );
  });
  afterAll(() => running.stop());

  it.each([
    ['value', nested('value', DEEP)],
    ['channelData', `{"type":"message","channelData":{"a":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}}`],
  ])(
    'when a Direct Line post nests its %s 20,000 deep, then it gets a 400 naming the nesting and the conversation goes on',
    async (_field, rawBody) => {
      const c = await startConversation(running.baseUrl);
      const url = `${running.baseUrl}/v3/directline/conversations/${c.conversationId}/activities`;
      const r = await call(url, { bearer: c.token, rawBody });
      expect(r.status).toBe(400);
      expect(r.json).toEqual({
        error: { code: 'BadArgument', message: `body: JSON nested deeper than ${MAX_JSON_DEPTH} levels` },
      });
      const ok = await call(url, { bearer: c.token, body: { type: 'message', text: 'still here?' } });
      expect(ok.status).toBe(200);
    },
  );

  it('when nesting stays within the cap, then the post is accepted', async () => {
    const c = await startConversation(running.baseUrl);
    const r = await call(`${running.baseUrl}/v3/directline/conversations/${c.conversationId}/activities`, {
      bearer: c.token,
      rawBody: nested('value', MAX_JSON_DEPTH - 1),
    });
    expect(r.status).toBe(200);
  });

  it('when an upload’s activity part nests 20,000 deep, then it gets a 400 naming the nesting', async () => {
    const c = await startConversation(running.baseUrl);
    const form = new FormData();
    form.append(
      'activity',
      new Blob([nested('value', DEEP)], { type: 'application/vnd.microsoft.activity' }),
    );
    form.append('file', new Blob([FILES.png], { type: 'image/png' }), 'photo.png');
    const res = await fetch(`${running.baseUrl}/v3/directline/conversations/${c.conversationId}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}` },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BadArgument', message: `activity: JSON nested deeper than ${MAX_JSON_DEPTH} levels` },
    });
  });

  it('when /api/messages gets an activity nested 20,000 deep, then it answers 400 naming the nesting', async () => {
    const deep = JSON.stringify(messageActivity('hi')).replace(
      /}$/,
      `,"value":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`,
    );
    const r = await postActivity(running.baseUrl, deep);
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/nested deeper than 32 levels/);
  });

  it.each([
    ['conversation', { conversation: undefined }],
    ['channelId', { channelId: undefined }],
  ])(
    'when /api/messages gets an activity without %s, then it answers 400 naming it',
    async (field, extra) => {
      const r = await postActivity(running.baseUrl, messageActivity('how long do refunds take?', extra));
      expect(r.status).toBe(400);
      expect(r.body.error?.message).toContain(field);
      expect(r.body.activities).toBeUndefined();
    },
  );

  it.each(['/test/throws', '/test/passes-error'])(
    'when a handler fails (%s), then the 500 body says a generic sentence and a request id, never the error',
    async (path) => {
      for (const accept of ['application/json', 'text/plain']) {
        const res = await fetch(`${running.baseUrl}${path}`, { headers: { accept } });
        const text = await res.text();
        expect(res.status).toBe(500);
        expect(text).not.toMatch(/Maximum call stack|SQLITE|support\.db|RangeError|append/);
        expect(text).toMatch(/went wrong on our side/);
      }
      const res = await fetch(`${running.baseUrl}${path}`);
      expect(await res.json()).toEqual({
        error: { code: 'InternalError', message: expect.any(String), requestId: expect.any(String) },
      });
    },
  );
});
