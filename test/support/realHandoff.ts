/**
 * The real handoff side for conversation tests: ticket store on in-memory SQLite, the service,
 * the relay middleware (registered on the test adapter) and the dialogs' port. The handoff.initiate
 * events an external hub would receive are recorded, and an agent can claim and close tickets.
 */
import type { Activity } from 'botbuilder';
import Database from 'better-sqlite3';
import { silentLogger } from '../../adapters/logger';
import { createHandoff, type HandoffParts } from '../../bot/handoff/createHandoff';
import type { Assistant } from '../../knowledge/assistant/types';
import type { KnowledgeBase } from '../../knowledge/kb/loader';

export const AGENT = { id: 'alice', name: 'Alice' };

export interface RealHandoff {
  parts: HandoffParts;
  /** `value` of every handoff.initiate sent to the hub, oldest first. */
  initiates: Array<Record<string, unknown>>;
  /** The agent takes the newest pending ticket, or closes the one they hold. */
  agent(action: 'claim' | 'resolve'): Promise<void>;
}

export async function realHandoff(
  kb: KnowledgeBase,
  assistant: Assistant,
  now: () => Date,
): Promise<RealHandoff> {
  const initiates: Array<Record<string, unknown>> = [];
  let held: string | undefined;
  const parts = await createHandoff({
    db: new Database(':memory:'),
    policy: kb.policy,
    appId: '',
    logger: silentLogger,
    now,
    forwardInitiate: async (event: Partial<Activity>) =>
      void initiates.push(event.value as Record<string, unknown>),
    isSecurityIncident: (text) => {
      const a = assistant.assess(text, { now: now() });
      return a.kind === 'escalate' && a.category === 'security';
    },
  });
  return {
    parts,
    initiates,
    async agent(action) {
      if (action === 'claim') {
        const [next] = await parts.store.listQueue();
        if (!next) throw new Error('agent claim: the queue is empty');
        const r = await parts.service.claim(next.ticketId, AGENT);
        if (!r.ok) throw new Error(`agent claim refused: ${r.reason}`);
        held = next.ticketId;
        return;
      }
      if (!held) throw new Error('agent resolve: no ticket held');
      const r = await parts.service.resolve(held, AGENT, 'Sorted out with the customer');
      if (!r.ok) throw new Error(`agent resolve refused: ${r.reason}`);
      held = undefined;
    },
  };
}
