/**
 * The console's Markdown renderer (adapters/agents/public/markdown.js), outside the browser: the
 * file runs as it does in the page, with marked's tokens, building plain objects instead of DOM
 * nodes, printed back as HTML to read the structure. The browser test checks the real DOM.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { markdownTokens } from '../../knowledge/kb/markdown';

interface Built {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Built | string>;
}
type Build = ((tag: string, attrs: unknown, children: Array<Built | string>) => Built | string) & {
  unwrap?: (n: Built | string, i: number) => Array<Built | string>;
};
interface KxMarkdown {
  renderMarkdown(text: string, lexer: typeof markdownTokens, build: Build): Array<Built | string>;
  renderInline(text: string, lexer: typeof markdownTokens, build: Build): Array<Built | string>;
}

/** Loads the file the way the page does: a script that sets a global. */
function loadRenderer(): KxMarkdown {
  const file = path.join(__dirname, '..', '..', 'adapters', 'agents', 'public', 'markdown.js');
  const sandbox: { KxMarkdown?: KxMarkdown } = {};
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file });
  if (!sandbox.KxMarkdown) throw new Error('markdown.js set no KxMarkdown global');
  return sandbox.KxMarkdown;
}

const build: Build = (tag, attrs, children) =>
  tag === '#text' ? String(attrs) : { tag, attrs: attrs as Record<string, string>, children };
build.unwrap = (n, i) =>
  typeof n !== 'string' && n.tag === 'p' ? [...(i > 0 ? [' '] : []), ...n.children] : [n];

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (nodes: Array<Built | string>): string =>
  nodes
    .map((n) =>
      typeof n === 'string'
        ? escape(n)
        : `<${n.tag}${Object.entries(n.attrs)
            .map(([k, v]) => ` ${k}="${escape(v)}"`)
            .join('')}>${html(n.children)}</${n.tag}>`,
    )
    .join('');

const md = loadRenderer();
const render = (text: string) => html(md.renderMarkdown(text, markdownTokens, build));
const LINK = 'target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"';

describe('the agent console Markdown renderer', () => {
  it('when the bot writes an intake summary, then the labels are bold and each line a paragraph', () => {
    expect(render('**Team:** Disputes\n\n**When:** about 3 weeks ago')).toBe(
      '<p><strong>Team:</strong> Disputes</p><p><strong>When:</strong> about 3 weeks ago</p>',
    );
  });

  it('when a message holds a Markdown link or a bare URL, then both are links that open without a referrer', () => {
    expect(render('See [Refunds](https://kx.example/help/refunds) or https://kx.example/help')).toBe(
      `<p>See <a href="https://kx.example/help/refunds" ${LINK}>Refunds</a><span class="host"> (kx.example)</span> or <a href="https://kx.example/help" ${LINK}>https://kx.example/help</a></p>`,
    );
  });

  it('when a customer types HTML, then it stays text: no element, no attribute comes from it', () => {
    const out = render('<img src=x onerror="alert(1)"> <script>alert(2)</script> **ok**');

    expect(out).toBe(
      '<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;script&gt;alert(2)&lt;/script&gt; <strong>ok</strong></p>',
    );
  });

  it('when an HTML block stands alone, then it is one paragraph of text', () => {
    expect(render('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('when a link goes to javascript: or data:, then it is shown as the text typed, not a link', () => {
    expect(render('[click](javascript:alert(1)) [x](data:text/html,hi)')).toBe(
      '<p>[click](javascript:alert(1)) [x](data:text/html,hi)</p>',
    );
  });

  it("when a link's words do not name where it goes, then its host is said after it", () => {
    expect(render('[your refund](https://evil.example/r)')).toBe(
      `<p><a href="https://evil.example/r" ${LINK}>your refund</a><span class="host"> (evil.example)</span></p>`,
    );
  });

  it('when a message holds a picture, then it becomes a link, never an image to load', () => {
    expect(render('![label](https://tracker.example/p.png)')).toBe(
      `<p><a href="https://tracker.example/p.png" ${LINK}>picture: label</a><span class="host"> (tracker.example)</span></p>`,
    );
  });

  it('when a message holds a list, emphasis and code, then they keep their shape', () => {
    expect(render('- *one*\n- `two<3>`')).toBe(
      '<ul><li><em>one</em></li><li><code>two&lt;3&gt;</code></li></ul>',
    );
  });

  it('when a summary is rendered on one line, then paragraphs melt into the line', () => {
    const line = html(md.renderInline('Disputes: **charged twice**', markdownTokens, build));

    expect(line).toBe('Disputes: <strong>charged twice</strong>');
  });
});
