import type { Activity } from 'botbuilder';
import { agentText, showAgentAsSender } from '../../bot/handoff/agentNames';

const agentLine = (): Partial<Activity> => ({
  type: 'message',
  text: 'Hello',
  from: { id: 'support-bot', name: 'Kingston Express Support', role: 'bot' },
  channelData: { agentName: 'Alice' },
});

describe('agent names', () => {
  it('when an agent writes on the widget, then the sender is the agent: own name, own id, role bot', () => {
    const a = agentLine();
    showAgentAsSender(a, true);
    expect(a.from).toEqual({ id: 'support-bot/agent/Alice', name: 'Alice', role: 'bot' });
  });

  it('when an agent writes on another channel, then the sender stays the bot and the text carries the name', () => {
    const a = agentLine();
    showAgentAsSender(a, false);
    expect(a.from).toMatchObject({ id: 'support-bot', name: 'Kingston Express Support' });
    expect(agentText('Hello', 'Alice', false)).toBe('Alice: Hello');
    expect(agentText('Hello', 'Alice', true)).toBe('Hello');
  });

  it('when the assistant writes, then nothing changes', () => {
    const a: Partial<Activity> = { type: 'message', text: 'Hi', from: { id: 'support-bot', name: 'KX' } };
    showAgentAsSender(a, true);
    expect(a.from).toEqual({ id: 'support-bot', name: 'KX' });
  });
});
