import { bucketOf, labelOf, turnCorrect } from './turnScore';

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
});
