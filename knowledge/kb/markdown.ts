/** Markdown to HTML through `marked`, loaded so that both Node and jest can run it. */
import path from 'node:path';
import type { Token } from 'marked';

type MarkedModule = typeof import('marked');

/*
 * marked ships ESM as its package entry. Node 20 loads it with require(); jest's module runtime
 * cannot, and there only the UMD file (hidden by the "exports" map, loaded by absolute path)
 * works, while in plain Node that UMD file exports nothing. Try the entry first.
 */
function loadMarked(): MarkedModule {
  try {
    const entry = require('marked') as MarkedModule;
    if (typeof entry.Marked === 'function') return entry;
  } catch {
    // jest: ESM cannot be required; fall through to the UMD build.
  }
  const dir = path.dirname(require.resolve('marked/package.json'));
  return require(path.join(dir, 'lib', 'marked.umd.js')) as MarkedModule;
}

const { Marked } = loadMarked();

/*
 * Articles are our own content, but raw HTML in them is still escaped: the page must never
 * carry markup that was not written as Markdown.
 */
const instance = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

/**
 * marked's tokens for `markdown` (GitHub-flavoured, as the browser build's default), for
 * renderers of our own that never go through HTML: the terminal chat's, and the agent console's
 * tests (the console runs the same tokeniser in the page).
 */
export function markdownTokens(markdown: string): Token[] {
  return instance.lexer(markdown);
}

/** Renders trusted Markdown to HTML; raw HTML in the source is shown as text. */
export function markdownToHtml(markdown: string): string {
  return instance.parse(markdown, { async: false });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
