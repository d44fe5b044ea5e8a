/** The training phrasings as data: what loads, and how every kind of mistake is named by file and line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeError } from '../../../knowledge/kb/errors';
import { loadTrainingSet } from '../../../knowledge/nlu/trainingData';

const ARTICLES = [
  { id: 'cancel-order', questions: ['how do I cancel?'], file: 'knowledge/articles/cancel-order.md' },
];

function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-nlu-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function issuesOf(dir: string): string[] {
  try {
    loadTrainingSet(dir, ARTICLES);
  } catch (err) {
    if (err instanceof KnowledgeError)
      return err.issues.map((i) => `${path.basename(i.file)} ${i.field}: ${i.message}`);
    throw err;
  }
  return [];
}

describe('loadTrainingSet', () => {
  it('when files are valid, then every example keeps its intent and line, and article questions join', () => {
    const dir = dirWith({
      'a.yml': 'nlu:\n  - intent: calm\n    examples: |\n      - hurry up\n      - so slow!!\n',
    });
    const set = loadTrainingSet(dir, ARTICLES);
    expect(set.examples).toEqual([
      { text: 'hurry up', intent: 'calm', source: expect.stringMatching(/a\.yml:4$/) },
      { text: 'so slow!!', intent: 'calm', source: expect.stringMatching(/a\.yml:5$/) },
      {
        text: 'how do I cancel?',
        intent: 'topic:cancel-order',
        source: expect.stringContaining('cancel-order.md'),
      },
    ]);
    expect(set.intents).toEqual(['calm', 'topic:cancel-order']);
  });

  it("when an article lists reports, then they are learned as their escalation, not as the article's topic", () => {
    const dir = dirWith({ 'a.yml': 'nlu:\n  - intent: calm\n    examples: |\n      - hurry up\n' });
    const article = {
      id: 'account-security',
      questions: ['how do I turn on two-step verification'],
      reports: { security: ['I think my account was hacked'] },
      file: 'knowledge/articles/account-security.md',
    };
    const set = loadTrainingSet(dir, [article]);
    expect(set.examples.filter((e) => e.source.includes('account-security.md'))).toEqual([
      {
        text: 'how do I turn on two-step verification',
        intent: 'topic:account-security',
        source: expect.any(String),
      },
      {
        text: 'I think my account was hacked',
        intent: 'escalate:security',
        source: expect.stringContaining('reports'),
      },
    ]);
  });

  it('when an intent is unknown, then the error names the file and the line of the intent', () => {
    const dir = dirWith({ 'b.yml': 'nlu:\n  - intent: topic:nowhere\n    examples: |\n      - hi\n' });
    expect(issuesOf(dir)).toEqual(['b.yml line 2: unknown intent "topic:nowhere"']);
  });

  it('when a line repeats (in any case), then the error names both lines', () => {
    const dir = dirWith({
      'c.yml': 'nlu:\n  - intent: calm\n    examples: |\n      - hurry up\n      - HURRY UP\n',
    });
    expect(issuesOf(dir)).toEqual(['c.yml line 5: duplicate of line 4']);
  });

  it('when the YAML is broken or a field is missing, then each problem is named and none is hidden', () => {
    const dir = dirWith({
      'd.yml': 'nlu:\n  - intent: calm\n    examples: [oops\n',
      'e.yml': 'nlu:\n  - intent: calm\n',
    });
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^d\.yml line \d+: /);
    expect(issues[1]).toMatch(/^e\.yml nlu\.0\.examples: /);
  });

  it('when an example does not start with "- ", then the intent is named', () => {
    const dir = dirWith({ 'f.yml': 'nlu:\n  - intent: calm\n    examples: |\n      hurry up\n' });
    expect(issuesOf(dir)).toEqual(['f.yml intent calm: example "hurry up" must start with "- "']);
  });
});
