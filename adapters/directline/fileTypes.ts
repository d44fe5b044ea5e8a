/**
 * The files a customer may send from the widget (a damaged item, a label, a receipt), as data:
 * each type is recognised by its first bytes, and the type the client declares must agree.
 * Nothing that a browser would run (HTML, SVG, scripts) is on the list.
 */

export interface FileType {
  /** The content type we store and serve. */
  contentType: string;
  /** Declared types that mean the same thing. */
  aliases: readonly string[];
  /** Extension used when the file arrives without a usable name. */
  extension: string;
  /** Served `inline` (shown in the page) or as an `attachment` (downloaded). */
  disposition: 'inline' | 'attachment';
  /** Whether `bytes` starts like this type. */
  matches(bytes: Buffer): boolean;
}

const at = (bytes: Buffer, offset: number, ascii: string) =>
  bytes.length >= offset + ascii.length && bytes.toString('latin1', offset, offset + ascii.length) === ascii;

/** ISO-BMFF brands of HEIC/HEIF still images (not AVIF's `avif`, not video). */
const HEIF_BRANDS = ['heic', 'heix', 'heim', 'heis', 'mif1'];

export const FILE_TYPES: readonly FileType[] = [
  {
    contentType: 'image/jpeg',
    aliases: ['image/jpg', 'image/pjpeg'],
    extension: 'jpg',
    disposition: 'inline',
    matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    contentType: 'image/png',
    aliases: ['image/x-png'],
    extension: 'png',
    disposition: 'inline',
    matches: (b) => at(b, 0, '\x89PNG\r\n\x1a\n'),
  },
  {
    contentType: 'image/gif',
    aliases: [],
    extension: 'gif',
    disposition: 'inline',
    matches: (b) => at(b, 0, 'GIF87a') || at(b, 0, 'GIF89a'),
  },
  {
    contentType: 'image/webp',
    aliases: [],
    extension: 'webp',
    disposition: 'inline',
    matches: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WEBP'),
  },
  {
    // Phones' default photo format; browsers other than Safari cannot show it, so it downloads.
    contentType: 'image/heic',
    aliases: ['image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    extension: 'heic',
    disposition: 'attachment',
    matches: (b) => at(b, 4, 'ftyp') && HEIF_BRANDS.some((brand) => at(b, 8, brand)),
  },
  {
    // PDF viewers run scripts: downloaded, never shown in the bot's origin.
    contentType: 'application/pdf',
    aliases: ['application/x-pdf'],
    extension: 'pdf',
    disposition: 'attachment',
    matches: (b) => at(b, 0, '%PDF-'),
  },
];

/** Declared types that say nothing (Web Chat sends this for an unknown extension). */
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** What the allowed list is, for error messages. */
export const ALLOWED_TYPES_TEXT = 'JPEG, PNG, GIF, WebP, HEIC or PDF';

export type FileCheck =
  | { ok: true; type: FileType }
  | { ok: false; reason: 'unknown-content' | 'declared-mismatch'; message: string };

/**
 * The type of a file from its bytes, checked against the declared type: an undeclared type is
 * taken from the bytes; a declared one must name the same type.
 */
export function checkFileType(bytes: Buffer, declared: string | undefined): FileCheck {
  const type = FILE_TYPES.find((t) => t.matches(bytes));
  if (!type)
    return {
      ok: false,
      reason: 'unknown-content',
      message: `the content is not ${ALLOWED_TYPES_TEXT}`,
    };
  const said = (declared ?? '').trim().toLowerCase();
  if (!UNDECLARED.has(said) && said !== type.contentType && !type.aliases.includes(said))
    return {
      ok: false,
      reason: 'declared-mismatch',
      message: `declared as ${said.slice(0, 80)} but the content is ${type.contentType}`,
    };
  return { ok: true, type };
}

/** Longest file name we keep (characters). */
const MAX_NAME = 120;

/**
 * A file name safe to store, show and put in Content-Disposition: the last path segment, no
 * control or quoting characters, at most MAX_NAME characters; `fallback` when nothing is left.
 */
export function safeFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"*<>?|:;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return fallback;
  if ([...cleaned].length <= MAX_NAME) return cleaned;
  // Keep the extension when shortening.
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return [...cleaned].slice(0, MAX_NAME - ext.length).join('') + ext;
}

/** `Content-Disposition` for a stored name: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
