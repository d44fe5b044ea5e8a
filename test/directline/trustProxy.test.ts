/**
 * TRUST_PROXY (issue 11, item 7): behind a reverse proxy every request comes from the proxy, so
 * per-address limits lumped all customers together and the loopback-only /api/messages (no app
 * id) was open to anyone the proxy forwarded. One reading of the client address now serves both.
 */
import type { IncomingMessage } from 'node:http';
import {
  clientAddress,
  NO_PROXY,
  parseTrustProxy,
  trustedProxies,
  type TrustedProxies,
} from '../../adapters/http/clientAddress';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';
import { widgetToken } from './widgetClient';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

const proxies = (value: string): TrustedProxies => {
  const parsed = parseTrustProxy(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return trustedProxies(parsed.entries);
};

describe('clientAddress', () => {
  it('when no proxy is trusted, then X-Forwarded-For is ignored', () => {
    expect(clientAddress(request('198.51.100.4', '203.0.113.9'), NO_PROXY)).toBe('198.51.100.4');
  });

  it('when the peer is a trusted proxy, then the right-most hop it did not vouch for is the client', () => {
    const trust = proxies('loopback,10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', '1.2.3.4, 203.0.113.9, 10.1.2.3'), trust)).toBe('203.0.113.9');
  });

  it('when the peer is not a trusted proxy, then its own X-Forwarded-For is not believed', () => {
    expect(clientAddress(request('198.51.100.4', '127.0.0.1'), proxies('loopback'))).toBe('198.51.100.4');
  });

  it('when an address is IPv4-mapped, then it is read as IPv4', () => {
    expect(clientAddress(request('::ffff:127.0.0.1', '::ffff:203.0.113.9'), proxies('true'))).toBe(
      '203.0.113.9',
    );
  });

  it('when a hop is not an address, then the chain stops at the last trusted hop', () => {
    expect(clientAddress(request('127.0.0.1', 'evil'), proxies('true'))).toBe('127.0.0.1');
  });

  it('when TRUST_PROXY holds something that is no address, range or keyword, then it says which entry', () => {
    expect(parseTrustProxy('loopback, 10.0.0.0/40')).toEqual({
      ok: false,
      message: expect.stringContaining('"10.0.0.0/40"'),
    });
    expect(parseTrustProxy('false')).toEqual({ ok: true, entries: [] });
    expect(parseTrustProxy('')).toEqual({ ok: true, entries: [] });
    expect(parseTrustProxy('on')).toEqual({ ok: true, entries: ['loopback'] });
  });
});

describe('the app behind a reverse proxy on this machine (TRUST_PROXY=loopback)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ TRUST_PROXY: 'loopback', DIRECTLINE_CONVERSATIONS_PER_MINUTE: '2' });
  });
  afterAll(async () => running.stop());

  it('when the proxy forwards a remote client to /api/messages without an app id, then it is refused with 403', async () => {
    const res = await postActivity(running.baseUrl, messageActivity('hi'), {
      'Content-Type': 'application/json',
      'X-Forwarded-For': '203.0.113.9',
    });
    expect(res.status).toBe(403);
  });

  it('when a local client posts without the proxy, then it is still served', async () => {
    const res = await postActivity(running.baseUrl, messageActivity('hi'));
    expect(res.status).toBe(200);
  });

  it('when many customers come through the proxy, then each has its own per-address quota', async () => {
    const statuses: number[] = [];
    for (const who of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'])
      statuses.push((await widgetToken(running.baseUrl, { 'x-forwarded-for': who })).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});
