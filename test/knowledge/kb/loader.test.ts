import { KnowledgeError } from '../../../knowledge/kb/errors';
import { loadKnowledgeBase, REQUIRED_ARTICLE_IDS } from '../../../knowledge/kb/loader';
import { makeArticlesDir, makePolicyFile, REAL_POLICY } from './helpers';

function loadError(articlesDir: string, policyFile = REAL_POLICY): KnowledgeError {
  try {
    loadKnowledgeBase({ articlesDir, policyFile });
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected loadKnowledgeBase to throw');
}

describe('loadKnowledgeBase', () => {
  it('when every required article is valid, then it loads them sorted by id with a lookup map', () => {
    const kb = loadKnowledgeBase({ articlesDir: makeArticlesDir(), policyFile: REAL_POLICY });

    expect(kb.articles.map((a) => a.id)).toEqual([...REQUIRED_ARTICLE_IDS].sort());
    expect(kb.byId.get('disputes')?.title).toBe('Title of disputes');
  });

  it('when a front matter field has a bad value, then the error names the file and the field', () => {
    const dir = makeArticlesDir([{ id: 'refund-processing-times', audience: 'everyone' }]);

    const err = loadError(dir);

    expect(err.message).toContain(
      'refund-processing-times.md: front matter field "audience": expected one of buyer, seller, both',
    );
    expect(err.file).toMatch(/refund-processing-times\.md$/);
    expect(err.field).toBe('audience');
  });

  it('when a front matter field is unknown, then it is reported as a likely typo', () => {
    const dir = makeArticlesDir([{ id: 'disputes', extra: 'sumary: typo\n' }]);

    expect(loadError(dir).message).toContain('unknown field(s) sumary');
  });

  it('when reports name a category the rule does not escalate to, then the error names it', () => {
    const dir = makeArticlesDir([
      { id: 'disputes', extra: 'reports:\n  refunds:\n    - where is my money\n' },
    ]);

    expect(loadError(dir).message).toContain('unknown category refunds');
  });

  it('when a required article is missing, then the error names its id', () => {
    const err = loadError(makeArticlesDir([], ['chargebacks']));

    expect(err.message).toContain('required article "chargebacks.md" is missing');
  });

  it('when a body uses an unknown placeholder, then the error names the file and the placeholder', () => {
    const dir = makeArticlesDir([{ id: 'disputes', body: 'Takes {{timeline.dispute-reveiw.duration}}.' }]);

    const err = loadError(dir);

    expect(err.message).toContain('disputes.md: {{timeline.dispute-reveiw.duration}}: unknown placeholder');
  });

  it('when two files declare the same id, then both the duplicate and the file-name mismatch are reported', () => {
    const dir = makeArticlesDir([{ id: 'disputes', fileName: 'disputes-copy' }]);

    const err = loadError(dir);

    expect(err.message).toContain('duplicate id "disputes"');
    expect(err.message).toContain('id "disputes" must equal the file name "disputes-copy"');
  });

  it('when related names an unknown article, then the error names it', () => {
    const dir = makeArticlesDir([{ id: 'disputes', related: ['no-such-article'] }]);

    expect(loadError(dir).message).toContain('disputes.md: related: unknown article id "no-such-article"');
  });

  it('when a policy timeline points at a missing article, then the policy file and field are named', () => {
    const policy = makePolicyFile((y) => y.replace('article: chargebacks', 'article: chargeback-guide'));

    const err = loadError(makeArticlesDir(), policy);

    expect(err.message).toContain(
      'policy.yaml: timelines.chargeback-bank-review.article: unknown article id "chargeback-guide"',
    );
  });

  it("when a timeline's seller article is missing, then the policy file and field are named", () => {
    const policy = makePolicyFile((y) =>
      y.replace('sellerArticle: seller-shipping', 'sellerArticle: seller-guide'),
    );

    const err = loadError(makeArticlesDir(), policy);

    expect(err.message).toContain(
      'policy.yaml: timelines.order-dispatch.sellerArticle: unknown article id "seller-guide"',
    );
  });

  it('when a category lists a missing article, then the policy file and field are named', () => {
    const policy = makePolicyFile((y) =>
      y.replace('articles: [disputes, chargebacks,', 'articles: [disputes, chargeback-faq,'),
    );

    const err = loadError(makeArticlesDir(), policy);

    expect(err.message).toContain(
      'policy.yaml: categories.dispute-chargeback.articles: unknown article id "chargeback-faq"',
    );
  });

  it('when the articles answered about another company’s account name a missing one, then the field is named', () => {
    const policy = makePolicyFile((y) =>
      y.replace('otherAccountArticles: [payment-methods,', 'otherAccountArticles: [paying-with-paypal,'),
    );

    const err = loadError(makeArticlesDir(), policy);

    expect(err.message).toContain(
      'policy.yaml: otherAccountArticles: unknown article id "paying-with-paypal"',
    );
  });

  it('when several things are wrong, then one error lists all of them', () => {
    const dir = makeArticlesDir([
      { id: 'disputes', audience: 'nobody' },
      { id: 'chargebacks', body: '{{nope}}' },
    ]);

    const err = loadError(dir);

    expect(err.issues).toHaveLength(2);
    expect(err.message).toMatch(/^2 knowledge base errors:/);
  });

  it('when placeholders name policy values, then they are filled from the policy file', () => {
    const policy = makePolicyFile((y) =>
      y.replace(
        'duration: { amount: 7, unit: business_days }',
        'duration: { amount: 9, unit: calendar_days }',
      ),
    );
    const dir = makeArticlesDir([
      {
        id: 'refund-processing-times',
        body: 'Refunds take {{timeline.refund-processing.duration}}. Next: {{timeline.refund-processing.next}}',
      },
    ]);

    const article = loadKnowledgeBase({ articlesDir: dir, policyFile: policy }).byId.get(
      'refund-processing-times',
    );

    expect(article?.body).toContain('Refunds take 9 days.');
    expect(article?.body).toContain('Next: The money is sent back to the original payment method');
  });
});

describe('the shipped knowledge base', () => {
  it('when loaded from the default folders, then it validates and fills every placeholder', () => {
    const kb = loadKnowledgeBase();

    for (const id of REQUIRED_ARTICLE_IDS) expect(kb.byId.has(id)).toBe(true);
    for (const a of kb.articles) {
      expect(a.body).not.toMatch(/\{\{/);
      expect(a.questions.length).toBeGreaterThanOrEqual(6);
    }
    expect(kb.byId.get('refund-processing-times')?.summary).toContain('7 business days');
  });

  it('when reading account-security, then it carries the immediate safety steps the handoff quotes', () => {
    const body = loadKnowledgeBase().byId.get('account-security')?.body.toLowerCase() ?? '';

    for (const step of [
      'change your password',
      'sign out of all other sessions',
      'two-step verification',
      'payout details',
    ]) {
      expect(body).toContain(step);
    }
  });

  it('when reading contact-support, then it explains the three questions and the four handoff reasons', () => {
    const body = loadKnowledgeBase().byId.get('contact-support')?.body ?? '';

    expect(body).toContain('Is this already in an active process?');
    expect(body).toContain('Is there new information or an error?');
    expect(body).toContain('Does it involve security, money, or dispatchment responsibility?');
    for (const label of [
      'Account security',
      'Disputes and chargebacks',
      'Dispatched by Kingston Express',
      'Stalled or overdue case',
    ]) {
      expect(body).toContain(label);
    }
  });
});
