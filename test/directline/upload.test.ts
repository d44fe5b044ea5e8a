/**
 * `POST /v3/directline/conversations/:id/upload` and `GET /v3/directline/attachments/:id` over
 * HTTP, with bodies built as DirectLineJS builds them (FormData) and by hand where a client
 * would never send them.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { openSqlite, type SqliteDatabase } from '../../adapters/storage/sqlite';
import type { DirectLineLimits } from '../../adapters/directline';
import { encodeForm, FILES, uploadForm, type UploadFile } from './files';
import {
  call,
  manualClock,
  SECRET,
  startConversation,
  startServer,
  waitFor,
  type TestServer,
} from './support';

const LIMITS: Partial<DirectLineLimits> = {
  maxUploadFiles: 3,
  maxUploadFileBytes: 2048,
  maxUploadBytes: 16 * 1024,
  maxUploadActivityBytes: 1024,
};

/** What the bot saw, and its answer naming the files: proof that the turn ran. */
function recordingBot(seen: Partial<Activity>[]) {
  return async (context: TurnContext) => {
    if (context.activity.type !== ActivityTypes.Message) return;
    seen.push(context.activity);
    const names = (context.activity.attachments ?? []).map((a) => a.name).join(', ');
    await context.sendActivity(`got ${context.activity.attachments?.length ?? 0}: ${names}`);
  };
}

interface Conv {
  conversationId: string;
  token: string;
}

async function upload(
  srv: TestServer,
  conv: Conv,
  body: FormData | { raw: Buffer; contentType: string },
  bearer = conv.token,
) {
  const encoded =
    body instanceof FormData ? await encodeForm(body) : { body: body.raw, contentType: body.contentType };
  const res = await fetch(
    `${srv.url}/v3/directline/conversations/${conv.conversationId}/upload?userId=dl_x`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': encoded.contentType },
      body: encoded.body,
    },
  );
  return {
    status: res.status,
    json: (await res.json()) as { id?: string; error?: { code: string; message: string } },
  };
}

const png = (name = 'damaged.png'): UploadFile => ({ bytes: FILES.png, name, type: 'image/png' });

describe('Direct Line upload', () => {
  let srv: TestServer;
  let db: SqliteDatabase;
  let seen: Partial<Activity>[];
  let conv: Conv;
  const key = crypto.randomBytes(32);
  const clock = manualClock(new Date());

  const storedFiles = () => (db.prepare('SELECT COUNT(*) AS n FROM dl_attachments').get() as { n: number }).n;
  const logged = (c: Conv) =>
    (
      db
        .prepare('SELECT COUNT(*) AS n FROM dl_activities WHERE conversation_id = ?')
        .get(c.conversationId) as {
        n: number;
      }
    ).n;
  const activities = async () =>
    (
      await call(`${srv.url}/v3/directline/conversations/${conv.conversationId}/activities`, {
        bearer: conv.token,
      })
    ).json.activities as Activity[];
  const replies = async () => (await activities()).filter((a) => a.from.role === 'bot').map((a) => a.text);

  beforeEach(async () => {
    db = openSqlite(':memory:');
    seen = [];
    srv = await startServer({
      db,
      logic: recordingBot(seen),
      limits: LIMITS,
      signingKey: key,
      now: clock.now,
    });
    conv = await startConversation(srv.url);
  });
  afterEach(async () => {
    await srv.close();
    db.close();
  });

  test('when a PNG and a PDF are uploaded with an activity part, then 200 {id}; the bot gets both with signed absolute URLs; the log holds the same activity', async () => {
    const form = uploadForm(
      [png('box.png'), { bytes: FILES.pdf, name: 'receipt.pdf', type: 'application/pdf' }],
      {
        type: 'message',
        text: 'the box arrived crushed',
        from: { id: 'dl_spoofed', name: 'Robin' },
        channelData: { clientActivityID: 'upload-1', attachmentSizes: [1, 1] },
        attachments: [
          { contentType: 'image/png', name: 'box.png', thumbnailUrl: 'data:image/jpeg;base64,AAAA' },
        ],
      },
    );
    const res = await upload(srv, conv, form);
    expect(res.status).toBe(200);
    expect(res.json.id).toMatch(new RegExp(`^${conv.conversationId}\\|\\d{7}$`));
    await waitFor(async () => (await replies()).includes('got 2: box.png, receipt.pdf'));

    const turn = seen[0];
    expect(turn.id).toBe(res.json.id);
    expect(turn.text).toBe('the box arrived crushed');
    expect(turn.from).toEqual({ id: expect.stringMatching(/^dl_/), name: 'Robin', role: 'user' });
    expect(turn.from?.id).not.toBe('dl_spoofed');
    expect(turn.channelData).toEqual({
      clientActivityID: 'upload-1',
      attachmentSizes: [FILES.png.length, FILES.pdf.length],
    });
    const urlPattern = new RegExp(
      `^${srv.url.replace(/\./g, '\\.')}/v3/directline/attachments/[\\w-]{43}\\?e=\\d+&s=[\\w-]{43}$`,
    );
    expect(turn.attachments).toEqual([
      {
        contentType: 'image/png',
        contentUrl: expect.stringMatching(urlPattern),
        name: 'box.png',
        // The client's data: thumbnail is dropped; a picture's thumbnail is the picture (Web Chat shows it).
        thumbnailUrl: turn.attachments?.[0].contentUrl,
      },
      { contentType: 'application/pdf', contentUrl: expect.stringMatching(urlPattern), name: 'receipt.pdf' },
    ]);
    // The echo and the stored copy are the activity the bot got.
    const echo = (await activities()).find((a) => a.id === res.json.id);
    expect(echo?.attachments).toEqual(turn.attachments);
    expect(echo?.channelData).toEqual(turn.channelData);
    expect(storedFiles()).toBe(2);

    const served = await fetch(turn.attachments?.[0].contentUrl ?? '');
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(FILES.png)).toBe(true);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-disposition')).toBe(
      `inline; filename="box.png"; filename*=UTF-8''box.png`,
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    const pdf = await fetch(turn.attachments?.[1].contentUrl ?? '', { method: 'HEAD' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-length')).toBe(String(FILES.pdf.length));
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="receipt\.pdf"/);
  });

  test('when the upload has no activity part, then it is a message with just the files; an unnamed file gets a name from its type', async () => {
    const raw = Buffer.concat([
      Buffer.from('--b1\r\nContent-Disposition: form-data; name="file"; filename=""\r\n'),
      Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
      FILES.jpeg,
      Buffer.from('\r\n--b1--\r\n'),
    ]);
    const res = await upload(srv, conv, { raw, contentType: 'multipart/form-data; boundary=b1' });
    expect(res.status).toBe(200);
    await waitFor(() => seen.length === 1);
    expect(seen[0].text).toBeUndefined();
    expect(seen[0].attachments?.map((a) => [a.contentType, a.name])).toEqual([
      ['image/jpeg', 'attachment-1.jpg'],
    ]);
  });

  test('when a URL is tampered with, then 403; when it has expired, then 403; when the file is gone, then 404', async () => {
    await upload(srv, conv, uploadForm([png()]));
    const url = await waitFor(() => seen[0]?.attachments?.[0].contentUrl);
    const u = new URL(url);
    const s = u.searchParams.get('s') ?? '';
    const tampered = url.replace(`s=${s}`, `s=${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`);
    const otherId = url.replace(/attachments\/[\w-]{43}/, `attachments/${'A'.repeat(43)}`);
    const noSignature = url.split('?')[0];
    for (const bad of [tampered, otherId, noSignature]) {
      const res = await call(bad);
      expect([res.status, res.json]).toEqual([
        403,
        { error: { code: 'Forbidden', message: 'attachment link is not valid' } },
      ]);
    }
    db.prepare('DELETE FROM dl_attachments').run();
    expect((await call(url)).status).toBe(404);
    clock.advance(8 * 86_400_000);
    expect((await call(url)).json).toEqual({
      error: { code: 'Forbidden', message: 'attachment link has expired' },
    });
  });

  test('when retention purges an idle conversation, then its files and history are gone, and a second run finds nothing', async () => {
    await upload(srv, conv, uploadForm([png()]));
    const url = await waitFor(() => seen[0]?.attachments?.[0].contentUrl);
    clock.advance(3 * 86_400_000);
    expect(await srv.purgeInactiveBefore(new Date(clock.now().getTime() - 86_400_000))).toEqual({
      conversations: 1,
      files: 1,
    });
    expect((await call(url)).status).toBe(404);
    expect(db.prepare('SELECT COUNT(*) AS n FROM dl_activities').get()).toEqual({ n: 0 });
    // Nothing idle is left: a second run purges nothing.
    expect(await srv.purgeInactiveBefore(clock.now())).toEqual({ conversations: 0, files: 0 });
  });

  test('when the same database is mounted again (a restart), then the URL still serves the file', async () => {
    await upload(srv, conv, uploadForm([png()]));
    const url = await waitFor(() => seen[0]?.attachments?.[0].contentUrl);
    const again = await startServer({ db, signingKey: key, now: clock.now });
    try {
      const res = await fetch(url.replace(srv.url, again.url));
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(FILES.png)).toBe(true);
    } finally {
      await again.close();
    }
  });

  test('when the query names another userId, then it is ignored: the sender is the token’s user, as for posts', async () => {
    const res = await upload(srv, conv, uploadForm([png()]));
    expect(res.status).toBe(200);
    const echo = await waitFor(async () => (await activities()).find((a) => a.id === res.json.id));
    expect(echo.from.id).toBe(JSON.parse(Buffer.from(conv.token.split('.')[1], 'base64url').toString()).user);
  });

  test('when PUBLIC_BASE_URL is configured, then attachment URLs are built on it, not on the Host header', async () => {
    await srv.close();
    srv = await startServer({
      db,
      logic: recordingBot(seen),
      publicBaseUrl: 'https://support.kingston.example/',
    });
    conv = await startConversation(srv.url);
    await upload(srv, conv, uploadForm([png()]));
    const url = await waitFor(() => seen[0]?.attachments?.[0].contentUrl);
    expect(url).toMatch(/^https:\/\/support\.kingston\.example\/v3\/directline\/attachments\//);
  });

  describe('refused uploads: a clear 4xx, nothing stored, and the server keeps serving', () => {
    const raw = (contentType: string, ...lines: string[]) => ({
      raw: Buffer.from(lines.join('\r\n')),
      contentType,
    });
    const cases: Array<{
      name: string;
      body: () => FormData | { raw: Buffer; contentType: string };
      status: number;
      code: string;
      message: RegExp;
    }> = [
      {
        name: 'no file (the activity alone)',
        body: () => uploadForm([], { type: 'message', text: 'hi' }),
        status: 400,
        code: 'BadArgument',
        message: /^file: the upload holds no file$/,
      },
      {
        name: 'four files (at most three)',
        body: () => uploadForm([png('1.png'), png('2.png'), png('3.png'), png('4.png')]),
        status: 413,
        code: 'MessageSizeTooBig',
        message: /^file: 4 files; at most 3 per message$/,
      },
      {
        name: 'many more files than allowed',
        body: () => uploadForm(Array.from({ length: 9 }, (_, i) => png(`${i}.png`))),
        status: 413,
        code: 'MessageSizeTooBig',
        message: /^file: more than 3 files per message$/,
      },
      {
        name: 'a file over the per-file cap',
        body: () =>
          uploadForm([png(), { bytes: Buffer.concat([FILES.pdf, Buffer.alloc(3000)]), name: 'big.pdf' }]),
        status: 413,
        code: 'MessageSizeTooBig',
        message: /^file 2 \(big\.pdf\): 3064 bytes; at most 2048 per file$/,
      },
      {
        name: 'a body over the total cap',
        body: () =>
          uploadForm([{ bytes: Buffer.concat([FILES.pdf, Buffer.alloc(20_000)]), name: 'huge.pdf' }]),
        status: 413,
        code: 'MessageSizeTooBig',
        message: /^upload: larger than 16384 bytes in all$/,
      },
      {
        name: 'an activity part over its cap',
        body: () => uploadForm([png()], { type: 'message', text: 'x'.repeat(2000) }),
        status: 413,
        code: 'MessageSizeTooBig',
        message: /^activity: \d+ bytes; at most 1024$/,
      },
      {
        name: 'a text file',
        body: () => uploadForm([{ bytes: FILES.text, name: 'note.txt', type: 'text/plain' }]),
        status: 415,
        code: 'UnsupportedMediaType',
        message: /^file 1 \(note\.txt\): the content is not JPEG, PNG, GIF, WebP, HEIC or PDF; send JPEG/,
      },
      {
        name: 'an SVG after a good PNG (all or nothing)',
        body: () => uploadForm([png(), { bytes: FILES.svg, name: 'x.svg', type: 'image/svg+xml' }]),
        status: 415,
        code: 'UnsupportedMediaType',
        message: /^file 2 \(x\.svg\): the content is not/,
      },
      {
        name: 'a PNG declared as JPEG',
        body: () => uploadForm([{ bytes: FILES.png, name: 'photo.jpg', type: 'image/jpeg' }]),
        status: 415,
        code: 'UnsupportedMediaType',
        message: /^file 1 \(photo\.jpg\): declared as image\/jpeg but the content is image\/png/,
      },
      {
        name: 'an empty file',
        body: () => uploadForm([{ bytes: Buffer.alloc(0), name: 'empty.png', type: 'image/png' }]),
        status: 400,
        code: 'BadArgument',
        message: /^file 1 \(empty\.png\): the file is empty$/,
      },
      {
        name: 'an activity part that is not JSON',
        body: () =>
          raw(
            'multipart/form-data; boundary=b1',
            '--b1',
            'Content-Disposition: form-data; name="activity"',
            'Content-Type: application/vnd.microsoft.activity',
            '',
            '{not json',
            '--b1',
            'Content-Disposition: form-data; name="file"; filename="a.gif"',
            '',
            FILES.gif.toString('latin1'),
            '--b1--',
          ),
        status: 400,
        code: 'BadArgument',
        message: /^activity: not valid JSON$/,
      },
      {
        name: 'an activity part that is an event',
        body: () => uploadForm([png()], { type: 'event', name: 'x' }),
        status: 400,
        code: 'BadArgument',
        message: /^activity\.type: /,
      },
      {
        name: 'a form field that is not a file',
        body: () =>
          raw(
            'multipart/form-data; boundary=b1',
            '--b1',
            'Content-Disposition: form-data; name="comment"',
            '',
            'hello',
            '--b1--',
          ),
        status: 400,
        code: 'BadArgument',
        message: /^comment: a form field that is not a file$/,
      },
      {
        name: 'no boundary in the Content-Type',
        body: () => raw('multipart/form-data', '--b1', '--b1--'),
        status: 400,
        code: 'BadArgument',
        message: /without a boundary/,
      },
      {
        name: 'a body with another boundary',
        body: () =>
          raw(
            'multipart/form-data; boundary=b1',
            '--b2',
            'Content-Disposition: form-data; name="file"; filename="a.png"',
            '',
            'x',
            '--b2--',
          ),
        status: 400,
        code: 'BadArgument',
        message: /^body: does not start with the boundary$/,
      },
      {
        name: 'a body cut short',
        body: () =>
          raw(
            'multipart/form-data; boundary=b1',
            '--b1',
            'Content-Disposition: form-data; name="file"; filename="a.png"',
            'Content-Type: image/png',
            '',
            FILES.png.toString('latin1'),
          ),
        status: 400,
        code: 'BadArgument',
        message: /^part 1: no closing boundary$/,
      },
      {
        name: 'JSON instead of multipart',
        body: () => ({ raw: Buffer.from('{"type":"message"}'), contentType: 'application/json' }),
        status: 415,
        code: 'UnsupportedMediaType',
        message: /expected multipart\/form-data/,
      },
    ];

    test.each(cases)('$name → $status $code', async ({ body, status, code, message }) => {
      const before = logged(conv);
      const res = await upload(srv, conv, body());
      expect(res.status).toBe(status);
      expect(res.json.error?.code).toBe(code);
      expect(res.json.error?.message).toMatch(message);
      expect(storedFiles()).toBe(0);
      expect(logged(conv)).toBe(before);
      expect(seen).toHaveLength(0);
      // Still serving: a good upload goes through on the same server.
      expect((await upload(srv, conv, uploadForm([png()]))).status).toBe(200);
      expect(storedFiles()).toBe(1);
    });

    test('a body over the total cap sent without Content-Length (chunked) is cut off with 413', async () => {
      const { body, contentType } = await encodeForm(
        uploadForm([{ bytes: Buffer.concat([FILES.pdf, Buffer.alloc(40_000)]), name: 'huge.pdf' }]),
      );
      const got = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(
          `${srv.url}/v3/directline/conversations/${conv.conversationId}/upload`,
          { method: 'POST', headers: { authorization: `Bearer ${conv.token}`, 'content-type': contentType } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        for (let i = 0; i < body.length; i += 4096) req.write(body.subarray(i, i + 4096));
        req.end();
      });
      expect(got.status).toBe(413);
      expect(JSON.parse(got.text).error.message).toBe('upload: larger than 16384 bytes in all');
      expect(storedFiles()).toBe(0);
    });

    test('authorisation as for posts: another conversation’s token 403, unknown conversation 404, no token 401, expired token 403', async () => {
      const other = await startConversation(srv.url);
      const cross = await upload(srv, conv, uploadForm([png()]), other.token);
      expect([cross.status, cross.json.error?.message]).toEqual([403, 'token is for another conversation']);
      const unknown = await upload(srv, { conversationId: 'nope', token: SECRET }, uploadForm([png()]));
      expect([unknown.status, unknown.json.error?.code]).toEqual([404, 'NotFound']);
      const anonymous = await fetch(`${srv.url}/v3/directline/conversations/${conv.conversationId}/upload`, {
        method: 'POST',
        body: uploadForm([png()]),
      });
      expect(anonymous.status).toBe(401);
      clock.advance(31 * 60_000);
      const expired = await upload(srv, conv, uploadForm([png()]));
      expect([expired.status, expired.json.error?.code]).toEqual([403, 'TokenExpired']);
      expect(storedFiles()).toBe(0);
      expect([logged(conv), logged(other)]).toEqual([0, 0]);
      // With the secret, a back end may upload into any conversation; the sender is the conversation's user.
      const bySecret = await upload(srv, other, uploadForm([png()]), SECRET);
      expect(bySecret.status).toBe(200);
    });
  });
});
