/**
 * The support lead's dashboard: `GET /agent/api/dashboard` (figures, tables and their
 * definitions as JSON) and `GET /agent/api/dashboard.csv?table=…` (one table as CSV, personal
 * data masked). Both need a signed-in agent, read exactly as the agent API reads it; a 401 body
 * never carries data.
 */
import type { Request, Response, Server } from 'restify';
import { toCsv } from '../../knowledge/insights/csv';
import { createQuestionKey, type QuestionKey } from '../../knowledge/insights';
import { loadSynonyms } from '../../knowledge/search/synonyms';
import { json } from '../agents/http';
import { MemorySessionRevocations, type SessionRevocations } from '../agents/revocations';
import { AgentSessions } from '../agents/sessions';
import { fieldOf } from '../insights/schemas';
import type { Logger } from '../logger';
import type { DecisionStore } from '../storage/decisions';
import type { FeedbackStore } from '../storage/feedback';
import type { UnansweredStore } from '../storage/unanswered';
import type { TicketReports } from '../tickets/ticketReports';
import { mountDashboardPage } from './page';
import { readDashboard } from './report';
import { csvQuerySchema, dashboardQuerySchema } from './schemas';

export interface DashboardDeps {
  decisions: DecisionStore;
  tickets: TicketReports;
  feedback: FeedbackStore;
  unanswered: UnansweredStore;
  /** The agent hub's session key: one sign-in for the console, insights and this page. */
  signingKey: string;
  revocations?: SessionRevocations;
  logger: Logger;
  now?: () => Date;
  questionKey?: QuestionKey;
  minVotes?: number;
}

const queryOf = (req: Request) => {
  const params = new URL(req.url ?? '', 'http://localhost').searchParams;
  return Object.fromEntries([...params].filter(([k]) => ['days', 'channel', 'table'].includes(k)));
};

/** Mounts the dashboard API and page on `server`; call once from the composition root. */
export function mountDashboard(server: Server, deps: DashboardDeps): void {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ component: 'dashboard' });
  const sources = { ...deps, questionKey: deps.questionKey ?? createQuestionKey(loadSynonyms()) };
  const sessions = new AgentSessions(
    deps.signingKey,
    deps.revocations ?? new MemorySessionRevocations(),
    now,
  );

  const authed =
    (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        const session = await sessions.fromHeaders(
          req.headers as { authorization?: string; cookie?: string },
        );
        if (!session) return json(res, 401, { error: 'unauthorized' });
        await handler(req, res);
      } catch (err) {
        log.error('dashboard api failed', { err, route: req.getRoute?.()?.path });
        json(res, 500, { error: 'internal' });
      }
    };

  server.get(
    '/agent/api/dashboard',
    authed(async (req, res) => {
      const query = dashboardQuerySchema.safeParse(queryOf(req));
      if (!query.success) return json(res, 400, { error: 'bad-request', ...fieldOf(query.error) });
      json(res, 200, await readDashboard(sources, query.data, now()));
    }),
  );

  server.get(
    '/agent/api/dashboard.csv',
    authed(async (req, res) => {
      const query = csvQuerySchema.safeParse(queryOf(req));
      if (!query.success) return json(res, 400, { error: 'bad-request', ...fieldOf(query.error) });
      const { tables } = await readDashboard(sources, query.data, now());
      const table = tables[query.data.table];
      const name = `kx-${query.data.table}-${query.data.days}d-${query.data.channel ?? 'all'}.csv`;
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      });
      res.end(toCsv(table.headers, table.rows));
    }),
  );

  mountDashboardPage(server);
}
