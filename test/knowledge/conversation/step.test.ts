import {
  freshMemory,
  step,
  type ConversationMemory,
  type StepContext,
} from '../../../knowledge/conversation';
import type { Decision } from '../../../knowledge/rule';
import type { CaseFacts } from '../../../knowledge/types';
import type { Understanding } from '../../../knowledge/understand';
import { realUnderstand } from '../../support/understanding';

const understand = realUnderstand();

const NOW = new Date('2026-12-07T12:00:00Z');
const DAY = 86_400_000;

/** The rule as a recorder: says what it was given, so a test sees how the step read the message. */
function recordingRule(answer: (u: Understanding, facts: CaseFacts | null) => Decision) {
  const seen: Array<{ u: Understanding; facts: CaseFacts | null }> = [];
  return {
    seen,
    decide: (u: Understanding, facts: CaseFacts | null) => {
      seen.push({ u, facts });
      return answer(u, facts);
    },
  };
}

/** The step's context with the recording rule, and whatever else a test gives it. */
function contextOf(rule: ReturnType<typeof recordingRule>, more: Partial<StepContext> = {}): StepContext {
  return { now: NOW, facts: null, decide: rule.decide, ...more };
}

const answerOf = (articleId: string): Decision => ({
  kind: 'answer',
  articleId,
  reason: 'help-center-topic',
  detail: '',
  intent: { name: 'test', score: 1 },
  confidence: 0.8,
});
const read = (text: string) => ({ text, u: understand(text, { now: NOW }) });

/** The memory right after the bot answered with `articleId`. */
const justAnswered = (articleId: string): ConversationMemory => ({
  ...freshMemory(),
  lastTopic: articleId,
  last: { outcome: 'answer', reason: 'help-center-topic', articleId, at: NOW.toISOString() },
});

/** The memory right after a wait on `process`, started at `startedAt`, its update due on `due`. */
const waitingOn = (process: string, startedAt: string, due: string): ConversationMemory => ({
  ...freshMemory(),
  process,
  startedAt,
  lastStatus: { outcome: 'wait', reason: 'within-timeline', process, due, at: NOW.toISOString() },
});

/** The memory right after a wait on a security review opened three hours ago. */
function justWaitedOnReview(): ConversationMemory {
  const m = waitingOn(
    'account-review',
    new Date(NOW.getTime() - 3 * 3_600_000).toISOString(),
    new Date(NOW.getTime() + 2 * DAY).toISOString(),
  );
  return { ...m, last: m.lastStatus };
}

describe('step', () => {
  it("when a question of any length follows an answer on another topic and has none of the guard's words, then it leans on the conversation (the higher security bar); a long statement or the guard's words do not", () => {
    const leans = (text: string) => {
      const rule = recordingRule(() => answerOf('payment-methods'));
      step(justAnswered('payment-methods'), read(text), contextOf(rule));
      return rule.seen[0]?.u.leansOnConversation === true;
    };
    expect(
      leans('how would I go about putting a different bank card on my profile instead of the old one?'),
    ).toBe(true);
    expect(
      leans('I put a different bank card on my profile last night instead of the old one and it worked'),
    ).toBe(false);
    expect(leans('how would I know if somebody hacked my profile and put a different bank card on it?')).toBe(
      false,
    );
  });
  it('when "any news?" follows a wait, then the rule reads it with the process and start already established', () => {
    const memory: ConversationMemory = {
      ...waitingOn(
        'dispute-review',
        new Date(NOW.getTime() - 3 * DAY).toISOString(),
        '2026-12-18T00:00:00.000Z',
      ),
    };
    const rule = recordingRule(() => ({
      kind: 'wait',
      process: 'dispute-review',
      due: new Date('2026-12-18T00:00:00.000Z'),
      reason: 'within-timeline',
      detail: '',
      intent: { name: 'test', score: 1 },
      confidence: 0.88,
    }));
    const { decision, next } = step(memory, read('any news?'), contextOf(rule));
    expect(rule.seen[0].u.process).toMatchObject({ process: 'dispute-review', running: true });
    expect(rule.seen[0].u.start?.startedAt.toISOString()).toBe(memory.startedAt);
    expect(decision).toMatchObject({ kind: 'rule', context: 'follow-up-same-status', repeats: true });
    expect(next.last?.due).toBe('2026-12-18T00:00:00.000Z');
  });

  it('when a bare "how long?" follows a wait, then it is read as asking after that status again', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'refund-processing',
      startedAt: new Date(NOW.getTime() - 2 * DAY).toISOString(),
      lastTopic: 'refund-processing-times',
      last: {
        outcome: 'wait',
        reason: 'within-timeline',
        process: 'refund-processing',
        articleId: 'refund-processing-times',
        due: '2026-12-15T12:00:00.000Z',
        at: NOW.toISOString(),
      },
      lastStatus: {
        outcome: 'wait',
        reason: 'within-timeline',
        process: 'refund-processing',
        articleId: 'refund-processing-times',
        due: '2026-12-15T12:00:00.000Z',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(() => answerOf('refund-processing-times'));
    const { decision } = step(memory, read('how long?'), contextOf(rule));
    expect(decision).toMatchObject({ kind: 'rule', context: 'follow-up-same-status' });
    expect(rule.seen[0].u.process?.process).toBe('refund-processing');
  });

  it('when a correction gives a new start, then the memory holds it and the rule reads the process with it', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'dispute-review',
      startedAt: new Date(NOW.getTime() - DAY).toISOString(),
    };
    const rule = recordingRule(() => answerOf('disputes'));
    const { decision, next } = step(
      memory,
      read('sorry, it was 5 weeks ago, not yesterday'),
      contextOf(rule),
    );
    const fiveWeeksAgo = new Date(NOW.getTime() - 35 * DAY).toISOString();
    expect(next.startedAt).toBe(fiveWeeksAgo);
    expect(rule.seen[0].u.process?.process).toBe('dispute-review');
    expect(decision).toMatchObject({ kind: 'rule', context: 'correction' });
  });

  it('when a follow-up comes after an answer, then it stays on that topic even if the rule alone would move', () => {
    const memory: ConversationMemory = { ...freshMemory(), lastTopic: 'refund-processing-times' };
    const rule = recordingRule(() => answerOf('payment-methods'));
    const { decision } = step(memory, read('and if I paid with PayPal?'), contextOf(rule));
    expect(decision).toMatchObject({
      kind: 'rule',
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'refund-processing-times' },
    });
  });

  it('when "why not?" comes right after an answer, then it stays on that topic whatever the rule reads alone', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      lastTopic: 'cancel-order',
      last: {
        outcome: 'answer',
        reason: 'help-center-topic',
        articleId: 'cancel-order',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(() => ({
      kind: 'calm',
      reason: 'frustration-no-new-info',
      detail: '',
      intent: { name: 'calm', score: 0.9 },
      confidence: 0.8,
    }));
    const { decision } = step(memory, read('why not?'), contextOf(rule));
    expect(decision).toMatchObject({
      kind: 'rule',
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'cancel-order' },
    });
  });

  it('when an unsure question points back at the case just told to wait, then it is answered on that topic', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'dispute-review',
      lastTopic: 'disputes',
      last: {
        outcome: 'wait',
        reason: 'within-timeline',
        articleId: 'disputes',
        process: 'dispute-review',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(() => answerOf('account-settings'));
    const unsure = Object.assign(understand('ok, can I still add photos to it?', { now: NOW }), {
      intent: {
        name: 'topic:account-settings',
        confidence: 0.24,
        ranking: [{ name: 'topic:account-settings', confidence: 0.24 }],
      },
    });
    const { decision } = step(
      memory,
      { text: 'ok, can I still add photos to it?', u: unsure },
      contextOf(rule),
    );
    expect(decision).toMatchObject({
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'disputes' },
    });
  });

  it('when a question about what the person may do follows a calm on a running case, then the article of that case answers it; "when…" or an aside do not', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'dispute-review',
      startedAt: new Date(NOW.getTime() - 2 * DAY).toISOString(),
      lastTopic: 'disputes',
      lastStatus: {
        outcome: 'calm',
        reason: 'within-timeline',
        articleId: 'disputes',
        process: 'dispute-review',
        due: new Date(NOW.getTime() + 12 * DAY).toISOString(),
        at: NOW.toISOString(),
      },
      last: {
        outcome: 'calm',
        reason: 'within-timeline',
        articleId: 'disputes',
        process: 'dispute-review',
        at: NOW.toISOString(),
      },
    };
    // The model unsure, and not of the case's topic: only the conversation can place the question.
    const unsure = (text: string) =>
      Object.assign(understand(text, { now: NOW }), {
        intent: {
          name: 'topic:returns-refunds',
          confidence: 0.45,
          ranking: [{ name: 'topic:returns-refunds', confidence: 0.45 }],
        },
      });
    const asked = (text: string) =>
      step(memory, { text, u: unsure(text) }, contextOf(recordingRule(() => answerOf('returns-refunds'))))
        .decision;

    expect(asked('fine. can I still send more pictures or is it too late for that?')).toMatchObject({
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'disputes' },
    });
    expect(asked('do I have to post anything to you or just sit tight?')).toMatchObject({
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'disputes' },
    });
    expect(asked('when can I expect to hear then?')).not.toMatchObject({ context: 'follow-up-same-topic' });
    expect(asked('unrelated, how do I update the card saved on my profile?')).toMatchObject({
      context: 'fresh-message',
      decision: { kind: 'answer', articleId: 'returns-refunds' },
    });
  });

  it('when a short message follows something other than an answer, then the rule decides it alone', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      lastTopic: 'cancel-order',
      last: { outcome: 'out_of_scope', reason: 'out-of-scope', at: NOW.toISOString() },
    };
    const rule = recordingRule(() => answerOf('payment-methods'));
    const { decision } = step(memory, read('why not?'), contextOf(rule));
    expect(decision).toMatchObject({ decision: { kind: 'answer', articleId: 'payment-methods' } });
  });

  it('when "did this answer your question?" gets a thanks that asks something new, then the question is read, not filed as feedback', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'feedback', articleId: 'seller-payouts-schedule', query: 'when are payouts' },
    };
    const rule = recordingRule(() => answerOf('seller-payouts-schedule'));
    const asks = step(
      memory,
      read('Thank you. How long does the transfer take to reach a UK bank account?'),
      contextOf(rule),
    );
    expect(asks.decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    const thanks = step(memory, read('yes it did, thank you so much for your help'), contextOf(rule));
    expect(thanks.decision).toMatchObject({ kind: 'pending_answer' });
    // A question the model is unsure of, asked after the thanks, is still a question of its own…
    for (const text of [
      'thanks! one more, how long do i have to send it',
      'thanks! last one, if i order tonight roughly when would it reach dublin',
    ])
      expect(step(memory, read(text), contextOf(rule)).decision).toMatchObject({
        kind: 'rule',
        context: 'new-question-drops-pending',
      });
    // …while a short one about the answer is the answer.
    expect(step(memory, read('yes, is that all?'), contextOf(rule)).decision).toMatchObject({
      kind: 'pending_answer',
    });
  });

  it.each([
    [
      'a compromise',
      "thanks! one more thing, I just got an email saying my password was changed and I didn't change it",
    ],
    [
      'an aside',
      'ok thanks. totally unrelated but do you know what the weather will be like in Leeds on Saturday',
    ],
    ['a dated case', 'thanks. also the seller got my return back on Monday and there is still no refund'],
  ])(
    'when "did this answer your question?" gets a thanks followed by %s, then that is read, not filed as feedback',
    (_, text) => {
      const memory: ConversationMemory = {
        ...freshMemory(),
        pending: { kind: 'feedback', articleId: 'account-settings', query: 'change my phone number' },
      };
      const rule = recordingRule(() => answerOf('account-settings'));
      const { decision } = step(memory, read(text), contextOf(rule));
      expect(decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    },
  );

  it("when a wait is pushed back on with another process's word in it (\"can't you just nudge them, I need that money back\"), then it is that case's status again, calmed", () => {
    const startedAt = new Date(NOW.getTime() - 2 * DAY).toISOString();
    const waiting = waitingOn('dispute-review', startedAt, '2026-12-18T00:00:00.000Z');
    const memory: ConversationMemory = { ...waiting, last: waiting.lastStatus };
    const rule = recordingRule(() => answerOf('disputes'));
    const text = "right but can't you just nudge the seller, I need that money back before my rent";
    expect(read(text).u.process?.process).toBe('refund-processing');
    const { decision } = step(memory, read(text), contextOf(rule));
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen[0].u.process?.process).toBe('dispute-review');
    expect(rule.seen[0].u.emotion.frustrated).toBe(true);
  });

  it('when a dated case is under way and a feeling names another process\'s word ("that\'s my money just sitting there"), then the case, its process and its start stay', () => {
    const startedAt = new Date(NOW.getTime() - 20 * DAY).toISOString();
    const memory: ConversationMemory = {
      ...waitingOn('chargeback-bank-review', startedAt, '2027-01-26T00:00:00.000Z'),
    };
    const rule = recordingRule(() => answerOf('chargebacks'));
    const text = "75 days is insane, that's my money just sitting there and I have bills to pay";
    expect(read(text).u.process?.process).toBe('refund-processing');
    const { decision, next } = step(memory, read(text), contextOf(rule));
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen[0].u.process?.process).toBe('chargeback-bank-review');
    expect(rule.seen[0].u.start?.startedAt.toISOString()).toBe(startedAt);
    expect(next).toMatchObject({ process: 'chargeback-bank-review', startedAt });
  });

  it('when the process whose status was given is named again with a question leaning on it, then its status is read again', () => {
    const memory: ConversationMemory = {
      ...waitingOn(
        'dispute-review',
        new Date(NOW.getTime() - 3 * DAY).toISOString(),
        '2026-12-18T00:00:00.000Z',
      ),
    };
    const rule = recordingRule(() => answerOf('disputes'));
    const { decision } = step(
      memory,
      read("back to the dispute, when did you say i'd hear by?"),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
  });

  it('when a question names another process in passing during a dated case, then the case stays for when the person comes back to it', () => {
    const startedAt = new Date(NOW.getTime() - 3 * DAY).toISOString();
    const memory: ConversationMemory = {
      ...waitingOn('dispute-review', startedAt, '2026-12-18T00:00:00.000Z'),
    };
    const rule = recordingRule(() => answerOf('payment-methods'));
    const aside = read('meanwhile, can i pay with apple pay for a new order?');
    expect(aside.u.process?.process).toBe('delivery-standard');
    const { next } = step(memory, aside, contextOf(rule));
    expect(next).toMatchObject({ process: 'dispute-review', startedAt, lastStatus: memory.lastStatus });
  });

  it('when a dated case was kept through a question and the process just explained is dated next, then that process is the case', () => {
    const memory: ConversationMemory = {
      ...justAnswered('refund-processing-times'),
      process: 'dispute-review',
      startedAt: new Date(NOW.getTime() - 9 * DAY).toISOString(),
    };
    const rule = recordingRule(() => answerOf('refund-processing-times'));
    const { next } = step(
      memory,
      read('mine was approved yesterday'),
      contextOf(rule, {
        processOf: (id) => (id === 'refund-processing-times' ? 'refund-processing' : undefined),
      }),
    );
    expect(rule.seen[0].u.process?.process).toBe('refund-processing');
    expect(next.process).toBe('refund-processing');
  });

  it('when "since when?" is answered with a date that tells a compromise, then the compromise is read, not the date; a bare date stays the answer', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'case_or_date', process: 'delivery-standard' },
    };
    const rule = recordingRule(() => answerOf('account-security'));
    const told = step(
      memory,
      read('oh no. i already typed my card and my kingston password in there this morning'),
      contextOf(rule),
    );
    expect(told.decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    const dated = step(memory, read('i placed it on the 1st'), contextOf(rule));
    expect(dated.decision).toMatchObject({ kind: 'pending_answer' });
  });

  it("when a waited-on delivery turns out to be Dispatched by Kingston Express, then the same start is read on the warehouse timeline; trouble told with it is dispatchment's", () => {
    const startedAt = new Date(NOW.getTime() - 2 * DAY).toISOString();
    const memory: ConversationMemory = {
      ...waitingOn('delivery-standard', startedAt, '2026-12-14T00:00:00.000Z'),
    };
    const processOf = (id: string) =>
      ({
        'delivery-timelines': 'delivery-standard',
        'dispatched-by-kingston-express': 'delivery-dispatched',
      })[id];
    const rule = recordingRule(() => answerOf('dispatched-by-kingston-express'));
    const reveal = step(
      memory,
      read("it's a Dispatched by Kingston Express one btw"),
      contextOf(rule, { processOf }),
    );
    expect(reveal.decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen.at(-1)?.u.process?.process).toBe('delivery-dispatched');
    expect(rule.seen.at(-1)?.u.start?.startedAt.toISOString()).toBe(startedAt);
    expect(reveal.next).toMatchObject({ process: 'delivery-dispatched', startedAt, dispatchedByKx: true });

    const missing = recordingRule(() => answerOf('missing-or-damaged-item'));
    const trouble = step(
      memory,
      read('the order page says Dispatched by Kingston Express, and the neighbours do not have it'),
      contextOf(missing, { processOf }),
    );
    expect(trouble.decision).toMatchObject({ decision: { kind: 'escalate', category: 'dispatch' } });
  });

  it('when a statement that asks nothing and brings nothing new follows a wait, then the case is read again; with a feeling in it, calmed', () => {
    const startedAt = new Date(NOW.getTime() - 2 * DAY).toISOString();
    const waiting = waitingOn('refund-processing', startedAt, '2026-12-16T00:00:00.000Z');
    const memory: ConversationMemory = {
      ...waiting,
      lastTopic: 'refund-processing-times',
      last: { ...waiting.lastStatus!, articleId: 'refund-processing-times' },
    };
    const rule = recordingRule(() => answerOf('refund-processing-times'));
    const feeling = read('That is a joke. You took my money in two seconds flat.');
    feeling.u = {
      ...feeling.u,
      intent: {
        name: 'out_of_scope',
        confidence: 0.3,
        ranking: [
          { name: 'out_of_scope', confidence: 0.3 },
          { name: 'calm', confidence: 0.22 },
        ],
      },
    };
    const reacted = step(memory, feeling, contextOf(rule));
    expect(reacted.decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen.at(-1)?.u).toMatchObject({ emotion: { frustrated: true } });
    expect(rule.seen.at(-1)?.u.start?.startedAt.toISOString()).toBe(startedAt);

    const fact = read('tracking has not changed since the first scan');
    fact.u = {
      ...fact.u,
      start: null,
      intent: { name: 'status', confidence: 0.4, ranking: [{ name: 'status', confidence: 0.4 }] },
      emotion: { ...fact.u.emotion, sentiment: 0 },
    };
    step(memory, fact, contextOf(rule));
    expect(rule.seen.at(-1)?.u.emotion.frustrated).toBe(false);
  });

  it('when the order\'s state is told right after how to cancel ("it says shipped already"), then it stays on cancelling; after another answer it is read alone', () => {
    const rule = recordingRule(() => answerOf('delivery-timelines'));
    const afterCancel = step(justAnswered('cancel-order'), read('it says shipped already'), contextOf(rule));
    expect(afterCancel.decision).toMatchObject({
      kind: 'rule',
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'cancel-order' },
    });
    const afterPayment = step(
      justAnswered('payment-methods'),
      read('roughly how long would delivery take for something like that'),
      contextOf(rule),
    );
    expect(afterPayment.decision).toMatchObject({ decision: { articleId: 'delivery-timelines' } });
  });

  it('when the order was dated before the question and its state is told after the answer, then it stays on that answer, not the dated delivery', () => {
    const rule = recordingRule(() => ({ ...answerOf('delivery-timelines'), kind: 'wait' }) as Decision);
    const dated: ConversationMemory = {
      ...justAnswered('change-address'),
      process: 'delivery-standard',
      startedAt: new Date(NOW.getTime() - 4 * 3_600_000).toISOString(),
    };
    const { decision } = step(dated, read('it still says processing'), contextOf(rule));
    expect(decision).toMatchObject({
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'change-address' },
    });
  });

  it("when someone who said they sell asks where the tracking number goes, then the sellers' article answers, not the buyers'", () => {
    const rule = recordingRule(() => answerOf('shipping-tracking'));
    const seller = { ...justAnswered('seller-shipping'), role: 'seller' as const };
    const asked = step(seller, read('where do i put the tracking number?'), contextOf(rule));
    expect(asked.decision).toMatchObject({ decision: { kind: 'answer', articleId: 'seller-shipping' } });
    const buyer = step(
      justAnswered('order-status'),
      read('where do i put the tracking number?'),
      contextOf(rule),
    );
    expect(buyer.decision).toMatchObject({ decision: { articleId: 'shipping-tracking' } });
  });

  it('when a seller is told a timeline of a step they carry out (inspecting a return), then it is their answer, not a wait; a buyer still waits', () => {
    const waitOnInspection: Decision = {
      kind: 'wait',
      process: 'return-inspection',
      due: new Date('2026-12-14T00:00:00.000Z'),
      reason: 'within-timeline',
      detail: '',
      intent: { name: 'status', score: 0.8 },
      confidence: 0.88,
    };
    const rule = recordingRule(() => waitOnInspection);
    const ctx = contextOf(rule, {
      sellerArticleOf: (p) => (p === 'return-inspection' ? 'returns-refunds' : undefined),
    });
    // Words that say neither side ("came back to me" would say the seller's).
    const text = 'the return was delivered yesterday, how long have i got to inspect it';
    const seller = step({ ...freshMemory(), role: 'seller' }, read(text), ctx);
    expect(seller.decision).toMatchObject({
      decision: { kind: 'answer', articleId: 'returns-refunds', reason: 'seller-carries-it-out' },
    });
    const buyer = step({ ...freshMemory(), role: 'buyer' }, read(text), ctx);
    expect(buyer.decision).toMatchObject({ decision: { kind: 'wait' } });
  });

  it("when a few words the model reads as not ours are the answered article's own (retrieval finds it), then they stay on that answer", () => {
    const rule = recordingRule(() => ({
      kind: 'out_of_scope',
      reason: 'out-of-scope',
      detail: '',
      intent: { name: 'out_of_scope', score: 0.96 },
      confidence: 0.96,
    }));
    const finds = (found: boolean) =>
      contextOf(rule, { retrievalFinds: (id) => found && id === 'seller-payouts-schedule' });
    const memory = justAnswered('seller-payouts-schedule');
    expect(step(memory, read('is it weekly?'), finds(true)).decision).toMatchObject({
      context: 'follow-up-same-topic',
      decision: { kind: 'answer', articleId: 'seller-payouts-schedule' },
    });
    expect(step(memory, read('is it weekly?'), finds(false)).decision).toMatchObject({
      decision: { kind: 'out_of_scope' },
    });
  });

  it('when a dispute is being handed over and the next message reads as "stuck" with no start of its own, then it is more about that dispute, not a second ticket', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'intake', field: 'caseId' },
      last: {
        outcome: 'escalate',
        reason: 'dispute-chargeback-signal',
        category: 'dispute-chargeback',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(() => answerOf('disputes'));
    const ctx = contextOf(rule, { caseArticles: () => ['disputes', 'chargebacks'] });
    const { decision } = step(
      memory,
      read('status says closed. no decision, no email, and the money is still held'),
      ctx,
    );
    expect(decision).toMatchObject({ kind: 'pending_answer' });
  });

  it('when a seller dates an order in words for a purchase in general, then it is their own dispatch step, not a delivery', () => {
    const rule = recordingRule(() => answerOf('seller-shipping'));
    step(
      { ...freshMemory(), role: 'seller' },
      read("I got my first order yesterday and I'm only packing it now, am I already late?"),
      contextOf(rule),
    );
    expect(rule.seen[0].u.process?.process).toBe('order-dispatch');
    const buyer = recordingRule(() => answerOf('order-status'));
    step(freshMemory(), read('I placed my order yesterday, is it late?'), contextOf(buyer));
    expect(buyer.seen[0].u.process?.process).toBe('delivery-standard');
  });

  it('when a purchase is named in passing ("order KX-20931") right after a disputes answer, then the dispute just explained is what a date dates', () => {
    const rule = recordingRule(() => answerOf('disputes'));
    const { next } = step(
      justAnswered('disputes'),
      read('I opened one last Tuesday about a lamp that came broken, order KX-20931'),
      contextOf(rule, { processOf: (id) => (id === 'disputes' ? 'dispute-review' : undefined) }),
    );
    expect(rule.seen[0].u.process?.process).toBe('dispute-review');
    expect(next.process).toBe('dispute-review');
  });

  it('when a wait is pushed back on ("i need it by saturday though", "so no human then?"), then the same case is read again, upset, its start kept', () => {
    const memory = waitingOn(
      'cancellation-request',
      new Date(NOW.getTime() - DAY).toISOString(),
      '2026-12-09T00:00:00.000Z',
    );
    memory.last = memory.lastStatus;
    for (const text of [
      'i need it by saturday though, its a present',
      'cant u just cancel it urself',
      // The due date or the wait thrown back is no new start; asking for a person is pushing back too.
      "wednesday?? that's too late, I need it monday",
      'so no human then?',
    ]) {
      const rule = recordingRule(() => answerOf('cancel-order'));
      const { decision } = step(memory, read(text), contextOf(rule));
      expect(decision).toMatchObject({ kind: 'rule', context: 'follow-up-same-status' });
      expect(rule.seen[0].u.emotion.frustrated).toBe(true);
      expect(rule.seen[0].u.start?.startedAt.toISOString()).toBe(memory.startedAt);
    }
  });

  it('when "since when?" is answered with an id and a date that come with warehouse trouble, then the trouble is read; a bare id stays the answer', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'case_or_date', process: 'delivery-dispatched' },
    };
    const rule = recordingRule(() => answerOf('dispatched-by-kingston-express'));
    const told = step(
      memory,
      read(
        'Order KX-301177: the carrier says delivered on the 3rd but your warehouse record shows it never left the shelf, the buyer has nothing',
      ),
      contextOf(rule),
    );
    expect(told.decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    const bare = step(memory, read('its KX-301177'), contextOf(rule));
    expect(bare.decision).toMatchObject({ kind: 'pending_answer' });
  });

  it('when the intake waits and the order number comes spoken digit by digit, then it is an answer, however the model reads the digits', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'intake', field: 'alreadyTried' },
    };
    const rule = recordingRule(() => answerOf('order-status'));
    const { decision } = step(
      memory,
      read('order number is KX 5 5 1 2 0 9 sorry voice typing'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'pending_answer' });
  });

  it('when the bot waits for an order number and a new question comes instead, then the pending question is dropped and the question decided', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'case_or_date', process: 'refund-processing' },
    };
    const rule = recordingRule(() => answerOf('change-address'));
    const { decision, next } = step(
      memory,
      read('I moved house, can I change the address?'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    expect(next.pending).toBeUndefined();
  });

  it('when the bot waits for an id or a date and gets a feeling instead, then it is read as a message of its own', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'case_or_date', process: 'return-inspection' },
    };
    const rule = recordingRule(() => answerOf('order-status'));
    const { decision } = step(memory, read('honestly this is painfully slow'), contextOf(rule));
    expect(decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
  });

  it('when the intake waits for an order number and gets a sure "not ours" asked aside, then it is said to be not ours and the question still waits', () => {
    const pending = { kind: 'intake', field: 'caseId' } as const;
    const memory: ConversationMemory = { ...freshMemory(), pending };
    const rule = recordingRule(() => answerOf('order-status'));
    const { decision, next } = step(memory, read('haha by the way who won the darts final'), contextOf(rule));
    expect(decision).toMatchObject({ kind: 'vent', reason: 'aside-during-handover', pending });
    expect(next.pending).toEqual(pending);
  });

  it('when intake asks for an order number and gets a bare date ("oct 15"), then the date is about the case, however sure the model is it is not ours', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'intake', field: 'caseId' },
      last: { outcome: 'escalate', reason: 'past-timeline', category: 'stalled', at: NOW.toISOString() },
    };
    const reading = read('oct 15');
    expect(reading.u.start).not.toBeNull();
    const { decision } = step(memory, reading, contextOf(recordingRule(() => answerOf('order-status'))));
    expect(decision).toMatchObject({ kind: 'pending_answer' });
  });

  it('when intake asks for an order number and the person says more about the case instead, then it goes to the intake, not to a new question', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'intake', field: 'caseId' },
      last: { outcome: 'escalate', reason: 'dispatch-signal', category: 'dispatch', at: NOW.toISOString() },
    };
    const rule = recordingRule(() => answerOf('dispatched-by-kingston-express'));
    const ctx = contextOf(rule, { caseArticles: () => ['dispatched-by-kingston-express'] });
    const { decision } = step(
      memory,
      read("yes, it's one of the Dispatched by Kingston Express orders"),
      ctx,
    );
    expect(decision).toMatchObject({ kind: 'pending_answer' });
    // Another subject said as surely is a question of its own, and the intake waits.
    const other = step(memory, read('how do I change the delivery address on a different order?'), ctx);
    expect(other.decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
  });

  it('when the model reads "it is late" after a wait but no other start is said, then the known case and its timeline decide', () => {
    const startedAt = new Date(NOW.getTime() - 2 * DAY).toISOString();
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'refund-processing',
      startedAt,
      lastStatus: {
        outcome: 'wait',
        reason: 'within-timeline',
        process: 'refund-processing',
        at: NOW.toISOString(),
      },
    };
    const late = (text: string) => {
      const { u } = read(text);
      const intent = {
        name: 'escalate:stalled',
        confidence: 0.8,
        ranking: [{ name: 'escalate:stalled', confidence: 0.8 }],
      };
      return { text, u: { ...u, intent } };
    };
    const rule = recordingRule(() => answerOf('refund-processing-times'));
    const ctx = contextOf(rule);
    expect(step(memory, late('so that means by the end of the month, right?'), ctx).decision).toMatchObject({
      context: 'follow-up-same-status',
    });
    expect(step(memory, late("it's been 2 days now"), ctx).decision).toMatchObject({
      context: 'follow-up-same-status',
    });
    expect(rule.seen.map((s) => s.u.start?.startedAt.toISOString())).toEqual([startedAt, startedAt]);
    // A start a week apart is other news: not read as the same case again.
    expect(step(memory, late("it's been 9 days now"), ctx).decision).not.toMatchObject({
      context: 'follow-up-same-status',
    });
  });

  it('when a message surely not about us says a date, then it never dates the case under discussion', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'delivery-standard',
      lastTopic: 'delivery-timelines',
    };
    const rule = recordingRule(() => ({ ...answerOf('x'), kind: 'out_of_scope' }) as Decision);
    const { decision } = step(
      memory,
      read("what's the weather going to be like on the 4th in york"),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', context: 'fresh-message' });
    expect(rule.seen[0].u.process).toBeNull();
  });

  it("when a wrong item was just answered and the person says the order was Dispatched by Kingston Express, then it is dispatchment's", () => {
    const memory = justAnswered('missing-or-damaged-item');
    const rule = recordingRule(() => answerOf('dispatched-by-kingston-express'));
    const { decision, next } = step(
      memory,
      read('oh, the order page says it was dispatched by Kingston Express'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', decision: { kind: 'escalate', category: 'dispatch' } });
    expect(next.dispatchedByKx).toBe(true);
  });

  it('when a process was just explained and the person dates their own, then that process and date are read, and remembered', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      lastTopic: 'disputes',
      last: { outcome: 'answer', reason: 'help-center-topic', articleId: 'disputes', at: NOW.toISOString() },
    };
    const rule = recordingRule(() => answerOf('disputes'));
    const ctx = contextOf(rule, {
      processOf: (a: string) => (a === 'disputes' ? 'dispute-review' : undefined),
    });
    const { next } = step(memory, read('I opened mine 3 days ago, about a coat that never fit'), ctx);
    expect(rule.seen[0].u).toMatchObject({
      process: { process: 'dispute-review', running: true },
      inKnownCase: true,
    });
    expect(next.process).toBe('dispute-review');
    expect(next.startedAt).toBe(rule.seen[0].u.start?.startedAt.toISOString());
    expect(next.startedAt?.slice(0, 10)).toBe(new Date(NOW.getTime() - 3 * DAY).toISOString().slice(0, 10));
  });

  it('when a compromise was told with how the conversation read it, then a message staying with it is that escalation again', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      last: {
        outcome: 'escalate',
        reason: 'correction/security-signal',
        category: 'security',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(
      () => ({ ...answerOf('x'), kind: 'escalate', category: 'stalled' }) as Decision,
    );
    const { decision } = step(
      memory,
      read("there's a payout of £900 due to go out on Friday"),
      contextOf(rule),
    );
    expect(decision).toMatchObject({
      kind: 'rule',
      decision: { kind: 'escalate', category: 'security', reason: 'security-signal' },
    });
  });

  it('when a handed-over case is asked after with why it matters, then the person is told it is with the team; a question of its own or new facts are not that', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      last: { outcome: 'escalate', reason: 'security-signal', category: 'security', at: NOW.toISOString() },
    };
    const asked = (text: string) =>
      step(memory, read(text), contextOf(recordingRule(() => answerOf('seller-shipping')))).decision;

    expect(
      asked("any update?? I've got 6 parcels waiting to go and can't print a single label"),
    ).toMatchObject({
      decision: { kind: 'calm', openCase: 'security' },
    });
    expect(asked('still nothing, and my shop cannot take a single order like this')).toMatchObject({
      decision: { kind: 'calm', openCase: 'security' },
    });
    expect(asked('any news? it was 3 days ago, order KE-20931')).not.toMatchObject({
      decision: { kind: 'calm' },
    });
    expect(asked('how long will your team take to get back to me?')).not.toMatchObject({
      decision: { kind: 'calm' },
    });
  });

  it('when the guard’s words come while the person waits on a security review, then they are new information for the security team', () => {
    const memory = justWaitedOnReview();
    const ctx = (rule: ReturnType<typeof recordingRule>) =>
      contextOf(rule, { reviewOf: (p) => (p === 'account-review' ? 'security' : undefined) });

    const news = step(
      memory,
      read('just had another new sign-in from Lima on it, and the phone number is not mine any more'),
      ctx(recordingRule(() => answerOf('account-security'))),
    ).decision;
    expect(news).toMatchObject({
      decision: { kind: 'escalate', category: 'security', reason: 'new-info-on-case' },
    });
    const howTo = step(
      memory,
      read('while I wait, where do I switch on two-step verification?'),
      ctx(recordingRule(() => answerOf('account-security'))),
    ).decision;
    expect(howTo).toMatchObject({ decision: { kind: 'answer', articleId: 'account-security' } });
  });

  it('when a wait is asked after with why it matters, then it is the same status, whatever process the reason names in passing', () => {
    const memory = justWaitedOnReview();
    const rule = recordingRule(() => answerOf('seller-shipping'));
    const { decision } = step(
      memory,
      read('any news?? there are 7 orders here waiting to be posted'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen[0].u.process?.process).toBe('account-review');
  });

  it('when what is at stake is said after a wait, asking nothing, then it is the same status pressed on, whatever process its words name', () => {
    const memory = justWaitedOnReview();
    const rule = recordingRule(() => answerOf('seller-shipping'));
    const { decision } = step(
      memory,
      read('there are 12 orders to ship today and I cant just sit here'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen[0].u).toMatchObject({
      process: { process: 'account-review' },
      emotion: { frustrated: true },
    });
  });

  it('when a wait was told and the person only presses for speed, then the known case is read again', () => {
    const startedAt = new Date(NOW.getTime() - DAY).toISOString();
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'return-inspection',
      startedAt,
      lastStatus: {
        outcome: 'wait',
        reason: 'within-timeline',
        process: 'return-inspection',
        at: NOW.toISOString(),
      },
    };
    const rule = recordingRule(() => answerOf('returns-refunds'));
    const { decision } = step(memory, read('can you get them to check it today please'), contextOf(rule));
    expect(decision).toMatchObject({ context: 'follow-up-same-status' });
    expect(rule.seen[0].u.start?.startedAt.toISOString()).toBe(startedAt);
  });

  it("when the Dispatched by Kingston Express article was just given and trouble follows, then it is dispatchment's", () => {
    const memory = justAnswered('dispatched-by-kingston-express');
    const stalled = { ...answerOf('x'), kind: 'escalate', category: 'stalled' } as Decision;
    const rule = recordingRule(() => stalled);
    const { decision } = step(
      memory,
      read('I sent 80 vases in, the stock page shows 51 and I sold none'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', decision: { kind: 'escalate', category: 'dispatch' } });
  });

  it('when the conversation knows a case, then a message about it is read inside it (the security bar of a known case)', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'return-inspection',
      startedAt: new Date(NOW.getTime() - 9 * DAY).toISOString(),
    };
    const rule = recordingRule(() => answerOf('returns-refunds'));
    const ctx = contextOf(rule);
    step(memory, read('and not a single word from them since'), ctx);
    step(memory, read('also my other order KX-884120 never came'), ctx);
    step({ ...memory, startedAt: undefined }, read('and not a single word from them since'), ctx);
    expect(rule.seen.map((s) => s.u.inKnownCase === true)).toEqual([true, false, false]);
  });

  it('when the trouble just answered turns out to be on a warehouse order and the model reads dispatch too, then that escalation stands', () => {
    const memory = justAnswered('missing-or-damaged-item');
    const rule = recordingRule(
      () => ({ ...answerOf('x'), kind: 'escalate', category: 'dispatch' }) as Decision,
    );
    const { decision } = step(
      memory,
      read('order page says dispatched by kingston express, so it was your warehouse'),
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', decision: { kind: 'escalate', category: 'dispatch' } });
  });

  it('when a running process has no start yet, then a date that fills it counts even if the model guesses some topic', () => {
    const memory: ConversationMemory = { ...freshMemory(), process: 'dispute-review' };
    const { u } = read('I opened it 4 days ago if that helps');
    const unsure = {
      name: 'topic:account-security',
      confidence: 0.3,
      ranking: [{ name: 'topic:account-security', confidence: 0.3 }],
    };
    const rule = recordingRule(() => answerOf('disputes'));
    const { decision } = step(
      memory,
      { text: 'I opened it 4 days ago if that helps', u: { ...u, intent: unsure } },
      contextOf(rule),
    );
    expect(decision).toMatchObject({ kind: 'rule', context: 'correction' });
    expect(rule.seen[0].u.process?.process).toBe('dispute-review');
  });

  it('when a compromise was just escalated and the person adds to it, then it is the same escalation again', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      last: { outcome: 'escalate', reason: 'security-signal', category: 'security', at: NOW.toISOString() },
    };
    const rule = recordingRule(() => answerOf('account-settings'));
    const ctx = contextOf(rule, { caseArticles: () => ['account-settings'] });
    const { decision } = step(memory, read('I already reset my password, am I fine now?'), ctx);
    expect(decision).toMatchObject({
      kind: 'rule',
      decision: { kind: 'escalate', category: 'security', reason: 'security-signal' },
    });
    const elsewhere = step(memory, read('unrelated, but what is the capital of Peru'), ctx);
    expect(elsewhere.decision).toMatchObject({ kind: 'rule', decision: { kind: 'answer' } });
  });

  it('when a case was just escalated and the person adds a fact the model places elsewhere, then it is that case again; an aside or a question of its own is not', () => {
    const escalatedAs = (category: 'security' | 'dispatch'): ConversationMemory => ({
      ...freshMemory(),
      last: { outcome: 'escalate', reason: `${category}-signal`, category, at: NOW.toISOString() },
    });
    const outOfScope: Decision = {
      kind: 'out_of_scope',
      reason: 'out-of-scope',
      detail: '',
      intent: { name: 'out_of_scope', score: 0.95 },
      confidence: 0.95,
    };
    const rule = recordingRule(() => outOfScope);
    const ctx = contextOf(rule, { caseArticles: () => ['contact-support'] });
    const sure = (text: string) => {
      const { u } = read(text);
      const intent = { name: 'out_of_scope', confidence: 0.95 };
      return { text, u: { ...u, intent: { ...intent, ranking: [intent] } } };
    };
    // Told inside a compromise, a stranger's bank named is what the intruder did.
    expect(
      step(
        escalatedAs('security'),
        sure('the payout account on there now is a Starling one ending 5521'),
        ctx,
      ).decision,
    ).toMatchObject({ kind: 'rule', decision: { kind: 'escalate', category: 'security' } });
    // Told inside a warehouse case, a second charge for the same order is more of it.
    expect(
      step(
        escalatedAs('dispatch'),
        sure('my card was also debited twice for that same order, two lines on the statement'),
        ctx,
      ).decision,
    ).toMatchObject({ kind: 'rule', decision: { kind: 'escalate', category: 'dispatch' } });
    for (const text of [
      'unrelated but my neighbour is looking for a good plumber near Didcot',
      'haha also whos playing at wembley tonight',
    ])
      expect(step(escalatedAs('dispatch'), sure(text), ctx).decision).toMatchObject({
        kind: 'rule',
        decision: { kind: 'out_of_scope' },
      });
  });

  it('when an overdue case was just escalated, then a question about the team ("how long will you take?") stays with it and a question about the process\'s own topic is answered', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      process: 'cancellation-request',
      last: {
        outcome: 'escalate',
        reason: 'past-timeline',
        category: 'stalled',
        process: 'cancellation-request',
        at: NOW.toISOString(),
      },
    };
    const asked = (text: string, topic: string) => {
      const { u } = read(text);
      const intent = { name: `topic:${topic}`, confidence: 0.9 };
      return { text, u: { ...u, intent: { ...intent, ranking: [intent] } } };
    };
    const rule = recordingRule((u) => answerOf(u.intent.name.slice('topic:'.length)));
    const ctx = contextOf(rule, {
      caseArticles: (_category, process) =>
        process
          ? ['contact-support', 'when-to-contact-support', 'cancel-order']
          : ['contact-support', 'when-to-contact-support'],
    });
    expect(
      step(memory, asked('how long will your team take to get back to me?', 'contact-support'), ctx).decision,
    ).toMatchObject({
      kind: 'rule',
      decision: { kind: 'escalate', category: 'stalled' },
    });
    expect(step(memory, asked('is there a fee for cancelling?', 'cancel-order'), ctx).decision).toMatchObject(
      {
        kind: 'rule',
        decision: { kind: 'answer', articleId: 'cancel-order' },
      },
    );
  });

  it('when a case was just escalated, then a question turned aside ("while I\'ve got you, …") and a feeling vented are read alone, not filed on the case', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      last: { outcome: 'escalate', reason: 'dispatch-signal', category: 'dispatch', at: NOW.toISOString() },
    };
    const rule = recordingRule((u) =>
      u.intent.name === 'calm'
        ? {
            kind: 'calm',
            reason: 'frustration-no-new-info',
            detail: '',
            intent: { name: 'calm', score: 0.9 },
            confidence: 0.9,
          }
        : answerOf('order-status'),
    );
    const ctx = contextOf(rule, { caseArticles: () => ['contact-support'] });
    const withIntent = (text: string, name: string, confidence: number) => {
      const { u } = read(text);
      const intent = { name, confidence };
      return { text, u: { ...u, intent: { ...intent, ranking: [intent] } } };
    };
    const aside = withIntent(
      "while i've got you, how do i get a receipt for that order?",
      'topic:order-status',
      0.4,
    );
    expect(step(memory, aside, ctx).decision).toMatchObject({ kind: 'rule', decision: { kind: 'answer' } });
    const vented = withIntent('honestly the worst service I have had in years, shambolic', 'calm', 0.9);
    expect(step(memory, vented, ctx).decision).toMatchObject({ kind: 'rule', decision: { kind: 'calm' } });
    // An unsure question about the case itself still goes onto it.
    const more = withIntent('do i keep the wrong one for now?', 'topic:returns-refunds', 0.4);
    expect(step(memory, more, ctx).decision).toMatchObject({
      kind: 'rule',
      decision: { kind: 'escalate', category: 'dispatch' },
    });
  });

  it('when "did this answer your question?" gets an opening "right" or "ok" that goes on to tell trouble, then the story is read', () => {
    const memory: ConversationMemory = {
      ...freshMemory(),
      pending: { kind: 'feedback', articleId: 'dispatched-by-kingston-express', query: 'what is it' },
    };
    const rule = recordingRule(() => answerOf('missing-or-damaged-item'));
    const story = step(
      memory,
      read('right, my one had that label on it and only 3 of the 6 glasses I paid for were in the box'),
      contextOf(rule),
    );
    expect(story.decision).toMatchObject({ kind: 'rule', context: 'new-question-drops-pending' });
    expect(step(memory, read('ok thanks'), contextOf(rule)).decision).toMatchObject({
      kind: 'pending_answer',
    });
  });

  it('when the bot waits for an order number and gets one, then it is that answer and nothing is decided', () => {
    const memory: ConversationMemory = { ...freshMemory(), pending: { kind: 'case_or_date', process: null } };
    const rule = recordingRule(() => answerOf('order-status'));
    const { decision, next } = step(memory, read('KX-100234'), contextOf(rule));
    expect(decision).toEqual({ kind: 'pending_answer', reason: 'answers-pending', pending: memory.pending });
    expect(rule.seen).toHaveLength(0);
    expect(next.caseId).toBe('KX-100234');
  });

  it.each(['never mind', 'forget it', 'actually no'])(
    'when the person says %p to a pending question, then it is cancelled',
    (text) => {
      const memory: ConversationMemory = { ...freshMemory(), pending: { kind: 'intake', field: 'caseId' } };
      const { decision, next } = step(memory, read(text), {
        now: NOW,
        facts: null,
        decide: () => answerOf('x'),
      });
      expect(decision.kind).toBe('cancel');
      expect(next.pending).toBeUndefined();
    },
  );

  it('when a fresh question comes while a case is under discussion, then its record is not applied to it', () => {
    const facts: CaseFacts = {
      id: 'D-5521',
      kind: 'case',
      process: 'dispute-review',
      status: 'under_review',
      closed: false,
      openedAt: NOW.toISOString(),
      lastUpdateAt: NOW.toISOString(),
      dispatchedByKx: false,
    };
    const memory: ConversationMemory = { ...freshMemory(), caseId: 'D-5521', process: 'dispute-review' };
    const rule = recordingRule(() => answerOf('refund-processing-times'));
    step(memory, read('how long do refunds take?'), { now: NOW, facts, decide: rule.decide });
    expect(rule.seen[0].facts).toBeNull();
  });

  it('when an email, a role and an id are said in passing, then the memory keeps them', () => {
    const { next } = step(freshMemory(), read('I bought order KX-200481, reach me at pat@example.com'), {
      now: NOW,
      facts: null,
      decide: () => answerOf('order-status'),
    });
    expect(next).toMatchObject({
      caseId: 'KX-200481',
      role: 'buyer',
      contact: { method: 'email', value: 'pat@example.com' },
    });
  });
});
