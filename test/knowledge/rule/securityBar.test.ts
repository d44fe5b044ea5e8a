/**
 * How the rule reads account security from the model's scores (knowledge/rule/thresholds.ts):
 * its own bar, a lower one with the guard's words, and yielding to a likelier escalation without
 * them. Scores are set by the test, so each case pins one line of the reading.
 */
import { decide, readsAsSecurity, THRESHOLDS } from '../../../knowledge/rule';
import type { Understanding } from '../../../knowledge/understand';
import { realUnderstand } from '../../support/understanding';
import { NOW, policy } from './helpers';

function withScores(text: string, scores: Record<string, number>): Understanding {
  const u = realUnderstand()(text, { now: NOW, timeZone: policy.calendar.timeZone });
  const ranking = Object.entries(scores)
    .map(([name, confidence]) => ({ name, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
  return { ...u, intent: { name: ranking[0].name, confidence: ranking[0].confidence, ranking } };
}

describe('rule, reading account security from the scores', () => {
  it("when a dated status leads a middling security score, then it is not security; undated, or with the guard's words, it still is", () => {
    const scores = { status: 0.6, 'escalate:security': 0.34 };
    const dated = withScores('mine has said that since i ordered yesterday', scores);
    expect(dated.start).not.toBeNull();
    expect(readsAsSecurity(dated)).toBe(false);
    expect(readsAsSecurity(withScores('mine has said that for a while', scores))).toBe(true);
    const guarded = withScores('someone logged into my account yesterday and my orders say pending', scores);
    expect(guarded.securityGuard).not.toBeNull();
    expect(readsAsSecurity(guarded)).toBe(true);
  });

  it("when a dated wait is told with none of the guard's words, then only a near-certain score makes it security", () => {
    const dated = (security: number) =>
      withScores("mine was approved on the 3rd and there's still nothing on my card", {
        'escalate:security': security,
        'escalate:stalled': 0.2,
      });
    expect(dated(0.6).start).not.toBeNull();
    expect(dated(0.6).waiting).toBe(true);
    expect(readsAsSecurity(dated(0.8))).toBe(false);
    expect(readsAsSecurity(dated(THRESHOLDS.SECURITY_DATED_WAIT_MIN))).toBe(true);
    // Undated, or with the guard's words, the usual bars hold.
    const undated = withScores("there's still nothing on my card", { 'escalate:security': 0.6 });
    expect(readsAsSecurity(undated)).toBe(true);
    const guarded = withScores(
      "my payout was released on the 3rd and it still isn't here, someone changed my bank details",
      {
        'escalate:security': 0.3,
      },
    );
    expect(guarded.securityGuard).not.toBeNull();
    expect(readsAsSecurity(guarded)).toBe(true);
  });

  it('when a question asks in general and the model ranks the security article above a compromise, then it is not security; ranked a compromise first, it still is', () => {
    const general = withScores('any tips to keep my seller account safe from hackers?', {
      'topic:account-security': 0.7,
      'escalate:security': 0.25,
    });
    expect(general.securityGuard).not.toBeNull();
    expect(general.inGeneral).toBe('any tips');
    expect(readsAsSecurity(general)).toBe(false);
    expect(decide(general, null, { policy, now: NOW })).toMatchObject({
      kind: 'answer',
      articleId: 'account-security',
    });
    const told = withScores('how can i protect my account, a stranger has been logging in to it all week', {
      'escalate:security': 0.6,
      'topic:account-security': 0.35,
    });
    expect(told.inGeneral).not.toBeNull();
    expect(readsAsSecurity(told)).toBe(true);
    // The same scores without words asking in general: the guard's lower bar holds.
    const plain = withScores('my account was hacked, what do I do', {
      'topic:account-security': 0.7,
      'escalate:security': 0.25,
    });
    expect(plain.inGeneral).toBeNull();
    expect(readsAsSecurity(plain)).toBe(true);
  });

  it('when an alert is explained as the person\'s own doing ("it was me"), then only a sure compromise escalates', () => {
    const explained = withScores(
      "there was a new sign-in alert from a tablet, that was me at my mum's. anything to do?",
      {
        'escalate:security': 0.55,
        'topic:account-security': 0.4,
      },
    );
    expect(explained.ownDoing).toBe('that was me');
    expect(readsAsSecurity(explained)).toBe(false);
    const sure = withScores(
      "there was a new sign-in alert from a tablet, that was me at my mum's. anything to do?",
      {
        'escalate:security': THRESHOLDS.SECURITY_OWN_DOING_MIN,
        'topic:account-security': 0.25,
      },
    );
    expect(readsAsSecurity(sure)).toBe(true);
    const denied = withScores('there was a new sign-in alert from a tablet, it wasnt me', {
      'escalate:security': 0.55,
      'topic:account-security': 0.4,
    });
    expect(denied.ownDoing).toBeNull();
    expect(readsAsSecurity(denied)).toBe(true);
  });

  it('when security clears its bar and leads, then it escalates to security', () => {
    const u = withScores('something odd with my account', { 'escalate:security': 0.6, calm: 0.4 });
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'escalate', category: 'security' });
  });

  it('when the conversation reads the message inside a case it knows, then an unguarded security score needs the higher bar', () => {
    const scores = { 'escalate:security': 0.45, 'escalate:stalled': 0.3, calm: 0.25 };
    const alone = withScores('and I still have not seen a penny of it', scores);
    expect(alone.securityGuard).toBeNull();
    expect(readsAsSecurity(alone)).toBe(true);
    expect(readsAsSecurity({ ...alone, inKnownCase: true })).toBe(false);
    const sure = withScores('and I still have not seen a penny of it', {
      'escalate:security': THRESHOLDS.SECURITY_IN_KNOWN_CASE_MIN,
      calm: 0.3,
    });
    expect(readsAsSecurity({ ...sure, inKnownCase: true })).toBe(true);
    // The guard's words keep their lower bar inside a case too.
    const guarded = withScores('someone logged into my account and took it', {
      'escalate:security': 0.2,
      calm: 0.8,
    });
    expect(readsAsSecurity({ ...guarded, inKnownCase: true })).toBe(true);
  });

  it('when the conversation says a few words lean on it, then an unguarded security score needs the higher bar too', () => {
    const u = withScores('placed tues', { 'escalate:security': 0.29, 'topic:order-status': 0.29, calm: 0.2 });
    expect(readsAsSecurity(u)).toBe(true);
    expect(readsAsSecurity({ ...u, leansOnConversation: true })).toBe(false);
  });

  it('when the guard is awake, then a score under the bar still escalates', () => {
    const u = withScores('someone logged into my account', {
      'topic:account-security': 0.85,
      'escalate:security': THRESHOLDS.SECURITY_GUARDED_MIN,
    });
    expect(u.securityGuard).not.toBeNull();
    expect(readsAsSecurity(u)).toBe(true);
  });

  it('when there is no guard and stalled leads, then a middling security score yields to stalled', () => {
    const u = withScores('bought shoes in october, still nothing at all', {
      'escalate:stalled': 0.4,
      'escalate:security': 0.3,
      out_of_scope: 0.3,
    });
    expect(u.securityGuard).toBeNull();
    expect(readsAsSecurity(u)).toBe(false);
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({ kind: 'escalate', category: 'stalled' });
  });

  it('when there is no guard but security is sure enough, then it does not yield', () => {
    // Undated: a dated wait without the guard's words has its own, higher bar (above).
    const u = withScores('the shoes i bought, still nothing at all', {
      'escalate:stalled': 0.5,
      'escalate:security': THRESHOLDS.SECURITY_YIELDS_BELOW,
    });
    expect(u.start).toBeNull();
    expect(readsAsSecurity(u)).toBe(true);
  });

  it('when the model is sure it is another world, then the guard does not lower the bar, unless the message names us', () => {
    const scores = { out_of_scope: 0.8, 'escalate:security': 0.15 };
    const elsewhere = withScores('my gmail was hacked and they bought things', scores);
    const here = withScores('my gmail was hacked and they bought things on kingston', scores);
    expect(elsewhere.securityGuard).not.toBeNull();
    expect(readsAsSecurity(elsewhere)).toBe(false);
    expect(here.namesUs).toBe(true);
    expect(readsAsSecurity(here)).toBe(true);
  });
});

describe('rule, a status question that names no process', () => {
  it('when what is left of the score points at topics, then it asks which one', () => {
    const u = withScores('about the thing with the seller', {
      status: 0.7,
      'topic:disputes': 0.15,
      'topic:order-status': 0.05,
      out_of_scope: 0.1,
    });
    expect(u.process).toBeNull();
    expect(decide(u, null, { policy, now: NOW })).toMatchObject({
      kind: 'clarify',
      candidates: expect.arrayContaining(['disputes']),
    });
  });

  it('when nothing points at a topic, then it is not a "did you mean"', () => {
    const u = withScores('any news?', { status: 0.95, 'topic:disputes': 0.03, out_of_scope: 0.02 });
    expect(decide(u, null, { policy, now: NOW }).kind).not.toBe('clarify');
  });
});
