/** A real restify server with the insights mounted over in-memory SQLite stores, seeded per test. */
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { silentLogger } from '../../adapters/logger';
import { mountInsights } from '../../adapters/insights';
import { issueSession } from '../../adapters/agents/session';
import { openSqlite, type SqliteDatabase } from '../../adapters/storage/sqlite';
import { SqliteFeedbackStore } from '../../adapters/storage/feedback';
import { SqliteUnansweredStore } from '../../adapters/storage/unanswered';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { createQuestionKey } from '../../knowledge/insights';
import { SYNONYMS } from './fixtures';

export const KEY = 'insights-test-signing-key-0123456789abcdef';
export const NOW = new Date('2026-11-23T10:00:00.000Z');
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

export interface Running {
  server: Server;
  db: SqliteDatabase;
  unanswered: SqliteUnansweredStore;
  feedback: SqliteFeedbackStore;
  tickets: SqliteTicketStore;
  base: string;
  token: string;
  close(): Promise<void>;
}

export async function start(): Promise<Running> {
  const db = openSqlite(':memory:');
  const unanswered = new SqliteUnansweredStore(db);
  const feedback = new SqliteFeedbackStore(db);
  const tickets = new SqliteTicketStore(db);
  const server = restify.createServer();
  mountInsights(server, {
    unanswered,
    feedback,
    tickets,
    signingKey: KEY,
    logger: silentLogger,
    now: () => NOW,
    questionKey: createQuestionKey(SYNONYMS),
    minVotes: 2,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = issueSession({ id: 'lead', name: 'Lead' }, KEY, NOW);
  return {
    server,
    db,
    unanswered,
    feedback,
    tickets,
    base,
    token,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      db.close();
    },
  };
}

export async function call(
  r: Running,
  path: string,
  opts: { token?: string; cookie?: string; body?: unknown; rawBody?: string } = {},
) {
  const post = opts.body !== undefined || opts.rawBody !== undefined;
  const res = await fetch(`${r.base}${path}`, {
    method: post ? 'POST' : 'GET',
    headers: {
      ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.cookie ? { Cookie: opts.cookie } : {}),
      'Content-Type': 'application/json',
    },
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  return { status: res.status, text, json: isJson ? JSON.parse(text) : undefined, headers: res.headers };
}

export async function seed(r: Running) {
  const ask = (text: string, at: Date, proposed: string[] = []) =>
    r.unanswered.record({ text, at, topCandidates: proposed.map((id, i) => ({ id, score: -i })) });
  await ask('Where is my parcel?', daysAgo(3), ['shipping-tracking', 'order-status']);
  await ask('where is my PACKAGE', daysAgo(1), ['shipping-tracking']);
  await ask('Do you sell parrots?', daysAgo(2));
  await ask('an old question about gift cards', daysAgo(45));
  const rate = (articleId: string, helpful: boolean, text: string, at: Date) =>
    r.feedback.record({ conversationId: 'c1', articleId, helpful, text, at });
  await rate('refund-processing-times', false, 'how long is my refund', daysAgo(2));
  await rate('refund-processing-times', false, 'refund still missing', daysAgo(1));
  await rate('refund-processing-times', true, 'refund time', daysAgo(1));
  await rate('order-status', true, 'what does shipped mean', daysAgo(1));
  await rate('order-status', true, 'what does pending mean', daysAgo(2));
  await rate('disputes', false, 'an old dispute question', daysAgo(60));
}
