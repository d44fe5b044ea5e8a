/** The batch protocol: bad lines get an `error` and the run goes on; stdout carries only JSONL. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { judgeLine, type Triage } from '../../../knowledge/triage';

const fakeTriage: Triage = {
  judge: (text) => ({
    outcome: 'answer',
    topic: 'order-status',
    category: null,
    confidence: 0.9,
    decision: {
      kind: 'answer',
      articleId: 'order-status',
      reason: 'help-center-topic',
      detail: text,
      intent: { name: 'topic:order-status', score: 0.9 },
      confidence: 0.9,
    },
    understanding: {} as never,
  }),
};

describe('judgeLine', () => {
  it('when the line is not JSON, then the output names the line and the run goes on', () => {
    expect(judgeLine('{oops', 3, fakeTriage)).toMatchObject({
      id: null,
      outcome: null,
      error: 'line 3: not valid JSON',
    });
  });
  it('when text is missing, then the error names the field and keeps the id', () => {
    const out = judgeLine('{"id": "a1"}', 1, fakeTriage);
    expect(out).toMatchObject({ id: 'a1', outcome: null });
    expect(out.error).toMatch(/^line 1: text: /);
  });
  it('when text is not a string, then the line gets an error', () => {
    expect(judgeLine('{"text": 42}', 2, fakeTriage).error).toMatch(/text/);
  });
  it('when a line says when it was sent ("now"), then it is judged on that day; a bad "now" is named and judged on nothing', () => {
    const seen: (Date | undefined)[] = [];
    const clocked: Triage = { judge: (text, now) => (seen.push(now), fakeTriage.judge(text, now)) };
    judgeLine('{"id": 1, "text": "refund approved on the 1st", "now": "2027-03-08T10:00:00Z"}', 1, clocked);
    expect(seen[0]?.toISOString()).toBe('2027-03-08T10:00:00.000Z');
    expect(judgeLine('{"id": 2, "text": "hi", "now": "last monday"}', 2, clocked)).toMatchObject({
      id: 2,
      outcome: null,
      error: 'line 2: now: expected "now" to be an ISO 8601 date-time with an offset',
    });
    expect(seen).toHaveLength(1);
  });
  it('when the line is good, then it carries id, text, outcome, topic, category, confidence', () => {
    expect(judgeLine('{"id": 7, "text": "where is my order"}', 1, fakeTriage)).toEqual({
      id: 7,
      text: 'where is my order',
      outcome: 'answer',
      topic: 'order-status',
      category: null,
      confidence: 0.9,
    });
  });
});

describe('triage command', () => {
  it('when given good and bad lines, then it writes one JSON line each and nothing else', () => {
    const root = path.join(__dirname, '../../..');
    const input = [
      '{"id": 1, "text": "how do I cancel my order?"}',
      'not json',
      '{"id": 3}',
      '{"text": "my account was hacked"}',
      '',
    ].join('\n');
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['knowledge/cli/triage.ts'], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 1, outcome: 'answer', topic: 'cancel-order' });
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 3 });
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: null, outcome: 'escalate', category: 'security' });
  });
});
