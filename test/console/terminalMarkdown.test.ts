import { renderForTerminal } from '../../adapters/console/terminalMarkdown';

const plain = (md: string) => renderForTerminal(md, { color: false });
const color = (md: string) => renderForTerminal(md, { color: true });

describe('renderForTerminal', () => {
  it('when the bot writes an intake summary without colour, then the stars go and the labels stay', () => {
    expect(plain('**Team:** Disputes\n\n**When:** about 3 weeks ago')).toBe(
      'Team: Disputes\n\nWhen: about 3 weeks ago',
    );
  });

  it('when colour is on, then bold is ANSI bold and italics ANSI italics, each closed', () => {
    expect(color('**Team:** Disputes, *today*')).toBe('\x1b[1mTeam:\x1b[22m Disputes, \x1b[3mtoday\x1b[23m');
  });

  it('when a Markdown link is rendered, then its words are followed by its URL', () => {
    expect(plain('See [Refund processing times](https://kx.example/help/refund-processing-times).')).toBe(
      'See Refund processing times (https://kx.example/help/refund-processing-times).',
    );
  });

  it('when a bare URL is rendered, then it is shown once, not twice', () => {
    expect(plain('Open https://kx.example/help now')).toBe('Open https://kx.example/help now');
  });

  it('when a link is bold, then the URL still follows its words', () => {
    expect(color('**[Disputes](https://kx.example/d)**')).toBe(
      '\x1b[1mDisputes (https://kx.example/d)\x1b[22m',
    );
  });

  it('when a list is rendered, then bullets and numbers start each item', () => {
    expect(plain('Try this:\n\n- change your password\n- check **payouts**\n\n1. one\n2. two')).toBe(
      'Try this:\n\n• change your password\n• check payouts\n\n1. one\n2. two',
    );
  });

  it('when the text carries escape sequences, then they are dropped and cannot drive the terminal', () => {
    expect(plain('hi \x1b]0;owned\x07there \x1b[2J**ok**')).toBe('hi ]0;ownedthere [2Jok');
  });

  it('when the text holds HTML or escaped stars, then they are shown as written', () => {
    expect(plain('a <b>tag</b> and \\*stars\\*')).toBe('a <b>tag</b> and *stars*');
  });

  it('when there is a heading, a quote and code, then each keeps a readable shape', () => {
    expect(plain('## Steps\n\n> quoted\n\n```\nnpm run chat\n```')).toBe(
      'Steps\n\n│ quoted\n\n    npm run chat',
    );
  });
});
