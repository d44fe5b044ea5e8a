/** Loads and cross-checks the Help Center: policy plus one Markdown article per file. */
import fs from 'node:fs';
import path from 'node:path';
import { type Article, frontMatterSchema } from './article';
import { KnowledgeError, type KnowledgeIssue } from './errors';
import { splitFrontMatter } from './frontMatter';
import { defaultPaths, displayPath } from './paths';
import { fillPlaceholders, placeholderValues } from './placeholders';
import { loadPolicy, type Policy } from './policySchema';
import { issuePath } from './zodIssues';

/** Article ids other parts of the bot link to (DESIGN.md contract 4). */
export const REQUIRED_ARTICLE_IDS = [
  'delivery-timelines',
  'refund-processing-times',
  'order-status',
  'shipping-tracking',
  'returns-refunds',
  'cancel-order',
  'change-address',
  'payment-methods',
  'seller-payouts-schedule',
  'account-settings',
  'contact-support',
  'disputes',
  'chargebacks',
  'dispatched-by-kingston-express',
  'account-security',
  // Named by policy.yaml's categories: what a person asks about a case just handed over.
  'missing-or-damaged-item',
  'when-to-contact-support',
  // Named by policy.yaml's timelines: what a seller carrying out a step is answered with.
  'seller-shipping',
] as const;

export interface KnowledgeBase {
  policy: Policy;
  /** Sorted by id. */
  articles: Article[];
  byId: Map<string, Article>;
}

export interface LoadOptions {
  /** Folder of <id>.md files; defaults to <repo>/knowledge/articles. */
  articlesDir?: string;
  /** Defaults to <repo>/knowledge/policy/policy.yaml. */
  policyFile?: string;
}

/**
 * Loads policy and articles and checks them together.
 * @throws KnowledgeError listing every problem found (bad front matter, id ≠ file name,
 *   duplicate ids, unknown related ids or placeholders, missing required articles,
 *   policy timelines that point at a missing article).
 */
export function loadKnowledgeBase(opts: LoadOptions = {}): KnowledgeBase {
  const defaults = defaultPaths();
  const articlesDir = opts.articlesDir ?? defaults.articlesDir;
  const policyFile = opts.policyFile ?? defaults.policyFile;
  const policy = loadPolicy(policyFile);
  const values = placeholderValues(policy);
  const issues: KnowledgeIssue[] = [];
  const articles: Article[] = [];
  const byId = new Map<string, Article>();

  const names = listMarkdown(articlesDir, issues);
  // Files that exist but failed validation are already reported; do not report them again as missing.
  const present = new Set(names.map((n) => n.slice(0, -'.md'.length)));
  for (const name of names) {
    const article = readArticle(path.join(articlesDir, name), values, issues);
    if (!article) continue;
    const first = byId.get(article.id);
    if (first) {
      issues.push({
        file: article.file,
        field: 'id',
        message: `duplicate id "${article.id}" (also in ${first.file})`,
      });
      continue;
    }
    byId.set(article.id, article);
    articles.push(article);
  }
  const exists = (id: string): boolean => byId.has(id) || present.has(id);
  issues.push(...crossCheck(articles, exists, policy, displayPath(policyFile), displayPath(articlesDir)));
  if (issues.length > 0) throw new KnowledgeError(issues);
  articles.sort((a, b) => a.id.localeCompare(b.id));
  return { policy, articles, byId };
}

function listMarkdown(dir: string, issues: KnowledgeIssue[]): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch (err) {
    issues.push({
      file: displayPath(dir),
      message: `cannot read articles folder: ${(err as Error).message}`,
    });
    return [];
  }
}

function readArticle(file: string, values: Map<string, string>, issues: KnowledgeIssue[]): Article | null {
  const shown = displayPath(file);
  const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
  if (!split.ok) {
    issues.push({ file: shown, message: split.message });
    return null;
  }
  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      const field = issuePath(iss) || undefined;
      const fieldLabel = field ? `front matter field "${field}"` : 'front matter';
      issues.push({ file: shown, field, fieldLabel, message: iss.message });
    }
    return null;
  }
  const fm = parsed.data;
  const expectedId = path.basename(file, '.md');
  if (fm.id !== expectedId) {
    issues.push({
      file: shown,
      field: 'id',
      message: `id "${fm.id}" must equal the file name "${expectedId}"`,
    });
  }
  const summary = fillPlaceholders(fm.summary, values);
  const body = fillPlaceholders(split.body.trim(), values);
  for (const name of [...summary.unknown, ...body.unknown]) {
    issues.push({ file: shown, field: `{{${name}}}`, message: 'unknown placeholder' });
  }
  return { ...fm, summary: summary.text, body: body.text, file: shown };
}

function crossCheck(
  articles: Article[],
  exists: (id: string) => boolean,
  policy: Policy,
  policyShown: string,
  dirShown: string,
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  for (const a of articles) {
    for (const r of a.related) {
      if (!exists(r)) issues.push({ file: a.file, field: 'related', message: `unknown article id "${r}"` });
      if (r === a.id)
        issues.push({ file: a.file, field: 'related', message: 'an article cannot be related to itself' });
    }
  }
  for (const id of REQUIRED_ARTICLE_IDS) {
    if (!exists(id))
      issues.push({ file: dirShown, field: id, message: `required article "${id}.md" is missing` });
  }
  for (const [id, c] of Object.entries(policy.categories)) {
    for (const a of c.articles.filter((x) => !exists(x)))
      issues.push({
        file: policyShown,
        field: `categories.${id}.articles`,
        message: `unknown article id "${a}"`,
      });
  }
  for (const a of policy.otherAccountArticles.filter((x) => !exists(x)))
    issues.push({ file: policyShown, field: 'otherAccountArticles', message: `unknown article id "${a}"` });
  for (const [id, t] of Object.entries(policy.timelines)) {
    for (const field of ['article', 'sellerArticle'] as const) {
      const article = t[field];
      if (article !== undefined && !exists(article))
        issues.push({
          file: policyShown,
          field: `timelines.${id}.${field}`,
          message: `unknown article id "${article}"`,
        });
    }
  }
  return issues;
}
