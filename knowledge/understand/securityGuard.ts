/**
 * The one place regular expressions still read meaning: a short, high-recall guard for account
 * compromise, because one missed compromise is one too many. It does not decide alone: when it
 * fires, the rule accepts a lower model score for `escalate:security` (THRESHOLDS in
 * knowledge/rule/thresholds.ts), so "what should I do if I get hacked?" can still be a general
 * question. Keep it short; a missed wording becomes a training example, not a pattern here.
 */
const GUARD: readonly RegExp[] = [
  /\b(?:hack\w*|compromis\w*|breach\w*|phish\w*|taken over|take ?over|hijack\w*|sim swap\w*)\b/,
  /\bunauthori[sz]ed\b|\bwithout my (?:permission|consent|knowledge|authori[sz]ation)\b|\bwithout me (?:confirming|knowing|agreeing|approving|asking)\b|\bnot (?:done by )?me\b|\bwasn'?t me\b/,
  // Codes or alerts for a sign-in the person is not making ("codes by text but im not trying to sign in").
  /\b(?:not|never|wasn'?t|weren'?t)\s+(?:even\s+)?(?:trying|tried|attempting)\s+to\s+(?:log|sign)\s?in\b/,
  /\b(?:someone|somebody|some one|stranger|someone else|a stranger|they|he|she|my ex)\b[^.?!]{0,40}\b(?:logg?ed in|log in|got in|get in|into my|access\w*|using my|changed|chnaged|bought|ordered|withdr[ae]w\w*|took|stole)\b/,
  /\b(?:didn'?t|did not|never|dont|don'?t|do not)\s+(?:make|place|order|authori[sz]e|buy|request|recogni[sz]e|change|do)\b[^.?!]{0,30}\b(?:order|purchase|payment|charge|transaction|password|email|login|code|change|it|these|this|that|them)\b/,
  /\b(?:strange|suspicious|unknown|unusual|weird|odd|questionable|unfamiliar|fraudulent)\b[^.?!]{0,20}\b(?:log ?ins?|sign[- ]?ins?|activity|device|transactions?|charges?|purchases?|orders?|payments?|session)\b/,
  // A sign-in alert's own words: "a new device signed in from Lagos", "new sign-in from Bucharest".
  /\bnew (?:device|sign[- ]?in|log ?in)s?\s+(?:(?:has |just )?(?:signed|logged) in\s+|detected\s+)?(?:from|in)\s+[a-z]/,
  /\b(?:phone|mobile|laptop|device)\b[^.?!]{0,25}\b(?:stolen|robbed|snatched|nicked|lost|taken)\b|\b(?:stolen|robbed|snatched)\b[^.?!]{0,25}\b(?:phone|mobile|laptop|device)\b/,
  /\b(?:locked out|can'?t (?:log|sign) ?in anymore)\b[^.?!]{0,40}\b(?:changed|someone|password|email)\b/,
  // Disowning: a detail, payment or change that is not the person's own.
  /\b(?:isn'?t|is not|not|aren'?t|are not|wasn'?t|was not|no longer)\s+(?:mine|my (?:number|email|phone|bank|card|account|address|payment|order|transaction)s?)\b/,
  /\bi\s+(?:did|do|have|had)?\s*(?:n'?t|not|never)\s+(?:update|change|request|recogni[sz]e|authori[sz]e|make|place|order|buy|own|remember|approve|sign|ask|withdr[ae]w|transfer)\w*\b|\bi not (?:change|request|make|order|buy|withdraw)\b/,
  /\b(?:who|someone|somebody)\s+(?:has\s+)?(?:changed|updated|reset|swapped|used|accessed|withdr[ae]w)\s+my\b|\bnot (?:requested|authori[sz]ed|made|done|placed) by me\b/,
  /\b(?:nicked|pickpocket\w*|mugged|stolen)\b/,
  // A code or password given away or taken ("a scammer got my one time passcode", "I gave him the
  // code from the text").
  /\b(?:scammer|fraudster|hacker|someone|somebody|they|he|she)\b[^.?!]{0,30}\b(?:got|has|have|took|stole|tricked me into giving)\s+(?:me\s+)?my\s+(?:[a-z-]+\s+){0,3}(?:code|passcode|otp|password|pin|login)\b/,
  /\b(?:gave|told|read out|shared)\s+(?:(?:them|him|her|a scammer|the scammer|someone)\s+)?(?:my|the)\s+(?:[a-z-]+\s+){0,3}(?:code|passcode|otp|password|pin)\b/,
  /\b(?:lost|misplaced|left)\s+my\s+(?:card|phone|mobile|wallet|laptop|tablet|ipad)\b/,
  // A place on the account the person has never been ("a sign-in from Romania, I've never been
  // there", "my default address is a flat in Manchester, I've never lived there").
  /\b(?:never|not ever)\s+(?:lived|been|stayed)\s+(?:there|in|at)\b|\bdon'?t live (?:there|at)\b/,
  // A sign-in, device or session from somewhere the person is not ("a device from another country in
  // my active sessions", "logins from abroad").
  /\b(?:devices?|sessions?|log ?ins?|sign[- ]?ins?|logged in|signed in)\b[^.?!]{0,30}\b(?:(?:from|in)\s+(?:another|a different|a foreign|some other)\s+(?:country|city|continent|state)|from abroad|from overseas)\b/,
  // A sign-in from one place while the person says they are in another ("a sign-in from Lagos about
  // 10 minutes ago and I'm sat in Leeds", "login from spain but im in ohio").
  // (A sign-in the person tells of, not one they made: "I logged in from Spain while I'm in Spain".)
  /(?:^|\b(?:a|an|one|new|another|the|strange|unknown|weird))\s*(?:new\s+)?(?:sign[- ]?in|log ?in)s?\b[^.?!]{0,40}\bfrom\s+[a-z]+[^?!]{0,60}\b(?:i'?m|i am|im)\s+(?:sat\s+|sitting\s+|based\s+|at home\s+|here\s+)?in\s+[a-z]/,
  // A device on the account the person does not use ("a Windows PC in my signed-in devices, I only
  // ever use my iPhone", "an Android session but I've never owned one").
  /^(?=.*\b(?:devices?|signed[- ]in|sign[- ]ins?|sessions?|logged in|log ?ins?)\b).*\b((?:only (?:ever )?use|never (?:use|used|owned|had)|don'?t (?:own|have|use))\s+(?:a |an |my |one\b)?\s*(?:iphone|android|samsung|mac|macbook|windows|pc|ipad|tablet|laptop|computer|one))\b/,
];

/** The words that woke the guard (a pattern's group when it has one), or null. `normalised` is the normalised text. */
export function securityGuard(normalised: string): string | null {
  for (const re of GUARD) {
    const m = re.exec(normalised);
    if (m) return m[1] ?? m[0];
  }
  return null;
}
