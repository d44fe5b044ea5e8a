/** Builds throw-away knowledge folders for loader tests: the real policy, articles made per test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REQUIRED_ARTICLE_IDS } from '../../../knowledge/kb/loader';

export const REAL_POLICY = path.resolve(__dirname, '../../../knowledge/policy/policy.yaml');

export interface ArticleSpec {
  id: string;
  fileName?: string;
  audience?: string;
  related?: string[];
  body?: string;
  extra?: string;
}

/** Markdown source of a valid article, with optional changes. */
export function articleSource(spec: ArticleSpec): string {
  const questions = Array.from(
    { length: 6 },
    (_, i) => `  - example question ${i + 1} about ${spec.id}`,
  ).join('\n');
  return `---
id: ${spec.id}
title: Title of ${spec.id}
summary: Summary of ${spec.id}.
audience: ${spec.audience ?? 'both'}
tags: [${spec.id}]
questions:
${questions}
related: [${(spec.related ?? []).join(', ')}]
updated: 2026-11-23
${spec.extra ?? ''}---

${spec.body ?? `Body of ${spec.id}.`}
`;
}

/** A temp articles folder holding every required article (valid), plus the given overrides. */
export function makeArticlesDir(overrides: ArticleSpec[] = [], omit: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-articles-'));
  const byId = new Map<string, ArticleSpec>();
  for (const id of REQUIRED_ARTICLE_IDS) byId.set(id, { id });
  for (const o of overrides) byId.set(o.fileName ?? o.id, o);
  for (const [key, spec] of byId) {
    if (omit.includes(key)) continue;
    fs.writeFileSync(path.join(dir, `${spec.fileName ?? spec.id}.md`), articleSource(spec));
  }
  return dir;
}

/** A temp copy of the real policy with `edit` applied to its text. */
export function makePolicyFile(edit: (yaml: string) => string = (y) => y): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-policy-'));
  const file = path.join(dir, 'policy.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(REAL_POLICY, 'utf8')));
  return file;
}
