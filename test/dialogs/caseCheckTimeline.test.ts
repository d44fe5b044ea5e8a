import { createHarness, textOf, triageOf } from '../support/botHarness';

describe('the case check, when no number or date comes back', () => {
  it('explains the process timeline as an answer from its article, with the decision in channelData.triage', async () => {
    const harness = createHarness({ now: new Date('2026-11-23T12:00:00Z') });
    // A process named with no start: the article, then the order number or when it started.
    const asked = await harness.say('my refund still has not arrived');
    expect(textOf(asked)).toContain('order or case number');
    const told = await harness.say("I don't know");
    expect(textOf(told)).toContain('normally takes');
    expect(triageOf(told)).toMatchObject({
      outcome: 'answer',
      topic: 'refund-processing-times',
      reason: 'timeline-explained',
    });
  });
});
