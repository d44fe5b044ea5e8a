/** The per-turn decision log: one line and one record per customer turn, with the decision and its reason. */
import { TestAdapter, type TurnContext } from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import { decisionLog } from '../../bot/decisionLog';
import { HANDOFF_RESULT_KEY, HELD_TICKET_KEY } from '../../bot/handoff/relayMiddleware';
import type { DecisionRecord } from '../../knowledge/insights/decisionRecord';

type Line = { msg: string; fields?: Record<string, unknown> };

function recordingLogger(lines: Line[]): Logger {
  const log: Logger = {
    debug: () => undefined,
    info: (msg, fields) => lines.push({ msg, fields }),
    warn: () => undefined,
    error: () => undefined,
    child: () => log,
  };
  return log;
}

const triage = {
  outcome: 'escalate',
  topic: null,
  category: 'security',
  confidence: 0.93,
  reason: 'security-signal',
  evidence: { intent: 'escalate:security', score: 0.93, detail: 'escalate:security 0.93, guard "hacked"' },
};
const AT = new Date('2026-11-23T10:00:00.000Z');

function setup(logic: (context: TurnContext) => Promise<void>) {
  const lines: Line[] = [];
  const records: DecisionRecord[] = [];
  let clock = 0;
  const adapter = new TestAdapter(async (context: TurnContext) => {
    clock += 4;
    await logic(context);
  }).use(
    decisionLog({
      logger: recordingLogger(lines),
      sinks: [(r) => records.push(r)],
      now: () => clock,
      clock: () => AT,
    }),
  );
  return { adapter, lines, records };
}

describe('decisionLog', () => {
  it('when a reply carries a decision, then the turn logs one line with the decision and its reason', async () => {
    const { adapter, lines, records } = setup(async (context) => {
      await context.sendActivity({ type: 'message', text: 'first', channelData: { triage } });
    });
    await adapter.send('my account was hacked').assertReply('first');
    expect(lines).toEqual([
      {
        msg: 'turn',
        fields: expect.objectContaining({
          channel: 'test',
          outcome: 'escalate',
          category: 'security',
          reason: 'security-signal',
          evidence: triage.evidence,
          ticket: null,
          ms: 4,
        }),
      },
    ]);
    expect(records).toEqual([
      expect.objectContaining({
        at: AT.toISOString(),
        outcome: 'escalate',
        category: 'security',
        latencyMs: 4,
      }),
    ]);
    expect(JSON.stringify([lines, records])).not.toContain('my account was hacked');
  });

  it('when the turn opens a ticket, then the line and the record name it as opened', async () => {
    const { adapter, lines, records } = setup(async (context) => {
      context.turnState.set(HANDOFF_RESULT_KEY, { ticket: { ticketId: 'T-1' }, attached: false });
      await context.sendActivity({ type: 'message', text: 'passed on', channelData: { triage } });
    });
    await adapter.send('hacked').assertReply('passed on');
    expect(lines[0].fields).toMatchObject({ ticket: 'T-1' });
    expect(records[0]).toMatchObject({ ticketId: 'T-1', ticketOpened: true });
  });

  it('when an agent holds the conversation, then the turn is recorded as relayed to that ticket', async () => {
    const { adapter, records } = setup(async (context) => {
      context.turnState.set(HELD_TICKET_KEY, 'T-9');
    });
    await adapter.send('hello agent');
    expect(records).toEqual([
      expect.objectContaining({ outcome: 'relayed', ticketId: 'T-9', ticketOpened: false }),
    ]);
  });

  it('when no reply carries a decision, then the turn still logs one line, with no outcome', async () => {
    const { adapter, lines, records } = setup(async (context) => {
      await context.sendActivity('hello');
    });
    await adapter.send('hi').assertReply('hello');
    expect(lines).toHaveLength(1);
    expect(lines[0].fields).toMatchObject({ outcome: null, ticket: null });
    expect(records[0].outcome).toBeNull();
  });

  it('when the activity is not a message, then nothing is logged', async () => {
    const { adapter, lines } = setup(async () => undefined);
    await adapter.send({ type: 'event', name: 'ping' });
    expect(lines).toEqual([]);
  });
});
