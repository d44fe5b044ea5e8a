import { createAssistant } from '../../../knowledge/assistant/createAssistant';
import { loadKnowledgeBase } from '../../../knowledge/kb/loader';
import { createArticleSearch } from '../../../knowledge/search';
import { realUnderstand } from '../../support/understanding';

/**
 * parseCaseId and parseWhen call understand's parts directly instead of the whole reading; these
 * pin them to the fields of understand() they replaced, so the shortcut can never drift from it.
 */
const kb = loadKnowledgeBase();
const understand = realUnderstand();
const assistant = createAssistant({
  kb,
  search: createArticleSearch(kb.articles),
  publicBaseUrl: 'http://localhost:3978',
});
const zone = kb.policy.calendar.timeZone;
const NOW = new Date('2026-11-18T10:30:00Z');

const TEXTS = [
  'my order KX-123456 has not arrived',
  'case D-1234 and order #998877 please',
  'chargeback CB-2041 on 732201349959',
  'return R-778 was sent back 3 days ago',
  'opened the dispute last Tuesday',
  'since 10 Nov nothing happened',
  'been waiting for two weeks now',
  'it was ages ago',
  'I paid on the 2nd of November',
  'yesterday',
  'hello there',
  '',
  'DEMO-0042 please',
  'ordered kx123456 on monday, refund r-12 still pending for a fortnight',
];

describe('assistant parsers', () => {
  it.each(TEXTS)(
    'parseCaseId(%j) returns the first case id, else the first order id, of understand()',
    (text) => {
      const ids = understand(text, { now: NOW, timeZone: zone }).ids;
      const expected = /\bDEMO-\d{3,}\b/i.test(text) ? 'DEMO-0042' : (ids.cases[0] ?? ids.orders[0] ?? null);
      expect(assistant.parseCaseId(text)).toBe(expected);
    },
  );

  it.each(TEXTS)(
    'parseWhen(%j) returns the start understand() reads, in the default and a given zone',
    (text) => {
      for (const timeZone of [undefined, 'America/New_York']) {
        const start = understand(text, { now: NOW, timeZone: timeZone ?? zone }).start?.startedAt ?? null;
        expect(assistant.parseWhen(text, NOW, timeZone)).toEqual(start);
      }
    },
  );

  it('parseWhen reads a relative date against the clock it is given', () => {
    expect(assistant.parseWhen('been waiting for 3 days', NOW)).toEqual(new Date('2026-11-15T10:30:00Z'));
    expect(assistant.parseWhen('how do I reset my password', NOW)).toBeNull();
  });
});
