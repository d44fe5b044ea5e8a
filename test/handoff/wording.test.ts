import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeError } from '../../knowledge/kb/errors';
import { defaultWordingFile, loadHandoffWording } from '../../handoff/wording';

function copyWith(edit: (yaml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wording-'));
  const file = path.join(dir, 'handoffWording.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(defaultWordingFile(), 'utf8')));
  return file;
}

describe('handoff wording (knowledge/policy/handoffWording.yaml)', () => {
  it('when the repository file is loaded, then lines are filled with their placeholders', () => {
    const words = loadHandoffWording();
    expect(words.say('agentJoined', { agent: 'Alice' })).toBe(
      'Alice from our support team has joined the chat.',
    );
    expect(words.say('statusLine', { ticketId: 'T-1', status: 'You are next.' })).toBe(
      'Request T-1: You are next.',
    );
  });

  it('when a line uses a placeholder it may not, then loading names the line and the placeholder', () => {
    const file = copyWith((y) => y.replace('{agent} is with you now.', '{agnet} is with you now.'));
    expect(() => loadHandoffWording(file)).toThrow(KnowledgeError);
    expect(() => loadHandoffWording(file)).toThrow(/withAgent.*unknown placeholder \{agnet\}/);
  });

  it('when a line is missing, then loading names it', () => {
    const file = copyWith((y) => y.replace(/^surveyThanks:.*$/m, ''));
    expect(() => loadHandoffWording(file)).toThrow(/surveyThanks/);
  });
});
