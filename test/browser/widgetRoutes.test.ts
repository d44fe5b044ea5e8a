import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { mountWidget } from '../../adapters/web';

/** GET with or without gzip, body decompressed by hand: fetch would hide the encoding. */
function get(
  url: string,
  gzip: boolean,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      })
      .on('error', reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('widget routes (webchat.md §1, §4)', () => {
  let vendorDir: string;
  let server: Server;
  let base: string;
  beforeEach(async () => {
    vendorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-vendor-'));
    server = restify.createServer();
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(vendorDir, { recursive: true, force: true });
  });

  test('when the bundle is missing, / still works and the bundle answers 503 naming npm run webchat:fetch', async () => {
    mountWidget(server, { vendorDir });
    base = await listen(server);
    const page = await get(`${base}/`, false);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<script src="/embed.js" async></script>');
    const bundle = await get(`${base}/webchat/4.18.1/webchat.js`, false);
    expect(bundle.status).toBe(503);
    expect(bundle.body.toString()).toContain('npm run webchat:fetch');
  });

  test('the bundle is served immutable, gzipped when accepted, identical either way', async () => {
    const content = Buffer.from('window.WebChat = {};\n'.repeat(500));
    fs.writeFileSync(path.join(vendorDir, 'webchat.js'), content);
    const widget = mountWidget(server, { vendorDir });
    base = await listen(server);
    const plain = await get(`${base}/webchat/4.18.1/webchat.js`, false);
    expect(plain.status).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body.equals(content)).toBe(true);
    // Compression runs in the background at mount: wait for it, however long it takes here.
    await widget.compressed;
    const zipped = await get(`${base}/webchat/4.18.1/webchat.js`, true);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.equals(content)).toBe(true);
  });

  test.each([
    ['the gzip copy beside it (fetch-webchat writes one) is served as it is', true],
    ['a gzip copy that does not unpack to the bundle is ignored and the bundle compressed', false],
  ])('%s', async (_name, matches) => {
    const content = Buffer.from('window.WebChat = {};\n'.repeat(500));
    fs.writeFileSync(path.join(vendorDir, 'webchat.js'), content);
    const copy = zlib.gzipSync(matches ? content : Buffer.from('stale'), { level: 1 });
    fs.writeFileSync(path.join(vendorDir, 'webchat.js.gz'), copy);
    const widget = mountWidget(server, { vendorDir });
    base = await listen(server);
    await widget.compressed;
    const zipped = await get(`${base}/webchat/4.18.1/webchat.js`, true);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.equals(content)).toBe(true);
    expect(Number(zipped.headers['content-length']) === copy.length).toBe(matches);
  });

  test('embed.js carries the launcher named "Chat with support" and the configured public base URL', async () => {
    mountWidget(server, { vendorDir, publicBaseUrl: 'https://bot.kingston.example/' });
    base = await listen(server);
    const embed = await get(`${base}/embed.js`, false);
    expect(embed.status).toBe(200);
    expect(embed.headers['content-type']).toContain('javascript');
    const text = embed.body.toString();
    expect(text.startsWith('window.KX_SUPPORT_BASE = "https://bot.kingston.example";')).toBe(true);
    expect(text).toContain("'aria-label': 'Chat with support'");
    // Only tokens reach the page: the widget never passes a secret to createDirectLine.
    expect(text).not.toMatch(/\bsecret\s*:/);
  });
});
