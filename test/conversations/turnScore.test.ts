import { bucketOf, evalConversationSchema, labelOf, turnCorrect } from './turnScore';

describe('scoring a turn of an evaluation conversation', () => {
  it('reads the label from the triage decision', () => {
    expect(labelOf({ outcome: 'answer', topic: 'refund-processing-times', category: null })).toBe(
      'answer:refund-processing-times',
    );
    expect(labelOf({ outcome: 'escalate', topic: null, category: 'dispute-chargeback' })).toBe(
      'escalate:dispute-chargeback',
    );
    expect(labelOf({ outcome: 'out_of_scope' })).toBe('out-of-scope');
    expect(labelOf(undefined)).toBe('none');
  });

  it('counts overlapping Help Center topics as one, as score_triage.py does', () => {
    expect(turnCorrect('answer:order-status', 'answer:shipping-tracking')).toBe(true);
    expect(turnCorrect('answer:returns-refunds', 'answer:refund-processing-times')).toBe(true);
    expect(turnCorrect('answer:order-status', 'answer:returns-refunds')).toBe(false);
  });

  it('lets a bare request for a human be walked through, and nothing else', () => {
    expect(turnCorrect('answer:contact-support', 'triage')).toBe(true);
    expect(turnCorrect('answer:disputes', 'triage')).toBe(false);
  });

  it('accepts any of a list, anything for "any", and never a missing decision otherwise', () => {
    expect(turnCorrect(['wait', 'calm'], 'calm')).toBe(true);
    expect(turnCorrect(['wait', 'calm'], 'escalate:stalled')).toBe(false);
    expect(turnCorrect('any', 'none')).toBe(true);
    expect(turnCorrect('out_of_scope', 'out-of-scope')).toBe(true);
    expect(turnCorrect('wait', 'none')).toBe(false);
  });

  it('counts a turn under its first accepted label', () => {
    expect(bucketOf(['answer:disputes', 'wait'])).toBe('answer');
    expect(bucketOf('escalate:security')).toBe('escalate:security');
  });

  it("reads the conversation's clock in UTC or with an offset, and names a clock that is not a time", () => {
    const turns = [{ user: 'hi', expected: 'any' }];
    expect(evalConversationSchema.safeParse({ id: 'a', now: '2027-04-14T17:40:00Z', turns }).success).toBe(
      true,
    );
    expect(
      evalConversationSchema.safeParse({ id: 'b', now: '2027-04-14T17:40:00+01:00', turns }).success,
    ).toBe(true);
    const bad = evalConversationSchema.safeParse({ id: 'c', now: 'next tuesday', turns });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['now']);
  });
});
