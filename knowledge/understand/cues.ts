/**
 * Cue lists for understanding a message: DATA, not logic. Each cue is a regular expression
 * source matched against the normalised text (lower case, NFKC, common misspellings fixed,
 * see normalise.ts). They are written from the Help Center guide's lists (seed 000: "When You
 * SHOULD / Should NOT Contact Support") and from general customer-support language; never from
 * evaluation lines. `id` names the cue in decision reasons; `strength` is how much one match
 * says on its own (strong: enough to act; weak: needs company).
 */
import type { Category } from '../types';

export type CueStrength = 'strong' | 'weak';
export interface Cue {
  id: string;
  pattern: string;
  strength: CueStrength;
}

/** Short building blocks shared by the patterns below. */
const W = String.raw`(?:[\w'$-]+\s+)`; // one word and its space
const NEG = String.raw`(?:\bnot|\bnever|\bno|n't|\bnothing|\bdidnt|\bdont|\bdoesnt|\bhasnt|\bhavent|\bisnt|\bwasnt)`;
const ME = String.raw`(?:i|we)`;
const MONEYTHING = String.raw`(?:transactions?|charges?|purchases?|payments?|orders?|withdrawals?|transfers?|debits?)`;
const CREDENTIAL = String.raw`(?:account|card|details|identity|password|login|credentials|data|information|info|email|e-mail|bank details|payout details)`;

/** Seed: "Account & Security Issues", "Disputes & Chargebacks", "Dispatchment Issues", "Stalled or Overdue Cases". */
export const CATEGORY_CUES: Record<Category, Cue[]> = {
  security: [
    { id: 'hacked', pattern: String.raw`\b(?:hack(?:ed|er|ers|ing)?|compromised?)\b`, strength: 'strong' },
    {
      id: 'credentials-stolen',
      pattern: String.raw`\b${CREDENTIAL}\s+${W}{0,3}(?:stolen|leaked|compromised)\b`,
      strength: 'strong',
    },
    {
      id: 'stole-credentials',
      pattern: String.raw`\b(?:stole|steal(?:ing)?|stolen)\s+(?:my\s+|our\s+)?(?:${CREDENTIAL}|money|funds)\b`,
      strength: 'strong',
    },
    { id: 'identity-theft', pattern: String.raw`\bidentity\s+(?:theft|fraud)\b`, strength: 'strong' },
    { id: 'unauthorized', pattern: String.raw`\bun-?authori[sz]ed\b`, strength: 'strong' },
    {
      id: 'fraud',
      pattern: String.raw`\bfraud(?:ulent|ulently)?\s+(?:${W}{0,1})(?:activity|activities|charges?|transactions?|payments?|purchases?|orders?|log-?ins?|logins?|access|use|usage|emails?|messages?|calls?|withdrawals?|alert)\b|\bfraud\s+(?:on|in|with|from|against)\s+(?:my|our)\b|\b(?:report|reporting|stop|prevent|victim of|suspect|suspected|committed|experiencing)\s+(?:a\s+|some\s+)?fraud\w*|\bfraudsters?\b|\bphishing\b|\bscammed\b|\bfraudulent(?:ly)?\b(?!\s+(?:app|company|site|website|platform|people|seller))`,
      strength: 'strong',
    },
    {
      id: 'not-my-transaction',
      pattern: String.raw`\b${MONEYTHING}\s+(?:that\s+)?${ME}\s+(?:did\s*n[o']?t|didnt|do\s*n[o']?t|dont|never|did not|do not)\s+(?:make|made|recogni[sz]e|authori[sz]e|place|placed|do|did|buy|order|approve)\b`,
      strength: 'strong',
    },
    {
      id: 'do-not-recognise',
      pattern: String.raw`\b(?:do\s*n[o']?t|did\s*n[o']?t|dont|didnt|do not|did not|not|never|cannot|can't|cant)\s+recogni[sz]e\s+${W}{0,3}(?:${MONEYTHING}|log-?ins?|logins?|sign-?ins?|devices?|activity|emails?|address|number|account|card|amount)\b|\b(?:do\s*n[o']?t|don't|do not|did not|didn't)\s+recogni[sz]e\s+(?:it|this|these|them|that|any of (?:it|them|these))\s*[.?!]*$|\b(?:${MONEYTHING}|log-?ins?|logins?|devices?|activity)\s+${W}{0,3}(?:i|we)\s+(?:do\s*n[o']?t|don't|do not|can't|cannot)\s+recogni[sz]e\b`,
      strength: 'strong',
    },
    {
      id: 'never-bought',
      pattern: String.raw`\b${ME}\s+(?:never|did\s*n[o']?t|didnt|did not)\s+(?:purchased?|buy|bought|authori[sz]ed?|ordered|order|make|made)\s+(?:this|these|that|those|it|them|anything|any of|something)\b(?!\s+(?:size|colou?r|model|version|one|kind|type|much|many|quantity)\b)(?!.*\bcancel)|\b(?:things?|items?|stuff|purchases?|orders?)\s+(?:that\s+)?${ME}\s+(?:never|did\s*n[o']?t|did not)\s+(?:purchased?|buy|bought|ordered|order|make|made)\b`,
      strength: 'strong',
    },
    {
      id: 'suspicious-activity',
      pattern: String.raw`\b(?:suspicious|questionable|strange|unknown|random|weird|odd|unusual|unfamiliar|mysterious)\s+${W}?(?:activity|log-?ins?|logins?|sign-?ins?|transactions?|charges?|purchases?|payments?|devices?|emails?|access|withdrawals?|debits?)\b`,
      strength: 'strong',
    },
    {
      id: 'someone-else-account',
      pattern: String.raw`\b(?:someone|somebody|some one|a stranger|another person)\s+(?:else\s+)?${W}{0,5}(?:my|our)\s+(?:account|card|password|email|details|payout|bank|login|profile)\b`,
      strength: 'strong',
    },
    {
      id: 'changed-not-by-me',
      pattern: String.raw`\b(?:password|email|e-mail|phone number|number|bank details|payout details|details|address|pin)\s+(?:was|were|has been|have been|got|had been)\s+changed\b[^.?!]{0,40}(?:\bdidn'?t|\bdid not|\bnot me|\bnever|\bwasn'?t me)`,
      strength: 'strong',
    },
    {
      id: 'someone-else',
      pattern: String.raw`\bby\s+(?:someone|somebody|some one)\s+else\b|\b(?:someone|somebody)\s+else\s+(?:has|is|was|got|had)\s+(?:been\s+)?(?:access\w*|used|using|logged|logging|into|in|my|our|control)\b`,
      strength: 'strong',
    },
    {
      id: 'not-my-purchase',
      pattern: String.raw`\b(?:${MONEYTHING}|something|things?|stuff|items?)\b[^.?!]{0,40}\b${ME}\s+(?:did\s*n[o']?t|didnt|never|did not)\s+(?:make|made|buy|bought|order|ordered|place|placed|authori[sz]e|purchase|purchased)\b(?![^.?!]{0,20}\b(?:size|colou?r|right|correct|model|version)\b)`,
      strength: 'strong',
    },
    {
      id: 'who-made-these',
      pattern: String.raw`\bwho\s+(?:made|authori[sz]ed|placed|did)\s+(?:these|this|those|the)\s+${MONEYTHING}|\b${MONEYTHING}\s+(?:that\s+)?${ME}\s+(?:don'?t|do not|didn'?t|did not)\s+know\s+(?:about|of)\b|\b${MONEYTHING}\b[^.?!]{0,25}\b(?:aren'?t|are not|isn'?t|is not|not)\s+mine\b`,
      strength: 'strong',
    },
    {
      id: 'cloned-breached',
      pattern: String.raw`\b(?:cloned|skimmed|breach(?:ed)?|data leak)\b`,
      strength: 'strong',
    },
    {
      id: 'changed-and-locked-out',
      pattern: String.raw`\b(?:email|e-mail|password|phone number|number|details)\s+(?:was|were|has been|have been|got)\s+changed\b[^.?!]{0,40}(?:can'?t|cannot|unable to|no longer)\s+(?:log|sign|access|get)|(?:can'?t|cannot|unable to)\s+(?:log|sign)\s*in\b[^.?!]{0,40}\b(?:email|password|number)\s+(?:was|were|has been|got)\s+changed\b`,
      strength: 'strong',
    },
    {
      id: 'not-remembered-purchase',
      pattern: String.raw`\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot)\s+remember\s+(?:making|buying|ordering|authori[sz]ing|placing|purchasing|paying)\b`,
      strength: 'strong',
    },
    {
      id: 'changed-without-me',
      pattern: String.raw`\bchanged\s+${W}{0,2}without\s+(?:my|our|me|us)\b`,
      strength: 'strong',
    },
    {
      id: 'not-me',
      pattern: String.raw`\b(?:it\s+)?(?:was\s*n[o']?t|wasnt|was not|is not|isn't)\s+me\b`,
      strength: 'weak',
    },
    {
      id: 'freeze-account',
      pattern: String.raw`\b(?:freeze|froze|block|lock)\s+(?:my\s+|our\s+|the\s+)?(?:account|card)\b`,
      strength: 'strong',
    },
    {
      id: 'unrequested-code',
      pattern: String.raw`\b(?:did\s*n[o']?t|didnt|did not|never)\s+(?:request|ask for|asked for)\s+${W}{0,2}(?:code|otp|password reset|verification|reset)\b`,
      strength: 'strong',
    },
    {
      id: 'payout-redirected',
      pattern: String.raw`\bpayouts?\s+${W}{0,4}(?:redirected|diverted|sent to (?:a|an|some)\s+(?:different|unknown|other|wrong|strange))\b`,
      strength: 'strong',
    },
  ],
  dispatch: [
    {
      id: 'delivered-but-not-received',
      pattern: String.raw`\bdelivered\b[^.?!]{0,40}\b(?:but|yet|however|though|although)\b[^.?!]{0,40}(?:(?:${NEG})\s+${W}{0,2}(?:receiv\w*|get|got|gotten|here|arrived?|come|came|there|deliver\w*|see|seen|find|found|at|in|to)\b|\bnothing\b|\bmissing\b|\bnowhere\b|\bno (?:parcel|package|item|order|sign)\b)`,
      strength: 'strong',
    },
    {
      id: 'not-received-but-marked-delivered',
      pattern: String.raw`(?:\bnot|\bnever|n't|\bhavent|\bdidnt)\s+${W}{0,3}(?:received|got|arrived|come|delivered)\b[^.?!]{0,40}\b(?:says|said|shows|showing|marked|status|tracking)\b[^.?!]{0,25}\bdelivered\b`,
      strength: 'strong',
    },
    {
      id: 'marked-delivered-missing',
      pattern: String.raw`\bmarked\s+(?:as\s+)?delivered\b[^.?!]{0,40}\b(?:missing|nowhere|not here|never|no parcel|no package)\b`,
      strength: 'strong',
    },
    {
      id: 'kx-fulfilled-problem',
      pattern: String.raw`\b(?:dispatched|fulfill?ed|shipped|sent)\s+by\s+(?:kingston(?:\s+express)?|kx)\b[^.?!]{0,60}\b(?:wrong|missing|damaged|broken|discrepanc\w*|error|incorrect|short|never|not|lost)\b`,
      strength: 'strong',
    },
    {
      id: 'kx-problem-fulfilled',
      pattern: String.raw`\b(?:wrong|missing|damaged|broken|incorrect|lost)\b[^.?!]{0,60}\b(?:dispatched|fulfill?ed)\s+by\s+(?:kingston(?:\s+express)?|kx)\b`,
      strength: 'strong',
    },
    {
      id: 'inventory-discrepancy',
      pattern: String.raw`\b(?:inventory|stock)\s+${W}{0,5}(?:discrepanc\w*|mismatch\w*|wrong|incorrect|off|missing|error|short|doesn'?t match|not match\w*)\b`,
      strength: 'strong',
    },
    {
      id: 'units-lost-warehouse',
      pattern: String.raw`\b(?:units|items|stock|inventory)\s+${W}{0,3}(?:missing|lost|disappeared)\s+(?:at|in|from)\s+(?:the\s+|your\s+)?(?:warehouse|fulfil+ment)`,
      strength: 'strong',
    },
    {
      id: 'warehouse-error',
      pattern: String.raw`\b(?:warehouse|kingston express|kx)\s+${W}{0,2}(?:sent|shipped|packed|delivered|lost|mixed up)\s+${W}{0,2}(?:wrong|incorrect|my|the)\b`,
      strength: 'strong',
    },
    {
      id: 'platform-label-error',
      pattern: String.raw`\b(?:shipping|postage|platform)\s+labels?\s+${W}{0,3}(?:wrong|error|incorrect|invalid)\b`,
      strength: 'weak',
    },
  ],
  'dispute-chargeback': [
    {
      id: 'chargeback-received',
      pattern: String.raw`\b(?:received|got|getting|have|there'?s|new|opened|filed|raised|initiated|issued|hit with)\s+${W}{0,2}charge-?\s?backs?\b`,
      strength: 'strong',
    },
    {
      id: 'chargeback-notification',
      pattern: String.raw`\bcharge-?\s?backs?\s+${W}{0,1}(?:notification|notice|alert|email|letter|message|was filed|was opened|has been (?:filed|opened|raised|initiated)|against)\b`,
      strength: 'strong',
    },
    {
      id: 'bank-reversed',
      pattern: String.raw`\b(?:bank|card issuer|issuer|buyer|customer)\s+${W}{0,2}(?:filed|opened|raised|initiated|started|reversed)\s+(?:a\s+)?(?:charge-?\s?back|the payment|the charge|my payment)\b`,
      strength: 'strong',
    },
    {
      id: 'dispute-unexpected',
      pattern: String.raw`\b(?:dispute|claim)\s+${W}{0,3}(?:closed|cancell?ed|canceled|disappeared|vanished|reopened|reversed|deleted|removed|escalated)\s+${W}{0,3}(?:without|for no reason|unexpectedly|by itself|on its own|automatically|suddenly|before)\b`,
      strength: 'strong',
    },
    {
      id: 'dispute-broken',
      pattern: String.raw`\b(?:dispute|claim)\s+${W}{0,4}(?:error|glitch|bug|broken|not working|won'?t (?:load|open|submit|let)|behav\w* (?:strange|odd|weird|unexpected)\w*)`,
      strength: 'strong',
    },
    {
      id: 'cannot-act-on-dispute',
      pattern: String.raw`\b(?:can'?t|cannot|unable to|won'?t let me|not able to)\s+(?:open|submit|respond to|reply to|escalate|upload \w+ to|add evidence to)\s+${W}{0,2}(?:dispute|claim)\b`,
      strength: 'strong',
    },
    {
      id: 'decision-error',
      pattern: String.raw`\b(?:decision|ruling|verdict|resolution|outcome|judge?ment)\s+${W}{0,5}(?:wrong|incorrect|mistake|error|mistaken|based on (?:the\s+)?wrong|clearly)\b`,
      strength: 'strong',
    },
    {
      id: 'ruled-despite',
      pattern: String.raw`\b(?:ruled|decided|closed|found)\s+in\s+favou?r\s+of\s+the\s+(?:buyer|seller)\b[^.?!]{0,40}\b(?:even though|but|although|despite|though)\b`,
      strength: 'strong',
    },
    {
      id: 'charged-twice',
      pattern: String.raw`\b(?:charged|billed|debited|paid)\s+(?:me\s+)?(?:twice|double|two times|2 times|two charges)\b|\bdouble[- ]?(?:charged|billed)\b|\bduplicate\s+(?:charges?|payments?|transactions?)\b`,
      strength: 'strong',
    },
    {
      id: 'wrong-amount',
      pattern: String.raw`\b(?:refunded|charged|paid out|credited)\s+(?:me\s+)?(?:the\s+)?wrong\s+amount\b`,
      strength: 'strong',
    },
  ],
  stalled: [
    {
      id: 'stuck',
      pattern: String.raw`\b(?:status|order|refund|dispute|return|case|parcel|package|tracking|payout|withdrawal|delivery|shipment|claim|it)\s+${W}{0,3}(?:stuck|frozen)\b|\bstuck\s+(?:on|at|in)\s+${W}{0,2}(?:processing|pending|review|transit|shipped|dispatched|the same|same)\b`,
      strength: 'strong',
    },
    {
      id: 'status-not-moving',
      pattern: String.raw`\b(?:status|tracking|order|refund|dispute)\s+${W}{0,2}(?:has\s*n[o']?t|hasnt|has not|have not|not|never|hasn't)\s+(?:changed|updated|moved|progressed)\b`,
      strength: 'strong',
    },
    { id: 'no-progress', pattern: String.raw`\bno\s+(?:movement|progress)\b`, strength: 'weak' },
    {
      id: 'past-expected',
      pattern: String.raw`\b(?:should|supposed to|meant to|due to|expected to|promised to)\s+(?:have\s+)?(?:arrived?|come|came|be delivered|been delivered|reach(?:ed)?|be here|been here|be refunded|been refunded|been processed|be processed)\b[^.?!]{0,25}\b(?:ago|already|last|by now|yesterday|days|weeks|long)\b`,
      strength: 'strong',
    },
    {
      id: 'late-by',
      pattern: String.raw`\b(?:\d+|a|one|two|three|four|five|several|many)\s+(?:days?|weeks?)\s+(?:late|overdue|delay(?:ed)?|behind)\b|\b(?:late|delayed|overdue)\s+(?:by|for)\s+(?:\d+|a|one|two|three|four|five|several|many)\s+(?:days?|weeks?)\b`,
      strength: 'strong',
    },
    {
      id: 'overdue',
      pattern: String.raw`\b(?:overdue|past (?:the\s+)?(?:due|expected|estimated|promised) (?:date|time|delivery|day)|later than (?:promised|expected)|way past)\b`,
      strength: 'strong',
    },
    {
      id: 'no-explanation',
      pattern: String.raw`\b(?:without|no)\s+(?:any\s+)?(?:explanation|reason given|word|response|reply)\b`,
      strength: 'weak',
    },
  ],
};

/**
 * Cheap gates: a category's cues are only tried when one of these words is present (speed:
 * most messages name no category at all).
 */
export const CATEGORY_GATES: Record<Category, string> = {
  security: String.raw`else|who|know|mine|clon|skim|breach|leak|changed|remember|hack|compromis|stol|steal|theft|authori|fraud|phish|scam|recogni|never|didn|did not|not me|suspicious|questionable|strange|unknown|random|weird|odd|unusual|unfamiliar|myster|someone|somebody|some one|stranger|another person|without|freeze|froze|block|lock|suspend|cancel|request|ask|payout|leak`,
  dispatch: String.raw`deliver|dispatch|fulfil|inventory|stock|warehouse|kingston|kx|label|units`,
  'dispute-chargeback': String.raw`charge|dispute|claim|decision|ruling|verdict|resolution|outcome|judg|favo|billed|debited|paid|twice|double|duplicate`,
  stalled: String.raw`late|delay|behind|stuck|frozen|status|tracking|order|refund|dispute|movement|progress|should|supposed|meant|due|expected|promised|overdue|past|later than|without|no explanation|no reason|no word|no response|no reply`,
};

/** Seed: "A Process Is Still Running" plus the other timelines in policy.yaml. Order = precedence. */
export const PROCESS_CUES: { process: string; pattern: string }[] = [
  { process: 'chargeback-bank-review', pattern: String.raw`\bcharge-?\s?backs?\b` },
  { process: 'dispute-review', pattern: String.raw`\b(?:disputes?|disputed|claims?)\b` },
  {
    process: 'return-inspection',
    pattern: String.raw`\b(?:returned|sent\s+${W}{0,2}back|shipped\s+${W}{0,2}back|posted\s+${W}{0,2}back|my return|the return|return inspection|return (?:is|was|has))\b`,
  },
  {
    process: 'refund-processing',
    pattern: String.raw`\b(?:refunds?|refunded|reimburse\w*|money back|back my money|compensation)\b`,
  },
  {
    process: 'cancellation-request',
    pattern: String.raw`\b(?:requested|asked|request)\s+${W}{0,2}cancel\w*|\bcancell?ation\s+(?:request|is pending|pending)\b`,
  },
  { process: 'seller-payout', pattern: String.raw`\b(?:payouts?|withdrawals?|withdrawn|withdraw)\b` },
  {
    process: 'account-review',
    pattern: String.raw`\baccount\s+${W}{0,2}(?:under review|on hold|suspended|restricted)\b|\bsecurity review\b`,
  },
  {
    process: 'delivery-dispatched',
    pattern: String.raw`\b(?:dispatched|fulfill?ed|shipped)\s+by\s+(?:kingston|kx)\b`,
  },
  {
    process: 'order-dispatch',
    pattern: String.raw`(?:\bnot|\bnever|n't|\bnt|\byet to be)\s+${W}{0,2}(?:shipped|dispatched|sent out)\b`,
  },
  {
    process: 'delivery-standard',
    pattern: String.raw`\b(?:orders?|ordered|parcels?|packages?|deliver\w*|shipments?|items?|products?|purchases?|purchased|bought|goods|stuff|arriv\w*|receive\w*|in transit)\b`,
  },
];

/**
 * The person is inside a process, not asking in general. Either they started it ("I opened a
 * dispute", "I requested a refund": a starting verb near the process word, see STARTED_VERBS) or
 * they are waiting on it ("still no update", "hasn't arrived"). Ordering alone is not waiting:
 * "I ordered 3 weeks ago, can I still return it?" is a returns question.
 */
export const STARTED_VERBS = String.raw`(?:opened|filed|raised|started|submitted|requested|asked for|applied for|initiated|was promised|were promised|was issued|was approved|got|received|have|had|placed|made)`;
export const WAITING_CUES: string[] = [
  String.raw`(?:\bnot|\bnever|n't|\bnt|\bhavent|\bhasnt|\bdidnt|\byet to)\s+${W}{0,2}(?:receiv\w*|arriv\w*|come|coming|came|deliver\w*|shipped|dispatched|reach\w*|got|gotten|here|turned up|shown up|showed up|show up|shows up|showing|processed|refunded|credited|seen|heard|cleared)\b`,
  String.raw`\bstill\s+(?:not|no|nothing|waiting|haven'?t|hasn'?t|didn'?t|don'?t|pending|processing|in transit|under review|missing|stuck|on (?:its|the) way)\b|\b(?:waiting|awaiting|waited)\b`,
  String.raw`\b(?:no|any)\s+(?:update|updates|news|reply|response|word|progress|sign)\b|\bheard nothing\b`,
  String.raw`\bnothing\s+(?:has\s+)?(?:happened|yet|arrived|came|changed|showed)\b`,
  String.raw`\b(?:pending|in transit|out for delivery|under review|being (?:reviewed|processed|inspected)|in review)\b`,
  String.raw`\bwhere(?:'s|\s+is)\s+(?:my|the)\b`,
];

/** Phrasings of a general, not-yet-started question ("how long do refunds take?"). */
export const GENERAL_QUESTION_CUES: string[] = [
  String.raw`\bhow\s+(?:long|many days|much time|soon)\s+(?:does|do|will|would|should|can|it)\b`,
  String.raw`\b(?:usually|normally|typically|in general|generally)\b`,
  String.raw`\bif\s+${ME}\s+(?:order|cancel|return|buy|request|open)\b`,
];

/** Seed: "New information or an error" (question 2 of the rule). */
export const NEW_INFO_CUES: Cue[] = [
  {
    id: 'error',
    pattern: String.raw`\b(?:error|glitch|bug|mistake|incorrect(?:ly)?|failed|failure)\b`,
    strength: 'strong',
  },
  {
    id: 'new-evidence',
    pattern: String.raw`\b(?:new|more|additional|extra|further)\s+(?:information|info|evidence|proof|photos?|pictures?|documents?|details)\b`,
    strength: 'strong',
  },
  {
    id: 'have-proof',
    pattern: String.raw`\b${ME}\s+(?:have|got|found)\s+(?:the\s+|a\s+)?(?:proof|evidence|receipt|tracking number|photos?)\b`,
    strength: 'strong',
  },
  { id: 'wrong', pattern: String.raw`\bwrong\b`, strength: 'weak' },
];

/** "I want to talk to a human": not a category; the bot walks the person through the three questions. */
export const HUMAN_CUES: string[] = [
  String.raw`\b(?:talk|speak|chat|connect|transfer|put|get|reach)(?:ing|ed)?\s+(?:me\s+)?(?:to|with|through to|through)?\s*(?:a|an|your|the|some|real|live|actual)?\s*(?:customer\s+|support\s+|service\s+|real\s+|live\s+)?(?:human|person|people|agent|representative|rep|executive|operator|advisor|adviser|somebody|someone|staff|employee|manager|supervisor|customer (?:care|service|support))\b`,
  String.raw`\b(?:live|human|real)\s+(?:agent|person|chat|support|being|representative)\b`,
  String.raw`\b(?:chat|connect)\s+(?:with\s+)?(?:an?\s+)?agent\b|\bagent\s+(?:please|pls|now)?$`,
];

/** Help Center topics a message asks about (DESIGN contract 4 ids). Searched with retrieval too. */
export const TOPIC_CUES: { topic: string; pattern: string; weight: number }[] = [
  {
    topic: 'cancel-order',
    pattern: String.raw`(?<!\b(?:account|user|profile|membership|subscription)\b[^.?!]*)(?:\bcancel\w*\s+${W}{0,3}(?:orders?|purchases?|items?|products?|delivery|shipment|parcel|package|it|this|that|them|everything|\d{4,})\b|\b(?:orders?|purchases?|items?|products?|delivery)\b[^.?!]{0,30}\bcancel\w*|\b(?:don'?t|do not|no longer)\s+(?:want|need)\s+(?:this|my|the|that|it)\b[^.?!]{0,20}\b(?:any\s?more|now)\b|\bchanged my mind\b|\bstop\s+(?:my|the|this)\s+(?:order|delivery|shipment|purchase)\b|\bcancel\w*(?:\s+(?:fees?|charges?|policy|request|please|pls))?\s*[.?!]*$)(?![^.?!]*\b(?:account|user|profile|membership|subscription)\b)`,
    weight: 0.9,
  },
  {
    topic: 'change-address',
    pattern: String.raw`\b(?:change|changing|update|updating|correct|correcting|modify|edit|fix|wrong|new|different|amend)\w*\s+${W}{0,3}(?:delivery\s+|shipping\s+|postal\s+)?address\b|\baddress\s+${W}{0,3}(?:wrong|incorrect|change\w*|update\w*|correct\w*)\b|\bchange of address\b|\bmodify address\b`,
    weight: 0.9,
  },
  {
    topic: 'account-settings',
    pattern: String.raw`\b(?:password|passcode|pwd|pass|username|user\s?name|profile|personal (?:details|info\w*|data)|my details|mobile (?:number|no)|phone (?:number|no)|contact number|my name|email(?: address)?|e-mail)\b(?<!\b(?:your|customer care|care|support|helpline|whatsapp)\s+(?:number|no|email|e-mail))|\b(?:create|creating|open|opening|register|registering|sign(?:ing)? up|delete|deleting|close|closing|remove|removing|cancel|deactivate|edit|editing|update|updating|change|changing|modify)\s+${W}{0,2}(?:account|user|profile)\b|\b(?:forgot|forgotten|reset|recover|restore)\w*\b[^.?!]{0,30}\b(?:password|pwd|pass|login|account|pin)\b|\bverify\s+${W}{0,2}(?:email|e-mail|account|number|phone)\b|\b(?:log|sign)\s*in\b|\b(?:account|user|profile)\b[^.?!]{0,40}\b(?:cancel|delete|close|deactivate|remove)\w*`,
    weight: 0.8,
  },
  {
    topic: 'payment-methods',
    pattern: String.raw`\bpayment\s+(?:methods?|options?|modes?|ways?|types?)\b|\b(?:modes?|ways?|methods?|options?)\s+(?:of|to|for)\s+pay\w*|\bhow\s+(?:can|do|could|may)\s+${ME}\s+pay\b|\bpay\s+(?:with|by|using|via|through|in)\b|\b(?:apple|google|samsung)\s+pay\b|\bpaypal\b|\bamerican express\b|\bamex\b|\bvisa\s+(?:card|debit|credit|electron)\b|\b(?:pay|accept\w*|take)\s+${W}{0,2}visa\b|\bmastercard\b|\b(?:debit|credit)\s+cards?\b|\bklarna\b|\binstal+ments?\b|\bemi\b|\bcash on delivery\b|\bpay\s+(?:in\s+|by\s+|with\s+)?cash\b|\bcod\b|\bbank transfer\b|\bupi\b|\bgift cards?\b|\bpay later\b|\bpayments?\s+(?:failed|declined|issue|problem|error|not going through|was declined|got declined)\b|\b(?:problem|issue|trouble|error)\s+(?:with\s+)?(?:my\s+|the\s+)?payment\b|\bcard\s+(?:was\s+|got\s+)?declined\b|\bcurrenc(?:y|ies)\b|\baccept\w*\s+${W}{0,2}(?:cards?|payments?)\b`,
    weight: 0.85,
  },
  {
    topic: 'seller-payouts-schedule',
    pattern: String.raw`\b(?:payouts?|withdrawals?|withdraw|earnings|get paid|paid out|my sales money|seller payments?)\b`,
    weight: 0.85,
  },
  {
    topic: 'contact-support',
    pattern: String.raw`\b(?:contact|reach|call|phone|ring|email|e-mail|message|write to)\s+(?:you|your|support|the support|customer (?:service|care|support)|the team|kingston|an agent|a person|someone|somebody|a human)\b|\bcustomer\s+(?:care|service|support)\b|\b(?:your|support|helpline|customer care|care|contact|toll free|whatsapp)\s+(?:number|no|phone|email|e-mail|hours|address)\b|\bhow\s+(?:do|can|could)\s+${ME}\s+(?:reach|contact|call)\b|\b(?:helpline|hotline|call centre|call center)\b|\b(?:email|e-mail|phone|number|address)\s+(?:address\s+|number\s+)?(?:for|of|to reach)\s+(?:the\s+)?(?:support|customer (?:service|care|support)|you|help)\b|\b(?:file|make|lodge|raise|submit|register)\s+(?:a\s+)?complaint\b|\b(?:call|ring|phone)\s+me\b|\bcall\s?back\b|\bgive me a call\b`,
    weight: 0.85,
  },
  {
    topic: 'refund-processing-times',
    pattern: String.raw`\b(?:refunds?|reimburse\w*|compensation|money back)\b[^.?!]{0,50}\b(?:how long|when|status|not (?:showing|received|arrived|come|shown|credited|reflect\w*)|processed|take|takes|days|statement|waiting|track|where|see|yet|arrive|reflect\w*|received)\b|\b(?:how long|when|status of|track|where is|waiting for|waitig for|expecting|waiting on|expect)\s+${W}{0,3}(?:refunds?|reimburse\w*|compensation|money)\b`,
    weight: 0.8,
  },
  {
    topic: 'returns-refunds',
    pattern: String.raw`\b(?:return|returns|returning|exchange(?!\s+rates?)|exchanges|exchanging|refunds?|reimburse\w*|rebat\w*|money back|back my money|my money back|send it back|send back|replace\w*)\b`,
    weight: 0.7,
  },
  {
    topic: 'delivery-timelines',
    pattern: String.raw`\bhow\s+(?:long|many days|much time|soon|fast)\b[^.?!]{0,40}\b(?:deliver\w*|ship\w*|arriv\w*|get|receive|reach|take|expect)\b|\b(?:delivery|shipping|shipment|dispatch|transit)\s+(?:times?|period|duration|estimates?|dates?|days|speed)\b|\bwhen\s+${W}{0,4}(?:arriv\w*|come|coming|get|getting|receiv\w*|reach|be delivered|deliver\w*|expect)\b|\bif\s+${ME}\s+order\b|\bexpect\w*\s+${W}{0,3}(?:item|parcel|package|order|article|product|delivery)\b|\bnext day\b|\bexpress delivery\b|\b(?:shipping|delivery|postage)\s+(?:costs?|fees?|charges?|prices?|rates?)\b|\bfree\s+(?:shipping|delivery|postage)\b|\bhow much\s+(?:is|does|for)\s+(?:the\s+)?(?:shipping|delivery|postage)\b`,
    weight: 0.8,
  },
  {
    topic: 'order-status',
    pattern: String.raw`\b(?:order|purchase)\s+(?:status|state)\b|\b(?:status|state|progress|eta|et)\s+of\s+${W}{0,2}(?:order|purchase|package|parcel)\b|\bwhere'?s?\s+(?:is\s+)?(?:my|the)\s+(?:order|purchase|parcel|package|stuff|item|delivery)\b|\b(?:has|have|was|is)\s+${W}{0,2}(?:been\s+)?(?:shipped|dispatched|sent out|sent|posted)\b|\b(?:happening|going on|news|update)\s+(?:with|on)\s+(?:my|the)\s+(?:order|purchase|parcel|package|delivery)\b|\b(?:is|are)\s+(?:my|the)\s+(?:order|parcel|package|stuff|items?)\s+on\s+(?:its|the|their)\s+way\b|\b(?:eta|status)\b|\bdelivered when\b|\bwhen\s+${W}{0,2}(?:order|it)\s+${W}{0,2}deliver\w*`,
    weight: 0.8,
  },
  {
    topic: 'shipping-tracking',
    pattern: String.raw`\b(?:track|trace)\w*\s+${W}{0,2}(?:orders?|parcels?|packages?|shipments?|deliver\w*|purchases?|items?|it|stuff|products?)\b|\btracking\s+(?:number|no|info\w*|link|code|page|details|status|id)\b|\b(?:track|tracking)\s*[.?!]*$|\b(?:do|can|will|does)\s+(?:you|u|ya|kingston)\s+(?:guys\s+)?(?:deliver|ship|send|post)\w*\s+(?:to|in|into|within|outside)\b|\b(?:shipping|delivery|deliver|delivered|delivering|ship|ships|shipped)\s+(?:\w+\s+){0,2}(?:to|in|into)\s+(?!time\b|my address|the address|your|a timely)[a-z]|\binternational(?:ly)?\s+(?:shipping|delivery|deliveries|orders?|shipments?|customers?)\b|\b(?:ship|deliver|send|post)\w*\s+(?:\w+\s+)?(?:international\w*|overseas|abroad|worldwide)\b|\bout of (?:the\s+)?(?:country|uk|india|us|usa)\b|\border\w*\s+(?:\w+\s+){0,3}from\b|\b(?:pin\s?code|postcode|zip ?code|post code)\b|\bavailable\s+(?:in|at|to)\s+(?:my\s+)?(?:location|area|city|country|region)\b|\bdeliver\w*\s+(?:it\s+)?to\s+my\s+(?:address|location|area|city|home)\b`,
    weight: 0.75,
  },
  {
    topic: 'order-status',
    pattern: String.raw`\bwill\s+(?:my|the)\s+(?:order|parcel|package|delivery|item|stuff)\s+(?:be here|arrive|come)\b|\b(?:my|the|this)\s+(?:order|orders|parcel|package|delivery|shipment|purchase)\b`,
    weight: 0.5,
  },
  { topic: 'disputes', pattern: String.raw`\b(?:disputes?|claims?|a case against)\b`, weight: 0.8 },
  { topic: 'chargebacks', pattern: String.raw`\bcharge-?\s?backs?\b`, weight: 0.85 },
  {
    topic: 'dispatched-by-kingston-express',
    pattern: String.raw`\b(?:dispatched|fulfill?ed)\s+by\s+(?:kingston|kx)\b|\bfulfil+ment\b|\bwarehouse\b`,
    weight: 0.85,
  },
  {
    topic: 'account-security',
    pattern: String.raw`\b(?:two[- ]factor|2fa|two[- ]step|authenticator app|multi[- ]factor)\b|\b(?:account|login)\s+${W}{0,2}(?:locked|blocked|disabled)\b|\blocked out\b|\b(?:two[- ]factor|2fa|two[- ]step|secure|security|protect)\b[^.?!]{0,30}\b(?:account|login|password|settings?)\b|\b(?:account|login|password)\b[^.?!]{0,20}\b(?:secure|security|safe)\b`,
    weight: 0.85,
  },
  {
    topic: 'missing-or-damaged-item',
    pattern: String.raw`\b(?:damaged|broken|defective|faulty|missing\s+(?:item|part|piece)s?|wrong item|arrived (?:damaged|broken))\b`,
    weight: 0.8,
  },
  {
    topic: 'when-to-contact-support',
    pattern: String.raw`\bshould\s+${ME}\s+(?:contact|message|email|chase|open a ticket|escalate)\b|\bopen\w*\s+(?:a\s+)?ticket\b`,
    weight: 0.8,
  },
];

/** Seed: "Emotional or Urgent Reactions": frustration, wanting to speed things up, repeating. */
export const EMOTION_CUES = {
  /** Harsh words: count when the message is short, about us, or about the marketplace. */
  criticismWords: [
    String.raw`\b(?:useless|worst|horrible|terrible|awful|pathetic|rubbish|garbage|trash|ridiculous|disgusting|shameful|incompetent|hopeless|stupid|dumb|idiots?|morons?|clowns?|liars?|crap|crappy|shit|shitty|sucks?|waste|fraud|fake|scam|cheaters?|cheating|cheats|thie(?:f|ves)|looters?|looting)\b`,
  ],
  /** Said to us or about the service: always criticism. */
  criticism: [
    String.raw`\b(?:bad|poor|lousy|slow|pathetic|worst)\s+${W}{0,1}(?:service|support|experience|app|site|website|company|platform|customer service|delivery|response)\b`,
    String.raw`\bwhat the (?:hell|heck|fuck)\b|\bwtf\b`,
    String.raw`\b(?:fed up|sick of|tired of|had enough|enough is enough|unacceptable|not acceptable|not good enough|shame on)\b`,
    String.raw`\b(?:don'?t|dont|never|doesn'?t|do not|does not|can'?t|cannot)\s+(?:ever\s+)?(?:deliver|arrive|come|ship|respond|reply|answer)\w*\s+(?:in|on)\s+time\b|\balways\s+(?:late|slow|delayed)\b|\btoo\s+slow\b`,
    String.raw`\b(?:you|u)\s+(?:guys\s+|people\s+)?(?:are|r)\s+(?:so\s+|really\s+|very\s+|such\s+)?(?:an?\s+)?(?:bad|slow|useless|horrible|terrible|stupid|dumb|hopeless|pathetic|joke|worst|the worst|liars|thieves|cheats|idiots?|rubbish|incompetent)\b`,
    String.raw`\b(?:waste of (?:time|money)|what a (?:joke|waste|mess)|wast\w* (?:my|our) time)\b`,
    String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:guys\s+|people\s+)?(?:so\s+|this\s+|always\s+)?(?:slow|useless|stupid|dumb|bad|incompetent|lazy|hopeless)\b`,
    String.raw`\b(?:service|support|delivery|deliveries|app|site|website|company|platform|response|team)\s+(?:is|was|are|has been)\s+(?:so\s+|very\s+|really\s+|too\s+|extremely\s+)?(?:slow|bad|poor|terrible|awful|horrible|useless|pathetic|disappointing|rubbish|the worst|worst)\b`,
    String.raw`\b(?:disappoint\w*|frustrat\w*|furious|angry|annoyed|upset|unhappy|not happy|not satisfied|dissatisfied)\b[^.?!]{0,20}\b(?:with|by|about|in)\s+(?:you|your|the|this)\s+(?:\w+\s+)?(?:service|support|company|app|site|website|platform|team|delivery|response)\b`,
  ],
  urgency: [
    String.raw`\b(?:hurry|asap|a\.s\.a\.p|immediately|immediate|right now|right away|urgent(?:ly)?|quickly|straight away|at once|this instant)\b`,
    String.raw`\b(?:speed|hurry)\s+(?:it|this|things|them)?\s*up\b|\bfaster\b|\bfast enough\b|\bquick enough\b|\btaking (?:so|too) long\b|\btaking forever\b|\bwait\w*\s+(?:forever|for ages|so long|too long)\b`,
  ],
  /** Weaker speed-up words that only count in a marketplace message ("send my refund now"). */
  urgencyInDomain: [String.raw`\bnow\s*[.!]*$|\bnow please\b|\btoday\s*[!]+`],
  repetition: [
    String.raw`\b(?:again|already (?:asked|told|said|wrote|written|contacted|messaged|called|emailed)|how many times|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|keep (?:asking|telling|writing|calling|messaging)|once more|for the last time)\b`,
  ],
};

/** Words that place a message in the marketplace's world; without any, low-confidence text is out of scope. */
export const DOMAIN_CUES = {
  strong: String.raw`\b(?:orders?|ordered|ordering|deliver\w*|shipping|shipped|shipment|ship|parcels?|packages?|refunds?|refunded|returns?|returned|returning|cancel\w*|account|password|passcode|pwd|login|log in|sign in|payments?|pay|paid|cards?|sellers?|buyers?|payouts?|withdraw\w*|disputes?|charge-?backs?|track\w*|address|checkout|marketplace|kingston|kx|invoice|receipt|refund|reimburse\w*|courier|dispatch\w*|transactions?|charges?|charged|statement|agent|customer (?:care|service|support)|support|profile|email|mobile number|phone number|exchange|money back|wallet|emi|cod|instal+ments?|postcode|pin\s?code|eta|arriv\w*|receiv\w*|resolution|resolve)\b`,
  weak: String.raw`\b(?:products?|items?|purchase\w*|buy|bought|app|site|website|service|money|price|stock|seller|brand)\b`,
};

/**
 * Words of other worlds (banking products, travel, health, home assistants): with them and
 * without a core marketplace word, a message is out of scope even if it says "account" or "pay".
 */
export const OFF_DOMAIN_CUES = {
  other: String.raw`\b(?:balance|savings|checking account|credit score|interest rates?|loans?|mortgages?|electricity|utility|bills?|insurance|tax(?:es)?|salary|invest\w*|stock market|crypto\w*|bitcoin|exchange rates?|transfers? (?:money|funds|\d+)|(?:transfer|send)\s+\$?\d+|hotel|flights?|reservation|restaurant|table for|alarm|reminder|remind me|timer|calendar|weather|recipe|calories|diet|immunity|side effects?|weight loss|lose weight|losing weight|vitamins? for|workout|fitness|music|song|playlist|movie|joke|trivia|headlines|traffic|car|tyres?|tires?|oil change|tourist visa|visa (?:for|to)|need a visa|passport|translate|spell\w*|definition|meaning of|capital of|president|vacation)\b`,
  core: String.raw`\b(?:orders?|ordered|deliver\w*|shipping|shipped|shipment|parcels?|packages?|refunds?|returns?|returned|sellers?|buyers?|marketplace|kingston|kx|checkout|dispatch\w*|tracking|courier|purchase[sd]?|bought|item|items|product|products|listing|payouts?|disputes?|charge-?backs?|claims?|case|wallet|gift cards?|store credit|vouchers?|coupons?|hack\w*|fraud\w*)\b`,
};

/** A bare call for help with nothing else said: walk the person through the three questions. */
export const HELP_CUES: string[] = [
  String.raw`^(?:hi|hello|hey)?[\s,!]*(?:i\s+)?(?:need|want|would like)\s+(?:some\s+)?(?:help|assistance|support)(?:\s+(?:please|pls|urgently|now))?\s*[.!?]*$`,
  String.raw`^(?:hi|hello|hey)?[\s,!]*(?:please\s+)?help(?:\s+me)?(?:\s+please)?\s*[.!?]*$`,
  String.raw`\b(?:i have|i've got|there is|there's|i am having|i'm having)\s+(?:a|an|some)\s+(?:problem|issue|trouble)\s*[.!?]*$`,
];
