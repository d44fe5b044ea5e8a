/**
 * A small, strict multipart/form-data parser (RFC 7578) for the one body we accept: the Direct
 * Line upload, already read into memory under a byte cap. No dependency: restify's multipart
 * parser is formidable 1.x, which streams files to a temporary folder. Anything this parser does
 * not understand is refused with a reason, never guessed at.
 */

/** One part of the body. `filename` is present when the part is a file (even an empty name). */
export interface MultipartPart {
  name: string;
  filename?: string;
  /** The part's Content-Type, lower-cased, parameters dropped; undefined when not sent. */
  contentType?: string;
  data: Buffer;
}

export interface MultipartLimits {
  /** Parts at most; one more stops the parse with `too-many-parts`. */
  maxParts: number;
  /** Bytes of one part's header block. */
  maxHeaderBytes: number;
}

/** Why a body was refused; `too-many-parts` is a size problem (413), the others are malformed (400). */
export type MultipartResult =
  | { ok: true; parts: MultipartPart[] }
  | { ok: false; reason: 'malformed' | 'too-many-parts'; message: string };

const CRLF = Buffer.from('\r\n');
/** RFC 2046 §5.1.1: 1–70 characters from a fixed set, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/**
 * The boundary of a `multipart/form-data` Content-Type header, or why there is none.
 * Accepts the quoted and the token form (`boundary="a b"`, `boundary=----WebKitFormBoundaryX`).
 */
export function boundaryOf(
  contentType: string | undefined,
): { ok: true; boundary: string } | { ok: false; reason: 'not-multipart' | 'bad-boundary'; message: string } {
  const [type, ...rest] = (contentType ?? '').split(';');
  if (type.trim().toLowerCase() !== 'multipart/form-data')
    return { ok: false, reason: 'not-multipart', message: 'Content-Type: expected multipart/form-data' };
  const params = parseParams(rest.join(';'));
  const bad = (message: string) => ({ ok: false as const, reason: 'bad-boundary' as const, message });
  if (!params) return bad('Content-Type: unreadable parameters');
  const boundary = params.get('boundary');
  if (boundary === undefined) return bad('Content-Type: multipart/form-data without a boundary');
  if (!BOUNDARY.test(boundary)) return bad('Content-Type: the boundary must be 1–70 characters of RFC 2046');
  return { ok: true, boundary };
}

/**
 * Splits `body` into its parts. The body must start with the first delimiter (no preamble),
 * every part must have a `Content-Disposition: form-data; name=…` header, and the body must end
 * with the close delimiter (optionally followed by one CRLF).
 */
export function parseMultipart(body: Buffer, boundary: string, limits: MultipartLimits): MultipartResult {
  const bad = (message: string): MultipartResult => ({ ok: false, reason: 'malformed', message });
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  if (!startsWith(body, delimiter, 0)) return bad('body: does not start with the boundary');
  const parts: MultipartPart[] = [];
  let pos = delimiter.length;
  for (;;) {
    if (startsWith(body, Buffer.from('--'), pos)) {
      const rest = body.subarray(pos + 2);
      if (rest.length === 0 || rest.equals(CRLF)) return { ok: true, parts };
      return bad('body: unexpected bytes after the closing boundary');
    }
    if (!startsWith(body, CRLF, pos)) return bad(`part ${parts.length + 1}: boundary not followed by CRLF`);
    if (parts.length === limits.maxParts)
      return { ok: false, reason: 'too-many-parts', message: `body: more than ${limits.maxParts} parts` };
    const headerStart = pos + 2;
    // A part may have no header lines at all; then the blank line follows at once.
    const headerEnd = startsWith(body, CRLF, headerStart)
      ? headerStart - 2
      : body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0 || headerEnd - headerStart > limits.maxHeaderBytes)
      return bad(
        `part ${parts.length + 1}: headers missing, unterminated or longer than ${limits.maxHeaderBytes} bytes`,
      );
    const headers = parseHeaders(
      body.subarray(headerStart, Math.max(headerStart, headerEnd)).toString('utf8'),
    );
    if (typeof headers === 'string') return bad(`part ${parts.length + 1}: ${headers}`);
    const dataStart = headerEnd + 4;
    const dataEnd = body.indexOf(next, dataStart);
    if (dataEnd < 0) return bad(`part ${parts.length + 1}: no closing boundary`);
    const part = describePart(headers, body.subarray(dataStart, dataEnd));
    if (typeof part === 'string') return bad(`part ${parts.length + 1}: ${part}`);
    parts.push(part);
    pos = dataEnd + next.length;
  }
}

function startsWith(body: Buffer, prefix: Buffer, at: number): boolean {
  return (
    body.length >= at + prefix.length && body.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0
  );
}

/** Header lines into a map of lower-cased names; a string is the reason they were refused. */
function parseHeaders(block: string): Map<string, string> | string {
  const headers = new Map<string, string>();
  if (block === '') return headers;
  for (const line of block.split('\r\n')) {
    // Folded lines (obsolete) and bare CR or LF have no place in form-data.
    if (/^[ \t]/.test(line) || /[\r\n]/.test(line)) return 'folded or broken header line';
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) return `unreadable header line "${line.slice(0, 40)}"`;
    const name = m[1].toLowerCase();
    if (headers.has(name)) return `header ${m[1]} given twice`;
    headers.set(name, m[2]);
  }
  return headers;
}

function describePart(headers: Map<string, string>, data: Buffer): MultipartPart | string {
  const disposition = headers.get('content-disposition');
  if (disposition === undefined) return 'no Content-Disposition header';
  const [kind, ...rest] = disposition.split(';');
  if (kind.trim().toLowerCase() !== 'form-data') return 'Content-Disposition is not form-data';
  const params = parseParams(rest.join(';'));
  if (!params) return 'unreadable Content-Disposition parameters';
  const name = params.get('name');
  if (name === undefined || name === '') return 'Content-Disposition without a name';
  const type = headers.get('content-type');
  const contentType = type === undefined ? undefined : type.split(';')[0].trim().toLowerCase();
  const filename = params.get('filename');
  return filename === undefined ? { name, contentType, data } : { name, filename, contentType, data };
}

/**
 * `; key=value; key="quoted \"value\""` into a map of lower-cased keys, or undefined when the
 * text does not follow that grammar or repeats a key.
 */
export function parseParams(text: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  const re = /\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\\r\n]|\\[^\r\n])*)"|([^;\s"]+))\s*(?:;|$)/y;
  let at = 0;
  const trimmed = text.replace(/^\s*;?/, '').trimEnd();
  while (at < trimmed.length) {
    re.lastIndex = at;
    const m = re.exec(trimmed);
    if (!m) return undefined;
    const key = m[1].toLowerCase();
    if (params.has(key)) return undefined;
    params.set(key, m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
    at = re.lastIndex;
  }
  return params;
}
