/**
 * The agent sign-in limiter (issue 11, items 3 and 7): AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE per
 * client address, answered with 429 and Retry-After; behind a trusted proxy (TRUST_PROXY) each
 * client behind it has its own count, and without one a forged X-Forwarded-For buys nothing.
 */
import { startApp, type RunningApp } from '../support/appHarness';

const attempt = async (base: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}/agent/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'alice', secret: 'wrong-secret' }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Record<string, unknown>,
  };
};

describe('agent sign-in limit', () => {
  let running: RunningApp | undefined;
  afterEach(async () => running?.stop());

  it('when an address passes AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE, then it gets 429 with Retry-After and a sentence to show', async () => {
    running = await startApp({ AGENTS: 'alice:alice-secret-1', AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '3' });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await attempt(running.baseUrl));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 429]);
    expect(Number(answers[3].retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(answers[3].retryAfter)).toBeLessThanOrEqual(60);
    expect(answers[3].body).toMatchObject({
      error: 'too-many-attempts',
      message: expect.stringMatching(/^Too many sign-in attempts; try again in \d+ s\.$/),
    });
  });

  it('when TRUST_PROXY names the proxy, then two clients behind it are counted apart', async () => {
    running = await startApp({
      AGENTS: 'alice:alice-secret-1',
      AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '2',
      TRUST_PROXY: 'loopback',
    });
    const first = { 'x-forwarded-for': '203.0.113.7' };
    const second = { 'x-forwarded-for': '198.51.100.20' };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt(running.baseUrl, first)).status);
    statuses.push((await attempt(running.baseUrl, second)).status);
    expect(statuses).toEqual([401, 401, 429, 401]);
  });

  it('when a client behind the proxy forges the left of X-Forwarded-For, then it is still counted as itself', async () => {
    running = await startApp({
      AGENTS: 'alice:alice-secret-1',
      AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '2',
      TRUST_PROXY: 'true',
    });
    const statuses = [];
    // The proxy appends the address it saw (203.0.113.7); whatever the client wrote is to its left.
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await attempt(running.baseUrl, { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.7` })).status,
      );
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('when no proxy is trusted, then a forged X-Forwarded-For does not reset the count', async () => {
    running = await startApp({ AGENTS: 'alice:alice-secret-1', AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '2' });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await attempt(running.baseUrl, { 'x-forwarded-for': `192.0.2.${i}` })).status);
    expect(statuses).toEqual([401, 401, 429]);
  });
});
