/**
 * Without PUBLIC_BASE_URL, the Direct Line streamUrl and the links to uploaded files used to
 * carry whatever Host header the client sent. Only a trusted Host (an ALLOWED_ORIGINS host,
 * the bound address, loopback) may appear in them; any other gets the configured address.
 */
import http from 'node:http';
import os from 'node:os';
import { hostPolicy } from '../../adapters/directline/trustedHost';
import { encodeForm, FILES, uploadForm } from '../directline/files';
import { startApp, type RunningApp } from '../support/appHarness';

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

/** A request with a Host header of our choosing (fetch would not send it). */
function request(
  baseUrl: string,
  path: string,
  opts: { host: string; token?: string; body?: Buffer; contentType?: string; method?: string },
): Promise<Answer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: opts.method ?? 'POST',
        headers: {
          host: opts.host,
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.contentType ? { 'content-type': opts.contentType } : {}),
          'content-length': opts.body?.length ?? 0,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function startConversation(running: RunningApp, host: string) {
  const token = await request(running.baseUrl, '/api/webchat/token', { host: '127.0.0.1' });
  const conv = await request(running.baseUrl, '/v3/directline/conversations', {
    host,
    token: String(token.json.token),
  });
  return { token: String(conv.json.token ?? token.json.token), conv };
}

describe('the Host header in the addresses we hand out', () => {
  let running: RunningApp;
  let port: string;
  beforeAll(async () => {
    running = await startApp({ ALLOWED_ORIGINS: 'https://shop.example' });
    port = new URL(running.baseUrl).port;
  });
  afterAll(async () => running.stop());

  it('when the Host is an arbitrary name, then streamUrl uses the configured address', async () => {
    const { conv } = await startConversation(running, 'evil.example');

    expect(conv.status).toBeLessThan(300);
    expect(String(conv.json.streamUrl)).toMatch(new RegExp(`^ws://localhost:${port}/v3/directline/`));
    expect(String(conv.json.streamUrl)).not.toContain('evil');
  });

  it('when the Host is malformed, then streamUrl uses the configured address', async () => {
    const { conv } = await startConversation(running, 'evil.example@localhost');

    expect(String(conv.json.streamUrl)).toMatch(new RegExp(`^ws://localhost:${port}/`));
  });

  it('when the Host is one of ALLOWED_ORIGINS, then streamUrl follows it', async () => {
    const { conv } = await startConversation(running, 'shop.example');

    expect(String(conv.json.streamUrl)).toMatch(/^ws:\/\/shop\.example\/v3\/directline\//);
  });

  it('when the Host is the loopback address the client used, then streamUrl follows it', async () => {
    const { conv } = await startConversation(running, `127.0.0.1:${port}`);

    expect(String(conv.json.streamUrl)).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${port}/`));
  });

  it('when a file is uploaded with an arbitrary Host, then the stored link uses the configured address', async () => {
    const { token, conv } = await startConversation(running, `127.0.0.1:${port}`);
    const id = String(conv.json.conversationId);
    const form = await encodeForm(uploadForm([{ bytes: FILES.png, name: 'label.png', type: 'image/png' }]));

    const up = await request(running.baseUrl, `/v3/directline/conversations/${id}/upload?userId=dl_x`, {
      host: 'evil.example',
      token,
      body: form.body,
      contentType: form.contentType,
    });
    expect(up.status).toBe(200);

    const log = await request(running.baseUrl, `/v3/directline/conversations/${id}/activities`, {
      host: `127.0.0.1:${port}`,
      token,
      method: 'GET',
    });
    const urls = (log.json.activities as { attachments?: { contentUrl?: string }[] }[])
      .flatMap((a) => a.attachments ?? [])
      .map((a) => a.contentUrl ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).not.toContain('evil');
      expect(url).toMatch(new RegExp(`^http://localhost:${port}/v3/directline/attachments/`));
    }
  });
});

describe('hostPolicy', () => {
  const policy = (allowedOrigins: string[], boundHost = '0.0.0.0') =>
    hostPolicy({ fallbackBaseUrl: 'http://localhost:3978', allowedOrigins, boundHost, port: 3978 });

  it('when bound to every interface, then the machine name on our port is trusted, on another port not', () => {
    expect(policy([]).trusted(`${os.hostname()}:3978`)).toBe(true);
    expect(policy([]).trusted(`${os.hostname()}:8080`)).toBe(false);
  });

  it('when ALLOWED_ORIGINS is *, then no arbitrary Host is trusted', () => {
    expect(policy(['*']).trusted('evil.example')).toBe(false);
  });

  it('when an allowed origin names its default port or not, then both Host forms match', () => {
    expect(policy(['https://shop.example']).trusted('shop.example')).toBe(true);
    expect(policy(['https://shop.example']).trusted('shop.example:443')).toBe(true);
    expect(policy(['https://shop.example']).trusted('shop.example.evil.example')).toBe(false);
  });
});
