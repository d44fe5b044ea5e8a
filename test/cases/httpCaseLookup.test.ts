import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCaseLookup } from '../../adapters/cases/httpCaseLookup';
import { CaseLookupError } from '../../adapters/cases/port';

/** A tiny marketplace stand-in: each test sets what `GET /cases/:id` answers. */
type Reply = { status: number; body: string; hang?: boolean };
let reply: (id: string) => Reply;
let requested: string[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').replace(/^\/api\/cases\//, ''));
    requested.push(req.url ?? '');
    const r = reply(id);
    if (r.hang) return; // never answers: the client's timeout must fire
    // Not chained: restify, loaded by other suites in the same worker, patches writeHead to return nothing.
    res.writeHead(r.status, { 'content-type': 'application/json' });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requested = [];
});

const record = {
  id: 'KX-100234',
  kind: 'order',
  process: 'delivery-dispatched',
  status: 'in_transit',
  closed: false,
  openedAt: '2026-11-20T09:00:00+00:00',
  lastUpdateAt: '2026-11-21T10:30:00Z',
  dispatchedByKx: true,
  carrier: 'ignored extra field',
};

function lookup(extra: Partial<ConstructorParameters<typeof HttpCaseLookup>[0]> = {}): HttpCaseLookup {
  return new HttpCaseLookup({ baseUrl, timeoutMs: 2000, ...extra });
}

async function failure(p: Promise<unknown>): Promise<CaseLookupError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CaseLookupError);
  return err as CaseLookupError;
}

describe('HttpCaseLookup', () => {
  it('when the marketplace returns a valid record, then find returns the facts with instants normalised', async () => {
    reply = () => ({ status: 200, body: JSON.stringify(record) });
    const facts = await lookup().find(' KX-100234 ');
    expect(requested).toEqual(['/api/cases/KX-100234']);
    expect(facts).toEqual({
      id: 'KX-100234',
      kind: 'order',
      process: 'delivery-dispatched',
      status: 'in_transit',
      closed: false,
      openedAt: '2026-11-20T09:00:00.000Z',
      lastUpdateAt: '2026-11-21T10:30:00.000Z',
      dispatchedByKx: true,
    });
  });

  it('when the id contains a slash, then it is sent encoded in one path segment', async () => {
    reply = () => ({ status: 404, body: '{}' });
    await lookup().find('D/55 21');
    expect(requested).toEqual(['/api/cases/D%2F55%2021']);
  });

  it('when the marketplace answers 404, then find returns null', async () => {
    reply = () => ({ status: 404, body: '{"error":"not found"}' });
    await expect(lookup().find('KX-999')).resolves.toBeNull();
  });

  it('when the marketplace answers 500, then find rejects with reason http-status', async () => {
    reply = () => ({ status: 500, body: 'oops' });
    expect((await failure(lookup().find('KX-1'))).reason).toBe('http-status');
  });

  it('when the body is not JSON, then find rejects with reason invalid-json', async () => {
    reply = () => ({ status: 200, body: '<html>maintenance</html>' });
    expect((await failure(lookup().find('KX-100234'))).reason).toBe('invalid-json');
  });

  it('when a field has the wrong type, then the error names that field', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ ...record, openedAt: 'last tuesday' }) });
    const err = await failure(lookup().find('KX-100234'));
    expect(err.reason).toBe('invalid-record');
    expect(err.field).toBe('openedAt');
    expect(err.message).toContain('"openedAt"');
  });

  it('when a required field is missing, then the error names it', async () => {
    const { dispatchedByKx: _omit, ...partial } = record;
    reply = () => ({ status: 200, body: JSON.stringify(partial) });
    expect((await failure(lookup().find('KX-100234'))).field).toBe('dispatchedByKx');
  });

  it('when the process is not a known timeline, then the error names process', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ ...record, process: 'teleportation' }) });
    const err = await failure(
      lookup({ processes: ['delivery-dispatched', 'dispute-review'] }).find('KX-100234'),
    );
    expect(err.field).toBe('process');
  });

  it('when the record is for another id, then the error names id', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ ...record, id: 'KX-1' }) });
    expect((await failure(lookup().find('KX-100234'))).field).toBe('id');
  });

  it('when the marketplace does not answer in time, then find rejects with reason timeout', async () => {
    reply = () => ({ status: 200, body: '', hang: true });
    expect((await failure(lookup({ timeoutMs: 50 }).find('KX-100234'))).reason).toBe('timeout');
  });

  it('when the host refuses the connection, then find rejects with reason network', async () => {
    const closed = new HttpCaseLookup({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 2000 });
    expect((await failure(closed.find('KX-1'))).reason).toBe('network');
  });

  it('when a fetch is injected, then it is used with the headers given', async () => {
    const seen: Array<{ url: string; headers: unknown }> = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), headers: init?.headers });
      return new Response(JSON.stringify(record), { status: 200 });
    };
    const facts = await new HttpCaseLookup({
      baseUrl: 'https://market.example/api',
      timeoutMs: 1000,
      fetch: fakeFetch,
      headers: { authorization: 'Bearer t' },
    }).find('KX-100234');
    expect(facts?.id).toBe('KX-100234');
    expect(seen).toEqual([
      {
        url: 'https://market.example/api/cases/KX-100234',
        headers: { accept: 'application/json', authorization: 'Bearer t' },
      },
    ]);
  });
});
