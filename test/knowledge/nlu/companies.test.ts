/** "Mentions another company": whole names as the model's words see them; a bad names file is refused. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeError } from '../../../knowledge/kb/errors';
import { companyNames, loadCompanyNames } from '../../../knowledge/nlu/companies';
import { featuresOf, DEFAULT_FEATURE_WEIGHTS } from '../../../knowledge/nlu/features';
import { wordsOf } from '../../../knowledge/nlu/tokens';

const names = companyNames(['Temu', 'H&M', 'Uber Eats', 'booking.com']);
const mentions = (text: string) => names.mentionedIn(wordsOf(text));

describe('other companies', () => {
  it.each([
    'my temu refund never came',
    'returning jeans to H&M',
    'uber eats charged me twice',
    'Booking.com cancelled',
  ])('when "%s" names one, then it is a mention', (text) => expect(mentions(text)).toBe(true));
  it.each(['temujin was a khan', 'ham sandwich', 'i eat uber fast', 'my booking was cancelled'])(
    'when "%s" only looks like one, then it is not',
    (text) => expect(mentions(text)).toBe(false),
  );

  it('when a message names another company, then the model sees the shared feature, whichever company it is', () => {
    const w = DEFAULT_FEATURE_WEIGHTS;
    const withName = featuresOf('my netflix password was changed', null, w).index;
    const otherName = featuresOf('my spotify password was changed', null, w).index;
    const without = featuresOf('my password was changed', null, w).index;
    const shared = [...withName].filter((i) => otherName.includes(i) && !without.includes(i));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('when the names file has an entry of no words or too many, then loading fails naming the entry', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-companies-'));
    const file = path.join(dir, 'other-companies.yml');
    fs.writeFileSync(file, 'companies:\n  - fine co\n  - "&&"\n  - one two three four\n');
    try {
      expect(() => loadCompanyNames(file)).toThrow(KnowledgeError);
      try {
        loadCompanyNames(file);
      } catch (err) {
        expect((err as KnowledgeError).issues.map((i) => i.field)).toEqual(['companies.1', 'companies.2']);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when spelling repair would read a name as another word, then loading fails naming the entry', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-companies-'));
    const file = path.join(dir, 'other-companies.yml');
    // As "deliveroo" once read as "delivered": every delivered parcel became another company's.
    fs.writeFileSync(file, 'companies:\n  - temu\n  - refunda\n');
    try {
      expect(() => loadCompanyNames(file)).toThrow('companies.1: "refunda" reads as "refunds"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when a parcel is delivered, then the model does not see another company', () => {
    const w = DEFAULT_FEATURE_WEIGHTS;
    const delivered = featuresOf('my parcel was delivered', null, w).index;
    const amazon = featuresOf('my amazon parcel', null, w).index;
    const plain = featuresOf('my parcel', null, w).index;
    const companyBuckets = [...amazon].filter(
      (i) => !plain.includes(i) && !featuresOf('amazon', null, { ...w, company: 0 }).index.includes(i),
    );
    expect(companyBuckets.length).toBeGreaterThan(0);
    expect(companyBuckets.some((i) => delivered.includes(i))).toBe(false);
  });

  it('the real names file loads and leaves out couriers and ways to pay us', () => {
    const real = loadCompanyNames();
    for (const ours of ['royal mail', 'dhl', 'paypal', 'apple pay', 'visa'])
      expect(real.names).not.toContain(ours);
    expect(real.names).toContain('amazon');
  });
});
