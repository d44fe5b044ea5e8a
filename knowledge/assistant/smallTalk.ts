/**
 * Greetings, thanks, goodbyes and a bare "ok" on their own. They are outside the Help Center (triage calls them
 * out of scope), but a person saying "hi" deserves a hello, not a refusal.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'acknowledgement';

const PATTERNS: Array<[SmallTalk, RegExp]> = [
  [
    'greeting',
    /^(hi+|hello+|hey+|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| team| all| bot)?$/,
  ],
  [
    'thanks',
    /^((ok(ay)?|great|perfect|brilliant|lovely),? )?((many |big )?thanks?( a lot| so much| very much| again)?|thank you( so much| very much| again)?|thx|ty|cheers)$/,
  ],
  [
    'goodbye',
    /^(bye+|goodbye|see (you|ya)|that'?s all|nothing else|no(pe)?,? (that'?s|thats) (all|it)|ok bye)$/,
  ],
  // A bare "ok" or "yes" with nothing before it to answer: a nudge, not a question to refuse.
  [
    'acknowledgement',
    /^((hmm+|um+|ah+|oh+),? )?(ok(ay)?|k|kk|alright|all right|right|sure|cool|fine|got it|i see|understood|noted|yes|yeah|yep|no|nope|hmm+)( then)?$/,
  ],
];

/** The kind of small talk when the whole message is one, else null. */
export function smallTalkOf(text: string): SmallTalk | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!?,:)(\s]+$/g, '')
    .replace(/\s+/g, ' ');
  for (const [kind, re] of PATTERNS) if (re.test(t)) return kind;
  return null;
}
