/**
 * Transcript and summary text in the agent console, shown as Markdown (the bot writes
 * `**When:** …` and links) without trusting it: marked only splits the text into tokens, and
 * this file builds the nodes itself from a short list of elements, with every piece of text set
 * as text. No HTML string is ever parsed, so `<script>` or `<img onerror=…>` typed by a customer
 * shows as the characters they typed. Links go to http(s) and mailto only, open in a new tab
 * without a referrer (the agent's address and the ticket stay private), and a link whose words
 * do not show where it goes says its host. Pictures are never loaded: they become links too.
 *
 * `build(tag, attrs, children)` makes a node; `'#text'` makes a text node from `attrs`. The
 * browser passes `domBuilder(document)`; tests pass a builder of plain objects.
 */
(function (root) {
  'use strict';
  const SAFE_URL = /^(https?:\/\/|mailto:)/i;
  const LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer', referrerpolicy: 'no-referrer' };

  function hostOf(href) {
    const m = /^https?:\/\/([^/?#:]+)/i.exec(href);
    return m ? m[1].toLowerCase() : '';
  }

  /** A link, or the raw text when the URL is not one we open. */
  function link(href, children, raw, words, build) {
    if (!SAFE_URL.test(href || '')) return [build('#text', raw)];
    const host = hostOf(href);
    // "[your refund](https://elsewhere.example)" must not pass for one of our pages.
    const named = !host || (words || '').toLowerCase().includes(host);
    const a = build('a', Object.assign({ href: href }, LINK_ATTRS), children);
    return named ? [a] : [a, build('span', { class: 'host' }, [build('#text', ` (${host})`)])];
  }

  function inline(tokens, build) {
    return (tokens || []).flatMap((t) => {
      switch (t.type) {
        case 'strong':
          return [build('strong', {}, inline(t.tokens, build))];
        case 'em':
          return [build('em', {}, inline(t.tokens, build))];
        case 'del':
          return [build('del', {}, inline(t.tokens, build))];
        case 'codespan':
          return [build('code', {}, [build('#text', t.text)])];
        case 'br':
          return [build('br', {}, [])];
        case 'link':
          return link(t.href, inline(t.tokens, build), t.raw, t.text, build);
        case 'image':
          return link(t.href, [build('#text', `picture: ${t.text || t.href}`)], t.raw, '', build);
        case 'text':
          return t.tokens ? inline(t.tokens, build) : [build('#text', t.text)];
        case 'escape':
          return [build('#text', t.text)];
        default:
          // html and anything unknown: what was typed, as text.
          return [build('#text', t.raw || t.text || '')];
      }
    });
  }

  function blocks(tokens, build) {
    return (tokens || []).flatMap((t) => {
      switch (t.type) {
        case 'paragraph':
          return [build('p', {}, inline(t.tokens, build))];
        case 'heading':
          // Headings inside a chat line would shout; bold says the same.
          return [build('p', {}, [build('strong', {}, inline(t.tokens, build))])];
        case 'text':
          return t.tokens ? inline(t.tokens, build) : [build('#text', t.text)];
        case 'list':
          return [
            build(
              t.ordered ? 'ol' : 'ul',
              {},
              t.items.map((item) => build('li', {}, blocks(item.tokens, build))),
            ),
          ];
        case 'blockquote':
          return [build('blockquote', {}, blocks(t.tokens, build))];
        case 'code':
          return [build('pre', {}, [build('code', {}, [build('#text', t.text)])])];
        case 'hr':
          return [build('hr', {}, [])];
        case 'space':
        case 'def':
          return [];
        default:
          // html blocks, tables and anything unknown: what was typed, as text.
          return [build('p', {}, [build('#text', (t.raw || '').trim())])];
      }
    });
  }

  /** Nodes for `text` as Markdown: `lexer` is marked's, `build` makes the nodes. */
  function renderMarkdown(text, lexer, build) {
    return blocks(lexer(String(text || '')), build);
  }

  /** Nodes for one line of Markdown (a summary): inline formatting only, no paragraphs. */
  function renderInline(text, lexer, build) {
    return renderMarkdown(text, lexer, build).flatMap((n, i) => (build.unwrap ? build.unwrap(n, i) : [n]));
  }

  /** Builds real DOM nodes; attributes are only ever the ones this file sets. */
  function domBuilder(doc) {
    const build = (tag, attrs, children) => {
      if (tag === '#text') return doc.createTextNode(String(attrs));
      const node = doc.createElement(tag);
      for (const k of Object.keys(attrs)) node.setAttribute(k, attrs[k]);
      for (const c of children) node.append(c);
      return node;
    };
    // A summary is one line: a paragraph's children go in place of the paragraph.
    build.unwrap = (n, i) =>
      n.nodeName === 'P' ? [...(i > 0 ? [doc.createTextNode(' ')] : []), ...n.childNodes] : [n];
    return build;
  }

  const api = { renderMarkdown, renderInline, domBuilder };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else root.KxMarkdown = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
