/**
 * Greetings, thanks and goodbyes on their own. They are outside the Help Center (triage calls them
 * out of scope), but a person saying "hi" deserves a hello, not a refusal.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

const PATTERNS: Array<[SmallTalk, RegExp]> = [
  [
    'greeting',
    /^(hi+|hello+|hey+|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| team| all| bot)?$/,
  ],
  [
    'thanks',
    /^((many |big )?thanks?( a lot| so much| very much| again)?|thank you( so much| very much| again)?|thx|ty|cheers|great,? thanks?)$/,
  ],
  [
    'goodbye',
    /^(bye+|goodbye|see (you|ya)|that'?s all|nothing else|no(pe)?,? (that'?s|thats) (all|it)|ok bye)$/,
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
