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
const NEG = String.raw`(?:\bnot|\bnever|\bnobody|\bno one|\bnoone|\bno|n't|\bnothing|\bdidnt|\bdont|\bdoesnt|\bhasnt|\bhavent|\bisnt|\bwasnt)`;
const ME = String.raw`(?:i|we)`;
/** An optional emphasis word between the person and the verb ("I definitely did not…"). */
const ADV = String.raw`(?:(?:definitely|certainly|really|actually|absolutely|surely|honestly|totally|clearly|simply|100%)\s+)?`;
const MONEYTHING = String.raw`(?:transactions?|charges?|purchases?|payments?|orders?|withdrawals?|transfers?|debits?)`;
/** A device that may hold the signed-in app. */
const DEVICE = String.raw`phone|mobile|mobile phone|cell|cell phone|cellphone|iphone|android|smartphone|smart phone|handset|laptop|tablet|ipad|computer|device`;
/** One-time codes and PINs: handing one over at all is a compromise. */
const ONE_TIME = String.raw`otp|otps|one[- ]time (?:code|password|pin|passcode)|(?:verification|login|log-?in|security|sign-?in|2fa|auth\w*|access|confirmation|sms|text) codes?|pin|cvv|cvc`;
/** Things that unlock an account or a card: handed to a person, a compromise. */
const SECRET = String.raw`password|passcode|card details|card number|card no|bank details|login details|log-?in details|credentials|account details`;
/** Settings that guard the login. */
const GUARD = String.raw`2fa|2-fa|two[- ]?factor(?: authentication)?|two[- ]?step(?: verification)?|mfa|multi[- ]?factor|authenticator|login alerts?|security questions?|recovery (?:e-?mail|phone|number)`;
const CREDENTIAL = String.raw`(?:account|card|details|identity|password|login|credentials|data|information|info|email|e-mail|bank details|payout details)`;

/** Seed: "Account & Security Issues", "Disputes & Chargebacks", "Dispatchment Issues", "Stalled or Overdue Cases". */
export const CATEGORY_CUES: Record<Category, Cue[]> = {
  security: [
    {
      id: 'hacked',
      pattern: String.raw`\b(?:hack(?:ed|ing)?|compromised?)\b|(?<!\b(?:from|against|of|about)\s+(?:the\s+)?)\bhackers?\b`,
      strength: 'strong',
    },
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
      pattern: String.raw`\bfraud(?:ulent|ulently)?\s+(?:${W}{0,1})(?:activity|activities|charges?|transactions?|payments?|purchases?|orders?|log-?ins?|logins?|access|use|usage|emails?|messages?|calls?|withdrawals?|alert)\b|\bfraud\s+(?:on|in|with|from|against|linked to|involving|connected to|related to|tied to)\s+(?:my|our)\b|\b(?:report|reporting|stop|prevent|victim of|suspect|suspected|committed|experiencing)\s+(?:a\s+|some\s+)?fraud\w*|\bfraudsters?\b|\bdefraud\w*|\b(?:shared|share|sharing)\s+my\s+screen\b|\bremote (?:access|control)\s+(?:to|of)\s+my\b|\b(?:anydesk|teamviewer)\b|\bphishing\b|(?<!\b(?:seller|sellers|buyer|vendor|shop|store|merchant|company|they|you|guys)\b[^.?!]{0,25})\bscammed\b(?!\s+(?:me\s+)?by\s+(?:the\s+|a\s+|this\s+|that\s+|my\s+)?(?:seller|sellers|vendor|shop|store|merchant|buyer))|\bfraudulent(?:ly)?\b(?!\s+(?:app|company|site|website|platform|people|seller))`,
      strength: 'strong',
    },
    {
      id: 'not-my-transaction',
      pattern: String.raw`\b${MONEYTHING}\s+(?:that\s+)?${ME}\s+${ADV}(?:did\s*n[o']?t|didnt|do\s*n[o']?t|dont|never|did not|do not)\s+${ADV}(?:make|made|recogni[sz]e|authori[sz]e|place|placed|do|did|buy|order|approve)\b`,
      strength: 'strong',
    },
    {
      id: 'do-not-recognise',
      pattern: String.raw`\b(?:do\s*n[o']?t|did\s*n[o']?t|dont|didnt|do not|did not|not|never|cannot|can't|cant)\s+recogni[sz]e\s+${W}{0,3}(?:${MONEYTHING}|log-?ins?|logins?|sign-?ins?|devices?|activity|emails?|address|number|account|card|amount)\b(?!\s+(?:options?|methods?|page|screen|button|icons?|logos?|types?|form|section|menu))|\b(?:do\s*n[o']?t|don't|do not|did not|didn't)\s+recogni[sz]e\s+(?:it|this|these|them|that|any of (?:it|them|these))\s*[.?!]*$|\b(?:${MONEYTHING}|log-?ins?|logins?|devices?|activity)\s+${W}{0,3}(?:i|we)\s+(?:do\s*n[o']?t|don't|do not|can't|cannot)\s+recogni[sz]e\b`,
      strength: 'strong',
    },
    {
      id: 'never-bought',
      pattern: String.raw`\b(?=${ME}\s)(?![\s\S]*\b(?:wrong (?:item|thing|product|one)|got the wrong|received the wrong|sent me|delivered to me|instead of)\b)${ME}\s+(?:never|did\s*n[o']?t|didnt|did not)\s+(?:purchased?|buy|bought|authori[sz]ed?|ordered|order|make|made)\s+(?:this|these|that|those|it|them|anything|any of|something)\b(?!\s+(?:size|colou?r|model|version|one|kind|type|much|many|quantity)\b)(?!.*\bcancel)|\b(?:things?|items?|stuff|purchases?|orders?)\s+(?:that\s+)?${ME}\s+(?:never|did\s*n[o']?t|did not)\s+(?:purchased?|buy|bought|ordered|order|make|made)\b`,
      strength: 'strong',
    },
    {
      id: 'suspicious-activity',
      pattern: String.raw`\b(?:suspicious|questionable|strange|unknown|random|weird|odd|unusual|unfamiliar|mysterious)\s+${W}?(?:activity|log-?ins?|logins?|sign-?ins?|transactions?|charges?|purchases?|payments?|devices?|emails?|access|withdrawals?|debits?)\b`,
      strength: 'strong',
    },
    {
      id: 'someone-else-account',
      pattern: String.raw`(?<!\b(?:to|with|need|want|get me|find|for|ask|let|can|could|may|might|should|would|will|does|if)\s+)\b(?:someone|somebody|some one|a stranger|another person)\s+(?!(?:from|at)\s+(?:your|the|kingston|support|customer)\b)(?:else\s+)?${W}{0,5}(?:my|our)\s+(?:account|card|password|email|details|payout|bank|login|profile)\b`,
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
      pattern: String.raw`\b(?:${MONEYTHING}|something|things?|stuff|items?)\b[^.?!]{0,40}\b${ME}(?:'ve|\s+have|\s+had)?\s+${ADV}(?:did\s*n[o']?t|didnt|never|did not|have\s*n[o']?t|havent|have not)\s+${ADV}(?:make|made|buy|bought|order|ordered|place|placed|authori[sz]e|purchase|purchased|do|did|approve|request|spend|recogni[sz]e|agree(?:d)? to|consent(?:ed)? to|okay(?:ed)?|ok(?:ed)?|sign(?:ed)? off on)\b(?![^.?!]{0,20}\b(?:size|colou?r|right|correct|model|version)\b)`,
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
      pattern: String.raw`\b(?:transactions?|charges?|payments?|purchases?|debits?|withdrawals?)\b[^.?!]{0,30}\b(?:that|which)\s+${ME}\s+(?:do\s*n[o']?t|don't|do not|can'?t|cannot)\s+(?:remember|recall)\b|\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot)\s+remember\s+(?:making|buying|ordering|authori[sz]ing|placing|purchasing|paying)\b`,
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
      id: 'unrequested-code',
      pattern: String.raw`\b(?:did\s*n[o']?t|didnt|did not|never)\s+(?:request|ask for|asked for)\s+${W}{0,2}(?:code|otp|password reset|verification|reset)\b`,
      strength: 'strong',
    },
    {
      // "my phone number on the account was changed, it wasn't me", "payout bank was updated and I never did that"
      id: 'details-changed-disowned',
      pattern: String.raw`\b(?:password|e-?mail|phone|number|bank|payout|details|address|login|username|name|pin|2fa|two[- ]step|verification|security questions?|settings)\b[^.?!]{0,40}\b(?:was|were|has been|have been|got|had been|is|are|been)\s+(?:suddenly\s+)?(?:changed|updated|swapped|switched|replaced|altered|modified|edited|reset|removed|added|turned off|switched off|disabled|deactivated|turned on|enabled)\b[^?!]{0,50}(?:\bdid\s*n[o']?t|\bdidnt|\bdid not|\bnot me\b|\bnever\b|\bwas\s*n[o']?t me|\bwasnt me|\bwithout (?:my|me|our|us)\b|\b(?:do|did)\s*n[o']?t (?:know|recogni[sz]e|authori[sz]e|request|ask)|\bdont (?:know|recogni[sz]e)|\bnot mine\b|\bisn'?t mine\b|\bno idea\b|\bnot by me\b)`,
      strength: 'strong',
    },
    {
      // "I didn't change my password but it was changed", "I never updated my payout details"
      id: 'disowned-change',
      pattern: String.raw`\b${ME}\s+(?:did\s*n[o']?t|didnt|did not|never|have\s*n[o']?t|havent|have not)\s+(?:change|changed|update|updated|edit|edited|reset|swap|swapped|switch|switched|add|added|request|requested)\s+(?:my\s+|our\s+|the\s+|any\s+|a\s+)?${W}{0,2}(?:password|e-?mail|phone|number|bank|payout|details|address|login|username|pin|account)\b[^.?!]{0,40}\b(?:but|yet|and|now|still|someone|somebody)\b`,
      strength: 'strong',
    },
    {
      // "someone changed the bank account for my payouts", "somebody reset my password"
      id: 'someone-changed',
      pattern: String.raw`\b(?:someone|somebody|some one|a stranger|another person|an unknown person|a hacker|hackers|a scammer|scammers)\s+(?:else\s+)?(?:has\s+|had\s+|have\s+)?(?:changed|updated|swapped|switched|reset|edited|modified|replaced|added|removed|accessed|used|entered|logged|got into|broke into|took over|is using|was using|bought|ordered|purchased|withdrew|withdrawn|redirected)\b[^.?!]{0,40}\b(?:my|our|the)\s+${W}{0,2}(?:account|password|e-?mail|phone|number|bank|payouts?|details|login|profile|card|balance|earnings)\b`,
      strength: 'strong',
    },
    {
      // Sign-in alerts or logins from places or devices the person does not know.
      id: 'unknown-login',
      pattern: String.raw`\b(?:logged\s+in(?:to)?|signed\s+in(?:to)?|log-?ins?|sign-?ins?|accessed|login attempts?|sign-?in attempts?)\b\s+${W}{0,4}from\s+(?:another|a different|different|foreign|an unknown|unknown|a strange|strange|an unfamiliar|unfamiliar|an unrecogni[sz]ed|unrecogni[sz]ed|a new|new|some)\s+(?:\w+\s+)?(?:country|countries|city|location|place|device|phone|computer|ip|browser|state|address)\b|\b(?:log-?in|sign-?in|sign in|log in|security|login)\s+(?:alert|notification|attempt|warning|email|code)s?\b[^.?!]{0,60}\b(?:never|not me|did\s*n[o']?t|didnt|wasn'?t|wasnt|unknown|strange|foreign|another country|different country|someone|somebody|isn'?t mine|not mine|is not mine|don'?t (?:own|recogni[sz]e|know))\b`,
      strength: 'strong',
    },
    {
      // "a reset email I didn't ask for", "a 2fa code I never requested"
      id: 'unrequested-message',
      pattern: String.raw`\b(?:code|otp|pin|reset|reset link|password reset|verification|e-?mail|text|sms|message|notification|alert)s?\s+(?:that\s+)?${ME}\s+(?:did\s*n[o']?t|didnt|did not|never|have\s*n[o']?t|havent)\s+(?:request|requested|ask for|asked for|ask|trigger|triggered|initiate|initiated)\b`,
      strength: 'strong',
    },
    {
      id: 'account-takeover',
      pattern: String.raw`\b(?:(?:taken over|take over|took over|takes over|taking over)(?!\s+(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|more than \w+)\s+(?:hours?|days?|weeks?|months?|business days?))(?<=\b(?:account|acc|profile|shop|store|login|e-?mail|identity|id|it|they|someone|somebody|hackers?|scammers?)\b[^.?!]{0,25})|(?<!\b(?:i|we)\s+(?:want|need|would like|wish|'d like|have|had)\s+to\s+)(?:taken over|take over|took over|takes over|taking over)\s+(?:my|our)\b|takeover|hijack\w*|broke into|broken into|break into|got into my|gained access|has access to my|have access to my|accessing my)\b|\b(?:used|using|accessed|changed|made|placed)\s+(?:my\s+)?${W}{0,2}without\s+(?:my\s+)?(?:permission|consent|knowledge|authori[sz]ation|approval|me knowing)\b`,
      strength: 'strong',
    },
    {
      id: 'not-by-me',
      pattern: String.raw`\b(?:placed|made|done|bought|ordered|changed|used|accessed|updated|logged|signed|requested|spent|withdrawn)\b[^.?!]{0,30}\b(?:not\s+by\s+me|by\s+(?:a\s+)?(?:stranger|hacker|someone|somebody|an unknown|another person|some one))\b|\b(?:was\s*n[o']?t|wasnt|was not|were\s*n[o']?t|were not|is\s*n[o']?t|not)\s+(?:made|done|placed|authori[sz]ed|bought|ordered|approved|requested|initiated|sent)\s+by\s+(?:me|us|myself)\b`,
      strength: 'strong',
    },
    {
      // Told by email or text that a detail changed: the person is asking because it was not them.
      id: 'change-notice',
      pattern: String.raw`\b(?:e-?mail|notification|message|alert|text|sms)\s+(?:saying|that says|says|telling me|that said|which said|informing me|confirming|that)\s+(?:that\s+)?(?:my|our)\s+${W}{0,2}(?:password|e-?mail|phone|number|bank|payout|details|login|username|pin)\b[^.?!]{0,15}\b(?:was|were|has been|have been|had been)\s+(?:changed|updated|reset|removed|added)\b`,
      strength: 'strong',
    },
    {
      id: 'unknown-device-login',
      pattern: String.raw`\b(?:new|unknown|unrecogni[sz]ed|strange|unfamiliar|foreign)\s+(?:device|phone|computer|browser|location|ip)s?\s+(?:has\s+|have\s+)?(?:logged|signed|accessed|connected|log|sign)\b|\b(?:did\s*n[o']?t|didnt|did not|never|was\s*n[o']?t)\s+(?:try|tried|trying|attempt|attempted)\s+to\s+(?:log|sign|reset|change)\b`,
      strength: 'strong',
    },
    {
      id: 'account-used',
      pattern: String.raw`\b(?:my|our)\s+(?:account|card|card details|login|profile)\s+(?:was|were|has been|have been|is being|is|got)\s+(?:used|accessed|misused|abused)\b`,
      strength: 'strong',
    },
    {
      id: 'payout-elsewhere',
      pattern: String.raw`\b(?:payouts?|withdrawals?|earnings|balance|money)\s+${W}{0,2}(?:went|was sent|got sent|was paid|got paid|paid out|was transferred|transferred|was deposited|deposited)\s+(?:to|into)\s+(?:another|a different|someone else'?s|an unknown|a strange|the wrong|some other|a bank account i)\b`,
      strength: 'strong',
    },
    {
      // "an address I don't know on my account", "activity that isn't from me", "no knowledge of"
      id: 'unknown-to-me',
      pattern: String.raw`\b(?:device|phone|computer|address|purchases?|orders?|transactions?|charges?|payments?|e-?mail|number|logins?|sign-?ins?|account|activity|person|people|ip|withdrawals?)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:do\s*n[o']?t|do not|did\s*n[o']?t|did not|never)\s+(?:know|recogni[sz]e|remember)\b|\b(?:messages?|emails?|reviews?|listings?|posts?|chats?)\s+(?:that\s+)?(?:i|we)\s+(?:did\s*n[o']?t|did not|never)\s+(?:write|wrote|send|sent|post|posted|create|created|list|listed)\b|\b(?:pretend\w*\s+to\s+be\s+me|impersonat\w*|posing as me)\b|\b(?:is|are)\s*(?:n'?t|not)\s+(?:my|mine)\b[^.?!]{0,20}\banymore\b|\bnot mine anymore\b|\bno (?:memory|recollection|record) of\b|\b(?:no knowledge of|(?:is|are|was|were)\s*(?:n'?t|not)\s+from\s+(?:me|us)|not from me|not made by me|unknown to me|without my knowledge)\b|\bunrecogni[sz]ed\s+(?:purchases?|orders?|transactions?|charges?|payments?|logins?|sign-?ins?|devices?|activity|withdrawals?|debits?|e-?mails?|numbers?)\b`,
      strength: 'strong',
    },
    {
      // Card, login or details exposed, phished or given away.
      id: 'exposed',
      pattern: String.raw`\b(?:card|account|login|password|details|data|info\w*|credentials|identity)\b[^.?!]{0,30}\b(?:exposed|out there|leaked|in the wrong hands|on the dark web|breached)\b|\bphish\w*\b|\b(?:gave away|shared|gave|told|sent)\s+(?:away\s+)?(?:my\s+)?(?:password|otp|code|login|login details|pin|verification code|card details)\s+(?:away\s+)?(?:to|with)\s+(?:a|an|some|someone|somebody|a stranger|a scammer|them|him|her|the caller|a fake)\b|\bgave away my (?:password|login|details|code|otp|card)\b|\baccount(?:'s|\s+has|\s+was|\s+got|\s+is)?\s+(?:been\s+)?(?:taken|stolen|hijacked|seized)\b|\b(?:money|funds|card|account|details|identity|password|balance|earnings)\b[^.?!]{0,30}\b(?:being stolen|been stolen|was stolen|got stolen|were stolen|is stolen|stolen through|stolen from)\b`,
      strength: 'strong',
    },
    {
      id: 'money-taken',
      pattern: String.raw`\b(?:money|cash|funds|balance|earnings|payouts?)\s+(?:was\s+|were\s+|has been\s+|have been\s+|got\s+)?(?:stolen|taken|drained|missing|withdrawn|removed|deducted|debited|spent)\b[^.?!]{0,40}(?:\bwithout\b|\bnot me\b|\bnever\b(?!\s+(?:got|received|arrived|came|placed|confirmed|went through))|\bdid\s*n[o']?t(?!\s+(?:get|receive|place|complete|go|see|show|arrive|come))|\bdidnt(?!\s+(?:get|receive|place|complete|go|see|show|arrive|come))|\bsomeone|\bsomebody|\bisn'?t mine|\bnot mine|\bunknown|\b(?:do\s*n[o']?t|do not|dont) know (?:how|who|why|where)|\bno (?:idea|clue)|\bcan'?t explain)`,
      strength: 'strong',
    },
    {
      id: 'payout-redirected',
      pattern: String.raw`\bpayouts?\s+${W}{0,4}(?:redirected|diverted|sent to (?:a|an|some)\s+(?:different|unknown|other|wrong|strange))\b|\b(?:payouts?|withdrawals?|balance|earnings)\b[^.?!]{0,50}\b(?:to|into)\s+(?:a|an|some)\s+(?:bank\s+)?account\s+(?:that\s+)?(?:is\s*n[o']?t|isnt|is not|not)\s+mine\b`,
      strength: 'strong',
    },
    {
      // A payment to a payee the person has never dealt with: "a charge from a shop I've never been to".
      id: 'unknown-payee',
      pattern: String.raw`\b(?:pay|paid|charged|charges?|payments?|debit\w*|billed|direct debits?)\b[^.?!]{0,60}\b(?:i'?m|i am|we'?re|we are)\s+not\s+(?:even\s+)?(?:a\s+)?(?:member|customer|subscriber|client|signed up|registered|subscribed)\b|\b(?:unknown|unfamiliar|mystery|random)\s+(?:business|company|merchant|shop|store|retailer|website|site|payee|vendor|party|name|cafe|restaurant)\b[^.?!]{0,40}\b(?:took|taken|charged|billed|debited|withdrew|payments?|charges?|money)\b|\b(?:pay|paid|charged|charges?|payments?|debited|billed|used)\b[^.?!]{0,60}\b\w+\s+(?:that\s+|which\s+)?${ME}(?:'ve|\s+have)?\s+never\s+(?:even\s+)?(?:been to|gone to|visited|heard of|shopped at|shopped with|eaten at|stayed at|been in)\b|\b(?:${MONEYTHING}|charged|debited|billed|paid)\b[^.?!]{0,60}\b(?:shops?|stores?|merchants?|company|companies|business\w*|retailers?|vendors?|websites?|sites?|places?|payees?|names?|brands?)\s+(?:that\s+|which\s+)?${ME}(?:'ve|\s+have|\s+had)?\s+(?:do\s*n[o']?t|do not|did\s*n[o']?t|did not|never|have\s*n[o']?t|have not)\s+(?:even\s+)?(?:know|recogni[sz]e|heard of|used|use|been to|been in|visited|shopped|bought from|ordered from|dealt with)\b`,
      strength: 'strong',
    },
    {
      // "a payment I have no idea about", "I don't know what this card payment is for".
      id: 'unexplained-payment',
      pattern: String.raw`\b(?:transactions?|charges?|payments?|withdrawals?|debits?|transfers?|purchases?)\b[^.?!]{0,40}\bno\s+(?:idea|clue)\s+(?:about|of)\s*(?:it|this|that|them|these|those)?\s*(?:[.?!,]|$)|\b(?:transactions?|charges?|payments?|withdrawals?|debits?|purchases?)\b[^.?!]{0,30}\b${ME}\s+(?:can'?t|cannot|can not)\s+(?:explain|account for)\b|\b(?:no\s+(?:idea|clue)|do\s*n[o']?t know|do not know|dont know|not sure)\s+what\s+(?:this|that|these|those)\s+(?:\w+\s+)?(?:payments?|charges?|transactions?|debits?|withdrawals?|purchases?)\s+(?:is|are|was|were)\b`,
      strength: 'strong',
    },
    {
      // "I never withdrew this money": money out that the person disowns.
      id: 'disowned-withdrawal',
      pattern: String.raw`\b${ME}\s+(?:never|did\s*n[o']?t|didnt|did not|have\s*n[o']?t|have not)\s+(?:withdr[ae]wn?|withdraw|take out|took out|taken out|spend|spent|send|sent|transfer(?:red)?)\s+(?:this|that|these|the|any|this much|that much|so much)?\s*(?:money|cash|amount|funds|sum)\b`,
      strength: 'strong',
    },
    {
      // A lost or stolen payment card: it can be used before it is blocked.
      id: 'lost-card',
      pattern: String.raw`\b(?:lost|misplaced|lose|losing|can'?t find|cannot find|can'?t locate|cannot locate|dropped)\s+(?:both\s+|all\s+|one\s+)?(?:of\s+)?(?:my\s+|our\s+)(?:(?:credit|debit|bank|payment|visa|master)\s*)?cards?\b|\b(?:i|we)\s+lost\s+(?:a|the)\s+(?:credit|debit|bank|payment)\s+card\b|\bmy\s+(?:(?:credit|debit|bank|payment)\s+)?card\s+(?:has\s+|have\s+|had\s+)?(?:is\s+|was\s+|been\s+|got\s+|went\s+|gone\s+)*(?:lost|missing|stolen|nicked|taken)\b|\b(?:wallet|purse|handbag|bag)\b[^.?!]{0,40}\b(?:stolen|lost|nicked|snatched|taken|pickpocketed)\b[^.?!]{0,60}\bcards?\b|\bcards?\b[^.?!]{0,40}\b(?:wallet|purse|handbag|bag)\b[^.?!]{0,30}\b(?:stolen|lost|nicked|snatched|taken)\b|\b(?:left|forgot)\s+my\s+(?:\w+\s+)?card\b[^.?!]{0,50}\b(?:gone|missing|not there|disappeared|stolen|can'?t find|someone)\b|\bmy\s+(?:(?:credit|debit|bank)\s+)?card\s+is\s+gone\b|(?<!\bgift\s)\b(?:lost|stolen)\s+(?:(?:credit|debit|bank|payment)\s+)?cards?\b|(?<!\b(?:gift|greeting|birthday|christmas|thank you)\s)\bcards?\s+(?:is\s+|was\s+|got\s+|has been\s+)?(?:lost|stolen)\b|\b(?:lost|misplaced|dropped)\s+(?:my\s+)?(?:wallet|purse|handbag|bag)\b[^.?!]{0,40}\bcards?\b|\b(?:left|dropped)\s+my\s+(?:(?:credit|debit|bank)\s+)?card\s+(?:in|at|on)\s+(?:a|the)\s+(?:taxi|cab|bus|train|tube|shop|store|restaurant|cafe|bar|pub|hotel|plane|cinema|gym|atm|cash machine|petrol station|station)\b`,
      strength: 'strong',
    },
    {
      // "I never paid that", "a shop charged me and I've never shopped there".
      id: 'disowned-payment',
      pattern: String.raw`\b${ME}\s+${ADV}(?:never|did\s*n[o']?t|didnt|did not)\s+${ADV}(?:pay|paid|spend|spent)\s+(?:that|this|it|these|those|them|for (?:that|this|it|these|those|them))\b(?!\s+(?:yet|twice|again|back))|\b(?:charged|charge|charges|payments?|debit\w*|billed|transactions?)\b[^.?!]{0,50}\b${ME}(?:'ve|\s+have)?\s+(?:never|not ever|did\s*n[o']?t|did not)\s+(?:even\s+)?(?:shopped|been|bought anything|ordered anything|used|visited|heard of)\s+(?:there|from them|with them|at (?:that|this)|from (?:that|this)|of them|of it|it|them)\b`,
      strength: 'strong',
    },
    {
      // Used somewhere the person has not been: "charged in another country, I haven't been abroad".
      id: 'used-elsewhere',
      pattern: String.raw`\b(?:charged|charges?|payments?|transactions?|purchases?|used|withdrawals?|spent)\b[^.?!]{0,60}\b(?:(?:another|a different|foreign)\s+(?:country|city|state)|abroad|overseas)\b[^.?!]{0,60}(?:\b${ME}(?:'ve|\s+have)?\s+(?:not|never|n't|have\s*n[o']?t|have not)\s+(?:been|travell?ed|left)|\b(?:i am|i'm|we are|we're|i was|we were)\s+(?:at home|home|here|not abroad|in the (?:uk|us|country)))|\b(?:new|unknown|unusual|strange|suspicious|unrecogni[sz]ed)\s+(?:log-?in|sign-?in|login|device|session)s?\s+(?:attempts?\s+)?(?:from|in)\s+(?!my\b|our\b|the same\b|home\b)[a-z]+|\b(?:charged?|charges|payments?|transactions?|purchases?|withdrawals?)\b[^.?!]{0,60}\b(?:i'?ve|i have|i was|i am|i'm|we'?ve|we were|we are)\s+(?:been\s+)?(?:at\s+)?home\b|\b(?:charged?|charges|payments?|transactions?|purchases?|withdrawals?|used)\b[^.?!]{0,40}\b(?:places?|countries|cities|towns|shops|stores)\s+(?:that\s+)?${ME}(?:'ve|\s+have)?\s+(?:never|not|n't|have\s*n[o']?t|haven't)\s+(?:even\s+)?(?:been|visited|gone)\b`,
      strength: 'strong',
    },
    {
      // "this isn't my transaction", "a charge I know nothing about", "did you change my password?".
      id: 'disowned-other-ways',
      pattern: String.raw`\b(?:is\s*n[o']?t|isnt|is not|not|was\s*n[o']?t|was not)\s+(?:my|our)\s+(?:transaction|charge|payment|purchase|withdrawal|debit|order)s?\b(?!\s+(?:number|id|status|history))|\b(?:${MONEYTHING}|charged|account|card)\b[^.?!]{0,50}\b${ME}\s+(?:know|knew)\s+nothing\s+(?:about|of)\b|\b(?:did|have|has)\s+(?:you|someone|anyone|somebody|anybody)\s+(?:just\s+)?(?:change|changed|reset|update|updated|edit|edited)\s+my\s+(?:password|e-?mail|details|number|pin|login|account|payout|bank)\b|\b(?:shows?|says?|claims?|lists?)\s+(?:that\s+)?${ME}\s+(?:bought|ordered|purchased|paid|spent|made|placed|withdrew)\b[^.?!]{0,40}(?:\b${ME}\s+(?:did\s*n[o']?t|didnt|did not|never|have\s*n[o']?t)\b|\bnot me\b|\bwas\s*n[o']?t me\b)`,
      strength: 'strong',
    },
    {
      // Another person using the account or its details, said loosely.
      id: 'someone-using',
      pattern: String.raw`\b(?:someone|somebody)(?:'s|\s+has|\s+is)?\s+been\s+(?:using|shopping|buying|ordering|logging|accessing|spending|selling)\b|\b(?:a\s+)?random\s+(?:person|guy|man|woman|stranger|people)\s+(?:has|have|knows?|got|is using)\s+(?:my|our)\b|\b(?:details|login|password|data|info\w*|card|account)\b[^.?!]{0,30}\b(?:sold|for sale|being sold)\s+(?:online|on the internet|on the dark web)\b|\b(?:robbed|mugged|burgled|pickpocketed)\b[^.?!]{0,60}\bcards?\b|\bnew[- ](?:device|login|log-in|sign-?in)\s+(?:warning|alert|notification|e-?mail|message)\b`,
      strength: 'strong',
    },
    {
      // Things on the account the person did not make: "a listing on my shop I didn't create".
      id: 'not-my-content',
      pattern: String.raw`\b(?:listings?|reviews?|messages?|posts?|adverts?|ads|offers)\b[^.?!]{0,30}\b${ME}\s+${ADV}(?:did\s*n[o']?t|didnt|did not|never)\s+(?:create|created|list|listed|post|posted|write|wrote|add|added|upload|uploaded|make|made|send|sent|publish|published)\b|\bwhy\s+(?:are|is)\s+there\s+(?:\w+\s+){0,3}(?:orders|purchases)\b[^.?!]{0,40}\b(?:on|in|from)\s+my\s+(?:account|card|profile)\b|\bwhy\s+would\s+there\s+be\s+(?:a|an|any|two|these|this)?\s*(?:\w+\s+)?(?:payments?|charges?|transactions?|debits?|withdrawals?|purchases?|orders?)\s+(?:to|from|at|with)\b`,
      strength: 'strong',
    },
    {
      // The password stopped working and a notice says it changed.
      id: 'password-stopped-after-change',
      pattern: String.raw`\b(?:password|login|log-?in|sign-?in)\b[^.?!]{0,30}\b(?:no longer works|stopped working|does\s*n[o']?t work any\s?more|not working any\s?more|is\s*n[o']?t working any\s?more)\b[^.?!]{0,60}\b(?:changed|updated|reset)\b`,
      strength: 'strong',
    },
    {
      // "a transaction … not something I purchased": a charge disowned without a plain "I didn't".
      id: 'not-something-i-bought',
      pattern: String.raw`\b(?:transactions?|charges?|payments?|debits?|withdrawals?)\b[^.?!]{0,60}\bnot\s+(?:something|anything|one)\s+(?:that\s+)?${ME}\s+(?:purchased|bought|made|did|authori[sz]ed|paid for|signed up for|approved)\b|\b(?:subscriptions?|memberships?|plans?)\s+(?:that\s+)?${ME}\s+(?:never|did\s*n[o']?t|did not)\s+(?:sign(?:ed)? up for|subscribe(?:d)? to|join(?:ed)?|start(?:ed)?|agree(?:d)? to)\b`,
      strength: 'strong',
    },
    {
      // The account acting on its own: sending spam or messages the person did not send.
      id: 'account-acting',
      pattern: String.raw`\b(?:my|our)\s+(?:account|profile|shop|store|seller account)\s+(?:is|has been|keeps|was|started)\s+(?:sending|posting|messaging|spamming|emailing|listing)\b|\bspam\w*\s+(?:is\s+|being\s+)?(?:from|sent from|coming from)\s+my\s+account\b`,
      strength: 'strong',
    },
    {
      // A device, address or card that is not the person's own on their account.
      id: 'not-my-device',
      pattern: String.raw`\b(?:devices?|phones?|computers?|laptops?|browsers?|locations?|ips?|ip address(?:es)?)\s+(?:that\s+|which\s+)?(?:is\s*n[o']?t|isnt|is not|are\s*n[o']?t|are not|was\s*n[o']?t|was not)\s+(?:mine|ours|my own)\b|\b(?:devices?|phones?|computers?|laptops?|tablets?|browsers?)\s+(?:that\s+|which\s+)?${ME}\s+(?:do\s*n[o']?t|don't|do not|never|did\s*n[o']?t)\s+(?:own|have|use|owned|had|used|recogni[sz]e)\b|\b(?:payouts?|payout (?:method|details|account)|withdrawals?|earnings)\b[^.?!]{0,40}\bbank\s+(?:account\s+)?(?:that\s+)?${ME}\s+(?:do\s*n[o']?t|don't|do not|never)\s+(?:have|use|own|know|recogni[sz]e|bank with)\b|\b(?:address|addresses|location|city|town)\s+(?:that\s+|which\s+)?${ME}(?:'ve|\s+have)?\s+(?:never|not ever|do\s*n[o']?t|did\s*n[o']?t|did not)\s+(?:even\s+)?(?:lived|live|been|used|use|seen|recogni[sz]e|know|heard of|added|entered|set up)\b`,
      strength: 'strong',
    },
    {
      // Someone posing as the marketplace, or a code handed to a caller.
      id: 'impersonation',
      pattern: String.raw`\b(?:pretend\w*|claim\w*|posing|posed|impersonat\w*)\s+(?:to\s+be\s+|as\s+)?(?:from\s+)?(?:kingston|kx|your (?:team|company|support|staff|security team)|customer (?:service|support|care)|the marketplace)\b|\b(?:gave|told|sent|read out|shared|handed|texted)\s+(?:them|him|her|the caller|a caller|the person|someone|somebody|the guy|the scammer|a stranger)\s+(?:my\s+|the\s+)?(?:password|otp|one[- ]time (?:code|password|pin|passcode)|code|login|login details|pin|verification code|card details|card number|security code|cvv|details)\b`,
      strength: 'strong',
    },
    {
      // Card details copied at a shop or entered on a fake page.
      id: 'details-copied-phished',
      pattern: String.raw`\b(?:card|card details|card number|details|account details|login details)\b[^.?!]{0,20}\b(?:copied|duplicated|captured|skimmed)\b|\b(?:fake|suspicious|scam|dodgy|bogus|phony|phoney|fraudulent|spoof\w*|copycat|lookalike|look-alike)\s+(?:\w+\s+)?(?:e-?mails?|links?|sites?|websites?|pages?|texts?|sms|messages?|calls?|callers?|forms?|apps?)\b[^.?!]{0,80}\b(?:entered|typed|gave|put in|shared|filled in|logged in|signed in|provided|clicked|told)\b|\b(?:entered|typed|gave|put|shared|filled in|logged in|signed in|provided)\b[^.?!]{0,60}\b(?:fake|suspicious|scam|dodgy|bogus|phony|phoney|fraudulent|spoof\w*|copycat|lookalike|look-alike)\s+(?:\w+\s+)?(?:e-?mails?|links?|sites?|websites?|pages?|texts?|forms?|apps?|calls?)\b|\bclicked\s+(?:on\s+)?(?:a|the|an|that|this)\s+(?:\w+\s+)?links?\b[^.?!]{0,60}\b(?:entered|typed|gave|put in|shared|filled in|logged in|signed in)\b|\b(?:tricked|conned|fooled|duped|scammed|manipulated|talked)\s+(?:me\s+|us\s+)?into\s+(?:giving|sharing|telling|entering|typing|sending|reading out|handing over)\b|\b(?:entered|typed|gave|put|used|shared|logged in|signed in)\b[^.?!]{0,60}\b(?:sites?|websites?|pages?|e-?mails?|apps?|links?|forms?)\s+(?:that\s+|which\s+)?(?:looked|looks|seemed|seems|pretended|pretending)\s+(?:just\s+|exactly\s+|to be\s+)?(?:like\s+)?(?:yours|you|kingston|kx|the real|the official|your)\b`,
      strength: 'strong',
    },
    // ── Concepts of a second, independent round (general forms, not sentences). ──
    {
      // A phone or laptop that holds the signed-in app is gone: stolen outright, or lost while
      // the app, the account or a saved card is on it. "lost my phone number", "find my phone" are not this.
      id: 'device-gone',
      pattern: String.raw`\b(?:${DEVICE})\s+(?:(?:was|were|has been|have been|had been|got|is|been|just)\s+){0,2}(?:stolen|stollen|nicked|snatched|pinched|robbed|swiped)\b|\b(?:stole|snatched|nicked|pinched|robbed me of)\s+(?:my|our)\s+(?:${DEVICE})\b|\b(?:robbed|mugged|pickpocketed|burgled)\b[^.?!]{0,40}\b(?:${DEVICE})\b|\b(?:left|forgot)\s+(?:my\s+|our\s+)(?:${DEVICE})\s+(?:on|in|at)\s+(?:a|the)\s+[^.?!]{0,60}\b(?:still\s+(?:signed|logged)\s+in|still\s+(?:open|on)|app\s+(?:is\s+)?(?:still\s+)?open|someone)\b|\b(?:lost|misplaced)\s+(?:my\s+|our\s+|the\s+|a\s+)?(?:${DEVICE})\b(?!\s+(?:number|no|charger|case|cover|screen))(?=[^.?!]{0,60}\b(?:app|account|acc|logged|signed|kingston|kx|saved|card|cards|payments?|wallet|someone|somebody|access|still)\b)(?![^.?!]{0,60}\b(?:new (?:phone|number|sim|mobile)|change\w*\s+(?:my\s+|the\s+)?(?:phone\s+|mobile\s+)?number|update\w*\s+(?:my\s+|the\s+)?(?:phone\s+|mobile\s+)?number|locate|ring it|find it|track it)\b)`,
      strength: 'strong',
    },
    {
      // Fraud named with the person's own account, card or money ("fraud on my card", "freeze it
      // because of fraud"). Insults ("fraud app", "you are frauds") stay criticism, advice an
      // answer, and a seller's fraud is a dispute.
      id: 'fraud-on-mine',
      pattern: String.raw`^(?=[\s\S]*\b(?:my|our|me|i|we|account|card|payments?|transactions?|charges?|orders?|money|balance|payouts?|earnings|report\w*)\b)(?![\s\S]*\bfraud\w*\s+(?:app|apps|company|companies|site|website|platform|people|seller|sellers|guys|team|service|services|business|brand|store|shop|protection|prevention|policy|detection|monitoring|insurance|guarantee)\b)(?![\s\S]*\b(?:you|u|they|it|this|that|app|company|site|website|platform|seller|kingston|kx|people|guys|team|service)\s+(?:are|is|r|'re|'s)\s+(?:a\s+|such a\s+|so\s+|doing\s+)?(?:total\s+|complete\s+|big\s+|pure\s+)?fraud\w*)(?![\s\S]*\b(?:seller|sellers|buyer|buyers|vendor|merchant)\b[^.?!]{0,20}\bfraud|[\s\S]*\bfraud\w*\s+(?:by|from)\s+(?:the\s+|a\s+|this\s+)?(?:seller|buyer|vendor|merchant)\b)(?![\s\S]*\b(?:such|total|complete|biggest|pure|bloody)\s+(?:a\s+)?fraud\w*)(?![\s\S]*\b(?:avoid|avoiding|prevent|preventing|protect\w*|safe from|spot|spotting|recogni[sz]e|identify|tips|what is|what are|what's)\b[^.?!]{0,25}\bfraud)[\s\S]*?\bfraud(?:s|ulent\w*|sters?)?\b`,
      strength: 'strong',
    },
    {
      // A one-time code or PIN handed over at all, or a password or card number handed to a
      // person or over a channel ("shared otp to a fraud caller"); a secret asked for and given.
      id: 'secret-handed-over',
      pattern: String.raw`(?:^|\b(?:i|we)\s+(?:\w+\s+){0,2})(?:gave|given|shared|told|sent|read out|disclosed|revealed|handed over|forwarded|provided)\s+(?:away\s+|out\s+)?(?:them\s+|him\s+|her\s+|the caller\s+|a caller\s+)?(?:my\s+|our\s+|the\s+|an?\s+)?(?:${ONE_TIME})\b(?![^.?!]{0,30}\b(?:delivery|courier|driver|rider|postman|seller)\b)|\b(?:i|we)\s+(?:\w+\s+){0,2}(?:gave|shared|told|sent|read out|disclosed|revealed|handed over|provided)\s+(?:away\s+)?(?:my\s+|our\s+|the\s+)?(?:${SECRET})\b[^.?!]{0,30}\b(?:(?:to|with)\s+(?:a|an|some|someone|somebody|him|her|them|the caller|caller|a caller|stranger|a stranger|scammers?|fraud\w*|fake|the guy|the man|the woman|the person|this person|a person|unknown)|(?:on|over|by|via|through)\s+(?:the\s+|a\s+)?(?:phone|call|whatsapp|text|sms|telegram|messenger|chat|email|e-mail))\b|\b(?:ask\w*|request\w*)\s+(?:me\s+)?(?:for\s+)?(?:my\s+|our\s+|the\s+)?(?:${SECRET}|${ONE_TIME})\b[^.?!]{0,50}\b(?:i|we)\s+(?:replied|answered|responded|gave|sent|entered|typed|shared|told|provided|clicked|did)\b|\b(?:caller|scammer|fraudster|hacker|stranger|fake\s+\w+(?:\s+\w+)?|someone|somebody|some one)\s+(?:\w+\s+){0,2}(?:got|has|have|took|stole|knows?|obtained|got hold of)\s+(?:my|our)\s+(?:${SECRET}|${ONE_TIME})\b`,
      strength: 'strong',
    },
    {
      // A SIM taken over or a number ported away: the texts that guard the account go elsewhere.
      id: 'sim-swap',
      pattern: String.raw`\bsim\s*(?:card\s+)?(?:swap\w*|hijack\w*|clon\w*|port\w*|fraud|was stolen|got stolen|stolen|deactivated suddenly|stopped working suddenly)\b|\b(?:swapped|cloned|hijacked|ported)\s+(?:out\s+)?(?:my|our)\s+(?:sim|phone number|number)\b|\b(?:my|our)\s+(?:phone\s+|mobile\s+)?number\s+(?:was|got|has been)\s+(?:ported|transferred|moved)\b`,
      strength: 'strong',
    },
    {
      // The account shows a detail that belongs to someone else: "why does my account show a
      // different email", "a new bank account on my profile".
      id: 'foreign-detail-on-account',
      pattern: String.raw`\b(?:account|acc|profile|login|payout settings)\b[^.?!]{0,25}\b(?:shows?|showing|has|having|says|lists?|listing|displays?|displaying|is linked to|linked to)\s+(?:a\s+|an\s+)?(?:different|another|unknown|strange|unfamiliar|weird|foreign|someone else'?s|somebody else'?s|new)\s+(?:e-?mail|email address|mobile|phone|number|phone number|mobile number|name|bank|bank account|card|payout account|device|address)\b(?![^.?!]{0,30}\b(?:i|we)\s+(?:added|changed|set|entered|put|made|updated)\b)`,
      strength: 'strong',
    },
    {
      // The account was entered, said as something done to it: "it was accessed from Brazil".
      id: 'accessed-passive',
      pattern: String.raw`\b(?:was|were|been|got|being)\s+(?:\w+\s+)?(?:accessed|broken into|logged into|signed into|breached|infiltrated)\b(?!\s+(?:successfully|fine|ok|okay|by me|by us)\b)`,
      strength: 'strong',
    },
    {
      // Money leaving for someone else, or named stolen: "payouts going to someone else's account", "payout stolen".
      id: 'money-to-someone-else',
      pattern: String.raw`\b(?:payouts?|withdrawals?|earnings|balance|money|funds|payments?)\b[^.?!]{0,30}\b(?:go|goes|going|gone|went|sent|sending|paid|paying|transferred|transferring|deposited|credited|landing|landed|redirected|diverted)\s+(?:to|into)\s+(?:someone else'?s|somebody else'?s|another person'?s|a stranger'?s|(?:an?\s+|some\s+)?(?:unknown|strange|unfamiliar|unrecogni[sz]ed)\s+(?:person|people|account|acc|bank|number|wallet|card|upi)|some other person'?s|an account (?:that\s+)?(?:is\s*n[o']?t|is not|not) mine)\b|\b(?:payouts?|earnings|balance|money|funds|account|acc|login|details|identity|password|card details|data)\s+(?:(?:was|were|got|has been|have been|is|are|being|been)\s+)?(?:stolen|stollen)\b`,
      strength: 'strong',
    },
    {
      // Another person inside the account, said with "someone's": "someone's in my account".
      id: 'someone-is-in',
      pattern: String.raw`\b(?:someone|somebody|some one|a stranger|a hacker|a scammer)(?:'s|\s+is|\s+was|\s+has been|\s+got|\s+gets|\s+keeps getting)\s+(?:\w+\s+)?(?:in|into|inside|on|using|been using|been in|logged into|logging into|accessing|got my|has my)\s+(?:my|our)\s+(?:account|acc|profile|login|shop|store|seller account|app|card|details|password)\b`,
      strength: 'strong',
    },
    {
      // Disowning said loosely (chat grammar): "i not purchased anything", "i not done this order",
      // "i did not use it", with money gone or a transaction named. Wrong items, failed payments
      // and orders not placed yet stay answers.
      id: 'disowned-loosely',
      pattern: String.raw`^(?=[\s\S]*\b(?:deducted|debited|charged|charge|charges|taken|gone|missing|spent|withdrawn|withdrawal|zero|emptied|empty|transactions?|payments?|purchases?|orders?|amount|money|balance|wallet)\b)(?![\s\S]*\b(?:wrong|instead|size|colou?r|yet|mistake|accident\w*|return\w*|exchange|received|deliver\w*|shipping|postage|fees?|tax|insurance|arrived|sent me|coupon|voucher|discount|promo|failed|failure|declined|pending|error|unsuccessful|not go through|didn'?t go through|before|first time|first order|how)\b)[\s\S]*?\b(?:i|we)\s+(?:have\s+|had\s+|has\s+)?(?:not|never|did\s*n[o']?t|didnt|did not|dint|din|didn|havent|have\s*n[o']?t|have not)\s+(?:even\s+|ever\s+)?(?:done|do|did|make|made|purchased?|buy|bought|ordered|order|placed|place|authori[sz]ed?|spend|spent|withdr[ae]wn?|withdraw|approved?|requested|initiated?|transact\w*|(?:use|used)\s+(?:it|this|that|them|my\s+(?:card|account|wallet|balance)|the\s+(?:card|account|wallet|money)))\b`,
      strength: 'strong',
    },
    {
      // A request to stop the account or card working: "can you freeze my kingston account",
      // "assistance freezing my account". Not "my bank froze my account" or "why did you block it".
      id: 'stop-my-account',
      pattern: String.raw`(?<!\b(?:why|bank|they)\b[^.?!]{0,20})(?<!\b(?:did|have|has|had|would|will)\s+(?:you|they|kingston|kx)\s+)\b(?:freez\w*|block|blocking|lock|locking|put a (?:hold|stop|freeze) on)\s+(?:(?:my|our|the|this)\s+)?(?:\w+\s+){0,2}?(?:account|acc|card|cards|payouts?)\b(?!\s+(?:number|details|settings))(?![^.?!]{0,20}\b(?:temporarily while|on holiday|vacation)\b)|\b(?:account|card|payouts?)\s+(?:needs?|has|have|must|should)\s+(?:to\s+)?be\s+(?:frozen|blocked|locked)\b`,
      strength: 'strong',
    },
    {
      // The person doubts their own account is safe: "is my account safe?", "my details may be at risk".
      id: 'account-at-risk',
      pattern: String.raw`^(?:is|are|was|has)\s+(?:my|our)\s+(?:kingston\s+|kx\s+)?(?:account|acc|card|card details|details|money|balance|login|password|identity|payouts?|earnings|profile)\s+(?:still\s+)?(?:safe|secure|ok|okay|at risk|in danger|protected)\s*[.?!]*$|\b(?:account|acc|card|card details|details|password|login|data|identity|money|payouts?|info\w*)\s+(?:is\s*n[o']?t|isnt|is not|are\s*n[o']?t|are not|not|no longer|might not be|may not be|might be|may be|could be)\s+(?:safe|secure|at risk|in danger|exposed|vulnerable|unsafe|insecure)\b(?!\s+enough)`,
      strength: 'strong',
    },
    {
      // Two-step verification or another guard switched off or changed by someone else.
      id: 'guard-disabled',
      pattern: String.raw`\b(?:${GUARD})\b[^.?!]{0,30}\b(?:turned off|switched off|disabled|deactivated|removed|changed|reset)\b[^.?!]{0,30}(?:\bwithout\b|\bnot (?:by )?me\b|\bnever\b|\bdid\s*n[o']?t|\bdidnt\b|\bdid not\b|\bsomeone\b|\bsomebody\b|\bwas\s*n[o']?t me\b)`,
      strength: 'strong',
    },
    {
      // Money gone from the account with no purchase named: "money gone from my account".
      id: 'money-gone-from-account',
      pattern: String.raw`\b(?:money|funds|cash|balance|earnings|savings)\b[^.?!]{0,20}\b(?:gone|missing|disappeared|vanished|went missing|gone missing)\s+(?:from|out of|off)\s+(?:my|our)\s+(?:\w+\s+)?(?:account|acc|wallet|balance|card|profile)\b(?![\s\S]*\b(?:order|refund|failed|pending|declined)\b)`,
      strength: 'strong',
    },
    {
      // A named wrongdoer with the person's money or account: "a scammer took my money".
      id: 'wrongdoer-took',
      pattern: String.raw`\b(?:scammers?|fraudsters?|hackers?|thie(?:f|ves)|criminals?|crooks?|con ?(?:man|men|artists?))\b[^.?!]{0,30}\b(?:took|taken|stole|stolen|drained|emptied|withdrew|spent|used|got into|accessed)\b[^.?!]{0,20}\b(?:my|our)\s+(?:\w+\s+)?(?:money|funds|balance|earnings|account|acc|card|payouts?|details|wallet)\b`,
      strength: 'strong',
    },
    {
      // Something unknown attached to the account: "a new device was added to my account".
      id: 'unknown-added',
      pattern: String.raw`\b(?:a|an|some|another|unknown|strange|unfamiliar|unrecogni[sz]ed)\s+(?:new\s+|unknown\s+|strange\s+|different\s+)?(?:device|phone|computer|card|bank account|bank|payout (?:method|account)|e-?mail(?: address)?|address|phone number|number|user|person|login)s?\s+(?:was|were|has been|have been|got|is|are|been)\s+(?:added|linked|registered|connected|attached|saved)\s+(?:to|on|in|into)\s+(?:my|our)\b`,
      strength: 'strong',
    },
    {
      // A sign-in from a named place the person reports or has not been to: "a login from Germany,
      // I have never been there". Not "can I log in from abroad" or "login from the app fails".
      id: 'login-from-named-place',
      pattern: String.raw`\b(?:there'?s|there is|there was|there were|i see|i saw|i got|got|shows?|showing|says|alerts?|notification|e-?mail|why is there|why was there)\b[^.?!]{0,30}\b(?:log-?ins?|sign-?ins?|logins?|access|activity)\s+(?:attempts?\s+)?from\s+(?!(?:my|the|our|your|app|apps|web|website|browser|desktop|mobile|phone|computer|laptop|pc|mac|google|facebook|apple|home|work|here|there)\b)[a-z]+|\b(?:log-?ins?|logged\s+in|sign-?ins?|signed\s+in|accessed|access|activity)\b[^.?!]{0,30}\b(?:from|in)\s+[a-z]+\b[^?!]{0,60}\b(?:(?:i|we)(?:'ve|\s+have)?\s+never\s+been|(?:i|we)\s+(?:have|had)\s*n[o']?t\s+been|(?:i|we)\s+live\s+in|(?:i'?m|i am|we'?re|we are)\s+(?:in|at)\b|not me\b|was\s*n[o']?t me\b)`,
      strength: 'strong',
    },
    {
      // Codes or reset mails nobody asked for: "random otp messages", "otp without requesting".
      id: 'unasked-codes',
      pattern: String.raw`\b(?:random|unknown|strange|unexpected|unrequested|unsolicited|weird|suspicious|mystery)\s+(?:otps?|one[- ]time (?:codes?|passwords?)|(?:verification|login|sign-?in|security|2fa|sms|text)\s+codes?|password reset|reset (?:e-?mails?|links?|codes?|requests?))\b|\b(?:otps?|codes?|reset (?:e-?mails?|links?)|password resets?)\b[^.?!]{0,30}\b(?:without\s+(?:me\s+)?(?:requesting|asking|request|trying)|(?:i|we)\s+(?:never|did\s*n[o']?t|did not|have\s*n[o']?t)\s+(?:asked|ask|requested|request|tried|try))\b`,
      strength: 'strong',
    },
    {
      // Asking who is inside the account: "who is using my account".
      id: 'who-is-in',
      pattern: String.raw`\bwho\s+(?:is|was|has been|else is|else has been)\s+(?:using|accessing|logged into|logging into|in|into|getting into|buying on|ordering on|spending)\s+(?:my|our)\s+(?:account|acc|profile|card|login|shop|store|balance|wallet)\b|\bwho\s+(?:else\s+)?(?:has|had)\s+access\s+to\s+(?:my|our)\b`,
      strength: 'strong',
    },
    {
      // The person's details let out by someone: "who leaked my card details", "someone posted my login".
      id: 'mine-leaked',
      pattern: String.raw`\b(?:leaked|leaking|exposed|published|posted|dumped)\s+(?:all\s+)?(?:my|our)\s+(?:card|card details|card number|details|account details|bank details|password|passwords|login|login details|credentials|personal (?:data|details|information|info)|data|identity)\b`,
      strength: 'strong',
    },
    {
      // A login detail changed by itself: "my id password changed automatically", "payout email
      // changed overnight", "password and phone were both changed" and the person is locked out.
      id: 'changed-by-itself',
      pattern: String.raw`\b(?:password|passcode|pin|e-?mail|email address|phone number|mobile number|bank details|bank account|payout (?:details|account|method|e-?mail)|login|login details|username)\b[^.?!]{0,20}\b(?:got\s+|was\s+|were\s+|has been\s+|have been\s+|is\s+|are\s+)?(?:both\s+|all\s+|also\s+)?(?:changed|reset|updated|replaced|removed|swapped|altered)\s+(?:\w+\s+)?(?:automatically|by itself|by themselves|on its own|on their own|overnight|suddenly|mysteriously|out of nowhere|randomly|somehow|itself)\b(?![^.?!]{0,40}\b(?:every|asks?|asking|prompt\w*|expire\w*|policy)\b)|\b(?:can'?t|cannot|unable to)\s+(?:get\s+in|get\s+into|log\s*in|sign\s*in|access)\b[^.?!]{0,30}\b(?:password|e-?mail|phone|number|login|details)\b[^.?!]{0,40}\b(?:were|was|have been|has been|got)\s+(?:both\s+|all\s+|also\s+)?(?:changed|reset|replaced|swapped)\b`,
      strength: 'strong',
    },
    {
      // Stop everything leaving the account: "stop all payments from my account".
      id: 'stop-all-money',
      pattern: String.raw`\b(?:stop|block|halt|freeze|cancel|suspend)\s+(?:all|any|every)\s+(?:further\s+|more\s+)?(?:payments?|transactions?|charges?|withdrawals?|payouts?|transfers?|activity|purchases?|orders)\b(?!\s+(?:until|while)\b)(?![^.?!]{0,30}\b(?:subscriptions?|recurring|automatic|auto|direct debits?|standing orders?|membership)\b)`,
      strength: 'strong',
    },
    {
      // Billed for a thing the person never ordered: "got billed for a laptop I never ordered".
      // Fees and things never received are other topics.
      id: 'billed-for-unordered',
      pattern: String.raw`\b(?:billed|charged|invoiced|debited|paying|paid)\s+(?:me\s+)?for\s+(?![^.?!]{0,40}\b(?:shipping|delivery|postage|fee|fees|tax|insurance|gift wrap|size|colou?r)\b)[^.?!]{0,40}\b(?:i|we)\s+(?:never|did\s*n[o']?t|didnt|did not|have\s*n[o']?t|havent|have not)\s+(?:ordered|order|bought|buy|purchased|purchase|made|make|asked for|wanted|placed|place)\b`,
      strength: 'strong',
    },
    {
      // The person's identity used to open an account: "an account was opened in my name".
      id: 'identity-used',
      pattern: String.raw`\bidentity\s+(?:has been|have been|was|were|got|is being|are being|being)\s+(?:used|misused|abused|stolen)\b|\bmy\s+(?:name|details|id|documents?|passport|e-?mail address|phone number)\s+(?:has been|have been|was|were|got|is being|are being|being)\s+(?:used|misused|abused)\s+(?:to|for|by|without)\b(?!\s+me\b)|\b(?:an?|another|new|second|fake|some|other|\d+)\s+(?:\w+\s+)?(?:account|accounts|profile|shop|store)\s+(?:was|were|has been|have been|got|is|are|being)\s+(?:opened|created|registered|set up|made)\s+(?:in|with|using|under)\s+my\s+(?:name|identity|details|e-?mail|email address|phone|number|id)\b(?![^.?!]{0,20}\bby me\b)`,
      strength: 'strong',
    },
    {
      // A secret sent back in reply to a message: "replied to a text … with my login details".
      id: 'replied-with-secret',
      pattern: String.raw`\b(?:replied|responded|answered|wrote back|texted back|messaged back)\b[^.?!]{0,60}\bwith\s+(?:my\s+|our\s+|the\s+)?(?:${SECRET}|${ONE_TIME})\b`,
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
      // "tracking says delivered, I have nothing": the same conflict said without "but".
      id: 'says-delivered-have-nothing',
      pattern: String.raw`\b(?:says|said|shows|showing|marked|status is)\s+(?:as\s+)?delivered\b\s*[,;:-]?\s*(?:and\s+|but\s+)?(?:i|we)\s+(?:have|got|received|see)\s+(?:nothing|no (?:parcel|package|item|order|box))\b`,
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
      // Seed: "Dispatchment inventory discrepancies": counts that disagree with what the seller sent.
      id: 'warehouse-count-mismatch',
      pattern: String.raw`\b(?:warehouse|fulfil+ment|kingston express|kx|inventory|stock|dispatch report|units?)\b[^.?!]{0,60}\b\d+\b[^.?!]{0,40}\b(?:but|yet|while|though|although|whereas|when|and)\s+${ME}\s+(?:only\s+|actually\s+)?(?:sent|shipped|delivered|sent in|dropped off|had|have|counted|packed|supplied)\b|\b(?:fewer|less|more)\s+(?:units|items|stock|pieces|boxes|products)?\s*than\s+${ME}\s+(?:sent|shipped|delivered|supplied|packed)\b|\b${ME}\s+(?:sent|shipped|delivered|supplied)\s+\d+\b[^.?!]{0,50}\b(?:warehouse|fulfil+ment|kingston|kx|inventory|stock)\b[^.?!]{0,40}\b(?:only|shows?|showing|says|recorded|counted|received|lists?)\b`,
      strength: 'strong',
    },
    {
      id: 'inventory-shows-none',
      pattern: String.raw`\b(?:inventory|stock|units)\b[^.?!]{0,25}\b(?:shows?|showing|says|at|is|still)\s+(?:still\s+)?(?:zero|0|none|nothing|empty|blank)\b|\b(?:received|got|have)\s+(?:my|the|our)\s+(?:shipment|stock|inventory|units|boxes|delivery)\b[^.?!]{0,40}\b(?:but|yet)\b[^.?!]{0,30}\b(?:inventory|stock|units|listing|dashboard)\b`,
      strength: 'strong',
    },
    {
      id: 'warehouse-records-wrong',
      pattern: String.raw`\b(?:warehouse|fulfil+ment|inventory|stock|dispatch)\s+(?:report|records?|count|levels?|numbers?|figures?|data|dashboard|listing)\b[^.?!]{0,60}(?:\bwrong\b|\bincorrect\b|\bdoes\s*n[o']?t match|\bmismatch|\bdiscrepan|\b${ME}\s+(?:never|did\s*n[o']?t|didnt)\s+(?:send|sent|ship|shipped|supply|supplied))|\b(?:stock|inventory|units|items|products)\b[^.?!]{0,30}\b(?:vanished|disappeared|gone missing|went missing|lost|missing)\b[^.?!]{0,30}\b(?:warehouse|fulfil+ment|kingston|kx)\b`,
      strength: 'strong',
    },
    {
      id: 'warehouse-error',
      pattern: String.raw`\b(?:warehouse|fulfil+ment(?:\s+(?:centre|center))?|kingston express|kx)\s+${W}{0,2}(?:sent|shipped|packed|delivered|lost|mixed up|misplaced)\s+${W}{0,3}(?:wrong|incorrect|different|my|the|our|someone|somebody|another)\b|\b(?:stock|inventory|units|products|boxes)\b[^.?!]{0,50}\b(?:warehouse|fulfil+ment)\b[^.?!]{0,40}\b(?:gone missing|went missing|is missing|are missing|lost|disappeared|vanished)\b|\b(?:sent|shipped|packed|delivered|dispatched)\b[^.?!]{0,30}\b(?:wrong|incorrect|different)\b[^.?!]{0,40}\bfrom\s+(?:your|the|their|kingston express'?s?|kx'?s?)\s+(?:\w+\s+)?(?:warehouse|fulfil+ment)|\b(?:units|stock|inventory|items)\b[^.?!]{0,40}\b(?:warehouse|fulfil+ment)\b[^.?!]{0,30}\b(?:do\s*n[o']?t|does\s*n[o']?t|dont|doesnt|not)\s+match\b`,
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
      id: 'chargeback-notified',
      pattern: String.raw`\b(?:notified|notification|notice|informed|alerted|told|email(?:ed)?|letter)\b[^.?!]{0,30}\bcharge-?\s?backs?\b|\bcharge-?\s?backs?\s+(?:on|for|against)\s+(?:my|one of my|an?|the|this)\s+(?:\w+\s+)?(?:orders?|sales?|payments?|account|items?|transactions?)\b`,
      strength: 'strong',
    },
    {
      id: 'chargeback-filed',
      pattern: String.raw`\bcharge-?\s?backs?\s+(?:was\s+|has been\s+|have been\s+|got\s+|just\s+)?(?:filed|opened|raised|initiated|issued|received|started|lodged|made|placed|requested|submitted)\b`,
      strength: 'strong',
    },
    {
      id: 'chargeback-notification',
      pattern: String.raw`\bcharge-?\s?backs?\s+${W}{0,1}(?:notification|notice|alert|email|letter|message|was filed|was opened|has been (?:filed|opened|raised|initiated)|against)\b`,
      strength: 'strong',
    },
    {
      id: 'bank-reversed',
      pattern: String.raw`\b(?:bank|card issuer|issuer|buyer|customer)\s+${W}{0,2}(?:filed|opened|raised|initiated|started|reversed|pulled back|clawed back|took back)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:charge-?\s?back|payment|charge|transaction|order|sale|money)\b`,
      strength: 'strong',
    },
    {
      id: 'dispute-unexpected',
      pattern: String.raw`\b(?:dispute|claim)\s+${W}{0,3}(?:closed|cancell?ed|canceled|disappeared|vanished|reopened|reversed|deleted|removed|escalated)\s+${W}{0,3}(?:without|for no reason|unexpectedly|by itself|on its own|automatically|suddenly|before)\b`,
      strength: 'strong',
    },
    {
      // Seed: "A dispute behaves unexpectedly": closed with no decision, gone, attached to the wrong order.
      id: 'dispute-odd',
      pattern: String.raw`\b(?:dispute|claim)s?\b[^.?!]{0,40}\b(?:closed|cancell?ed|canceled|resolved|decided|removed|deleted|reopened|ended|rejected|dismissed)\b[^.?!]{0,40}(?:\bwithout\b|\bno (?:decision|reason|explanation|outcome|review|one)\b|\bnever\b|\bunexpectedly\b|\bby itself\b|\bsuddenly\b|\bfor no\b|\bbefore\b)|\b(?:dispute|claim)s?\b[^.?!]{0,30}\b(?:disappeared|vanished|gone missing|is gone|went missing|is missing|no longer (?:shows|there|visible|appears))\b|\b(?:dispute|claim|decision|refund)s?\b[^.?!]{0,40}\b(?:for|on|against|to)\s+the\s+wrong\s+(?:order|item|buyer|seller|person|account|case|product|sale)\b`,
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
      id: 'decision-error-later',
      pattern: String.raw`\b(?:dispute|claim|decision|ruling|verdict)\b[^?!]{0,100}\b(?:is an error|was an error|this is an error|a mistake|is wrong|was wrong|is incorrect|was incorrect|got it wrong|mistaken|unfair)\b`,
      strength: 'strong',
    },
    {
      id: 'ruled-despite',
      pattern: String.raw`\b(?:ruled|decided|closed|found)\s+in\s+favou?r\s+of\s+the\s+(?:buyer|seller)\b[^.?!]{0,40}\b(?:even though|but|although|despite|though)\b`,
      strength: 'strong',
    },
    {
      id: 'charged-twice',
      pattern: String.raw`\b(?:charged|billed|debited|paid|taken|took|deducted|came out|come out|went out|gone out|collected|withdrawn|processed)\s+(?:me\s+)?(?:(?:the\s+|my\s+)?(?:money|payment|amount|it|that)\s+)?(?:from\s+(?:my|our)\s+(?:account|card|bank)\s+)?(?:twice|double|two times|2 times|two charges)\b|\b(?:twice|two times|2 times)\s+(?:for|on)\s+(?:the\s+same|one|a single)\s+(?:order|purchase|payment|item|transaction|product|sale)\b|\bdouble[- ]?(?:charged|billed)\b|\bsame\s+(?:charge|payment|transaction|amount|debit)\b[^.?!]{0,30}\b(?:twice|two times|2 times|double)\b|\b(?:identical|duplicated?|repeated)\s+(?:charges|payments|transactions|debits)\b|\b(?:2|two)\s+(?:identical|duplicate|same)\s+(?:charges|payments|transactions|debits)\b|\b(?:2|two)\s+(?:charges|payments|debits)\s+for\s+(?:the\s+same|one|a single|my)\s+(?:purchase|order|item|thing)\b|\bduplicate\s+(?:charges?|payments?|transactions?)\b`,
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
      // Expected on a day that is behind us: "delivery expected 3 days ago", "was due yesterday".
      id: 'expected-in-past',
      pattern: String.raw`\b(?:delivery|arrival|parcel|package|order|it|refund|payout)\s+(?:was\s+|is\s+)?(?:expected|due|promised|supposed to (?:arrive|come|be delivered|be here))\s+(?:on\s+|by\s+)?(?:(?:\d+|a|one|two|three|four|five|six|seven|few|several|couple of)\s+(?:days?|weeks?)\s+ago|yesterday|last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
      strength: 'strong',
    },
    {
      // The promised date is behind us: "delivery date was 2 days ago", "expected date has passed".
      id: 'date-passed',
      pattern: String.raw`\b(?:delivery|expected|due|estimated|promised|eta|arrival|dispatch|refund)\s+(?:delivery\s+)?(?:date|day|time)\s+(?:was\s+|is\s+|has\s+|had\s+|already\s+)*(?:passed|crossed|over|gone|gone by|went by|exceeded|expired|missed|yesterday|(?:\d+|a|one|two|three|four|five|six|seven|few|several|couple of)\s+(?:days?|weeks?)\s+ago|last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
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
 * Security as a combination (seed: "Unauthorized changes", "Login or payout security concerns"):
 * something that guards an account (credential) or moves money (transaction), together with a
 * sign that somebody other than the person acted ("someone", "not me", "without my permission",
 * "who changed…"). Catches phrasings the single cues above miss, while "how do I change my
 * password" (no other actor) and "I never received the code" (no act) stay answers.
 */
export const SECURITY_COMBINATION = {
  credential: String.raw`\b(?:account|acc|my id|profile|password|passcode|pwd|e-?mail|phone|mobile|number|log-?in|sign-?in|username|payouts?|bank|details|card|otp|2fa|codes?|earnings|balance|address book|saved cards?|(?:shipping|delivery|billing|home) address(?:es)?)\b`,
  transaction: String.raw`\b(?:transactions?|purchases?|orders?|charges?|payments?|withdrawals?|debits?|transfers?)\b`,
  /** Another actor, or the person disowning an act. */
  otherActor: String.raw`\b(?:unknown (?:person|people|user|users|device|devices)|a stranger|strangers|hackers?|scammers?|fraudsters?|another person|other person|third party|an intruder)\b|(?<!\b(?:to|with|need|want|is there|are there|get me|find|for|can|could|may|will|would|does|let|lets|if|help|ask|call|send)\s+)\b(?:someone|somebody|some one|some person|some guy)\b(?!\s+else'?s\b|'s\b)(?!\s+(?:else\s+)?(?:from|at|on|in)\s+(?:your|the|kingston|support|customer|kx)\b)(?!\s+(?:else\s+)?(?:to|who|that|which|can|could|would|will|please|pls|help|call|contact|reply|respond|answer|look|check|assist|talk|speak|get back|explain|fix|sort|tell|give|let|pick|collect|receive|sign for|accept|deliver|from|call|calls|called|calling|keeps calling|phoned|phoning|texted|texting|messaged|messaging|sent me|gave me|bought me|gifted me|gifted|stole my (?:wallet|purse|bag|phone|bike|car))\b)(?!\s*[.?!]*$)|\bnot\s+(?:the\s+ones?|what|those|the same as (?:what|the ones?))\s+(?:that\s+)?(?:i|we)\s+(?:entered|set|added|gave|chose|saved|put|registered|use|used|typed)\b|\b(?:did\s*n[o']?t|did not|never)\s+(?:buy|order|purchase|make|place|authori[sz]e)\s+(?:anything|any of (?:these|them|those|this|it))\b|\b(?:someone|somebody|some one|some person|some guy)\s+(?:else\s+)?(?:has\s+|had\s+|have\s+|is\s+|was\s+|keeps\s+|must have\s+|might have\s+|may have\s+)?(?:\w+ly\s+)?(?:changed|changing|used|using|accessed|accessing|made|making|placed|placing|bought|buying|ordered|ordering|logged|logging|signed|signing|reset|hacked|withdrew|withdrawn|stole|stolen|tried|trying|spent|spending|entered|added|removed|updated|knows|has my|have my|in my|into my)\b|\bwithout\s+(?:my|me|our|us)\s*(?:knowing|knowledge|permission|consent|request|approval|authori[sz]ation|asking|say so)?\b|\bwithout\s+(?:asking|permission|consent|telling (?:me|us)|my ok|my okay)\b|\bnot\s+(?:done\s+)?by\s+me\b|\b(?:not|isn'?t|is not|wasn'?t|was not|are not|aren'?t)\s+(?:me|mine|my doing)\b|\bwho\s+(?:has\s+|had\s+)?(?:changed|made|placed|accessed|used|reset|updated|bought|ordered|logged|signed|withdrew|took)\b|\bnever\s+(?:authori[sz]ed|approved|requested|asked for|made|placed|did|allowed|permitted|agreed to|consented to)\b|\b(?:i|we)\s+(?:did\s*n[o']?t|did not|never|have\s*n[o']?t|have not)\s+(?:withdraw|withdrew|withdrawn|authori[sz]e|authori[sz]ed|approve|approved|request|requested|add|added|change|changed|reset|spend|spent|transfer|transferred|log\s?in|logged\s?in|sign\s?in|signed\s?in|link|linked|set up|give|gave|share|shared)\b|\b(?:i|we)\s+(?:was|were)\s+(?:asleep|sleeping|away|abroad|offline|at work|not (?:online|home|logged in))\b|\b(?:i'?m|i am|we'?re|we are)\s+not\s+(?:the one\s+)?(?:logging|signing|trying|requesting|doing)\b`,
  /** "My email was changed": a credential changed, said as something that happened to the person. */
  passiveChange: String.raw`\b(?:my|our)\s+(?:(?:account|login|kingston express|kingston|kx|seller|store|shop|profile|payout|recovery|registered|linked|saved|sign-?in|contact|primary|main)\s+){0,2}(?:password|passcode|e-?mail|phone number|mobile number|number|bank details|bank account|payout (?:details|account|method)|login|details|username|pin|settings|security settings|saved cards?|saved payment methods?|payment methods?|recovery (?:e-?mail|phone|number)|security questions?|security (?:question )?answers)\s+(?:\w+\s+){0,4}(?:was|were|has been|have been|got|had been|is|are|been)\s+(?:suddenly\s+|just\s+|mysteriously\s+)?(?:changed|replaced|swapped|switched|reset|altered|modified|removed|edited)\b|(?<!\b(?:get|have|want|need|like|to)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?)(?<!\b(?:payout|bank|login|e-?mail|phone|mobile)\s+)\b(?:payout|bank|login|password|e-?mail|phone|mobile)\s+(?:bank\s+)?(?:details|account|number|password|id)(?:\s+(?:details|number|id))?\s+(?:got\s+|was\s+|were\s+|has been\s+|have been\s+|is\s+)?(?:changed|swapped|replaced|altered|modified)\b(?!\s+(?:to|successfully))`,
  /** "orders were placed from my account": money moved through the account, said as done to it. */
  usedAccount: String.raw`\b(?:account|wallet|balance|card)\s+(?:was|has been|got|is)\s+(?:emptied|drained|cleaned out|wiped out|maxed out)\b|\b(?:orders?|purchases?|transactions?|charges?|withdrawals?|transfers?)\s+(?:\w+\s+)?(?:were|was|have been|has been|got|being|are being|keep being)\s+(?:made|placed|done|charged|bought|processed|sent|taken)\s+(?:from|on|using|with|through|via|in)\s+(?:my|our)\s+(?:\w+\s+)?(?:account|card|profile|login|balance|wallet)\b|\b(?:money|funds|balance|earnings|payouts?)\b[^.?!]{0,30}\b(?:disappeared|vanished|gone missing|went missing|drained|emptied|wiped)\b`,
  /** Self-service phrasing that overrules the above. */
  veto: String.raw`\b(?:opened|tampered with|resealed)\s+(?:the\s+|my\s+)?(?:box|parcel|package)\b|\b(?:box|parcel|package)\s+(?:was\s+|had been\s+|has been\s+)?(?:opened|tampered|resealed)\b|\b(?:by mistake|by accident|accidentally|how (?:do|can|could|should|to) (?:i |we )?(?:protect|secure|keep|safeguard)|what (?:should|can|do|could) (?:i|we) do to (?:protect|secure|keep|safeguard|stop|prevent|avoid)|(?:protect|secure|safeguard|keep)\w*\s+${W}{0,3}(?:from|against)\s+(?:being\s+)?(?:hackers?|hacked|hacking|fraud\w*|scam\w*|phishing)|not confirmed|no (?:order )?confirmation|order (?:failed|not placed)|payment failed|how (?:do|can|could|should) (?:i|we) (?:change|update|reset|edit|add|remove|set)|how to (?:change|update|reset|edit|add|remove|set)|i (?:changed|updated|reset|edited)|i'?ve (?:changed|updated|reset)|i have (?:changed|updated|reset)|yet\b|successfully)`,
};

/**
 * No security reading at all: the person says the change was theirs ("I did that myself", "it
 * was me"), asks how to spot or what to do about phishing in general ("what do I do if I suspect
 * phishing"), or means "hack" in its other sense ("how do I hack my productivity", "life hacks").
 * Also: a phishing message left alone ("deleted it without clicking"), and the aftermath of a
 * lost card already replaced ("got a new card, how do I add it").
 */
export const SECURITY_SELF_DONE = String.raw`\bhow\s+(?:do|can|to|could|should)\s+(?:i\s+|we\s+)?hack\b|\b(?:life|growth|productivity|kitchen|cleaning|travel|money|study)\s?hacks?\b|\bif\s+(?:i|we)\s+(?:ever\s+)?(?:suspect|spot|notice|get|receive|see)\s+(?:a\s+|an\s+|any\s+|some\s+)?(?:phishing|fraud|scam|suspicious|fake)\b|\bhow\s+(?:do|can|would|to)\s+(?:i\s+|we\s+)?(?:spot|recogni[sz]e|tell|identify|avoid|report)\s+(?:a\s+|an\s+)?(?:phishing|fraud\w*|scam|fake)\s+(?:e-?mails?|texts?|messages?|calls?|sites?|links?)\b|\b(?:i|we)\s+did\s+(?:that|this|it)\s+(?:myself|ourselves)\b|\b(?:i|we)\s+changed\s+it\s+(?:myself|ourselves)\b|(?<!\b(?:not|never|n't)\s)\b(?:it|that|this)\s+was\s+(?:me|us|just me)\b(?!\s+who\s+(?:did\s*n[o']?t|did not|never))|\b(?:i|we)\s+(?:made|requested|asked for)\s+(?:that|this|the)\s+change\b|\b(?:deleted|ignored|reported|blocked)\s+(?:it|them|the (?:e-?mail|text|message|link|number))\s+(?:without|and did\s*n[o']?t|and never)\b|\b(?:without|never)\s+(?:clicking|opening|replying|answering|responding)\b|\b(?:got|received|have|ordered|been sent|sent me|issued me)\s+(?:a\s+)?(?:new|replacement)\s+(?:one|card)\b[^?!]{0,60}\b(?:how|where|update|add|change|replace|save)\b|\b(?:how|where)\b[^?!]{0,40}\b(?:update|add|change|replace|save)\b[^?!]{0,40}\b(?:new|replacement)\s+card\b|\b(?:i|we)\s+(?:did\s*n[o']?t|did not|never)\s+(?:click|open|reply|answer|respond)\s+(?:on\s+|to\s+)?(?:it|them|the|that|this|anything)\b`;

/**
 * A general question about security in the world ("what is identity theft", "who hacked the
 * pentagon", "tell me about the X data breach"): no security reading when nothing in it is the
 * person's own (`anchor`: a first-person word, "this", or one of the marketplace's own things).
 */
export const SECURITY_GENERAL_QUESTION = {
  start: String.raw`^(?:what|what's|whats|who|who's|which|define|definition|meaning|explain|describe|tell me about|tell me what|when did|why do|why does|how do (?:hackers|scammers|fraudsters|criminals|people)|how does)\b`,
  anchor: String.raw`\b(?:my|our|me|i|we|us|mine|i'm|i've|i'd|this|these|that|those|account|card|payouts?|orders?|charges?|payments?|transactions?|purchases?|password|login|balance|wallet|earnings|kingston|kx)\b`,
};

/**
 * Accounts at other companies (an email provider, a social network, a streaming service, home
 * wi-fi): "my Instagram was hacked" is not a marketplace compromise. When one of these is named
 * and nothing ties the message to the marketplace (`anchor`), security cues are not read and the
 * message is out of scope. A plain "my email was hacked" names no provider and stays security.
 * A messaging app after "on", "via", "over"… is only the channel ("gave my code to someone on
 * WhatsApp"), not an account at that company.
 */
export const THIRD_PARTY = {
  services: String.raw`\b(?:gmail|g-mail|googlemail|yahoo|ymail|hotmail|outlook|live\.com|icloud|aol|protonmail|proton mail|instagram|insta|facebook|fb|snapchat|tiktok|twitter|linkedin|youtube|reddit|discord|netflix|spotify|hulu|disney plus|prime video|amazon prime|xbox|playstation|psn|steam|fortnite|roblox|minecraft|apple id|icloud account|google account|microsoft account|wi-?fi|router|home network|hacker news)\b|(?<!\b(?:on|via|through|over|by|from|in)\s+(?:a\s+|the\s+)?)\b(?:whatsapp|telegram|messenger|signal app)\b|\b(?:how|why)\s+(?:do|does|can|did|would)\s+hackers\b|\bwhat\s+(?:is|are)\s+(?:a\s+)?(?:hackers?|hacking|phishing)\b`,
  anchor: String.raw`\b(?:kingston|kx|marketplace|here|this (?:site|app|website|platform|account)|your (?:site|app|website|platform|marketplace|store)|(?:my|our|the) account\b(?!\s+(?:on|at|with|for)\s+(?:gmail|yahoo|hotmail|outlook|instagram|facebook|twitter|netflix|spotify|tiktok|snapchat))|sellers?|buyers?|payouts?|orders?|ordered|purchases?|purchased|bought|buying|listings?|cards?|payments?|charges?|charged|transactions?|earnings|balance|bank|refunds?|deliver\w*|parcels?|packages?)\b`,
};

/**
 * Cheap gates: a category's cues are only tried when one of these words is present (speed:
 * most messages name no category at all).
 */
export const CATEGORY_GATES: Record<Category, string> = {
  // Security has no gate: a compromise can be said in words no list foresees ("someone's in my
  // account", "not my purchase"), and a missed one costs more than the regex passes do.
  security: String.raw``,
  dispatch: String.raw`deliver|dispatch|fulfil|inventory|stock|warehouse|kingston|kx|label|units|items|products`,
  'dispute-chargeback': String.raw`identical|same|charge|dispute|claim|revers|clawed|took back|pulled back|decision|ruling|verdict|resolution|outcome|judg|favo|billed|debited|paid|twice|double|duplicate`,
  stalled: String.raw`late|delay|date|eta|behind|stuck|frozen|status|tracking|order|refund|dispute|movement|progress|should|supposed|meant|due|expected|promised|overdue|past|later than|without|no explanation|no reason|no word|no response|no reply`,
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
  {
    process: 'seller-payout',
    pattern: String.raw`\b(?:payouts?|withdrawals?|withdrawn|withdraw|withdrew)\b`,
  },
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
/** The same, said the other way round: "<process word> (review) was approved / has been open". */
export const STARTED_AFTER = String.raw`\s+(?:(?:review|request|claim|case|inspection|process)\s+)?(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|had\s+been\s+|got\s+|is\s+|been\s+)?(?:approved|opened|open|filed|released|requested|started|issued|sent|processed|raised|initiated|submitted|pending|ongoing|in progress|accepted|confirmed|processing|under review|in review|on hold|stuck)\b`;
export const WAITING_CUES: string[] = [
  String.raw`\b(?:says|said|shows|showed|showing|stuck on|stuck at|sat at|sitting at|sat on|sitting on)\s+(?:it'?s\s+|as\s+)?(?:processing|pending|placed|awaiting \w+|in transit|shipped|dispatched|under review|in review|open|on hold)\b`,
  String.raw`\b(?:never|not|n't|nobody|no one|hasnt|havent|didnt)\s+${W}{0,1}(?:answered|replied|responded|got back|gotten back|reacted|accepted|confirmed)\b|\bstill\s+(?:has|have|shows?|showing|says)\s+(?:nothing|no|not)\b`,
  String.raw`\b(?:no|any|without (?:any|a)?)\s*(?:result|decision|outcome|answer|verdict|ruling)\b`,
  String.raw`(?:\bnot|\bnever|n't|\bnt|\bhavent|\bhasnt|\bdidnt|\byet to)\s+${W}{0,2}(?:receiv\w*|arriv\w*|come|coming|came|deliver\w*|shipped|dispatched|reach\w*|got|gotten|here|turned up|shown up|showed up|show up|shows up|showing|processed|refunded|credited|seen|heard|cleared)\b`,
  String.raw`\bstill\s+(?:not|no|nothing|waiting|haven'?t|hasn'?t|didn'?t|don'?t|pending|processing|in transit|under review|missing|stuck|on (?:its|the) way)\b|\b(?:waiting|awaiting|waited)\b`,
  String.raw`\b(?:no|any)\s+(?:update|updates|news|reply|response|word|progress|sign)\b|\bheard nothing\b`,
  String.raw`\bnothing\s+(?:has\s+)?(?:happened|yet|arrived|came|changed|showed)\b`,
  String.raw`\b(?:no|not)\s+(?:\w+\s+){0,2}yet\b`,
  String.raw`\bno\s+(?:delivery|parcel|package|refund|payout|sign of (?:it|them|my \w+))\b(?!\s+(?:charges?|fees?|costs?|on|to|in|for|options?|available))`,
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
  // "Is there live chat?" asks which channels exist (contact-support), not for a person now.
  String.raw`(?<!\b(?:is there|do you have|do you offer|have you got|you have|any|offer|are you|are u)\s+(?:a\s+|an\s+|any\s+)?)\b(?:live|human|real)\s+(?:agent|person|chat|support|being|representative)\b`,
  String.raw`\b(?:chat|connect)\s+(?:with\s+)?(?:an?\s+)?agent\b|\bagent\s+(?:please|pls|now)?$`,
];

/** Help Center topics a message asks about (DESIGN contract 4 ids). Searched with retrieval too. */
export const TOPIC_CUES: { topic: string; pattern: string; weight: number }[] = [
  {
    topic: 'cancel-order',
    pattern: String.raw`(?=\b(?:cancel|orders?|purchases?|items?|products?|delivery|don|do not|no longer|changed|stop)\b|\bcancel)(?<!\b(?:account|user|profile|membership|subscription)\b[^.?!]*)(?:\bcancel\w*\s+${W}{0,3}(?:orders?|purchases?|items?|products?|delivery|shipment|parcel|package|it|this|that|them|everything|\d{4,})\b|\b(?:orders?|purchases?|items?|products?|delivery)\b[^.?!]{0,30}\bcancel\w*|\b(?:don'?t|do not|no longer)\s+(?:want|need)\s+(?:this|my|the|that|it)\b[^.?!]{0,20}\b(?:any\s?more|now)\b|\bchanged my mind\b(?!\s+about\s+(?:my|the)\s+(?:e-?mail|name|password|address|number|username|account|profile))|\bstop\s+(?:my|the|this)\s+(?:order|delivery|shipment|purchase)\b|\bcancel\w*(?:\s+(?:fees?|charges?|policy|request|please|pls|process|procedure|steps|options?))?\s*[.?!]*$)(?![^.?!]*\b(?:account|user|profile|membership|subscription)\b)`,
    weight: 0.9,
  },
  {
    topic: 'change-address',
    pattern: String.raw`\b(?:change|changing|update|updating|correct|correcting|modify|edit|fix|wrong|new|different|amend)\w*\s+${W}{0,3}(?:delivery\s+|shipping\s+|postal\s+)?(?<!\b(?:e-?mail|ip|web|mac|billing)\s)address\b|(?<!\b(?:e-?mail|ip|web|mac)\s)\baddress\s+${W}{0,3}(?:wrong|incorrect|change\w*|update\w*|correct\w*)\b|\bchange of address\b|\bmodify address\b|\b(?:change|changing|update|updating|modify|edit|correct|fix)\s+(?:my\s+|the\s+)?(?:shipping|delivery)\s+(?:details|info\w*|location|place|destination)\b|\b(?:wrong|incorrect|typo\w*|mistake\w*|misspel\w*|missing|mistyped|typed|fix|correct|change|update|edit|amend)\b[^.?!]{0,30}\b(?:pin\s?code|post\s?code|zip\s?code|street|flat (?:number|no)|house (?:number|no)|apartment (?:number|no)|door (?:number|no)|landmark)\b|\b(?:pin\s?code|post\s?code|zip\s?code|street name|flat (?:number|no)|house (?:number|no)|apartment (?:number|no))\b[^.?!]{0,30}\b(?:wrong|incorrect|missing|change\w*|update\w*|fix\w*|correct\w*|edit\w*)\b|\b(?:change|changing|update|updating|modify|edit|fix)\s+where\s+(?:my|the|it|this|our)\b|\b(?:redirect|re-?route|divert)\w*\b|\b(?:go|goes|send|sent|deliver|delivered|ship|shipped)\s+(?:it\s+|them\s+|(?:my|the)\s+\w+\s+)?to\s+(?:my|a|the)\s+(?:office|work|workplace|new (?:home|house|flat|address|place)|friend'?s?|neighbou?r'?s?|parents'?|other|different|another)\b[^.?!]{0,20}\binstead\b|\binstead\b[^.?!]{0,30}\b(?:address|office|work|home)\b|\b(?:office|work|home|new address)\s+instead\b`,
    weight: 0.9,
  },
  {
    topic: 'account-settings',
    pattern: String.raw`\b(?:password|passcode|pwd|pass|username|user\s?name|profile|personal (?:details|info\w*|data)|my details|mobile (?:number|no)|phone (?:number|no)|contact number|contact (?:details|info\w*)|my name|email(?: address)?|e-mail)\b(?!\s+(?:saying|says|that says|that said|which said|telling|from (?:you|kingston|kx|the seller|the courier|the carrier)|confirmation|notification|about my order))(?<!\b(?:your|customer care|care|service|support|helpline|helpdesk|help desk|whatsapp)\s+(?:number|no|email|e-mail|email address|e-mail address|email id|contact details|contact info\w*))(?!\s+(?:address\s+|number\s+)?(?:for|of|to reach|to contact|to call|to email|to write|i can (?:call|reach|email|contact|write))\s+(?:support|customer|you|help|the team|kingston|complaints?|call|reach|contact)?)|\b(?:create|creating|open|opening|register|registering|sign(?:ing)? up|delete|deleting|close|closing|remove|removing|cancel|deactivate|edit|editing|update|updating|change|changing|modify)\s+${W}{0,2}(?:account|user|profile)\b|\b(?:forgot|forgotten|reset|recover|restore)\w*\b[^.?!]{0,30}\b(?:password|pwd|pass|login|account|pin)\b|\bverify\s+${W}{0,2}(?:email|e-mail|account|number|phone)\b|\bsign-?\s?up\b|\bregistration\b|\b(?:two|2|multiple|second|another|more than one|several)\s+accounts\b|\bverification\s+(?:code|email|e-mail|link|otp|sms|text)\b|\b(?:log|sign)(?:ging|ing)?\s*in\b|\bbilling (?:address|details|info\w*)\b|\bidentity\b(?<=\b(?:verify|verifying|verified|confirm|confirming|prove|proving)\s+(?:my\s+|your\s+|the\s+|our\s+)?identity)|\bidentity\s+(?:verification|check|checks|documents?|proof)\b|\bverify\s+who\s+(?:i|we)\s+(?:am|are)\b|\bkyc\b|\b(?:id|identity)\s+(?:verification|check)\b|\bphoto\s+id\b|\bname\s+(?:is\s+|was\s+)?(?:spelt|spelled|misspelt|misspelled|wrong|incorrect)\b|\bmembership\b(?<=\b(?:end|cancel|close|delete|stop)\w*\s+(?:my\s+|the\s+)?membership)|\b(?:number|no)\b(?<=\b(?:change|changing|update|updating|edit|replace)\s+(?:my\s+)?(?:registered\s+)?(?:number|no))|\b(?:my\s+)?(?:other|second|business|personal)\s+accounts?\b|\b(?:surname|last name|first name|full name|family name|maiden name|display name|date of birth|birth ?date|dob|gender)\b|\b(?:accounts|users|profiles)\b(?<=\b(?:swap|switch|change|move|toggle)\w*\s+(?:between\s+)?${W}{0,2}(?:accounts|users|profiles))|\bget rid of\s+(?:my\s+|this\s+|the\s+)?account\b|\baccount\b(?<=\b(?:no longer|don'?t|do not)\s+(?:want|need|use)\s+(?:this|my|the)\s+account)|\bregist(?:er|ering)\b(?<=\b(?:can'?t|cannot|unable to|not able to|trouble|problems?|issues?|error|fail(?:ing|ed)? to|help me|how (?:do i|can i|to)|want to|wanna|need to)\s+(?:\w+\s+){0,2}regist(?:er|ering))(?!\s+(?:at|for|in|to vote|my car|a car|a vehicle|a domain|a company|a business|a trademark))|\bregister\s+(?:an?\s+|my\s+|new\s+)?(?:account|user|profile|as a (?:seller|buyer|vendor|customer))\b|\bswitch\w*\s+${W}{0,3}(?:accounts?|users?|profiles?)\b|\bnewsletters?\b|\bunsubscrib\w*|\b(?:promotional|marketing|promo)\s+(?:e-?mails?|messages?|texts?|sms|notifications?|calls?)\b|\b(?:e-?mail|notification|communication|marketing|privacy)\s+(?:preferences|settings)\b|\bmailing list\b|\bstop\s+(?:sending|getting)\s+(?:me\s+)?(?:e-?mails?|texts?|sms|messages|notifications)\b|\b(?:account|user|profile)\b[^.?!]{0,40}\b(?:cancel|delete|close|deactivate|remove)\w*`,
    weight: 0.8,
  },
  {
    topic: 'payment-methods',
    pattern: String.raw`\bpayment\s+(?:methods?|options?|modes?|ways?|types?)\b|\b(?:modes?|ways?|methods?|options?)\s+(?:of|to|for)\s+pay\w*|\bhow\s+(?:can|do|could|may)\s+${ME}\s+pay\b|\bpay\s+(?:with|by|using|via|through|in)\b|\b(?:apple|google|samsung)\s+pay\b|\bpaypal\b|\bamerican express\b|\bamex\b|\bvisa\s+(?:card|debit|credit|electron)\b|\b(?:pay|accept\w*|take)\s+${W}{0,2}visa\b|\bmastercard\b|\b(?:debit|credit)\s+cards?\b|\bklarna\b|\b(?:two|2|multiple|different)\s+(?:cards|payment methods)\b|\bsplit\s+(?:the\s+)?(?:payment|bill)\b|\bnet\s?banking\b|\bpaytm\b|\bphonepe\b|\bgpay\b|\brupay\b|\bwallets?\b(?=[^.?!]{0,20}\b(?:pay|accept|checkout|available)\b)|\binstal+ments?\b|\bemi\b|\bcash on delivery\b|\bpay\s+(?:in\s+|by\s+|with\s+)?cash\b|\bcod\b|\bbank transfer\b|\bupi\b|\bgift cards?\b|\bpay later\b|\bpayments?\s+(?:failed|declined|issue|problem|error|not going through|was declined|got declined)\b|\b(?:problem|issue|trouble|error)\s+(?:with\s+)?(?:my\s+|the\s+)?payment\b|\bcard\s+(?:was\s+|got\s+)?declined\b|\b(?:payments?|card|transaction|purchase)\s+(?:was\s+|got\s+|is\s+|keeps\s+(?:getting\s+|being\s+)?|has\s+been\s+|being\s+)?(?:rejected|declined|refused|failing|bounced|denied)\b|\b(?:payments?|card|transaction)\s+(?:did\s*n[o']?t|didnt|does\s*n[o']?t|doesnt|won'?t|wont|is\s*n[o']?t|isnt|not|never)\s+(?:go through|going through|gone through|work|working|accepted|being accepted|get accepted)\b|\bpayment\b(?<=\b(?:problem|issue|trouble|error|difficult\w*)\s+(?:with\s+|in\s+|when\s+|while\s+)?(?:making|completing|doing|processing)\s+(?:a\s+|the\s+|my\s+)?payment)|\b(?:can'?t|cannot|unable to|not able to)\s+(?:make\s+(?:a\s+|the\s+)?payment|complete\s+(?:the\s+|my\s+)?payment|pay\b)|\bpayment\s+modalit\w*|\bcard\s+(?:brands?|types?|networks?|issuers?)\b|\b(?:cards?|payment methods?|payment options?)\s+(?:are\s+|is\s+|do you\s+)?(?:supported|accepted|allowed|support|accept)\b|\bpayments?\b[^.?!]{0,30}\b(?:was|got|is|has been|keeps being|keeps getting)\s+(?:rejected|declined|refused|bounced|denied)\b|\bmy\s+(?:card|payment)\s+(?:work|go through|accepted)\b(?<=\b(?:won'?t|wont|doesn'?t|does not|isn'?t|is not)\s+my\s+(?:card|payment)\s+(?:work|go through|accepted))|\bcurrenc(?:y|ies)\b|\baccept\w*\s+${W}{0,2}(?:cards?|payments?)\b`,
    weight: 0.85,
  },
  {
    topic: 'seller-payouts-schedule',
    pattern: String.raw`\b(?:payouts?|withdrawals?|withdraw|withdrew|earnings|winnings|(?:been\s+)?paid\s+for\s+(?:my\s+|the\s+)?(?:sales|sold items)|winning amount|prize money|get paid|paid out|my sales money|seller payments?|money from (?:my|the) sales?|sales (?:money|proceeds|revenue)|proceeds)\b|\b(?:selling|seller|sellers'?|sales?|vendor|marketplace|listing)\s+(?:fees?|commissions?|charges?)\b|\bcommissions?\b|\bfees?\b[^.?!]{0,30}\b(?:each|every|per|a|my|the)\s+sale\b|\b(?:funds|money|payments?)\s+(?:from|for)\s+(?:my|a|the|each)\s+(?:sale|sold)\w*|\bas a (?:seller|vendor|merchant)\b[^.?!]{0,40}\b(?:money|funds|paid|pay|payments?|released?|cash|balance)\b|\b(?:money|funds|paid|payments?|cash)\b[^.?!]{0,30}\bas a (?:seller|vendor|merchant)\b|\bcash\s?out\b|\b(?:sellers?|vendors?|merchants?)\s+(?:get|receive|are paid|get paid)\b[^.?!]{0,20}\b(?:money|funds|payments?|paid|earnings)\b|\b(?:percentage|percent|cut|commission|fees?)\b[^.?!]{0,40}\b(?:take|takes|charge|charges|keep|keeps|deduct\w*)\b[^.?!]{0,10}\b(?:from|of|on)\s+(?:the\s+|us\s+)?(?:sellers?|vendors?|merchants?|sales?)\b|\b(?:shop|store|seller|vendor|merchant)\s+(?:account\s+)?(?:balance|funds|money|earnings|revenue)\b|\b(?:vendor|seller|merchant)s?'?\s+(?:payments?|pay|payment cycle)\b|\b(?:payments?|payouts?|pay)\s+(?:release|cycle|schedule)\b|\bpayments?\b[^.?!]{0,30}\b(?:for|to)\s+(?:sellers?|vendors?|merchants?)\b|\b(?:deduct\w*|take|cut|keep|charge)\b[^.?!]{0,30}\b(?:from|of|on)\s+(?:my|each|every|the|a)\s+(?:sales?|earnings)\b|\b(?:sale|sales|sold)\b[^.?!]{0,40}\bwhen\b[^.?!]{0,30}\b(?:money|funds|cash|paid|payment)\b|\b(?:fees?|charges?)\s+(?:per|for each|on each|for every)\s+(?:item|sale|order)\s+sold\b|\b(?:seller|payment|sales?)\s+settlements?\b|\bsettlement\s+(?:date|period|cycle|schedule|status|time)\b|\b(?:funds|money|balance)\b[^.?!]{0,40}\b(?:sale|sold|sales)\b[^.?!]{0,20}\breleased?\b|\b(?:sale|sold|sales)\b[^.?!]{0,40}\b(?:funds|money|balance)\b[^.?!]{0,20}\breleased?\b`,
    weight: 0.85,
  },
  {
    topic: 'contact-support',
    pattern: String.raw`\b(?:contact|reach|call|phone|ring|email|e-mail|message|write to)\s+(?:you|your|support|the support|customer (?:service|care|support)|the team|kingston|an agent|a person|someone|somebody|a human)\b|\bcustomer\s+(?:care|service|support|assistance|help|team)\b|\bget\s+in\s+touch\b|\bwho\s+(?:to|should i|do i|can i)\s+(?:contact|call|email|write to|talk to|speak to|ask)\b|\b(?:your|support|helpline|customer care|care|contact|toll free|whatsapp)\s+(?:number|no|phone|email|e-mail|hours|address)\b|\bhow\s+(?:do|can|could)\s+${ME}\s+(?:reach|contact|call)\b|\b(?:helpline|hotline|call centre|call center)\b|\b(?:email|e-mail|phone|number|address)\s+(?:address\s+|number\s+)?(?:for|of|to reach)\s+(?:the\s+)?(?:support|customer (?:service|care|support)|you|help)\b|\b(?:file|make|lodge|raise|submit|register)\s+(?:a\s+)?complaint\b|\b(?:call|ring|phone)\s+me\b|\bcall\s?back\b|\bcomplain\w*\b|\bwho\s+(?:do|should|can|could)\s+${ME}\s+(?:contact|talk to|speak to|call|write to|email|reach)\b|\bgive me a call\b|\bcontact us\b|\b(?:support|customer (?:service|care|support)|helpline|helpdesk|help desk)\s+(?:is\s+|are\s+)?(?:available|open|online|reachable)\b|\b(?:is|are)\s+(?:support|customer (?:service|care|support)|helpline|your agents)\s+(?:available|open|online)\b|\bhelp\s?desk\b|\blive chat\b|\b(?:customer (?:service|care|support)|support|helpdesk|help desk)\s+(?:e-?mail|email address|email id|phone|number|hours|timings?|open|opening hours|contact|chat)\b|\b(?:support|customer (?:service|care|support)|your team|you)\s+(?:open|available|working)\s+(?:on|at|during|at the)?\s*(?:weekends?|sundays?|saturdays?|holidays?|night)\b|\bwhat time\s+(?:does|do|is)\s+(?:support|customer (?:service|care|support)|the helpline|your team)\b|\b(?:phone|contact|telephone|mobile|helpline|support)?\s*(?:number|no|e-?mail(?: address)?)\s+(?:to|i can|we can|for)\s+(?:call|ring|reach|contact|dial|text|write|email|support|customer|help|complaints?)\b`,
    weight: 0.85,
  },
  {
    // Paid for an order that then failed or was cancelled: the question is when the money comes back.
    topic: 'refund-processing-times',
    pattern: String.raw`\b(?:money|amount|payment|i)\s+(?:was\s+|got\s+|has been\s+|have been\s+|am\s+|was still\s+)?(?:deducted|debited|taken|charged|still taken|left my (?:account|bank)|gone from my (?:account|bank))\b[^.?!]{0,40}\b(?:order|purchase|booking)\b[^.?!]{0,20}\b(?:failed|cancell?ed|canceled|did\s*n[o']?t go through|not placed|not confirmed|got cancell?ed)\b|\bcancell?ed\b[^.?!]{0,30}\b(?:money|payment|amount)\s+(?:was\s+)?(?:still\s+)?(?:taken|deducted|debited|charged)\b`,
    weight: 0.97,
  },
  {
    topic: 'refund-processing-times',
    pattern: String.raw`\b(?:refunds?|refunded|reimburse\w*|compensation|money back)\b[^.?!]{0,50}\b(?:no money|nothing (?:in|on)|not (?:in|on) my|how long|when|status|not (?:showing|received|arrived|come|shown|credited|reflect\w*)|processed|take|takes|days|statement|waiting|track|where|see|yet|arrive|reflect\w*|received)\b|\b(?:how long|when|status of|track|where is|waiting for|waitig for|expecting|waiting on|expect)\s+${W}{0,3}(?:refunds?|reimburse\w*|compensation|money)\b`,
    weight: 0.8,
  },
  {
    topic: 'returns-refunds',
    pattern: String.raw`\bswap\w*\b|\b(?:bigger|smaller|larger|different)\s+size\b|\b(?:send|sending|post|posting|ship|shipping|take|bring|mail)\s+(?:it|them|this|these|those|that|the\s+\w+|my\s+\w+)\s+back\b|\b(?:get|have|want)\s+(?:my\s+)?money\s+returned\b|\b(?:return|returns|returning|exchange(?!\s+rates?)|exchanges|exchanging|refunds?|reimburse\w*|rebat\w*|money back|back my money|my money back|send it back|send back|replace\w*)\b`,
    weight: 0.7,
  },
  {
    topic: 'delivery-timelines',
    pattern: String.raw`\b(?:deliver\w*|ship\w*)\s+(?:to|in|at)\s+(?:pin\s?code\s+|post\s?code\s+)?\d{6}\b[^.?!]{0,20}\b(?:possible|available|serviceable|ok)\b|\b(?:pin\s?code|post\s?code|zip\s?code)\s+(?:\d{5,6}\s+)?(?:serviceable|available|deliverable)\b|\bhow\s+(?:long|many days|much time|soon|fast)\b[^.?!]{0,40}\b(?:deliver\w*|ship\w*|arriv\w*|get|receive|reach|take|expect)\b|\b(?:delivery|shipping|shipment|dispatch|transit)\s+(?:times?|period|duration|estimates?|dates?|days|speed)\b|\bwhen\s+${W}{0,4}(?:arriv\w*|come|coming|get|getting|receiv\w*|reach|be delivered|deliver\w*|expect)\b|\bif\s+${ME}\s+order\b|\bdeliver\w*\s+on\s+(?:sundays?|saturdays?|weekends?|(?:bank |public )?holidays?)\b|\bsame[- ]day\b|\bexpect\w*\s+${W}{0,3}(?:item|parcel|package|order|article|product|delivery)\b|\bnext day\b|\bexpress delivery\b|\b(?:shipping|delivery|postage)\s+(?:costs?|fees?|charges?|prices?|rates?)\b|\bfree\s+(?:shipping|delivery|postage)\b|\bhow much\s+(?:is|does|for)\s+(?:the\s+)?(?:shipping|delivery|postage)\b`,
    weight: 0.8,
  },
  {
    topic: 'order-status',
    pattern: String.raw`\b(?:order|purchase)\s+(?:status|state)\b|\b(?:status|state|progress|eta|et)\s+of\s+${W}{0,2}(?:order|purchase|package|parcel)\b|(?<!\b(?:change|update|modify|edit|fix|changing|updating|choose|pick|set)\s+)\bwhere'?s?\s+(?:is\s+)?(?:my|the)\s+(?:order|purchase|parcel|package|stuff|item|delivery)\b|\b(?:has|have|was|is)\s+${W}{0,2}(?:been\s+)?(?:shipped|dispatched|sent out|sent|posted)\b|\b(?:happening|going on|news|update)\s+(?:with|on)\s+(?:my|the)\s+(?:order|purchase|parcel|package|delivery)\b|\b(?:is|are)\s+(?:my|the)\s+(?:order|parcel|package|stuff|items?)\s+on\s+(?:its|the|their)\s+way\b|\b(?:eta|status)\b|\bdelivered when\b|\bwhen\s+${W}{0,2}(?:order|it)\s+${W}{0,2}deliver\w*`,
    weight: 0.8,
  },
  {
    topic: 'shipping-tracking',
    pattern: String.raw`\b(?:track|trace)\w*\s+${W}{0,2}(?:orders?|parcels?|packages?|shipments?|deliver\w*|purchases?|items?|it|stuff|products?)\b|\btracking\s+(?:number|no|info\w*|link|code|page|details|status|id)\b|\b(?:track|tracking)\s*[.?!]*$|\b(?:do|can|will|does)\s+(?:you|u|ya|kingston)\s+(?:guys\s+)?(?:deliver|ship|send|post)\w*\s+(?:to|in|into|within|outside)\b|\b(?:shipping|delivery|deliver|delivered|delivering|ship|ships|shipped)\s+(?:\w+\s+){0,2}(?:to|in|into)\s+(?!time\b|my address|the address|your|a timely)[a-z]|\binternational(?:ly)?\s+(?:shipping|delivery|deliveries|orders?|shipments?|customers?)\b|\b(?:ship|deliver|send|post)\w*\s+(?:\w+\s+)?(?:international\w*|overseas|abroad|worldwide)\b|\bout of (?:the\s+)?(?:country|uk|india|us|usa)\b|\border\w*\s+(?:\w+\s+){0,3}from\b|\b(?:pin\s?code|postcode|zip ?code|post code)\b|\bavailable\s+(?:in|at|to)\s+(?:my\s+)?(?:location|area|city|country|region)\b|\bdeliver\w*\s+(?:it\s+)?to\s+my\s+(?:address|location|area|city|home)\b`,
    weight: 0.75,
  },
  {
    topic: 'order-status',
    pattern: String.raw`\bwill\s+(?:my|the)\s+(?:order|parcel|package|delivery|item|stuff)\s+(?:be here|arrive|come)\b|\b(?:my|the)\s+(?:order|parcel|package|delivery|shipment)\s+where\b|\b(?:my|the|this)\s+(?:order|orders|parcel|package|delivery|shipment|purchase)\b`,
    weight: 0.5,
  },
  {
    topic: 'order-status',
    pattern: String.raw`\b(?:left|leave|leaving|out of)\s+the\s+(?:warehouse|depot|facility|hub)\b`,
    weight: 0.95,
  },
  {
    // A complaint about the company itself, however it is worded ("lodge a claim against you").
    topic: 'contact-support',
    pattern: String.raw`\b(?:claim|case|grievance|complaint)\s+against\s+(?:you|your|the company|this company|kingston|kx)\b`,
    weight: 0.95,
  },
  {
    // Invoices and receipts live on the order page, as does anything asked "about my order".
    topic: 'order-status',
    pattern: String.raw`\b(?:invoices?|receipts?|proof of purchase|order confirmation (?:e-?mail|number|page))\b|\bbills?\s+(?:for|of)\s+(?:my\s+|the\s+|an?\s+|this\s+)?(?:order|purchase|item)\b|\b(?:download|print|copy of|get)\s+(?:a\s+)?(?:my\s+|the\s+)?bill\b|\border\s+(?:related\s+)?(?:query|queries|question|questions|enquiry|inquiry|doubt|info\w*|details|help)\b|\b(?:query|queries|question|enquiry|inquiry|doubt)\s+(?:about|regarding|on|related to|for|with)\s+(?:my\s+|an?\s+|the\s+)?order\b`,
    weight: 0.78,
  },
  {
    // Changing what was ordered (items, size, quantity) means cancelling and ordering again.
    topic: 'cancel-order',
    pattern: String.raw`\b(?:change|changing|modify|modifying|edit|editing|amend|amending|alter|altering|update|updating)\s+(?:something\s+(?:in|on|about)\s+|(?:the\s+)?(?:items?|size|colou?r|quantity|products?)\s+(?:in|on|of)\s+)?(?:my\s+|the\s+|an?\s+|this\s+)?(?:order|purchase)\b(?!\s+(?:address|status|details|delivery|shipping))|\bmake\s+(?:some\s+|a\s+)?changes?\s+(?:to|in)\s+(?:my|the|an?|this)\s+(?:order|purchase)\b|\badd\s+(?:an?\s+|another\s+|more\s+|one more\s+)?(?:items?|products?|things?)\s+to\s+(?:my|the|an?|this)\s+(?:existing\s+|current\s+)?(?:order|purchase)\b|\bremove\s+(?:an?\s+|one\s+)?(?:items?|products?|things?)\s+from\s+(?:my|the|this)\s+(?:order|purchase)\b`,
    weight: 0.85,
  },
  {
    // Asking outright to return something outweighs "I don't want it any more".
    topic: 'returns-refunds',
    pattern: String.raw`\b(?:can|could|may|how (?:do|can|could|should))\s+(?:i|we)\s+(?:still\s+)?(?:return|send back)\b|\bsend\s+(?:it|them|this)\s+back\b`,
    weight: 0.9,
  },
  {
    // Saved cards: adding, removing or replacing the card used to pay.
    topic: 'payment-methods',
    pattern: String.raw`\b(?:add|adding|save|saving|remove|removing|delete|deleting|update|updating|change|changing|replace|replacing|switch|switching)\s+(?:a\s+|an\s+|my\s+|the\s+|new\s+|old\s+|another\s+|second\s+|different\s+|expired\s+)*(?:(?:credit|debit|bank|payment)\s+)?cards?\b(?!\s+pin)(?![^.?!]{0,20}\bpin\b)|\bsaved\s+(?:cards?|payment methods?)\b|\bcard\s+(?:i|we)\s+pay\s+with\b|\b(?:my\s+)?card\s+(?:has\s+|had\s+|is\s+|was\s+|got\s+)?(?:expired|renewed)\b|\b(?:a|my|the)\s+new\s+card\b(?=[^.?!]{0,40}\b(?:add|use|update|change|put|enter|save|how)\b)|\b(?:use|pay with|try)\s+(?:a\s+)?(?:different|another|other|second)\s+card\b|\bcard\s+keeps?\s+(?:getting\s+|being\s+)?(?:refused|declined|rejected)\b|\bdeclined\s+(?:transaction|payment|card)s?\b|\b(?:refus\w+|reject\w+|declin\w+)\s+(?:my\s+|the\s+|our\s+)?(?:payment|card)s?\b`,
    weight: 0.95,
  },
  {
    // A message from us, or one claiming to be: is it genuine, would we ask for a password.
    topic: 'account-security',
    pattern: String.raw`\b(?:fake|suspicious|phishing|scam|spoof\w*|dodgy|bogus)\s+(?:e-?mails?|texts?|sms|messages?|calls?|links?|websites?|sites?)\b|\b(?:e-?mail|message|text|call|link|sms)\s+(?:from\s+(?:you|kingston|kx|kingston express)\s+)?(?:is\s+|was\s+)?(?:really\s+)?(?:real|legit\w*|genuine|official)\b|\b(?:ever|really|would|will|do you|does (?:kingston|kx|kingston express))\s+(?:ever\s+)?ask\s+(?:for|me for)\s+(?:my\s+)?(?:password|code|otp|pin|card details|bank details)\b|\b(?:is|was)\s+(?:this|that|the)\s+(?:e-?mail|message|text|call|link|sms)\s+(?:really\s+)?(?:from\s+(?:you|kingston|kx)|real|legit\w*|genuine|official)\b`,
    weight: 0.95,
  },
  {
    // The parcel is heading to a home the person has left.
    topic: 'change-address',
    pattern: String.raw`\b(?:add|adding|save|saving|set up|setting up|create|creating)\s+(?:a\s+|an\s+|another\s+|second\s+|new\s+|extra\s+|different\s+|secondary\s+)*(?:delivery\s+|shipping\s+|postal\s+)?address(?:es)?\b|\b(?:old|previous|former)\s+(?:home\s+|house\s+)?address\b|\bno longer live (?:there|at)\b|\bmoved (?:house|home|out|away)\b|\baddress\b[^.?!]{0,30}\b(?:needs?|has|have)\s+to\s+be\s+(?:changed|updated|corrected|fixed)\b`,
    weight: 0.9,
  },
  {
    // What cancelling costs.
    topic: 'cancel-order',
    pattern: String.raw`\bcancell?ation\s+(?:fees?|charges?|penalt\w*|costs?|policy|terms|rules)\b|\b(?:fees?|charges?|penalt\w*|costs?)\s+(?:for|to|of|on|if (?:i|we))\s+cancel\w*`,
    weight: 0.9,
  },
  {
    // Which ways of shipping exist: the carriers and services page.
    topic: 'shipping-tracking',
    pattern: String.raw`\b(?:shipping|delivery|shipment|postage|courier)\s+(?:options?|methods?|choices?|types?|modes?|services?|carriers?|partners?|companies|providers?)\b|\bexpress\s+(?:shipping|delivery|post)\b|\bwhich\s+(?:couriers?|carriers?|delivery compan\w+|shipping compan\w+)\b|\b(?:couriers?|carriers?)\s+(?:do you|do u|you)\s+use\b|\b(?:kinds?|types?|sorts?)\s+of\s+(?:shipping|delivery|postage)\b|\b(?:ways?|options?|methods?)\s+(?:of|for|to)\s+(?:shipping|delivery|ship|deliver)\b`,
    weight: 0.85,
  },
  {
    topic: 'disputes',
    pattern: String.raw`\b(?:disputes?|(?<!\b(?:warranty|insurance|guarantee)\s)claims?|a case against)\b`,
    weight: 0.8,
  },
  { topic: 'chargebacks', pattern: String.raw`\bcharge-?\s?backs?\b`, weight: 0.85 },
  {
    topic: 'dispatched-by-kingston-express',
    pattern: String.raw`\b(?:dispatched|fulfill?ed)\s+by\s+(?:kingston|kx)\b|\bfulfil+ment\b|\bwarehouse\b`,
    weight: 0.85,
  },
  {
    topic: 'account-security',
    pattern: String.raw`\b(?:two[- ]?factor|2[- ]?fa|(?:two|2)[- ]?step|authenticator app|multi[- ]factor|mfa)\b|\b(?:sign|log)(?:ged)?\s*(?:me\s+)?out\s+(?:of\s+|from\s+|on\s+)?(?:all|every|other|everywhere)\b|\b(?:keep|make)\s+${W}{0,2}account\s+(?:safe|secure)\b|\b(?:account|login)\s+${W}{0,2}(?:locked|blocked|disabled)\b|\blocked out\b|\b(?:two[- ]factor|2fa|two[- ]step|secure|security|protect)\b[^.?!]{0,30}\b(?:account|login|password|settings?)\b|\b(?:account|login|password)\b[^.?!]{0,20}\b(?:secure|security|safe)\b`,
    weight: 0.85,
  },
  {
    topic: 'seller-shipping',
    pattern: String.raw`\b(?:mark\w*|set)\s+${W}{0,3}(?:as\s+)?(?:shipped|dispatched|sent)\b|\bshipping labels?\b|\bpostage labels?\b|\bhandling time\b|\b(?:dispatch|ship|send|post)\w*\s+(?:an|the|my|a|buyer'?s?)\s+(?:order|sale|item|parcel)s?\s+(?:late|on time|in time)\b|\b(?:how long|how many days|how much time)\s+(?:do|does)\s+(?:i|we|a seller|sellers)\s+have\s+to\s+(?:ship|dispatch|send|post|pack)\b|(?<!\b(?:money|funds|paid|payments?|payouts?|fees?|earnings)\b[^.?!]{0,30})\bas a seller\b(?![^.?!]{0,40}\b(?:money|funds|paid|pay|payments?|payouts?|fees?|released?|earnings|withdraw\w*|commissions?)\b)|\bseller dashboard\b|\bfor (?:a|my) sale\b|\b(?:ship|dispatch)\w*\s+late\b|\blate\s+(?:dispatch|shipping|shipment)\b|\b(?:package|pack)\s+(?:items|orders|things)\s+(?:i|we)\s+sell\b`,
    weight: 0.9,
  },
  {
    topic: 'when-to-contact-support',
    pattern: String.raw`\b(?:contacting|messaging|emailing|calling|chasing|writing to)\s+(?:support|you|an agent|customer service|the team)\b[^.?!]{0,40}\b(?:faster|quicker|speed|sooner|help|worth)\b|\bwill\s+(?:contacting|messaging|chasing|calling)\b|\b(?:contact|message|email|call)\s+(?:support|you)\s+or\s+(?:just\s+)?wait\b|\bworth\s+(?:contacting|opening|raising|messaging)\b|\bwhen\s+(?:should|do)\s+${ME}\s+(?:contact|escalate|reach out|open a ticket)\b|\bescalate\s+(?:an|my|the|this)\s+(?:issue|problem|case)\b`,
    weight: 0.9,
  },
  {
    topic: 'missing-or-damaged-item',
    pattern: String.raw`\b(?:damaged|broken|defective|faulty|crushed|cracked|smashed|shattered|dented|torn|ripped|leak(?:ing|ed|s)|scratched|stained|spoilt|spoiled|rotten|expired (?:product|item|goods)|missing\s+(?:item|part|piece)s?|arrived (?:damaged|broken|open))\b|(?<!\b(?:ordered|bought|chose|picked|selected|entered|typed|put|gave)\s+(?:the\s+|a\s+)?)\b(?:wrong|incorrect)\s+(?:item|product|size|colou?r|thing|model|parcel|package|one|book|shoes?|goods)s?\b|\b(?:items?|products?|parts?|pieces?|something|things?|stuff)\s+(?:is\s+|are\s+|was\s+|were\s+)?missing\b|\bmissing\s+from\s+(?:my|the)\s+(?:order|parcel|package|box|delivery)\b|\b(?:different|not)\s+(?:from\s+)?what\s+${ME}\s+(?:ordered|paid for|bought|chose)\b|\bsomeone else'?s (?:order|parcel|package|item)\b|\b(?:used|second[- ]hand|refurbished|fake|counterfeit|duplicate|tampered)\s+(?:item|product|one|goods|unit)\b`,
    weight: 0.8,
  },
  {
    // Taken from the doorstep after delivery: the missing-item report.
    topic: 'missing-or-damaged-item',
    pattern: String.raw`\b(?:never|not|did\s*n[o']?t|did not|have\s*n[o']?t|have not)\s+(?:received|receive|get|got|gotten)\s+(?:one|some|two|part|half|all|any)\s+of\s+(?:the\s+|my\s+)?(?:items?|products?|things?|pieces?|parts?)\b|\b(?:one|some|part|half)\s+of\s+(?:my|the)\s+(?:order|items?|products?|parcel)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:missing|not (?:here|there|included|delivered|received))\b|\b(?:not|was\s*n[o']?t|wasnt|is\s*n[o']?t|were\s*n[o']?t)\s+(?:inside|in the (?:box|package|parcel|packet))\b|\b(?:parcel|package|delivery|order|item|box|shipment)s?\b[^.?!]{0,25}\b(?:stolen|taken|nicked|snatched|went missing|disappeared)\s+(?:from|off|outside)\s+(?:my|the|our)\s+(?:porch|doorstep|door|step|front door|mailbox|letterbox|lobby|building|hallway|garden|gate|reception)\b|\bporch pirates?\b`,
    weight: 0.9,
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
    String.raw`\b(?:unbelievable|disgrace\w*|nonsense|bakwas|bekar|bekaar|faltu|chor|chorr|dhokha|dhoka|dhokebaaz|lootera|not satisfied|dissatisfied|not happy|unhappy|frustrated|frustrating|annoying|annoyed|useless|worst|horrible|terrible|awful|pathetic|rubbish|garbage|trash|ridiculous|disgusting|shameful|incompetent|hopeless|stupid|dumb|idiots?|morons?|clowns?|liars?|crap|crappy|shit|shitty|sucks?|waste|fraud|fake|scam|cheaters?|cheating|cheats|thie(?:f|ves)|looters?|looting)\b`,
  ],
  /** Said to us or about the service: always criticism. */
  criticism: [
    String.raw`\b(?:bad|poor|lousy|slow|pathetic|worst)\s+${W}{0,1}(?:service|support|experience|app|site|website|company|platform|customer service|delivery|response)\b`,
    String.raw`\bwhat the (?:hell|heck|fuck)\b|\bwtf\b`,
    String.raw`\bwhy\s+(?:so|this|is it so|are you so|is this so|always so)\s+(?:late|slow|delayed)\b`,
    String.raw`\b(?:fed up|sick of|tired of|had enough|enough is enough|unacceptable|not acceptable|not good enough|shame on)\b`,
    String.raw`\b(?:don'?t|dont|never|doesn'?t|do not|does not|can'?t|cannot)\s+(?:ever\s+)?(?:deliver|arrive|come|ship|respond|reply|answer)\w*\s+(?:in|on)\s+time\b|\balways\s+(?:late|slow|delayed)\b|\btoo\s+slow\b`,
    String.raw`\b(?:you|u)\s+(?:guys\s+|people\s+)?(?:are|r)\s+(?:so\s+|really\s+|very\s+|such\s+)?(?:an?\s+)?(?:bad|slow|useless|horrible|terrible|stupid|dumb|hopeless|pathetic|joke|worst|the worst|liars|thieves|cheats|cheaters|crooks|scammers|frauds|con artists|robbers|idiots?|rubbish|incompetent)\b`,
    String.raw`\b(?:waste of (?:time|money)|what a (?:joke|waste|mess)|wast\w* (?:my|our) time)\b`,
    String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:guys\s+|people\s+)?(?:so\s+|this\s+|always\s+)?(?:slow|useless|stupid|dumb|bad|incompetent|lazy|hopeless)\b`,
    String.raw`\b(?:service|support|delivery|deliveries|app|site|website|company|platform|response|team)\s+(?:is|was|are|has been)\s+(?:so\s+|very\s+|really\s+|too\s+|extremely\s+)?(?:slow|bad|poor|terrible|awful|horrible|useless|pathetic|disappointing|rubbish|the worst|worst)\b`,
    String.raw`\b(?:disappoint\w*|frustrat\w*|furious|angry|annoyed|upset|unhappy|not happy|not satisfied|dissatisfied)\b[^.?!]{0,20}\b(?:with|by|about|in)\s+(?:you|your|the|this)\s+(?:\w+\s+)?(?:service|support|company|app|site|website|platform|team|delivery|response)\b`,
    String.raw`\b(?:disappoint\w*|fed up|annoyed|angry|furious|frustrat\w*|upset|unhappy|not happy|sick|tired|done)\s+(?:with|by|of|at|in)\s+(?:you|u|ya|your|y'all)\b`,
    String.raw`\b(?:why is|this is|it'?s|you are|you're)\s+(?:this\s+|it\s+)?(?:so|too|very|really|always)\s+(?:slow|bad|hard|complicated|difficult|useless|late)\b|\bcome on\b|\bfor (?:god'?s|gods|heaven'?s|heavens|pete'?s|christ'?s) sake\b|\b(?:been|am|was)\s+(?:more than\s+|very\s+|so\s+)?patient\s+enough\b|\b(?:i'?m|i am)\s+(?:so\s+|just\s+)?done\s+with\s+(?:this|you|it|your)\b|\bwhat (?:kind|sort|type) of (?:service|support|company|app|website|site|nonsense|joke|business) is this\b`,
    String.raw`\b(?:you|u)\s+(?:guys\s+|people\s+)?(?:never|don'?t|do not|dont|won'?t|wont|can'?t|cannot)\s+(?:ever\s+)?(?:help|reply|respond|answer|listen|care|do anything|fix)\b`,
    String.raw`\b(?:this|that|it)\s+(?:is|'s|was)\s+(?:such\s+|an?\s+|just\s+)*(?:joke|ridiculous|absurd|unbelievable|insane|nonsense|madness|outrageous|a disgrace|a scam)\b|\bthis is a joke\b`,
    String.raw`\b(?:losing|lost|run(?:ning)? out of|out of)\s+(?:my\s+|all\s+)?patience\b|\bgetting nowhere\b|\b(?:going|go|run(?:ning)?)\s+(?:round|around)\s+in\s+circles\b|\b(?:i'?m|i am)\s+(?:so\s+|really\s+|very\s+|extremely\s+)?(?:angry|furious|livid|pissed|frustrated|annoyed|mad|upset)\b`,
    String.raw`\b(?:nobody|no one|no-one|none of you|noone)\s+(?:is\s+|ever\s+)?(?:replying|responding|answering|helping|cares|care|listening|replies|responds|answers|helps|reply|respond|answer|help)\b|\bwhy\s+(?:is|are|do|does|did|has|have)\s*(?:n'?t|not)?\s+(?:you|u|anyone|anybody|nobody|no one)\s+(?:\w+\s+)?(?:replying|responding|answering|helping|reply|respond|answer|help)\b|\b(?:anyone|anybody|somebody|someone|any one)\s+(?:there|here|alive|listening|home)\b|\b(?:is|will|does)\s+(?:anyone|anybody|someone|somebody)\s+(?:ever\s+)?(?:going to\s+|gonna\s+)?(?:help|answer|reply|respond|care|read)\b|\bwast\w*\s+(?:so much of\s+|all of\s+|a lot of\s+|hours of\s+)?(?:my|our)\s+(?:time|day|money)\b|^\s*enough\s*[!.]*\s*$`,
  ],
  urgency: [
    String.raw`\b(?:hurry|asap|a\.s\.a\.p|immediately|immediate|right now|right away|urgent(?:ly)?|quickly|straight away|at once|this instant)\b`,
    String.raw`\b(?:resolved|fixed|sorted|solved|done|handled)\s+(?:now|asap|immediately|right now|today|right away)\b|\bdo something\b|\bsort (?:it|this|that) out\b|\bfix\s+(?:it|this|that|the problem|my problem|the issue)\s+(?:now|asap|immediately|right now|today|already|quickly)\b|\b(?:answer|reply|respond|help|get back)\s+(?:to\s+)?(?:me|us)\s+(?:now|asap|immediately|right now|quickly|already)\b`,
    String.raw`\b(?:speed|hurry)\s+(?:it|this|things|them)?\s*up\b|\bfaster\b|\bfast enough\b|\bquick enough\b|\btaking (?:so|too) long\b|\btaking forever\b|\bwait\w*\s+(?:forever|for ages|so long|too long)\b`,
  ],
  /** Stronger than "again": the person says outright that they keep asking. */
  repeatedAsk: [
    String.raw`\b(?:already (?:asked|told|said|wrote|written|contacted|messaged|called|emailed|explained|sent)|how many times|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|keep (?:asking|telling|writing|calling|messaging|chasing|repeating)|for the last time|(?:asked|told|contacted|messaged|called|emailed|written|wrote|chased|explained|requested)\s+(?:you\s+|this\s+|it\s+|about it\s+|already\s+)?(?:\w+\s+)?(?:times|twice)\b|same (?:thing|question|request|message) (?:again|over|repeatedly)|asking the same|repeating myself|again and again|over and over|ask(?:ing)? (?:you )?again|(?:have|had) to (?:ask|write|tell you|remind you) again)\b`,
  ],
  /** Weaker speed-up words that only count in a marketplace message ("send my refund now"). */
  urgencyInDomain: [
    String.raw`(?<!\bwhat\s|\bwhile\s|\bages\s|\btime\s|\b(?:days?|weeks?|months?|hours?)\s)\bnow\s*[.!]*$|\bnow please\b|\btoday\s*[!]+`,
  ],
  repetition: [
    // "declined again" repeats an event, not a request: only "again" after other words counts.
    String.raw`\b(?:(?<!\b(?:declined|failed|rejected|refused|happened|happening|crashed|crashing|broke|broken|charged|billed|locked|blocked|down|out|stuck|delayed|late|missing|wrong|damaged|working|error|errors|bounced)\s)again|already (?:asked|told|said|wrote|written|contacted|messaged|called|emailed)|how many times|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|keep (?:asking|telling|writing|calling|messaging)|once more|for the last time)\b`,
  ],
};

/** Words that place a message in the marketplace's world; without any, low-confidence text is out of scope. */
export const DOMAIN_CUES = {
  strong: String.raw`\b(?:orders?|ordered|sales|vendors?|merchants?|ordering|deliver\w*|shipping|shipped|shipment|ship|parcels?|packages?|refunds?|refunded|returns?|returned|returning|cancel\w*|account|password|passcode|pwd|login|log in|sign in|logging in|signing in|payments?|pay|paid|cards?|sellers?|buyers?|payouts?|withdraw\w*|disputes?|charge-?backs?|track\w*|address|checkout|marketplace|kingston|kx|invoice|receipt|refund|reimburse\w*|courier|dispatch\w*|transactions?|charges?|charged|statement|agent|customer (?:care|service|support)|support|profile|email|mobile number|phone number|exchange|money back|wallet|emi|cod|instal+ments?|postcode|pin\s?code|eta|arriv\w*|receiv\w*|resolution|resolve)\b`,
  weak: String.raw`\b(?:products?|items?|purchase\w*|buy|bought|app|site|website|service|money|price|stock|seller|brand)\b`,
};

/**
 * Words of other worlds (banking products, travel, health, home assistants): with them and
 * without a core marketplace word, a message is out of scope even if it says "account" or "pay".
 */
export const OFF_DOMAIN_CUES = {
  other: String.raw`\b(?:password managers?|balance|savings|checking account|apr|lease|rent|landlord|tenancy|to[- ]?do list|shopping list|what(?:'s| is) the time|time (?:is it )?in [a-z]+|time ?zones?|warrant(?:y|ies)|guarantee|checks|cheques?|cheque ?book|check ?book|(?:next|upcoming)\s+(?:public\s+|bank\s+|national\s+|federal\s+)?holidays?|discounts?|offers|(?:any|current|latest|special|festive|best)\s+offers?|offer\s+(?:available|going on|running|price|code)|deals|cashback|referrals?|refer (?:and|&|n) earn|refer (?:a|my) friends?|bonus\w*|(?:reward|rewards|loyalty)\s+points?|fantasy|contests?|captain|leaderboard|cricket|(?:create|make|join|edit)\s+(?:a\s+|my\s+)?(?:team|contest|league)|points?\s+(?:are\s+|is\s+)?(?:calculated|system|table)|credit score|interest rates?|loans?|mortgages?|electricity|utility|(?<!\b(?:download|print|copy of|get)\s+(?:a\s+)?(?:my\s+|the\s+)?)bills?|insurance|tax(?:es)?|salary|invest\w*|stock market|crypto\w*|bitcoin|exchange rates?|transfers? (?:money|funds|\d+)|(?:transfer|send)\s+\$?\d+|hotel|flights?|reservation|restaurant|table for|alarm|reminder|remind me|timer|calendar|weather|recipe|calories|diet|immunity|side effects?|creatine|whey|protein powder|dosage|vegan|gluten|diabet\w*|allerg\w*|back pain|weight loss|lose weight|losing weight|vitamins? for|workout|fitness|music|song|playlist|movie|(?:tell|know|hear)\s+(?:me\s+|us\s+)?(?:a\s+|any\s+|some\s+|another\s+)?(?:good\s+|funny\s+)?jokes?|jokes?\s+(?:about|for)|trivia|headlines|traffic|car|tyres?|tires?|oil change|tourist visa|visa (?:for|to)|need a visa|passport|translate|how (?:do|to|would|should|can) (?:you |i |we )?spell|spelling (?:of|for) (?!my)|spell ?check\w*|spell the word|help (?:me )?(?:with )?spelling|write (?:an?\s+|my\s+)?(?:email|letter|essay|poem|story|speech|cv|resume)|definition|meaning of|capital of|president|vacation|(?:my|phone|his|her)\s+contacts|contact list)\b|\bwhat(?:'s|s| is)\s+your\s+name\b|\bhow old are (?:you|u)\b|\bare (?:you|u)\s+(?:a\s+|an\s+|a real\s+)?(?:robot|bot|chat\s?bot|human|real|machine|ai|person|computer|alive|married|single)(?:\s+or\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:robot|bot|chat\s?bot|human|machine|ai|person|computer))?\s*[?!.]*$|\bwhat (?:should|do|can|shall) (?:i|we) call (?:you|u)\b|\bcan (?:you|u) (?:sing|dance|cook|dream|laugh|fall in love)\b|\bwho\s+(?:made|built|created|programmed|designed|developed|owns)\s+(?:you|u)\b|\bwho are (?:you|u)\s*[?!.]*$|\bwhere do (?:you|u) live\b|\bdo (?:you|u) have (?:feelings|emotions|a (?:boyfriend|girlfriend|family|name))\b|\byour favou?rite\b`,
  /**
   * Retail banking (BANKING77's world): card PINs, ATMs, top-ups, new cards, transfers. Out of
   * scope unless a plain marketplace word is there too (an order, a seller, a parcel…).
   */
  banking: String.raw`\batms?\b|\bcredit card (?:application|bill|balance|debt|statement|payment due|due date)\b|\bowe on (?:my|the) (?:credit )?card\b|\bcard application\b|\b(?:salary|paycheck|pay cheque|wages|pension)\b|\b(?:new|more|order\w*)\s+(?:checks|cheques|check ?books?|cheque ?books?)\b|\bexchange\s+(?:my\s+|some\s+)?(?:pounds|dollars|euros|rupees|yen|currenc\w*|money|cash)\b|\b(?:pounds|dollars|euros|rupees)\s+(?:to|into|for)\s+(?:pounds|dollars|euros|yen|rupees)\b|\b(?:minimum|min)\s+payment\b|\bstatement balance\b|\bcash ?(?:machine|point|withdrawals?)\b|\bcashpoint\b|\b(?:card|card's|cards|my|the|new|a)\s+pin\b(?![^.?!]{0,25}\b(?:log\s*in|logging in|login|sign\s*in|signing in)\b)(?!\s*(?:code\s*)?(?:is\s+)?\d)|\bpin\s+(?:number|no|blocked|locked|is blocked)\b(?!\s*(?:is\s+)?\d)|\b(?:change|reset|unblock|unlock|forgot|forgotten|set|get)\s+(?:my\s+|the\s+|a\s+)?pin\b(?![^.?!]{0,25}\b(?:log\s*in|logging in|login|sign\s*in|signing in)\b)|\btop[- ]?ups?\b|\btop(?:ped|ping)?\s+(?:up|it up)\b|\b(?:virtual|disposable|physical|contactless|replacement)\s+(?:debit\s+|credit\s+|bank\s+)?cards?\b|\b(?:order|get|request|need|want)\s+(?:a\s+|an?\s+)?(?:new|another|second|extra|spare)\s+(?:debit\s+|credit\s+|bank\s+)?card\b|\bactivat\w*\s+(?:my\s+|the\s+|a\s+)?(?:new\s+)?(?:debit\s+|credit\s+)?card\b|\bcard\s+(?:activation|arrival|has not arrived|hasn't arrived|not arrived|expir\w*|is stuck|got stuck|swallowed|limit)\b|\b(?:my|the|new)\s+(?:debit\s+|credit\s+|bank\s+)?card\b[^.?!]{0,30}\b(?:arriv\w*|come in the (?:post|mail)|be delivered|get here|received)\b|\b(?:send|sending|transfer|transferring|wire|wiring)\s+(?:money|funds|cash|\$?\d+\s*\w*)\s+(?:abroad|overseas|internationally|to\s+(?:a|my|an)\s+(?:friend|family|brother|sister|mom|mum|dad|son|daughter|wife|husband|someone|another|other|different|savings))\b|\bexchange rates?\b|\bcurrency exchange\b|\bstanding orders?\b|\bdirect debits?\b|\boverdraft\b|\boverdrawn\b|\bsort code\b|\biban\b|\bswift code\b|\bbank statements?\b|\bsavings account\b|\bcredit (?:limit|score|line)\b|\bcard\b[^.?!]{0,20}\bexpir\w*|\b(?:hold|holding|keep|store)\s+${W}{0,2}currenc\w*|\bcurrenc\w*\s+${W}{0,4}(?:hold|keep|store)\b|\b(?:apply|applying|application)\s+(?:for\s+)?(?:a\s+|an\s+|new\s+)?(?:credit\s+|debit\s+|bank\s+)?(?:card|loan|account|mortgage)\b|\bbranch\b|\b(?:lost|lose|misplaced|stolen|stole|robbed)\s+(?:my\s+)?(?:wallet|purse|cards|bank card|debit card|credit card)\b|\bcard\b[^.?!]{0,40}\b(?:abroad|overseas|supermarket|petrol station|gas station|in (?:a|the) (?:shop|store))\b|\bcontactless\b|\bcard\s+(?:has\s+been\s+|had\s+been\s+|been\s+|was\s+|is\s+|got\s+)?(?:blocked|frozen|locked|suspended|cancell?ed|retained)\b|\b(?:good|best|better|cheap\w*)\s+(?:credit|debit|travel)\s+cards?\b|\bbank transfers?\b[^.?!]{0,20}\b(?:take|arriv\w*|reach|pending|fail\w*|show up|come through|go through)\b|\bnew\s+(?:debit\s+|credit\s+|bank\s+)?card\b[^.?!]{0,20}\b(?:work\w*|arriv\w*|activat\w*|pin|come\w*)\b|\b(?:add|adding|put|load|deposit)\w*\s+(?:money|funds|cash)\s+(?:to|into|in|on)\s+(?:my\s+)?(?:account|wallet|balance|card)\b`,
  /** Errands for other businesses ("order me a pizza", "call a taxi"): out of scope like banking. */
  errands: String.raw`^(?:please\s+)?(?:can you\s+|could you\s+)?(?:re-?order|order|buy|get)\s+(?:me\s+|us\s+)?(?:more|some|a new|another)\b|\b(?:pizza|burger|takeaway|take-?out|food delivery|groceries|grocery|taxi|cab|uber|lyft|table for|restaurant|movie tickets?|cinema|concert tickets?)\b`,
  /** Plain marketplace words that outweigh `banking`. */
  marketplace: String.raw`\b(?:my|the|an|this|that|your|of|last|recent)\s+orders?\b|\brefund\w*|\bsaved\s+cards?\b|\b(?:add|save|remove|update|replace)\s+(?:a\s+|my\s+|the\s+|new\s+|another\s+)*(?:new\s+)?card\b|\b(?:orders|ordered|order\s+(?:number|no|id|status))\b|\b(?:seller|sellers|buyer|parcel|package|delivery|delivered|shipping|shipped|kingston|kx|marketplace|checkout|listing|dispute|purchase[ds]?|item|product)\b`,
  core: String.raw`\b(?:withdraw\w*|earnings|sales|vendors?|merchants?|(?:shop|store|seller)\s+balance|arriv\w*|damaged|broken|defective|orders?|ordered|deliver\w*|shipping|shipped|shipment|parcels?|packages?|refunds?|returns?|returned|sellers?|buyers?|marketplace|kingston|kx|checkout|dispatch\w*|tracking|courier|purchase[sd]?|bought|item|items|product|products|listing|payouts?|disputes?|charge-?backs?|(?<!\b(?:warranty|insurance|guarantee)\s)claims?|case|gift cards?|store credit|vouchers?|coupons?|hack\w*|fraud\w*)\b`,
};

/** A bare call for help with nothing else said: walk the person through the three questions. */
export const HELP_CUES: string[] = [
  String.raw`^(?:hi|hello|hey)?[\s,!]*(?:can|could|will)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:please\s+)?help(?:\s+me|\s+us)?(?:\s+please|\s+out)?\s*[.!?]*$`,
  String.raw`^(?:hi|hello|hey)?[\s,!]*(?:i\s+)?(?:need|want|would like)\s+(?:some\s+)?(?:help|assistance|support)(?:\s+(?:please|pls|urgently|now))?\s*[.!?]*$`,
  String.raw`^(?:hi|hello|hey)?[\s,!]*(?:please\s+)?help(?:\s+me)?(?:\s+please)?\s*[.!?]*$`,
  String.raw`\b(?:i have|i've got|there is|there's|i am having|i'm having)\s+(?:a|an|some)\s+(?:problem|issue|trouble)\s*[.!?]*$`,
];
