/** Understanding a message: dates, ids, emotion, process, spelling, with the clock injected. */
import { normalise, understand } from '../../../knowledge/understand';

/** Monday 23 November 2026, 12:00 in London. */
const NOW = new Date('2026-11-23T12:00:00Z');
const read = (text: string) => understand(text, { now: NOW, timeZone: 'Europe/London' });
const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('understand, dates and durations', () => {
  it('when a message says "3 days ago", then the start is three days before now', () => {
    expect(day(read('I opened a dispute 3 days ago').start?.startedAt)).toBe('2026-11-20');
  });
  it('when a message says "last Tuesday", then the start is the Tuesday before', () => {
    expect(day(read('my return was delivered last Tuesday').start?.startedAt)).toBe('2026-11-17');
  });
  it('when a message says "since 10 Nov", then the start is 10 November', () => {
    expect(day(read('waiting on my refund since 10 Nov').start?.startedAt)).toBe('2026-11-10');
  });
  it('when a day-month date lies ahead this year, then it is read as last year', () => {
    expect(day(read('my dispute has been open since 20 Dec').start?.startedAt)).toBe('2025-12-20');
  });
  it('when a message says "it has been 2 weeks", then the start is 14 days back', () => {
    expect(day(read('it has been 2 weeks and my payout has not arrived').start?.startedAt)).toBe(
      '2026-11-09',
    );
  });
  it('when a message says "weeks ago", then the start is approximate but long', () => {
    const s = read('I asked for a refund weeks ago').start;
    expect(s).toMatchObject({ approximate: true });
  });
  it('when a date is a deadline, not a start, then no start is read', () => {
    expect(read('will my parcel be here by Saturday?').start).toBeNull();
  });
});

describe('understand, ids', () => {
  it('when order and case ids are typed, then both are found, upper-cased', () => {
    expect(read('order kx-123456 and dispute d-1234, also #778899 and CB-2041').ids).toEqual({
      orders: ['KX-123456', '#778899'],
      cases: ['D-1234', 'CB-2041'],
    });
  });
});

describe('understand, process and signals', () => {
  it('when the person opened a dispute, then the dispute review is running', () => {
    expect(read('I opened a dispute yesterday').process).toMatchObject({
      process: 'dispute-review',
      running: true,
    });
  });
  it('when the person asks in general, then the process is not running', () => {
    expect(read('how long does a refund usually take?').process).toMatchObject({
      process: 'refund-processing',
      running: false,
    });
  });
  it('when the person asks for a human, then the signal is set', () => {
    expect(read('can I speak to a real person please').asksForHuman).toBe(true);
  });
  it('when a message names a security incident, then the category signal carries the cue', () => {
    expect(read('my account was hacked').categories[0]).toMatchObject({
      category: 'security',
      strength: 'strong',
      cue: 'hacked',
    });
  });
  it('when a message reports an error, then new information is flagged', () => {
    expect(read('the refund amount shown is incorrect').newInfo.map((n) => n.cue)).toContain('error');
  });
});

describe('understand, domain', () => {
  it('when a message is about travel, then it is off-domain', () => {
    expect(read('find me a cheap flight to Lisbon')).toMatchObject({ offDomain: true });
  });
  it('when a message asks about a dispute, then it is not off-domain', () => {
    expect(read('any news on my dispute?')).toMatchObject({ offDomain: false, domain: 'strong' });
  });
});

describe('understand, emotion', () => {
  it('when the person insults the service, then criticism is found', () => {
    expect(read('worst service ever').emotion.criticism.length).toBeGreaterThan(0);
  });
  it('when the person shouts, then capitals and exclamations are counted', () => {
    expect(read('WHERE IS MY PARCEL!!!').emotion).toMatchObject({
      capitals: true,
      exclamations: 3,
      frustrated: true,
    });
  });
  it('when the person says hurry, then urgency is found', () => {
    expect(read('hurry up please').emotion.urgency).toContain('hurry');
  });
  it('when a calm question is asked, then no frustration is found', () => {
    expect(read('how do I change my address?').emotion.frustrated).toBe(false);
  });
});

describe('normalise', () => {
  it('when letters are stylised Unicode, then they fold to plain text', () => {
    expect(normalise('𝓬𝓪𝓷𝓬𝓮𝓵 𝓸𝓻𝓭𝓮𝓻')).toBe('cancel order');
  });
  it('when support words are misspelt, then they are repaired and real words are kept', () => {
    expect(normalise('plz cancle my oder, I was talking about shopping')).toBe(
      'please cancel my order, i was talking about shopping',
    );
  });
});
