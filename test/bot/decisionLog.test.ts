/** The per-turn decision log: one line with the decision and its reason, none for turns without one. */
import { TestAdapter, type TurnContext } from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import { decisionLog } from '../../bot/decisionLog';

function recordingLogger(lines: Array<{ msg: string; fields?: Record<string, unknown> }>): Logger {
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

describe('decisionLog', () => {
  it('when a reply carries a decision, then the turn logs one line with the decision and its reason', async () => {
    const lines: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
    let clock = 0;
    const adapter = new TestAdapter(async (context: TurnContext) => {
      clock += 4;
      await context.sendActivity({ type: 'message', text: 'first', channelData: { triage } });
    }).use(decisionLog(recordingLogger(lines), () => clock));
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
          ms: 4,
        }),
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('my account was hacked');
  });

  it('when no reply carries a decision, then nothing is logged', async () => {
    const lines: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      await context.sendActivity('hello');
    }).use(decisionLog(recordingLogger(lines)));
    await adapter.send('hi').assertReply('hello');
    expect(lines).toEqual([]);
  });
});
