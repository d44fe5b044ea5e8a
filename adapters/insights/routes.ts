/**
 * The support lead's insights: `GET /agent/api/insights` (the open unanswered-question inbox,
 * grouped, and article ratings) and `POST /agent/api/insights/unanswered/handled`. Both need a
 * signed-in agent, read exactly as the agent API reads it; a 401 body never carries data.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import type { Agent, TicketStore } from '../../handoff/ports';
import { createQuestionKey, type QuestionKey } from '../../knowledge/insights';
import { loadSynonyms } from '../../knowledge/search/synonyms';
import { json, readJson } from '../agents/http';
import { MemorySessionRevocations, type SessionRevocations } from '../agents/revocations';
import { AgentSessions } from '../agents/sessions';
import type { FeedbackStore } from '../storage/feedback';
import type { UnansweredStore } from '../storage/unanswered';
import { mountInsightsPage } from './page';
import { buildReport } from './report';
import { fieldOf, handledBodySchema, insightsQuerySchema } from './schemas';

export interface InsightsDeps {
  unanswered: UnansweredStore;
  feedback: FeedbackStore;
  /** Closed tickets, for the survey's scores by agent and category. */
  tickets: Pick<TicketStore, 'listResolvedSince'>;
  /** The agent hub's session key: one sign-in for the console and this page. */
  signingKey: string;
  /** The hub's signed-out sessions, so a signed-out token opens this page no more than the console. */
  revocations?: SessionRevocations;
  logger: Logger;
  now?: () => Date;
  /** How questions are normalised for grouping; defaults to the search's vocabulary. */
  questionKey?: QuestionKey;
  /** Most rows read from each store per report. */
  maxRows?: number;
  /** Votes an article needs to be ranked among the worst. */
  minVotes?: number;
}

type Handler = (req: Request, res: Response, agent: Agent) => Promise<void>;

/** Mounts the insights API and page on `server`; call once from the composition root. */
export function mountInsights(server: Server, deps: InsightsDeps): void {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ component: 'insights' });
  const questionKey = deps.questionKey ?? createQuestionKey(loadSynonyms());
  const sessions = new AgentSessions(
    deps.signingKey,
    deps.revocations ?? new MemorySessionRevocations(),
    now,
  );

  const authed = (handler: Handler) => async (req: Request, res: Response) => {
    try {
      const session = await sessions.fromHeaders(req.headers as { authorization?: string; cookie?: string });
      if (!session) return json(res, 401, { error: 'unauthorized' });
      await handler(req, res, session.agent);
    } catch (err) {
      log.error('insights api failed', { err, route: req.getRoute?.()?.path });
      json(res, 500, { error: 'internal' });
    }
  };

  server.get(
    '/agent/api/insights',
    authed(async (req, res) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams;
      const query = insightsQuerySchema.safeParse({ days: params.get('days') ?? undefined });
      if (!query.success) return json(res, 400, { error: 'bad-request', ...fieldOf(query.error) });
      const report = await buildReport({ ...deps, questionKey }, query.data.days, now());
      json(res, 200, report);
    }),
  );

  server.post(
    '/agent/api/insights/unanswered/handled',
    authed(async (req, res, agent) => {
      const body = handledBodySchema.safeParse(await readJson(req));
      if (!body.success) return json(res, 400, { error: 'bad-request', ...fieldOf(body.error) });
      const marked = await deps.unanswered.markHandled(body.data.ids, body.data.note, now());
      log.info('unanswered questions handled', { agentId: agent.id, asked: body.data.ids.length, marked });
      json(res, 200, { marked });
    }),
  );

  mountInsightsPage(server);
}
