/** The insights API and page over a real restify server, SQLite stores and an agent session. */
import { issueSession, SESSION_COOKIE } from '../../adapters/agents/session';
import { call, daysAgo, KEY, NOW, seed, start, type Running } from './server';

describe('insights over HTTP', () => {
  let r: Running;
  beforeEach(async () => {
    r = await start();
    await seed(r);
  });
  afterEach(async () => r.close());

  it.each([
    ['no session', undefined],
    [
      'a token signed with another key',
      issueSession({ id: 'x', name: 'X' }, 'another-key-0123456789abcdef0123456789', NOW),
    ],
    ['an expired token', issueSession({ id: 'lead', name: 'Lead' }, KEY, daysAgo(2))],
  ])('when the request has %s, then both routes answer 401 with no data', async (_what, token) => {
    const get = await call(r, '/agent/api/insights', { token });
    const post = await call(r, '/agent/api/insights/unanswered/handled', {
      token,
      body: { ids: [1], note: 'x' },
    });

    expect([get.status, post.status]).toEqual([401, 401]);
    expect(get.json).toEqual({ error: 'unauthorized' });
    expect(post.json).toEqual({ error: 'unauthorized' });
    expect((await r.unanswered.list(10, { unhandledOnly: true })).length).toBe(4);
  });

  it.each(['abc', '0', '-3', '1.5', '', '366'])(
    'when days is %p, then the answer is 400 naming days',
    async (days) => {
      const res = await call(r, `/agent/api/insights?days=${encodeURIComponent(days)}`, { token: r.token });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ error: 'bad-request', field: 'days' });
      expect(res.text).not.toContain('parcel');
    },
  );

  it.each([
    ['no ids', { note: 'done' }, 'ids'],
    ['an empty id list', { ids: [], note: 'done' }, 'ids'],
    ['a text id', { ids: ['7'], note: 'done' }, 'ids'],
    ['a blank note', { ids: [1], note: '   ' }, 'note'],
    ['no note', { ids: [1] }, 'note'],
    ['a list instead of an object', [1, 2], 'body'],
  ])('when the handled body has %s, then the answer is 400 naming %s', async (_what, body, field) => {
    const res = await call(r, '/agent/api/insights/unanswered/handled', { token: r.token, body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'bad-request', field });
  });

  it('when the body is not JSON, then the answer is 400 naming the body', async () => {
    const res = await call(r, '/agent/api/insights/unanswered/handled', { token: r.token, rawBody: '{ids:' });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ field: 'body' });
  });

  it('when a signed-in agent asks for 30 days, then the open questions come grouped and articles rated', async () => {
    const res = await call(r, '/agent/api/insights?days=30', { token: r.token });

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.json.window).toEqual({ days: 30, since: daysAgo(30).toISOString(), until: NOW.toISOString() });
    expect(res.json.unanswered).toMatchObject({ questions: 3, truncated: false });
    const groups = res.json.unanswered.groups;
    expect(groups.map((g: { examples: string[]; count: number }) => [g.count, g.examples])).toEqual([
      [2, ['where is my PACKAGE', 'Where is my parcel?']],
      [1, ['Do you sell parrots?']],
    ]);
    expect(groups[0].proposedArticles).toEqual([
      { id: 'shipping-tracking', count: 2 },
      { id: 'order-status', count: 1 },
    ]);
    expect(res.json.articles).toMatchObject({ votes: 5, minVotes: 2 });
    expect(
      res.json.articles.ratings.map((a: { articleId: string; helpful: number; notHelpful: number }) => [
        a.articleId,
        a.helpful,
        a.notHelpful,
      ]),
    ).toEqual([
      ['refund-processing-times', 1, 2],
      ['order-status', 2, 0],
    ]);
    expect(res.json.articles.ratings[0].latestNotHelpful.map((q: { text: string }) => q.text)).toEqual([
      'refund still missing',
      'how long is my refund',
    ]);
  });

  it('when days is not given, then the window is 30 days; a wider window reaches older questions', async () => {
    const plain = await call(r, '/agent/api/insights', { token: r.token });
    const wide = await call(r, '/agent/api/insights?days=90', { token: r.token });
    expect(plain.json.window.days).toBe(30);
    expect(plain.json.unanswered.questions).toBe(3);
    expect(wide.json.unanswered.questions).toBe(4);
  });

  it('when the lead marks a group handled with the session cookie, then it leaves the inbox and the rest stays', async () => {
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(r.token)}`;
    const before = await call(r, '/agent/api/insights', { cookie });
    const parcels = before.json.unanswered.groups[0];

    const marked = await call(r, '/agent/api/insights/unanswered/handled', {
      cookie,
      body: { ids: parcels.ids, note: 'added tracking steps to shipping-tracking' },
    });
    const after = await call(r, '/agent/api/insights', { cookie });

    expect(marked.status).toBe(200);
    expect(marked.json).toEqual({ marked: 2 });
    expect(after.json.unanswered.groups.map((g: { examples: string[] }) => g.examples)).toEqual([
      ['Do you sell parrots?'],
    ]);
    const stored = (await r.unanswered.list(10)).filter((q) => q.handled);
    expect(stored.map((q) => q.handled)).toEqual([
      { at: NOW.toISOString(), note: 'added tracking steps to shipping-tracking' },
      { at: NOW.toISOString(), note: 'added tracking steps to shipping-tracking' },
    ]);
  });

  it('when the page and its files are requested, then they are served without data and with a strict policy', async () => {
    const page = await call(r, '/agent/insights');
    const script = await call(r, '/agent/insights.js');
    const style = await call(r, '/agent/insights.css');

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.text).toContain('<table');
    expect(page.text).not.toContain('parcel');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(style.headers.get('content-type')).toContain('text/css');
  });
});

describe('insights over HTTP: personal data', () => {
  let r: Running;
  beforeEach(async () => {
    r = await start();
  });
  afterEach(async () => r.close());

  it('when questions and comments hold an email or a phone number, then the inbox and ratings show them masked', async () => {
    await r.unanswered.record({
      text: 'email me at pat@example.com about KX-123456',
      at: daysAgo(1),
      topCandidates: [],
    });
    await r.feedback.record({
      conversationId: 'c9',
      articleId: 'order-status',
      helpful: false,
      text: 'call 07700 900123 instead',
      at: daysAgo(1),
    });
    const res = await call(r, '/agent/api/insights', { token: r.token });
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/pat@example|07700/);
    expect(res.json.unanswered.groups[0].examples).toEqual(['email me at [email] about KX-123456']);
    expect(res.json.articles.ratings[0].latestNotHelpful[0].text).toBe('call [phone] instead');
  });
});
