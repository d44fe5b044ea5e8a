import { ActivityTypes } from 'botbuilder';
import { createHarness, textOf, triageOf } from '../support/botHarness';

describe('a message that is only a file', () => {
  it('is acknowledged and the person is asked what it is about; an empty postBack stays silent', async () => {
    const harness = createHarness({ now: new Date('2026-11-23T12:00:00Z') });
    await harness.adapter.receiveActivity({
      type: ActivityTypes.Message,
      attachments: [
        {
          contentType: 'image/png',
          contentUrl: 'https://bot.example/v3/directline/attachments/a1',
          name: 'parcel.png',
        },
      ],
    });
    const replies = harness.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
    expect(textOf(replies)).toContain("I've got your file. What is it about?");
    expect(triageOf(replies)).toMatchObject({ outcome: 'clarify' });

    await harness.adapter.receiveActivity({ type: ActivityTypes.Message, value: { action: 'noop' } });
    expect(harness.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message)).toEqual([]);
  });
});
