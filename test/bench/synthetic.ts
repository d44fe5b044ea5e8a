/**
 * Deterministic synthetic Help Center articles for benchmarks: support-flavoured English words
 * plus generated product and place names, so the vocabulary grows with the corpus the way a
 * real catalogue of articles does (a Zipf-like mix of common and rare words).
 */
import type { Article } from '../../knowledge/kb/article';
import { seededRandom } from '../../knowledge/seededRandom';

const COMMON =
  `order orders delivery deliver shipping ship parcel package tracking track refund refunds return
returns exchange cancel cancellation address payment pay card paypal wallet account password email phone
seller sellers buyer buyers payout payouts withdraw balance bank dispute disputes chargeback review decision
evidence warehouse inventory stock dispatch dispatched carrier courier label status processing shipped
delivered missing damaged broken wrong item items product products size colour price discount coupon voucher
gift invoice receipt tax duty customs international express standard weekend holiday business days hours
week month time date today tomorrow late delay delayed stuck update notification message chat support agent
contact help centre policy fee fees charge charged charges subscription membership loyalty points reward
rewards verification code login sign security hacked suspicious profile settings close delete create change
edit modify insurance warranty repair replacement instalment currency checkout basket cart wishlist listing
listings photo photos description rating ratings feedback complaint pickup locker collection store`.split(
    /\s+/,
  );

const FILLER =
  `the a to your you we our is are can will be for of and in on with when if it this that how what
after before within until once then may must not no more only any each all your their from by as at`.split(
    /\s+/,
  );

const SYLLABLES = `ka lo mi ne ra to su vi de pa lu mo ri sa te no be da fi go ha ji ke ma nu po qui ro si ta
ve wa xe yo zu bra cle dri fro gla pli tro stu`.split(/\s+/);

function makeRareWords(count: number, rnd: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const parts = 2 + Math.floor(rnd() * 2);
    let w = '';
    for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/**
 * `n` articles with ids `synthetic-<i>`, each with a title, summary, 8 questions, tags and a
 * body of about 150 words. Same (n, seed) → same articles.
 */
export function generateArticles(n: number, seed = 1): Article[] {
  const rnd = seededRandom(seed);
  const rare = makeRareWords(Math.max(200, Math.floor(n * 2)), rnd);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // Zipf-like: low indices far more often than high ones.
  const zipf = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rnd() * rnd() * rnd())];
  const word = (): string => {
    const r = rnd();
    if (r < 0.45) return pick(FILLER);
    if (r < 0.85) return zipf(COMMON);
    return pick(rare);
  };
  const sentence = (len: number): string => Array.from({ length: len }, word).join(' ');
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const topic = [zipf(COMMON), pick(rare), zipf(COMMON)];
    articles.push({
      id: `synthetic-${i}`,
      title: `${topic.join(' ')} ${sentence(3)}`,
      summary: `${sentence(12)} ${topic[1]} ${sentence(8)}.`,
      audience: rnd() < 0.8 ? 'both' : 'seller',
      tags: [topic[0], topic[1], zipf(COMMON), zipf(COMMON)],
      questions: Array.from({ length: 8 }, () => `${sentence(3)} ${pick(topic)} ${sentence(4)}?`),
      related: [],
      updated: '2026-01-01',
      body: Array.from({ length: 10 }, () => `${sentence(14)} ${pick(topic)}.`).join('\n\n'),
      file: `synthetic/${i}.md`,
    });
  }
  return articles;
}

/** Queries shaped like customer messages over generated articles (some with typos). */
export function generateQueries(articles: readonly Article[], count: number, seed = 2): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[Math.floor(rnd() * articles.length)];
    let q = a.questions[Math.floor(rnd() * a.questions.length)];
    if (rnd() < 0.3) {
      // a transposition typo somewhere in the message
      const at = 1 + Math.floor(rnd() * Math.max(1, q.length - 3));
      q = q.slice(0, at) + q[at + 1] + q[at] + q.slice(at + 2);
    }
    out.push(q);
  }
  return out;
}
