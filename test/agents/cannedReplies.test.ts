import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCannedReplies, parseCannedReplies } from '../../adapters/agents/cannedReplies';
import { KnowledgeError } from '../../knowledge/kb/errors';
import { defaultPaths } from '../../knowledge/kb/paths';
import { formatDuration } from '../../knowledge/kb/placeholders';
import { loadPolicy } from '../../knowledge/kb/policySchema';

const policy = loadPolicy(defaultPaths().policyFile);

/** The error a bad file raises, so a test can read the field it names. */
function failure(raw: unknown): KnowledgeError {
  try {
    parseCannedReplies(raw, policy, 'canned.yaml');
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

const ok = { id: 'greeting', title: 'Greeting', text: 'Hi there' };

describe('canned replies file', () => {
  it('the shipped file loads with a greeting, the order-number question, the security steps and a closing, all placeholders filled', () => {
    const replies = loadCannedReplies();
    expect(replies.map((r) => r.id)).toEqual(
      expect.arrayContaining(['greeting', 'ask-order-number', 'security-steps', 'closing']),
    );
    for (const r of replies) expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  it('takes durations from the policy, so a reply and the Help Center agree', () => {
    const refund = loadCannedReplies().find((r) => r.id === 'refund-timeline');
    expect(refund?.text).toContain(formatDuration(policy.timelines['refund-processing'].duration));
    const changed = {
      ...policy,
      timelines: {
        ...policy.timelines,
        'refund-processing': {
          ...policy.timelines['refund-processing'],
          duration: { amount: 12, unit: 'calendar_days' as const },
        },
      },
    };
    const again = loadCannedReplies({ policy: changed }).find((r) => r.id === 'refund-timeline');
    expect(again?.text).toContain('12 days');
  });

  it('when a reply misses its title, then the error names the file and the field', () => {
    expect(failure({ replies: [ok, { id: 'bye', text: 'Bye' }] }).message).toMatch(
      /^canned\.yaml: replies\.1\.title: /,
    );
  });

  it('when a reply carries a field the file does not know, then the error names it', () => {
    expect(failure({ replies: [{ ...ok, txt: 'typo' }] }).message).toMatch(/replies\.0: .*txt/);
  });

  it('when a text quotes a placeholder the policy does not have, then it is refused like an article would be', () => {
    const err = failure({ replies: [{ ...ok, text: 'It takes {{timeline.refund.duration}}' }] });
    expect(err.field).toBe('replies.0.text');
    expect(err.message).toContain('{{timeline.refund.duration}}');
  });

  it('when two replies share an id or a shortcut, then the second is named', () => {
    const err = failure({
      replies: [
        { ...ok, shortcut: 'hi' },
        { ...ok, id: 'hello', shortcut: 'hi' },
        { ...ok, shortcut: 'yo' },
      ],
    });
    expect(err.issues.map((i) => i.field)).toEqual(['replies.1.shortcut', 'replies.2.id']);
  });

  it('when the file is empty or unreadable, then loading stops with the file named', () => {
    expect(failure({ replies: [] }).message).toMatch(/replies: needs at least one reply/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-canned-'));
    const file = path.join(dir, 'broken.yaml');
    fs.writeFileSync(file, 'replies: [ {id: greeting, title: "unclosed }\n');
    expect(() => loadCannedReplies({ file, policy })).toThrow(/broken\.yaml: cannot read canned replies/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
