/**
 * The bot's Markdown as a terminal shows it (`npm run chat`): bold as bold (or plain words when
 * colour is off), a link as its words and its URL, lists as bullets. Pure: text in, text out.
 */
import type { Token, Tokens } from 'marked';
import { markdownTokens } from '../../knowledge/kb/markdown';

export interface TerminalStyle {
  /** ANSI bold and italics; off when the output is not a terminal or NO_COLOR is set. */
  color: boolean;
}

const BOLD = ['\x1b[1m', '\x1b[22m'] as const;
const ITALIC = ['\x1b[3m', '\x1b[23m'] as const;

/*
 * Escape and other control characters in the text itself would move the cursor, recolour or
 * retitle the terminal; a message echoing what someone typed must not. Tabs and newlines stay.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `text` without the control characters a terminal would obey (plain text goes through this too). */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}

/** `markdown` rendered for a terminal, paragraphs separated by a blank line, no trailing newline. */
export function renderForTerminal(markdown: string, style: TerminalStyle): string {
  return blocks(markdownTokens(terminalSafe(markdown)), style, '').join('\n\n');
}

function blocks(tokens: Token[], style: TerminalStyle, indent: string): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const text = block(t as Tokens.Generic, style, indent);
    if (text !== null) out.push(text);
  }
  return out;
}

function block(t: Tokens.Generic, style: TerminalStyle, indent: string): string | null {
  switch (t.type) {
    case 'paragraph':
    case 'text':
      return indent + inline(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text }], style);
    case 'heading':
      return indent + wrap(inline(t.tokens ?? [], style), BOLD, style);
    case 'list': {
      const list = t as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, i) => {
          const bullet = list.ordered ? `${start + i}. ` : '• ';
          // The item's first line follows the bullet; what it holds below is indented under it.
          const [first = '', ...rest] = blocks(item.tokens, style, '').join('\n').split('\n');
          const pad = ' '.repeat(bullet.length);
          return [`${indent}${bullet}${first}`, ...rest.map((l) => (l ? `${indent}${pad}${l}` : l))].join(
            '\n',
          );
        })
        .join('\n');
    }
    case 'blockquote':
      return blocks(t.tokens ?? [], style, '')
        .join('\n\n')
        .split('\n')
        .map((l) => `${indent}│ ${l}`)
        .join('\n');
    case 'code':
      return String(t.text)
        .split('\n')
        .map((l) => `${indent}    ${l}`)
        .join('\n');
    case 'hr':
      return `${indent}────────`;
    case 'space':
    case 'def':
      return null;
    default:
      // HTML and tables: what was written, as text.
      return indent + String(t.raw).trim();
  }
}

function inline(tokens: Token[], style: TerminalStyle): string {
  return tokens.map((t) => span(t as Tokens.Generic, style)).join('');
}

function span(t: Tokens.Generic, style: TerminalStyle): string {
  switch (t.type) {
    case 'strong':
      return wrap(inline(t.tokens ?? [], style), BOLD, style);
    case 'em':
      return wrap(inline(t.tokens ?? [], style), ITALIC, style);
    case 'codespan':
      return String(t.text);
    case 'br':
      return '\n';
    case 'link': {
      const words = inline(t.tokens ?? [], style);
      // A bare URL is its own words; otherwise both, since a terminal cannot hide a link.
      return words === t.href ? String(t.href) : `${words} (${t.href})`;
    }
    case 'image':
      return `${t.text || 'picture'} (${t.href})`;
    case 'text':
      return t.tokens ? inline(t.tokens, style) : String(t.text);
    case 'escape':
      return String(t.text);
    default:
      // Inline HTML and anything else: what was written.
      return String(t.raw);
  }
}

/** Bold or italics as ANSI codes; without colour the words stay as they are. */
function wrap(text: string, [open, close]: readonly [string, string], style: TerminalStyle): string {
  return style.color ? `${open}${text}${close}` : text;
}
