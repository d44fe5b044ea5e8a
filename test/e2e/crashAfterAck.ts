/**
 * The crash scenario shared by the SQLite and PostgreSQL tiers: the real server acknowledges
 * messages it has not answered yet, is killed with SIGKILL, and restarts on the same data; every
 * acknowledged message must then be answered exactly once, in order.
 *
 * What keeps the turns from running before the kill is an event, not timing: the first message
 * names an order, and the marketplace's case API (a server of this test) never answers the
 * lookup, so that turn is in progress and the four messages after it wait behind it in their
 * conversation. The kill comes once all five are acknowledged.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DirectLineTestClient, type DlActivity } from './directLineClient';
import { freePort, startServerProcess, type ServerProcess } from './serverProcess';

/** A case API that takes every request and never answers; `asked` resolves on the first one. */
async function silentCaseApi() {
  let heard: (path: string) => void = () => undefined;
  const asked = new Promise<string>((resolve) => (heard = resolve));
  const server = http.createServer((req) => heard(req.url ?? ''));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const QUESTIONS = [
  'how long do refunds take?',
  'which payment methods can I use?',
  'how do I change my delivery address?',
  'how do I cancel an order?',
];

/**
 * Runs the scenario against a server started with `env` (plus DATA_DIR and PORT) before and
 * after the crash; `afterCrash` is added to the restarted server's environment.
 */
export async function crashAfterAcknowledging(
  env: Record<string, string>,
  afterCrash: Record<string, string> = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-crash-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const cases = await silentCaseApi();
  const servers: ServerProcess[] = [];
  try {
    const first = await startServerProcess({
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      CASES_API_URL: cases.url,
      CASES_API_TIMEOUT_MS: '600000',
    });
    servers.push(first);
    const customer = await DirectLineTestClient.start(base);
    await customer.waitFor(/support assistant/);
    const posted = [await customer.say('where is my order KX-551234? it has not arrived')];
    expect(await cases.asked).toMatch(/KX-551234/);
    for (const q of QUESTIONS) posted.push(await customer.say(q));
    await first.crash();

    const { CASES_API_URL: _url, CASES_API_TIMEOUT_MS: _timeout, ...rest } = env;
    const second = await startServerProcess({
      ...rest,
      ...afterCrash,
      DATA_DIR: dataDir,
      PORT: String(port),
    });
    servers.push(second);
    // Turns of a conversation run in order: once this one is answered, every earlier one that
    // was going to run has run, and any second run of one would have come before it.
    const barrier = await customer.say('thank you');
    await customer.waitFor((a) => a.replyToId === barrier, 60_000);

    const replies = customer.seen.filter((a) => a.from.role === 'bot' && a.type === 'message');
    return { posted: [...posted, barrier], replies, log: second.log() };
  } finally {
    for (const s of servers) await s.crash();
    await cases.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every message answered, by one run of its turn, and the turns in the order of the messages. */
export function expectAnsweredOnceInOrder(posted: string[], replies: DlActivity[]): void {
  const answering = (id: string) => replies.filter((r) => r.replyToId === id);
  expect(posted.filter((id) => answering(id).length === 0)).toEqual([]);
  for (const id of posted) {
    const texts = answering(id).map((r) => r.text);
    // A second run of the same turn would say the same things again.
    expect(texts).toEqual([...new Set(texts)]);
  }
  // Each turn's replies all come before the next turn's: one at a time, in order.
  const order = replies.map((r) => posted.indexOf(r.replyToId ?? '')).filter((i) => i >= 0);
  expect(order).toEqual([...order].sort((a, b) => a - b));
}
