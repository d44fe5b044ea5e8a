/**
 * Training phrasings as data (Rasa's nlu.yml is the model): every `*.yml` file under
 * knowledge/nlu/data holds `nlu: [{intent, examples: "- line\n- line"}]`, each article's
 * `questions:` join as examples of its topic and its `reports:` as examples of their escalation. Loading checks every file and names file and line
 * for each problem, so a support lead fixes them in one pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { KnowledgeError, type KnowledgeIssue } from '../kb/errors';
import { displayPath } from '../kb/paths';
import { intentNames } from './intents';

export interface Example {
  text: string;
  intent: string;
  /** Where the line is, for error messages and the eval's "which file taught this". */
  source: string;
}

export interface TrainingSet {
  examples: Example[];
  intents: string[];
}

/** What an article contributes: its id, example questions and reports of problems it escalates. */
export interface ArticleQuestions {
  id: string;
  questions: readonly string[];
  /** By escalation category: learned as `escalate:<category>`, not as the topic. */
  reports?: Readonly<Partial<Record<string, readonly string[]>>>;
  file: string;
}

const fileSchema = z.strictObject({
  version: z.string().optional(),
  nlu: z.array(z.strictObject({ intent: z.string().min(1), examples: z.string().min(1) })).min(1),
});

/** Longest example we train on: longer lines are stories, and a story is still one message. */
const MAX_EXAMPLE_CHARS = 1000;

function readFile(file: string, known: Set<string>, issues: KnowledgeIssue[], out: Example[]): void {
  const shown = displayPath(file);
  const raw = fs.readFileSync(file, 'utf8');
  const doc = YAML.parseDocument(raw);
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      issues.push({
        file: shown,
        field: `line ${e.linePos?.[0].line ?? '?'}`,
        message: e.message.split('\n')[0],
      });
    return;
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      issues.push({ file: shown, field: i.path.join('.') || undefined, message: i.message });
    return;
  }
  // Example lines are found in the raw text in order, so each keeps its line number.
  const lines = raw.split('\n');
  let cursor = 0;
  const lineOf = (example: string): number => {
    for (let i = cursor; i < lines.length; i++) {
      if (lines[i].trim() === `- ${example}`) {
        cursor = i + 1;
        return i + 1;
      }
    }
    return 0;
  };
  const seen = new Map<string, number>();
  for (const block of parsed.data.nlu) {
    const intentLine = lines.findIndex((l, i) => i >= cursor && l.includes(`intent: ${block.intent}`)) + 1;
    if (!known.has(block.intent)) {
      issues.push({ file: shown, field: `line ${intentLine}`, message: `unknown intent "${block.intent}"` });
      continue;
    }
    for (const rawLine of block.examples.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      if (!line.startsWith('- ')) {
        issues.push({
          file: shown,
          field: `intent ${block.intent}`,
          message: `example "${line.slice(0, 40)}" must start with "- "`,
        });
        continue;
      }
      const text = line.slice(2).trim();
      const at = lineOf(text);
      const where = `line ${at}`;
      if (!text || text.length > MAX_EXAMPLE_CHARS) {
        issues.push({
          file: shown,
          field: where,
          message: `example must have 1 to ${MAX_EXAMPLE_CHARS} characters`,
        });
        continue;
      }
      const key = text.toLowerCase();
      const dup = seen.get(key);
      if (dup !== undefined) {
        issues.push({ file: shown, field: where, message: `duplicate of line ${dup}` });
        continue;
      }
      seen.set(key, at);
      out.push({ text, intent: block.intent, source: `${shown}:${at}` });
    }
  }
}

/**
 * Reads every training file in `dataDir` and the articles' questions.
 * @throws KnowledgeError naming file and line of each problem.
 */
export function loadTrainingSet(dataDir: string, articles: readonly ArticleQuestions[]): TrainingSet {
  const known = intentNames(articles.map((a) => a.id));
  const issues: KnowledgeIssue[] = [];
  const examples: Example[] = [];
  const files = fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort();
  if (files.length === 0) issues.push({ file: displayPath(dataDir), message: 'no training files (*.yml)' });
  for (const f of files) readFile(path.join(dataDir, f), known, issues, examples);
  for (const a of articles)
    for (const q of a.questions)
      examples.push({ text: q, intent: `topic:${a.id}`, source: `${displayPath(a.file)}: questions` });
  for (const a of articles)
    for (const [category, reports] of Object.entries(a.reports ?? {}))
      for (const r of reports ?? [])
        examples.push({ text: r, intent: `escalate:${category}`, source: `${displayPath(a.file)}: reports` });
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  if (issues.length > 0) throw new KnowledgeError(issues);
  return { examples, intents };
}
