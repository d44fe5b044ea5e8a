/** Markdown to HTML through `marked`, loaded so that both Node and jest can run it. */
import path from 'node:path';

type MarkedModule = typeof import('marked');

/*
 * marked ships ESM as its package entry; jest on Node 20 cannot `require` ESM, and the package's
 * "exports" map hides the UMD build. Loading the UMD file by absolute path works everywhere.
 */
function loadMarked(): MarkedModule {
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
