/** Scoring semantics match ../shared/eval/score_triage.py (the hidden set's judge). */
import { isCorrect, scoreRun } from '../../../knowledge/triage/score';

describe('isCorrect', () => {
  it('when topics are in one group, then the answer counts as right', () => {
    expect(isCorrect('answer:order-status', { outcome: 'answer', topic: 'delivery-timelines' })).toBe(true);
    expect(isCorrect('answer:returns-refunds', { outcome: 'answer', topic: 'refund-processing-times' })).toBe(
      true,
    );
  });
  it('when a bare human request is walked through or clarified, then it counts as right', () => {
    expect(isCorrect('answer:contact-support', { outcome: 'triage' })).toBe(true);
    expect(isCorrect('answer:contact-support', { outcome: 'clarify' })).toBe(true);
    expect(isCorrect('answer:cancel-order', { outcome: 'triage' })).toBe(false);
  });
  it('when the label uses an underscore, then it still compares equal', () => {
    expect(isCorrect('out_of_scope', { outcome: 'out_of_scope' })).toBe(true);
  });
});

describe('scoreRun', () => {
  it('when a bare human request is rightly walked through, then it is a true answer and precision stays at most 1', () => {
    const r = scoreRun(
      [{ expected: 'answer:contact-support' }, { expected: 'answer:cancel-order' }],
      [{ outcome: 'triage' }, { outcome: 'answer', topic: 'cancel-order' }],
    );
    expect(r.rows.find((row) => row.bucket === 'answer')).toMatchObject({ recall: 1, precision: 1 });
  });

  it('when a non-escalation line is escalated, then it counts as a false escalation', () => {
    const r = scoreRun(
      [{ expected: 'calm' }, { expected: 'escalate:security' }],
      [
        { outcome: 'escalate', category: 'stalled' },
        { outcome: 'escalate', category: 'security' },
      ],
    );
    expect(r).toMatchObject({ falseEscalationRate: 1, securityRecall: 1, accuracy: 0.5 });
    expect(r.confusion.get('calm')?.get('escalate:stalled')).toBe(1);
  });
  it('when prediction and gold lengths differ, then it throws', () => {
    expect(() => scoreRun([{ expected: 'calm' }], [])).toThrow(/1 inputs/);
  });
});
