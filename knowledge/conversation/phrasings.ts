/**
 * The words people use instead of pressing a button or filling in a form, as data. A support
 * lead can add a phrasing here without touching the parsers in words.ts, and every entry is
 * covered by the tests in test/knowledge/conversation/words.test.ts.
 *
 * Phrases are matched on the normalised message (lower case, punctuation turned to spaces, one
 * space between words), so they are written the same way: no punctuation, single spaces.
 */

/** Words that may surround any short reply without changing it ("ok", "please", "thanks"). */
export const FILLERS = [
  'ok',
  'okay',
  'so',
  'well',
  'hmm',
  'oh',
  'ah',
  'um',
  'right',
  'alright',
  'then',
  'thanks',
  'thank you',
  'cheers',
  'just',
  'now',
  'quickly',
  'asap',
  'please',
  'pls',
  'plz',
  'it',
  'that',
  'this',
] as const;

/** A reply that drops the bot's pending question ("never mind", "forget it", "actually no"). */
export const CANCEL_PHRASES = [
  'never mind',
  'nevermind',
  'nvm',
  'forget it',
  'forget about it',
  'forget that',
  'actually no',
  'no actually',
  'actually never mind',
  'cancel',
  'cancel that',
  'stop',
  'leave it',
  'ignore that',
  'ignore me',
  'doesnt matter',
  'does not matter',
  'dont worry',
  'dont worry about it',
  'not needed',
  'no need',
  'scrap that',
] as const;

/** Words that say yes to "Shall I send it?"; any other word (bar fillers) makes the reply unclear. */
export const CONFIRM_YES = [
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'sure',
  'ok',
  'okay',
  'go ahead',
  'go for it',
  'do it',
  'send it',
  'send',
  'please do',
  'please',
  'absolutely',
  'definitely',
  'of course',
  'correct',
  'confirm',
  'confirmed',
  'fine',
  'sounds good',
  'thats right',
  'that is right',
  'right away',
  'yes please',
] as const;

/** Words that say no to a confirmation ("no thanks", "don't send it"). */
export const CONFIRM_NO = [
  'no',
  'n',
  'nope',
  'nah',
  'not now',
  'not yet',
  'dont',
  'do not',
  'dont send it',
  'do not send it',
  'not really',
  'no thanks',
  'no thank you',
  'hold on',
  'wait',
] as const;

/**
 * A follow-up that asks for the status again ("any news?", "ok so when will I hear back?"):
 * after a wait it is answered with the same status and date, asking nothing.
 */
export const STATUS_FOLLOW_UPS = [
  'any news',
  'any update',
  'any updates',
  'anything new',
  'any progress',
  'whats the status',
  'what is the status',
  'status',
  'when will i hear back',
  'when will i hear',
  'when do i hear back',
  'when will i get an answer',
  'when will i get an update',
  'when will i know',
  'when will it be done',
  'when will it be sorted',
  'how much longer',
  'how long now',
  'how long will it take',
  'how long do i wait',
  'how long do i have to wait',
  'so when',
  'when then',
  'by when',
  'and now',
  'what now',
  'what happens now',
  'what happens next',
  'still waiting',
  'im still waiting',
  'still nothing',
  'nothing yet',
  'whats happening',
  'what is happening',
  'whats going on',
  'what is going on',
  'whats the latest',
  'any word',
  'have you heard anything',
  'heard anything',
  'is it done',
  'is it sorted',
  'update please',
  'any news on it',
  'when will it be resolved',
  'when will they decide',
  'when will i get my money',
] as const;

/**
 * Openings of a follow-up about the topic just answered ("and if I paid with PayPal?",
 * "what about to Ireland?"): the message stays on that topic unless it clearly changes it.
 */
export const FOLLOW_UP_OPENERS = [
  'and if',
  'and what if',
  'what if',
  'what about',
  'and what about',
  'how about',
  'and how about',
  'and for',
  'and to',
  'and with',
  'and by',
  'and when',
  'and how long',
  'same for',
  'same with',
  'even if',
  'but if',
  'but what if',
  'but what about',
  'does that apply',
  'does it apply',
  'is it the same',
  'also for',
  'if it',
  'if i',
] as const;

/** Words that open a question of its own after "and" ("and how do I cancel?"), not a follow-up. */
export const OWN_QUESTION_WORDS = [
  'how',
  'can',
  'could',
  'where',
  'why',
  'what',
  'when',
  'who',
  'do',
  'does',
  'did',
  'is',
  'are',
  'will',
  'would',
  'should',
  'i',
  'my',
] as const;

/** A short follow-up may open with these and name only the new detail ("and to Ireland?"). */
export const SHORT_FOLLOW_UP_OPENERS = ['and', 'also', 'or', 'but'] as const;

/** At most this many words for a short "and …?" follow-up; longer ones say enough to be read alone. */
export const SHORT_FOLLOW_UP_WORDS = 5;

/** Words that mark a message as correcting what the person said before. */
export const CORRECTION_MARKERS = [
  'no wait',
  'oh wait',
  'sorry',
  'actually',
  'i mean',
  'i meant',
  'correction',
  'my mistake',
  'my bad',
  'i was wrong',
  'not yesterday',
  'not today',
  'to be exact',
  'to be precise',
  'wait no',
  'mixed up',
  'got that wrong',
  'got it wrong',
  'misread',
  'scratch that',
  'ignore that',
  'ignore what i said',
] as const;

/** Words that say who the person is on the order: the seller, or the buyer. */
export const ROLE_CUES: Record<'buyer' | 'seller', readonly string[]> = {
  seller: [
    'im a seller',
    'i am a seller',
    'im the seller',
    'i am the seller',
    'as a seller',
    'my buyer',
    'the buyer',
    'my customer',
    'i sold',
    'my shop',
    'my store',
    'my listing',
    'my payout',
    'my payouts',
  ],
  buyer: [
    'im a buyer',
    'i am a buyer',
    'im the buyer',
    'i am the buyer',
    'as a buyer',
    'i bought',
    'i ordered',
    'i purchased',
    'the seller',
    'my seller',
    'my order',
    'my parcel',
    'my package',
  ],
};

/** Words that say the order was Dispatched by Kingston Express, or that it was not. */
export const DISPATCH_CUES = {
  yes: [
    'dispatched by kingston express',
    'dispatched by kx',
    'fulfilled by kingston express',
    'kx warehouse',
  ],
  no: ['seller shipped', 'shipped by the seller', 'seller sent it', 'not dispatched by kingston express'],
} as const;

/** Words that point back at what was just said ("can I do it from the app?", "how do I sign up for it"). */
export const BACK_REFERENCES = ['it', 'that', 'this', 'them', 'those', 'these'] as const;
