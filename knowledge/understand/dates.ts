/**
 * When did the person's process start? Dates and durations in free text: "3 days ago",
 * "last Tuesday", "since 10 Nov" (chrono-node), "it's been 2 weeks" (our durations), and vague
 * but long spans ("weeks ago", "a long time ago") that are enough to call a process overdue.
 */
import { DateTime } from 'luxon';

/**
 * chrono's English locale alone: the package's root loads every locale, about 80 ms more at
 * start-up. Required by its export path, which our CommonJS module resolution cannot type; the
 * type is the root's own `en`, the same module.
 */
const chronoEn: (typeof import('chrono-node'))['en'] = require('chrono-node/en');

export interface StartMention {
  /** Best estimate of when the process started. */
  startedAt: Date;
  /** The words it was read from. */
  text: string;
  /** True for vague spans ("weeks ago"): good for "overdue", too loose to promise a due date. */
  approximate: boolean;
}

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  year: 365,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'couple of': 2,
  couple: 2,
  few: 3,
  'a few': 3,
  several: 3,
};
const AMOUNT = String.raw`(\d+|a few|a couple of|couple of|a couple|several|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
const UNIT = String.raw`(hours?|days?|weeks?|fortnight|months?|years?)`;
/**
 * "been 30 days", "waiting for 2 weeks", "over a week", "10 days now", "5 days already", "20 days
 * back", "3 days before, still pending", "stuck 9 days", "sitting there 2 weeks", "open now 2
 * months", "from 10 days", "shipped before two days" (a second language's "ago" and "for"; "will
 * it come before 5 days?" is a deadline, not a start).
 */
const DURATION = new RegExp(
  String.raw`(?<!\b(?:in|within)\s)\b(?:been|waiting|waited|for|past|last|over|almost|nearly|about|than|since|from|stuck|pending|sitting there|sittin there|sat there|(?:open|opened|waiting|been) now|(?<!\b(?:will|would|can|could|come|comes|arrive|arrives|get|be|have|receive|need|want|delivered|there|here|done)\b(?:\s+[a-z']+){0,3}\s)before)\s+(?:(?:about|almost|nearly|over|more than|around|the last|the past|like|literally|already)\s+)?${AMOUNT}\s+(?:more\s+)?${UNIT}\b|\b${AMOUNT}\s+${UNIT}\s+(?:now|already|and (?:still|nothing|no))\b|\b${AMOUNT}\s+${UNIT}\s+(?:back\b|before(?=\s*(?:[,.;!?]|$|and\b|but\b|still\b|now\b)))`,
);
/**
 * "four working days ago", "it's been 3 business days": the timelines count working days, and so
 * do people inside them; counted back over weekdays, not as calendar days.
 */
const WORKING_DAYS = new RegExp(
  String.raw`\b${AMOUNT}\s+(?:working|business)\s+days?\s+(?:ago|now|already|back)\b|\b(?:been|for|past|last|over|almost|nearly|about|than)\s+(?:(?:about|almost|nearly|over|more than|around|the last|the past)\s+)?${AMOUNT}\s+(?:working|business)\s+days?\b`,
);

/** `n` working days (Monday to Friday) before `now`, in the person's zone. */
function workingDaysBefore(now: Date, n: number, timeZone: string): Date {
  let day = DateTime.fromJSDate(now, { zone: timeZone });
  for (let left = n; left > 0;) {
    day = day.minus({ days: 1 });
    if (day.weekday <= 5) left -= 1;
  }
  return day.toJSDate();
}

/** "hasn't shipped in 10 days": a span after a negation counts back from now. */
const NEG_SPAN = new RegExp(
  String.raw`(?:n't|\bnot|\bnever|\bno)\b[^.?!]{0,40}?\bin\s+(?:over\s+|more than\s+|almost\s+|nearly\s+)?${AMOUNT}\s+${UNIT}\b`,
);
/** Vague but long: approximate days each phrase stands for, the shortest reading. */
const VAGUE: { pattern: RegExp; days: number }[] = [
  {
    pattern: /\b(?:months|ages|forever|years|a long time|long time|so long|long ago|such a long)\b/g,
    days: 30,
  },
  { pattern: /\b(?:weeks|fortnight|quite a while|too long|a while ago|a while now)\b/g, days: 14 },
];
/**
 * A vague span dates a start only when said as a span of time: introduced like one ("been weeks",
 * "waiting forever", "for months", "over a fortnight") or counted back ("weeks ago", "months now").
 * "why does it take so long", "this is taking forever" and "Two weeks??" (the timeline just told,
 * thrown back) are feelings about the pace, not when anything started.
 */
const VAGUE_INTRODUCED =
  /\b(?:been|waiting|waited|wait|for|over|since|in|past|last)\s+(?:(?:a|an|the|so|too|like|about|almost|nearly|literally|actually|over|more than)\s+){0,2}$/;
const VAGUE_COUNTED_BACK = /^\s*(?:ago|back|now|already|and (?:still|nothing|no))\b/;

function spansTime(text: string, m: RegExpExecArray): boolean {
  if (/\bago\b/.test(m[0])) return true;
  return (
    VAGUE_INTRODUCED.test(text.slice(0, m.index)) ||
    VAGUE_COUNTED_BACK.test(text.slice(m.index + m[0].length))
  );
}

/** A chrono result only dates the start when introduced like one (not "by Saturday", not "now"). */
const START_MARKER =
  /(?:\bago\b|^(?:yesterday|last|this past|on|since|from|earlier today|today|this morning)\b)/;
/** "mid July", "the end of March": a part of a month, read as its latest day (below). */
const PART_OF_MONTH = String.raw`early|mid|late|(?:at |in |by |towards )?the (?:start|beginning|middle|end) of`;
const PART_BEFORE = new RegExp(String.raw`\b(${PART_OF_MONTH})\s*-?\s*$`);
/** The day of the month each part is read as: its latest, so a part of a month is never late too soon. */
function partOfMonthDay(part: string, date: DateTime): number {
  if (/early|start|beginning/.test(part)) return 10;
  if (/mid|middle/.test(part)) return 20;
  return date.daysInMonth ?? 28;
}

/**
 * A past-tense verb right before the date ("released friday", "approved on tues", "the seller got
 * it monday", "delivered to the seller wednesday") dates the start; the irregular ones are listed,
 * the regular ones end in -ed.
 */
const START_PREFIX = new RegExp(
  String.raw`\b(?:since|on|from|back on|back in|in|last|opened|filed|placed|ordered|requested|returned|sent|send|made|started|paid|bought|approvd|got|came|went|took|gave|left|put|brought|sold|told|heard|said|rang|saw|found|had|did|lost|[a-z]{3,}ed|signed for|it was|that was)` +
    // ("it was": "it was the 22nd of March, not this week", a date said as the answer; not "was"
    // alone: "her birthday was last weekend" dates something else.)
    // ("send": "seller send it 2 of june", as people writing in a second language put it.)
    // What was done, before its date: "sent mine monday", "approved my refund friday", "shipped
    // my nan's present monday", "told about it 9th of august".
    // A bare noun in note-taking English: "placed order 16/04", "requested refund monday".
    String.raw`(?:\s+(?:it|them|this|that|back|in|out|off|you|us|me|mine|one|ours|yours|theirs|his|hers|about (?:it|this|that)|(?:order|orders|item|items|parcel|package|refund|return|payout|dispute|cancellation|cancel request)|(?:my|the|our|your|his|her|their|a|an)(?:\s+[a-z']+){1,2}))?` +
    String.raw`(?:\s+back)?` +
    String.raw`(?:\s+(?:to|at|from|by|into)\s+(?:u|you|us|them|him|her|me|(?:the|my|your|their|his|her|a|an)\s+[a-z]+))?` +
    String.raw`(?:\s+(?:around|about|roughly|approximately|${PART_OF_MONTH}))?\s*(?:the\s*)?$`,
);
/**
 * "oh wait sorry thats 16 june not july", "no, i mean monday last week": a date said again as the
 * correction of one told before. It counts as a start, but does not go before a date a verb
 * introduces ("i mean the tuesday in january, the 19th" keeps chrono's order).
 */
const SAID_AGAIN = /\b(?:that'?s|that is|i mean|i meant)\s*(?:the\s*)?$/;
/** "28 june not yesterday", "fri the 13th, not last fri": a date said against another one denied. */
const AGAINST_DENIED = /^\s*[,.]?\s*(?:and\s+)?not\s/;
/** "the wednesday before, the 18th": a weekday the day of the month said next, after a comma, stands for. */
const DAY_SAID_NEXT = /^\s*(?:before|after|just gone)?\s*,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b/;
/** "… is when I chased them", "… was just when I noticed": the date of something else than the start. */
const IS_WHEN_ELSE = /^\s*(?:is|was)\s+(?:just\s+|only\s+)?when\b/;
/** "in two seconds", "within 3 days", "in an hour": chrono counts them forward from now. */
const AHEAD = /^(?:in|within)\s+(?:\d+|an?|one|two|three|four|five|a few|a couple of|few|several)\s+\w+/;
/** "Friday would be great", "monday works": a date proposed, not one something started on. */
const WANTED_AFTER = /^\s*(?:would|will|works|suits|is fine|is good|is ok|please|if possible)\b/;
/**
 * "I want someone to look at it today", "I need it by Friday", "a payout due on Friday": a date
 * the person wants something by or is owed something on, not when anything started. Read just before a date that only its own words introduce.
 */
const WANTED_BY =
  /\b(?:want|wants|need|needs|expect|must|should|have to|has to|please|asap|by|before|until|till|due|will|i'll|ill|going to|gonna)\b[^.?!,]{0,40}$/;

/**
 * Cheap gate before chrono (the slow part): a short number (a day, a month, "3 days"), a year,
 * a word that dates the past (ago, yesterday, today, last, since, this morning / week / month),
 * or a whole weekday or month name or its abbreviation. Whole words only, so "money",
 * "declined" or "marketplace" do not wake the parser, and neither do order numbers ("#778899",
 * "KX-123456"). "May" counts only next to a number or after "in". Words that only point forward
 * (tomorrow, next) are left out: a start is never in the future.
 */
export const DATE_LIKE =
  /(?<![\d#-])\d{1,2}(?!\d)|\b(?:19|20)\d\d\b|\b(?:ago|yesterday|today|tonight|last|since|this (?:morning|afternoon|evening|week|month)|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:in|early|late|mid-?)\s*may\b/;

function amountOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word] ?? NUMBER_WORDS[word.replace(/^a /, '')] ?? 1);
}

function unitDays(unit: string): number {
  return UNIT_DAYS[unit.replace(/s$/, '')] ?? 1;
}

/** Zone offsets by zone and quarter hour: zones only change offset on a quarter-hour boundary. */
const offsets = new Map<string, number>();
const QUARTER_HOUR_MS = 900_000;

/** chrono's reference needs the offset of the person's zone at `now`, in minutes (memoised). */
function offsetMinutes(now: Date, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(now.getTime() / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = DateTime.fromJSDate(now, { zone: timeZone }).offset;
    if (offsets.size > 1000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** Right after a weekday: "two weeks ago", "3 weeks back", "before last" (two weeks back). */
const WEEKS_BACK =
  /^\s*(?:(\d|one|two|three|four|five|six)\s+weeks?\s+(?:ago|back|before)|before\s+last|the\s+week\s+before\s+last)\b/;

/** A sentence that supposes in the present ("if a refund is approved…", "if I order…"), up to the date. */
const SUPPOSED =
  /\b(?:if|what if|suppose|supposing)\s+(?:i|you|we|a|an|the|my|it|they)\b[^.?!,;]{0,40}\b(?:order|buy|place|pay|is|are|gets?)\b[^.?!]*$/;

/** "dispatched by Kingston Express", "fulfilled by kx": a verb and who did it, read as the verb alone. */
const BY_THE_WAREHOUSE = /\b([a-z]{3,}ed)\s+by\s+(?:kingston express|kingston|kx|ke)\b/g;

function sameDay(a: Date, b: Date, timeZone: string): boolean {
  return DateTime.fromJSDate(a, { zone: timeZone }).hasSame(
    DateTime.fromJSDate(b, { zone: timeZone }),
    'day',
  );
}

/** A start chrono read, where it was said, and whether a verb or preposition introduced it. */
interface ChronoStart extends StartMention {
  at: number;
  /** "approved on 6 May", "since Monday": not only marked by its own words ("yesterday"). */
  introduced: boolean;
}

/** "Good morning." opening a message: a greeting, which chrono would join to the date said next. */
const GREETING = /\bgood (?:morning|afternoon|evening|night)\b/g;

function fromChrono(said: string, now: Date, timeZone: string): ChronoStart | null {
  // Blanked, not removed, so every index still points into the message as said.
  const text = said.replace(GREETING, (g) => ' '.repeat(g.length));
  const parsed = chronoEn.GB.parse(text, { instant: now, timezone: offsetMinutes(now, timeZone) });
  const read = parsed.map((r) => {
    const said = r.text.toLowerCase();
    // "Dispatched by Kingston Express on Monday": the programme's name is no "by" a date is wanted.
    const before = text.slice(0, r.index).toLowerCase().replace(BY_THE_WAREHOUSE, '$1');
    const verbBefore = START_PREFIX.test(before);
    const after = text.slice(r.index + r.text.length).toLowerCase();
    return {
      r,
      said,
      before,
      after,
      verbBefore,
      against: AGAINST_DENIED.test(after),
      introduced: verbBefore || /^(?:on|since|from)\b/.test(said),
    };
  });
  // A date a verb introduces ("approved on 6 May") is the start before one only its own words
  // mark ("yesterday is when I got the reminder email"); one said against a date denied ("it shipped
  // fri the 13th not last fri") before both.
  const ordered = [
    ...read.filter((c) => c.against),
    ...read.filter((c) => c.verbBefore && !c.against),
    ...read.filter((c) => !c.verbBefore && !c.against),
  ];
  for (const { r, said, before, after, verbBefore, against, introduced } of ordered) {
    // A date the message opens with ("26 feb", "wednesday last week, the 10th") answers "since when?".
    // "it actually shipped the wednesday before, the 18th": the day of the month said next is meant.
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && DAY_SAID_NEXT.test(after)) continue;
    const opens = before.trim() === '' && !WANTED_AFTER.test(after);
    // "the 10th, not yesterday": a date denied is never the start.
    if (/\bnot\s*$/.test(before)) continue;
    // "this morning is when I chased them, I first asked on the 4th": a date said to be when
    // something else happened is not the start.
    if (IS_WHEN_ELSE.test(text.slice(r.index + r.text.length))) continue;
    // "if a refund is approved on a Saturday…", "if I order today…": a date supposed, not one lived.
    if (SUPPOSED.test(before)) continue;
    // "took my money in two seconds flat", "refunded within 3 days": a span ahead of a moment, no date.
    if (AHEAD.test(said)) continue;
    // "opened by my bank 12 days ago": nothing is wanted "ago", whatever came before it.
    const ago = /\bago\b/.test(said);
    const saidAgain = SAID_AGAIN.test(before);
    if (
      !(verbBefore || saidAgain || opens || ago || against) &&
      (!START_MARKER.test(said) || WANTED_BY.test(before))
    )
      continue;
    let date = r.start.date();
    // "this morning" said at 5 am: chrono puts the morning's default hour ahead of now. Later
    // today is still today, not a year ago.
    if (date.getTime() > now.getTime() && sameDay(date, now, timeZone)) date = now;
    // "since 20 Dec" said in November means last December; "on Tuesday" said on a Monday means
    // the Tuesday before, not tomorrow.
    if (date.getTime() > now.getTime() && !r.start.isCertain('year')) {
      const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
      date = DateTime.fromJSDate(date)
        .minus(weekdayOnly ? { weeks: 1 } : { years: 1 })
        .toJSDate();
    }
    if (date.getTime() > now.getTime()) continue;
    // "wednesday last week" said on a Thursday: chrono takes yesterday; last week's is meant.
    if (/\blast week\b/.test(said) && r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const thisWeek = DateTime.fromJSDate(now, { zone: timeZone }).startOf('week');
      if (DateTime.fromJSDate(date, { zone: timeZone }) >= thisWeek)
        date = DateTime.fromJSDate(date).minus({ weeks: 1 }).toJSDate();
    }
    // "last Tuesday" said on a Wednesday: chrono takes yesterday, which the person would have called
    // "yesterday"; the Tuesday of the week before is meant.
    if (/^last\s+[a-z]+day\b/.test(said) && r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const yesterday = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').minus({ days: 1 });
      if (DateTime.fromJSDate(date, { zone: timeZone }) >= yesterday)
        date = DateTime.fromJSDate(date).minus({ weeks: 1 }).toJSDate();
    }
    // "the Monday two weeks ago", "tuesday before last": chrono reads the weekday alone, the nearest
    // one; the weeks said after it go back further.
    const weeksBack =
      r.start.isCertain('weekday') && !r.start.isCertain('day') ? WEEKS_BACK.exec(after) : null;
    if (weeksBack) {
      const n = weeksBack[1] ? amountOf(weeksBack[1]) : 2;
      const thisWeek = DateTime.fromJSDate(now, { zone: timeZone }).startOf('week');
      const weekOf = DateTime.fromJSDate(date, { zone: timeZone }).startOf('week');
      const already = Math.round(thisWeek.diff(weekOf, 'weeks').weeks);
      if (n > already)
        date = DateTime.fromJSDate(date)
          .minus({ weeks: n - already })
          .toJSDate();
    }
    // "in mid July", "at the end of March": chrono reads the month's first day; the part said is
    // read as its latest day, and only roughly (enough to call a case late, not to promise a date).
    const part = PART_BEFORE.exec(before);
    if (part && r.start.isCertain('month') && !r.start.isCertain('day')) {
      const month = DateTime.fromJSDate(date, { zone: timeZone });
      const latest = month.set({ day: partOfMonthDay(part[1], month) }).toJSDate();
      date = latest.getTime() > now.getTime() ? now : latest;
      // Rough, so a day said exactly elsewhere ("…the seller signed for them on the 4th") wins.
      return {
        startedAt: date,
        text: `${part[0]}${r.text}`,
        approximate: true,
        at: r.index,
        introduced: false,
      };
    }
    return { startedAt: date, text: r.text, approximate: false, at: r.index, introduced };
  }
  return null;
}

/**
 * "It was due on 13 November", "expected by Friday", "expected 4 days ago", "should have arrived by the 10th": a date the
 * person was promised, read from the words right after the promise.
 */
const DUE_ON =
  /\b(?:due|expected|promised|scheduled|estimated|supposed to (?:arrive|come|be (?:delivered|paid|here|refunded))|should have (?:arrived|come|been (?:delivered|paid|refunded|here)))\s+(?:(?:on|by|for|before)\s+)?([^.?!,;]{3,40})/;

/**
 * "is", "are", "'s" or "will be" right before "due", or something one has that is due ("I have a
 * weekly payout due on Friday", "I've got a supplier invoice due on Monday"): a date still to come.
 */
const PRESENT_BEFORE_DUE =
  /\b(?:is|are|'s|will be|gets)\s*$|\b(?:have|has|ve)(?:\s+got)?(?:\s+[a-z£$€\d.,']+){1,4}\s*$/;

/**
 * The promised date when it is already behind us (before the start of today in `timeZone`);
 * null when there is none, it cannot be read, or it is still to come.
 */
export function promisedDateMissed(
  text: string,
  now: Date,
  timeZone: string,
): { date: Date; text: string } | null {
  const m = DUE_ON.exec(text);
  if (!m) return null;
  const results = chronoEn.GB.parse(
    m[1],
    { instant: now, timezone: offsetMinutes(now, timeZone) },
    { forwardDate: false },
  );
  const r = results[0];
  if (!r || r.index > 2) return null;
  let date = r.start.date();
  // "should have arrived by Friday", said on a Tuesday, means the Friday just gone. A date with a
  // day of the month stays as read: a promised date can be ahead of us, and then nothing is late.
  const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
  // "rent is due monday", "it's due friday": said in the present, a weekday is the one ahead.
  if (weekdayOnly && PRESENT_BEFORE_DUE.test(text.slice(0, m.index))) return null;
  if (date.getTime() > now.getTime() && weekdayOnly)
    date = DateTime.fromJSDate(date).minus({ weeks: 1 }).toJSDate();
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').toJSDate();
  return date.getTime() < today.getTime() ? { date, text: m[0] } : null;
}

/** Reads the start of a process from `text` (already lower-cased); null when nothing is said. */
export function extractStart(text: string, now: Date, timeZone: string): StartMention | null {
  // A turn reads its message more than once (the conversation's step, then a flow's own parse);
  // chrono is the costly part, so the last readings are remembered for the same minute and zone.
  const key = `${timeZone}|${Math.floor(now.getTime() / MINUTE_MS)}|${text}`;
  if (recentStarts.has(key)) return recentStarts.get(key) ?? null;
  const start = readStart(text, now, timeZone);
  if (recentStarts.size >= RECENT_STARTS) recentStarts.delete(recentStarts.keys().next().value as string);
  recentStarts.set(key, start);
  return start;
}

const MINUTE_MS = 60_000;
const RECENT_STARTS = 256;
const recentStarts = new Map<string, StartMention | null>();

/**
 * How often, not how long ago: "every 2 weeks", "each month", "twice a week", "per day". Taken out
 * before reading a start, so a question about a schedule is not read as a case two weeks old.
 */
const FREQUENCY = new RegExp(
  String.raw`\b(?:every|each|per|once a|twice a|(?:\d+|two|three|four|five) times (?:a|per))\s+(?:other\s+|${AMOUNT}\s+)?${UNIT}\b`,
  'g',
);

/** Being with us: "selling", "a customer", "using the app", "on here". */
const WITH_US = String.raw`(?:selling|trading|shopping|buying|a (?:seller|buyer|customer|member|user)|a loyal customer|using (?:it|this|the app|the site|kingston express)|on (?:here|kingston express))`;
/** Where, said after it: "here", "on here", "with you". */
const HERE = String.raw`(?:\s+(?:(?:on|with|at)\s+)?(?:here|you|kingston express|this site|the site))?`;
/** For how long, or since when: "for two months", "for over a year", "since 2019", "since 3 years ago". */
const SO_LONG = String.raw`(?:for\s+(?:over\s+|about\s+|almost\s+|nearly\s+)?${AMOUNT}\s+${UNIT}|since\s+(?:(?:19|20)\d\d|${AMOUNT}\s+${UNIT}\s+ago))`;
/**
 * How long the person has been with us, not when their case began: "I've been selling for two
 * months", "a customer here since 2019", "member for 3 years". Taken out like a frequency.
 */
const TENURE = new RegExp(
  String.raw`\b(?:been|am|im|i'm)\s+${WITH_US}${HERE}\s+${SO_LONG}|\b(?:member|customer|seller) since\s+(?:19|20)\d\d\b`,
  'g',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month named in full or as its usual abbreviation ("may" only in full: it is also a verb). */
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}\b`);

/**
 * The latest `day` of a month that is not after `today`: of the month named (this year's or last
 * year's), or else of this month or the two before it. Null when there is none ("the 31st" in a
 * run of short months).
 */
function latestDayOfMonth(day: number, monthName: string | undefined, today: DateTime): DateTime | null {
  if (day < 1 || day > 31) return null;
  const firsts = monthName
    ? [0, 1].map((back) =>
        today
          .set({ month: MONTHS.findIndex((mo) => monthName.startsWith(mo)) + 1, day: 1 })
          .minus({ years: back }),
      )
    : [0, 1, 2].map((back) => today.set({ day: 1 }).minus({ months: back }));
  for (const first of firsts) {
    if (day > (first.daysInMonth ?? 28)) continue;
    const date = first.set({ day });
    if (date.startOf('day') <= today.startOf('day')) return date;
  }
  return null;
}

/** "on the 5th", "since the 2nd", "shipped 25th", "the seller got them the 25th", "it was the 15th", or "the 13th" opening a sentence or a clause ("the one before, the 22nd": the answer to "since when?"): a day of the month with no month (chrono reads none). */
const ORDINAL_DAY =
  /(?:\b(?:(?:on|since|from)\s+the|on|since|from|(?:was|were)(?:\s+on)?\s+the|(?:[a-z]{3,}ed|sent|got|came|went|paid|bought|made|left|took)(?:\s+(?:it|them|this|that|mine|one|back))?(?:\s+(?:on\s+)?the)?)\s+|(?:^|[.!?;]\s+|,\s+the\s+)(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:time|attempt|try|order|item|one|floor|page|of\b))/;

/** The latest such day not after today, in the person's zone: "the 5th" said on 7 December is 5 December. */
function fromOrdinalDay(text: string, now: Date, timeZone: string): (StartMention & { at: number }) | null {
  const m = ORDINAL_DAY.exec(text);
  if (!m) return null;
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  // "returned them at the start of November; the seller signed on the 4th": a month named
  // elsewhere in the message is the 4th's month.
  const date = latestDayOfMonth(Number(m[1]), MONTH_NAME.exec(text)?.[1], today);
  return date
    ? { startedAt: date.set({ hour: 12 }).toJSDate(), text: m[0], approximate: false, at: m.index }
    : null;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/**
 * "it's now the 20th", "today is the 16th", "it's Wednesday": the person says what day it is for
 * them. Counted from that day, "arrived on the 1st" is 19 days old whatever the server's clock
 * says, so the start is read as of that day. A day of the month needs its "th" or a month ("it's
 * 3 days" is a span); a weekday needs nothing.
 */
const TODAY_SAID = new RegExp(
  String.raw`\b(?:today is|today's|todays|it is now|it's now|its now|now it's|now its|now it is|it's|its|it is)\s+(?:already\s+)?(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)(?!\s+(?:time|attempt|try|message|email|call|order|item|one)\b)(?:\s+of)?(?:\s+${MONTH_WORD})?|(\d{1,2})\s+${MONTH_WORD}|(${WEEKDAYS.join('|')}))\b(?:\s+(?:now|today))?`,
);

/** The day the person says it is, the latest such day not after `now`; null when none is said. */
function todaySaid(text: string, now: Date, timeZone: string): { day: DateTime; said: string } | null {
  const m = TODAY_SAID.exec(text);
  if (!m) return null;
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  if (m[5]) {
    const back = (today.weekday - (WEEKDAYS.indexOf(m[5]) + 1) + 7) % 7;
    return { day: today.minus({ days: back }), said: m[0] };
  }
  const day = latestDayOfMonth(Number(m[1] ?? m[3]), m[2] ?? m[4], today);
  return day ? { day, said: m[0] } : null;
}

function readStart(said: string, now: Date, timeZone: string): StartMention | null {
  const stated = todaySaid(said, now, timeZone);
  if (stated && stated.day.startOf('day') < DateTime.fromJSDate(now, { zone: timeZone }).startOf('day')) {
    // Read as of the day said, then moved to now by the same span.
    const asOf = stated.day.toJSDate();
    // Taken out as a sentence break, so chrono never joins the dates either side of it
    // ("released on monday last week, its thursday now" is not "monday last week, now").
    const start = readDated(said.replace(stated.said, '. '), asOf, timeZone);
    if (!start) return null;
    const shift = now.getTime() - asOf.getTime();
    return { ...start, startedAt: new Date(start.startedAt.getTime() + shift) };
  }
  // "Today is Saturday though, does Saturday count?": saying what day it is dates nothing.
  return readDated(stated ? said.replace(stated.said, '. ') : said, now, timeZone);
}

/**
 * Days people name instead of dating them ("returned it on boxing day", "cancelled on new year's
 * eve"), as the dates chrono reads; the latest one not after today is meant, like any day-month.
 */
const NAMED_DAYS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:christmas|xmas) eve\b/g, '24 december'],
  [/\bboxing day\b/g, '26 december'],
  [/\b(?:christmas|xmas)(?: day)?\b/g, '25 december'],
  [/\bnew year'?s? eve\b|\bnye\b/g, '31 december'],
  [/\bnew year'?s? day\b/g, '1 january'],
];

/** Dates in text-speak, read as the words they stand for: "since yday", "2 wks ago". */
const DATE_SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:the )?day before (?:yesterday|yday|yest)\b/g, '2 days ago'],
  [/\b(?:yday|ydy|yest|ystday|yesterdy)\b/g, 'yesterday'],
  [/\b(?:2day|2dy|tday|tdy|tdoay|todya)\b/g, 'today'],
  [/\bthis (morn|mornin|mrning|am)\b/g, 'this morning'],
  [/\bthis (?:aft|arvo|afternon)\b/g, 'this afternoon'],
  [/\bthis evenin\b/g, 'this evening'],
  [/\b(\d+|a|one|two|three|four|few|couple of)\s*wks\b/g, '$1 weeks'],
  [/\b(\d+|a|one|two|three|four|few|couple of)\s*wk\b/g, '$1 week'],
  [/\b(\d+)\s*hrs\b/g, '$1 hours'],
  // "Monday the 22nd of March", "on tuesday 3 june": the weekday only names the date after it
  // (chrono would read it as a date of its own, this week's). Without a month ("Monday the 9th")
  // the weekday stays: the person's own calendar ("today is Wednesday the 11th") may not be ours,
  // and the weekdays still tell the span.
  [
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/g,
    '',
  ],
  [/\btues\b/g, 'tuesday'],
  [/\bweds?\b(?!\s+(?:my|a|the|her|him))/g, 'wednesday'],
  [/\bthurs?\b/g, 'thursday'],
  // "oct 15", "opened may 28": chrono reads a month then a number from 13 as a year (2015, 2028);
  // the day first is read as meant. "may" counts here: a number follows it.
  [
    /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,/:.-]?\s*\d)/g,
    '$2 $1',
  ],
];

/** Named days and text-speak dates, in one list: each message is read through all of them. */
const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [...NAMED_DAYS, ...DATE_SHORTHAND];

const FULL_MONTHS: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};
/** A month's abbreviation after a day: "from 2 nov" is a time to chrono ("from 2", o'clock); "from 2 november" is the date. */
const DAY_THEN_ABBREVIATION =
  /(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!-)/g;
const monthsInFull = (text: string) =>
  text.replace(DAY_THEN_ABBREVIATION, (_, day: string, month: string) => `${day}${FULL_MONTHS[month]}`);

/** Named days, text-speak dates and months after a day as the words chrono and the patterns above read. */
function spelledOut(text: string): string {
  let out = text;
  for (const [name, date] of SPELLED_OUT) out = out.replace(name, date);
  return monthsInFull(out);
}

/**
 * "I was told about 10 working days", "it should take 5 days", "they said up to 2 weeks": a span the
 * person was told or expects, the timeline itself, not time gone by since anything started ("the
 * payout has said Released for 10 days" is the status saying it: time gone by).
 */
const SPAN_TOLD =
  /\b(?:told|quoted|promised|takes?|should take|supposed to take|up to|usually|normally|expected|expect|(?:they|he|she|you|we|seller|bank|support|email|site|website) said)\b(?:\s+[a-z']+){0,3}\s*$/;

/** The span patterns read for every match (global copies, made once, not per message). */
const WORKING_DAYS_ALL = new RegExp(WORKING_DAYS.source, 'g');
const DURATION_ALL = new RegExp(DURATION.source, 'g');

/** The first match of a global span pattern that is time gone by, not a span told (SPAN_TOLD). */
function spanGoneBy(all: RegExp, text: string): RegExpExecArray | null {
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const clause =
      text
        .slice(0, m.index)
        .split(/[.?!;]/)
        .pop() ?? '';
    if (!SPAN_TOLD.test(clause)) return m;
  }
  return null;
}

/**
 * "last Monday the 7th", "on Tuesday 8th": a weekday with a day of the month and no month. Chrono
 * reads the weekday alone (this week's, or "last" week's by its own count), so the day is lost.
 * When the latest such day falls on that weekday, the person's calendar is ours and the day
 * is meant; otherwise the words stay as they are (the weekdays still tell the span).
 */
const WEEKDAY_THEN_DAY = new RegExp(
  String.raw`\b(?:last\s+|this\s+past\s+)?(${WEEKDAYS.join('|')}),?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b(?!\s*(?:am|pm|:|\.\d|%|pounds?|quid|items?|orders?|days?|weeks?|months?|hours?|hrs?|mins?))`,
  'g',
);
function weekdayWithItsDay(text: string, now: Date, timeZone: string): string {
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  return text.replace(WEEKDAY_THEN_DAY, (whole, weekday: string, day: string, _th, at: number) => {
    const date = latestDayOfMonth(Number(day), undefined, today);
    if (!date || date.weekday !== WEEKDAYS.indexOf(weekday) + 1) return whole;
    // "last Monday" marked its own start; "7 june" alone would not, so it says "on".
    const on = /\b(?:on|since|from)\s+$/.test(text.slice(0, at)) ? '' : 'on ';
    return `${on}${date.day} ${date.toFormat('LLLL').toLowerCase()}`;
  });
}

function readDated(said: string, now: Date, timeZone: string): StartMention | null {
  const text = weekdayWithItsDay(
    spelledOut(said.replace(FREQUENCY, ' ').replace(TENURE, ' ')),
    now,
    timeZone,
  );
  const w = spanGoneBy(WORKING_DAYS_ALL, text);
  if (w)
    return {
      startedAt: workingDaysBefore(now, amountOf(w[1] ?? w[2]), timeZone),
      text: w[0],
      approximate: false,
    };
  const d = spanGoneBy(DURATION_ALL, text);
  if (d) {
    const amount = amountOf(d[1] ?? d[3] ?? d[5]);
    const days = amount * unitDays(d[2] ?? d[4] ?? d[6]);
    return { startedAt: new Date(now.getTime() - days * DAY_MS), text: d[0], approximate: false };
  }
  // "nothing in a week" says the case is at least that old: a date told for its start ("posted on
  // 7 April … tracking hasn't updated in a week") is the start when it is earlier.
  const n = NEG_SPAN.exec(text);
  const unheard = n
    ? {
        startedAt: new Date(now.getTime() - amountOf(n[1]) * unitDays(n[2]) * DAY_MS),
        text: n[0],
        approximate: false,
      }
    : null;
  // chrono is the slow part; only wake it when the text has something date-like. The span said
  // with "nothing in" is no date of its own ("in a week" would be a week from now).
  const dated = n ? text.replace(n[0], ' . ') : text;
  if (DATE_LIKE.test(dated)) {
    const c = fromChrono(dated, now, timeZone);
    // Unless a verb introduced chrono's date, the day of the month ("on the 10th", which chrono
    // does not read) or chrono's date, whichever is said first: "I requested it on the 10th …
    // yesterday is just when I checked", but "ordered on Wednesday the 2nd … a trip on the 19th".
    const o = c?.introduced ? null : fromOrdinalDay(dated, now, timeZone);
    const first = o && (!c || c.approximate || o.at < c.at) ? o : c;
    if (first && !(unheard && (first.approximate || first.startedAt >= unheard.startedAt)))
      return { startedAt: first.startedAt, text: first.text, approximate: first.approximate };
  }
  if (unheard) return unheard;
  for (const v of VAGUE)
    for (const m of text.matchAll(v.pattern))
      if (spansTime(text, m))
        return { startedAt: new Date(now.getTime() - v.days * DAY_MS), text: m[0], approximate: true };
  return null;
}
