import { boundaryOf, parseMultipart, parseParams } from '../../adapters/directline/multipart';
import { encodeForm, FILES, uploadForm } from './files';

const LIMITS = { maxParts: 4, maxHeaderBytes: 1024 };
const B = 'XyZ-boundary';
/** A body from lines joined with CRLF, as written by hand. */
const body = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

describe('multipart/form-data boundary (Content-Type)', () => {
  test.each([
    ['multipart/form-data; boundary=----WebKitFormBoundaryA1b2', '----WebKitFormBoundaryA1b2'],
    ['Multipart/Form-Data;boundary="quoted boundary"', 'quoted boundary'],
    ['multipart/form-data; charset=utf-8; boundary=abc', 'abc'],
  ])('when the header is %s, then the boundary is %s', (header, boundary) => {
    expect(boundaryOf(header)).toEqual({ ok: true, boundary });
  });

  test.each([
    [undefined, /expected multipart\/form-data/],
    ['application/json', /expected multipart\/form-data/],
    ['multipart/mixed; boundary=abc', /expected multipart\/form-data/],
    ['multipart/form-data', /without a boundary/],
    ['multipart/form-data; boundary=', /unreadable parameters/],
    [`multipart/form-data; boundary=${'a'.repeat(71)}`, /1–70 characters/],
    ['multipart/form-data; boundary="ends with space "', /1–70 characters/],
    ['multipart/form-data; boundary=a; boundary=b', /unreadable parameters/],
  ])('when the header is %s, then it is refused naming the problem', (header, message) => {
    const got = boundaryOf(header);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.message).toMatch(message);
  });
});

describe('parseMultipart', () => {
  test('when the body is what FormData (as DirectLineJS builds it) encodes, then the parts come back byte for byte', async () => {
    const form = uploadForm(
      [
        { bytes: FILES.png, name: 'damaged box.png', type: 'image/png' },
        { bytes: FILES.pdf, name: 'reçu;1.pdf', type: 'application/pdf' },
      ],
      { type: 'message', text: 'see attached' },
    );
    const { body: raw, contentType } = await encodeForm(form);
    const boundary = boundaryOf(contentType);
    if (!boundary.ok) throw new Error(boundary.message);
    const got = parseMultipart(raw, boundary.boundary, LIMITS);
    if (!got.ok) throw new Error(got.message);
    expect(got.parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['activity', 'blob', 'application/vnd.microsoft.activity'],
      ['file', 'damaged box.png', 'image/png'],
      ['file', 'reçu;1.pdf', 'application/pdf'],
    ]);
    expect(JSON.parse(got.parts[0].data.toString())).toEqual({ type: 'message', text: 'see attached' });
    expect(got.parts[1].data.equals(FILES.png)).toBe(true);
    expect(got.parts[2].data.equals(FILES.pdf)).toBe(true);
  });

  test('when file data contains CRLF and dashes that are not the boundary, then they stay part of the data', () => {
    const data = `line\r\n--${B.slice(0, -1)}\r\n--X\r\n`;
    const got = parseMultipart(
      body(
        `--${B}`,
        'Content-Disposition: form-data; name="file"; filename="a.txt"',
        '',
        data,
        `--${B}--`,
        '',
      ),
      B,
      LIMITS,
    );
    expect(got.ok && got.parts[0].data.toString()).toBe(data);
  });

  test('when a field has no filename, then it is a field; a quoted value may hold escaped quotes', () => {
    const got = parseMultipart(
      body(`--${B}`, 'content-disposition: form-data; name="say \\"hi\\""', '', 'hello', `--${B}--`),
      B,
      LIMITS,
    );
    expect(got).toEqual({
      ok: true,
      parts: [{ name: 'say "hi"', contentType: undefined, data: Buffer.from('hello') }],
    });
  });

  const malformed: Array<[string, Buffer, RegExp]> = [
    [
      'a preamble before the first boundary',
      body('preamble', `--${B}`, ''),
      /does not start with the boundary/,
    ],
    ['another boundary than the header says', body('--other', ''), /does not start with the boundary/],
    [
      'no close delimiter',
      body(`--${B}`, 'Content-Disposition: form-data; name="a"', '', 'x'),
      /no closing boundary/,
    ],
    ['headers that never end', body(`--${B}`, 'Content-Disposition: form-data; name="a"'), /headers missing/],
    [
      'no Content-Disposition',
      body(`--${B}`, 'Content-Type: text/plain', '', 'x', `--${B}--`),
      /no Content-Disposition/,
    ],
    ['a part with no headers at all', body(`--${B}`, '', 'x', `--${B}--`), /no Content-Disposition/],
    [
      'a disposition that is not form-data',
      body(`--${B}`, 'Content-Disposition: attachment; name="a"', '', 'x', `--${B}--`),
      /not form-data/,
    ],
    [
      'a part without a name',
      body(`--${B}`, 'Content-Disposition: form-data', '', 'x', `--${B}--`),
      /without a name/,
    ],
    [
      'an unterminated quoted parameter',
      body(`--${B}`, 'Content-Disposition: form-data; name="a', '', 'x', `--${B}--`),
      /unreadable Content-Disposition/,
    ],
    [
      'a folded header line',
      body(`--${B}`, 'Content-Disposition: form-data;', ' name="a"', '', 'x', `--${B}--`),
      /folded/,
    ],
    [
      'a header given twice',
      body(
        `--${B}`,
        'Content-Disposition: form-data; name="a"',
        'Content-Disposition: form-data; name="b"',
        '',
        'x',
        `--${B}--`,
      ),
      /given twice/,
    ],
    [
      'a header line without a colon',
      body(`--${B}`, 'Content-Disposition form-data', '', 'x', `--${B}--`),
      /unreadable header/,
    ],
    [
      'bytes after the closing boundary',
      body(`--${B}`, 'Content-Disposition: form-data; name="a"', '', 'x', `--${B}--`, 'trailing'),
      /after the closing boundary/,
    ],
    ['a boundary followed by junk', Buffer.from(`--${B}junk\r\n`), /not followed by CRLF/],
    [
      'a header block over the cap',
      body(`--${B}`, `Content-Disposition: form-data; name="${'a'.repeat(2000)}"`, '', 'x', `--${B}--`),
      /longer than 1024 bytes/,
    ],
  ];
  test.each(malformed)(
    'when the body has %s, then it is malformed, with the reason',
    (_case, raw, message) => {
      const got = parseMultipart(raw, B, LIMITS);
      expect(got).toEqual({ ok: false, reason: 'malformed', message: expect.stringMatching(message) });
    },
  );

  test('when there are more parts than the limit, then the parse stops with too-many-parts', () => {
    const part = ['Content-Disposition: form-data; name="f"; filename="a"', '', 'x', `--${B}`];
    const raw = body(
      `--${B}`,
      ...Array.from({ length: 5 }, () => part)
        .flat()
        .slice(0, -1),
      `--${B}--`,
    );
    expect(parseMultipart(raw, B, LIMITS)).toEqual({
      ok: false,
      reason: 'too-many-parts',
      message: 'body: more than 4 parts',
    });
    expect(parseMultipart(raw, B, { ...LIMITS, maxParts: 5 }).ok).toBe(true);
  });

  test('parameters: tokens and quoted strings, keys case-insensitive; junk or repeats refused', () => {
    expect(parseParams('; Name=a; filename="b c.png"')).toEqual(
      new Map([
        ['name', 'a'],
        ['filename', 'b c.png'],
      ]),
    );
    expect(parseParams('; name')).toBeUndefined();
    expect(parseParams('; name=a b')).toBeUndefined();
    expect(parseParams('; name=a; NAME=b')).toBeUndefined();
  });
});
