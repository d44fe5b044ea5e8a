import { freshMemory, isNewQuestion, step, type ConversationMemory } from '../../../knowledge/conversation';
import {
  confidentIntent,
  isBareFollowUp,
  leansOnLastTopic,
  staysOnCase,
  vents,
} from '../../../knowledge/conversation/intent';
import type { Decision } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { realUnderstand } from '../../support/understanding';

const understand = realUnderstand();

const NOW = new Date('2026-12-07T12:00:00Z');

/** A reading with the learned intent set by the test, whatever the model says. */
const withIntent = (text: string, name: string, confidence: number): Understanding =>
  Object.assign(understand(text, { now: NOW }), {
    intent: { name, confidence, ranking: [{ name, confidence }] },
  });

describe('the learned intent', () => {
  it('when a few words read "not ours" below 0.8 follow an escalation, then they stay on the case; a sure "not ours" leaves it', () => {
    const open = { category: 'dispute-chargeback' as const, articles: ['disputes'] };
    expect(staysOnCase(withIntent('should i open another one', 'out_of_scope', 0.64), open)).toBe(true);
    expect(staysOnCase(withIntent('who won the match last night', 'out_of_scope', 0.95), open)).toBe(false);
  });

  it("when an open case gets a list of its orders the model half-reads as a compromise, then it stays on the case; with the guard's words it does not", () => {
    const open = { category: 'dispatch' as const, articles: ['dispatched-by-kingston-express'] };
    const orders = withIntent(
      'Orders 7710-3301 (red kettle, to Leeds) and 7710-3305 (white kettle, to Bath)',
      'escalate:security',
      0.74,
    );
    expect(orders.securityGuard).toBeNull();
    expect(staysOnCase(orders, open)).toBe(true);
    const guarded = withIntent(
      'order 7710-3301 was placed by someone else, not me',
      'escalate:security',
      0.74,
    );
    expect(staysOnCase(guarded, open)).toBe(false);
  });

  it('when the likeliest reading is the feeling itself, then it vents however mildly typed, unless it asks what would happen', () => {
    expect(vents(withIntent('but that is ages, I need that money this week', 'calm', 0.41))).toBe(true);
    expect(vents(withIntent('and if it still is not there by Thursday?', 'calm', 0.36))).toBe(false);
    expect(vents(withIntent('but that is ages, I need that money this week', 'out_of_scope', 0.41))).toBe(
      false,
    );
  });

  it('when a complaint is said in words and the model is unsure what it is, then it vents; a sure topic does not', () => {
    expect(
      vents(withIntent('this is so annoying, why does it take so long', 'topic:returns-refunds', 0.45)),
    ).toBe(true);
    expect(
      vents(withIntent('this is so annoying, why does it take so long', 'topic:returns-refunds', 0.9)),
    ).toBe(false);
    expect(vents(withIntent('why does it take so long', 'topic:returns-refunds', 0.45))).toBe(false);
  });

  it('when the intent is confident, then its name is read; when it is not, then nothing is', () => {
    expect(confidentIntent(withIntent('hmm', 'status', 0.9))).toBe('status');
    expect(confidentIntent(withIntent('hmm', 'status', 0.4))).toBeUndefined();
    expect(confidentIntent(withIntent('hmm', 'status', 0.2))).toBeUndefined();
  });

  it('when a wording the phrase lists miss is a confident "status", then it repeats the last status', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'dispute-review',
      startedAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString(),
      lastStatus: {
        outcome: 'wait',
        reason: 'within-timeline',
        due: '2026-12-18T00:00:00.000Z',
        at: NOW.toISOString(),
      },
    };
    const wait: Decision = {
      kind: 'wait',
      process: 'dispute-review',
      due: new Date('2026-12-18T00:00:00.000Z'),
      reason: 'within-timeline',
      detail: '',
      intent: { name: 'test', score: 1 },
      confidence: 0.88,
    };
    const text = 'has that dispute thing moved at all';
    const { decision } = step(
      memory,
      { text, u: withIntent(text, 'status', 0.85) },
      { now: NOW, facts: null, decide: () => wait },
    );
    expect(decision).toMatchObject({ kind: 'rule', context: 'follow-up-same-status' });
  });

  it('when a question the cues miss is a confident topic, then it is a new question, not an answer', () => {
    const u = withIntent('could the parcel go to my office?', 'topic:change-address', 0.8);
    expect(isNewQuestion(u)).toBe(true);
  });

  it('when a short message brings no case, date or other topic, then it is a bare follow-up on the answer', () => {
    expect(isBareFollowUp(withIntent('why not?', 'calm', 0.9), 'cancel-order')).toBe(true);
    expect(
      isBareFollowUp(
        withIntent('weekly or every 2 weeks?', 'escalate:stalled', 0.9),
        'seller-payouts-schedule',
      ),
    ).toBe(true);
    expect(isBareFollowUp(withIntent('and sellers?', 'topic:disputes', 0.4), 'disputes')).toBe(true);
  });

  it('when a short message names its own topic, a date, or talks to the bot, then it is not a bare follow-up', () => {
    expect(
      isBareFollowUp(withIntent('how do I change my address', 'topic:change-address', 0.9), 'cancel-order'),
    ).toBe(false);
    expect(
      isBareFollowUp(withIntent('it has been 6 weeks', 'escalate:stalled', 0.9), 'refund-processing-times'),
    ).toBe(false);
    expect(isBareFollowUp(withIntent('thanks', 'thanks', 0.95), 'cancel-order')).toBe(false);
    expect(
      isBareFollowUp(withIntent('whats the weather tomorrow', 'out_of_scope', 0.9), 'cancel-order'),
    ).toBe(false);
    expect(
      isBareFollowUp(
        withIntent('ok but what happens to my money if the parcel never arrives at all', 'calm', 0.9),
        'cancel-order',
      ),
    ).toBe(false);
  });

  it('when the model is unsure and still gives the topic just answered some weight, then the message leans on that topic', () => {
    const unsure = Object.assign(
      understand('how long does the transfer take to reach my bank?', { now: NOW }),
      {
        intent: {
          name: 'topic:refund-processing-times',
          confidence: 0.46,
          ranking: [
            { name: 'topic:refund-processing-times', confidence: 0.46 },
            { name: 'topic:seller-payouts-schedule', confidence: 0.21 },
          ],
        },
      },
    );
    expect(leansOnLastTopic(unsure, 'seller-payouts-schedule')).toBe(true);
    // The topic just answered is nowhere in the reading: the message is about something else.
    expect(leansOnLastTopic(unsure, 'cancel-order')).toBe(false);
    // A confident reading speaks for itself.
    expect(
      leansOnLastTopic(
        withIntent('do you ship to Norway?', 'topic:shipping-tracking', 0.9),
        'shipping-tracking',
      ),
    ).toBe(false);
  });

  it('when a few words read as "not ours" below 0.8, then they lean on the last topic; surer ("who won the match"), or longer, they do not', () => {
    expect(
      leansOnLastTopic(withIntent('trakin link dosnt work tho', 'out_of_scope', 0.73), 'order-status'),
    ).toBe(true);
    expect(leansOnLastTopic(withIntent('who won the match', 'out_of_scope', 0.85), 'order-status')).toBe(
      false,
    );
    expect(
      leansOnLastTopic(
        withIntent('can you recommend a nice restaurant near the station in Leeds', 'out_of_scope', 0.7),
        'order-status',
      ),
    ).toBe(false);
  });

  it('when an unsure message brings a date of its own, then it does not lean on the last topic', () => {
    const dated = Object.assign(understand('I asked for it 3 weeks ago', { now: NOW }), {
      intent: {
        name: 'calm',
        confidence: 0.3,
        ranking: [
          { name: 'calm', confidence: 0.3 },
          { name: 'topic:refund-processing-times', confidence: 0.25 },
        ],
      },
    });
    expect(leansOnLastTopic(dated, 'refund-processing-times')).toBe(false);
  });

  it('when an unsure message points back ("how do I sign up for it") or reads as unsure "not ours", then it leans on the last topic', () => {
    const unsure = (text: string, name: string, confidence: number) =>
      Object.assign(understand(text, { now: NOW }), {
        intent: { name, confidence, ranking: [{ name, confidence }] },
      });
    expect(
      leansOnLastTopic(
        unsure('how do I sign up for it', 'topic:account-settings', 0.69),
        'dispatched-by-kingston-express',
      ),
    ).toBe(true);
    expect(
      leansOnLastTopic(
        unsure('will I get my money back or a new one', 'out_of_scope', 0.38),
        'missing-or-damaged-item',
      ),
    ).toBe(true);
    expect(
      leansOnLastTopic(unsure('do you sell gift cards', 'topic:payment-methods', 0.5), 'cancel-order'),
    ).toBe(false);
  });

  it('when the bot waits for an order number and a question reads as surely out of scope, then it is a new question', () => {
    const oos = withIntent('btw know any good pizza places?', 'out_of_scope', 0.69);
    expect(isNewQuestion(oos)).toBe(true);
    expect(isNewQuestion(withIntent('no idea sorry', 'out_of_scope', 0.69))).toBe(false);
  });
});
