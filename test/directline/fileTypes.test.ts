import { checkFileType, contentDisposition, safeFileName } from '../../adapters/directline/fileTypes';
import { FILES } from './files';

describe('checkFileType: the bytes decide, the declared type must agree', () => {
  test.each([
    ['png', FILES.png, 'image/png', 'image/png'],
    ['jpeg', FILES.jpeg, 'image/jpeg', 'image/jpeg'],
    ['jpeg declared image/jpg', FILES.jpeg, 'image/jpg', 'image/jpeg'],
    ['gif', FILES.gif, 'image/gif', 'image/gif'],
    ['webp', FILES.webp, 'image/webp', 'image/webp'],
    ['heic', FILES.heic, 'image/heic', 'image/heic'],
    ['heic declared image/heif', FILES.heic, 'image/heif', 'image/heic'],
    ['pdf', FILES.pdf, 'application/pdf', 'application/pdf'],
    ['png with no declared type', FILES.png, undefined, 'image/png'],
    [
      'pdf declared application/octet-stream (an unknown extension in Web Chat)',
      FILES.pdf,
      'application/octet-stream',
      'application/pdf',
    ],
    ['png declared in capitals', FILES.png, 'IMAGE/PNG', 'image/png'],
  ])('when a %s arrives, then it is accepted as %s', (_case, bytes, declared, expected) => {
    const got = checkFileType(bytes, declared);
    expect(got.ok && got.type.contentType).toBe(expected);
  });

  test.each([
    ['plain text', FILES.text, 'text/plain', 'unknown-content'],
    ['an SVG (scripts)', FILES.svg, 'image/svg+xml', 'unknown-content'],
    ['HTML named as a PNG', FILES.html, 'image/png', 'unknown-content'],
    ['an AVIF image', FILES.avif, 'image/avif', 'unknown-content'],
    ['a PNG declared as JPEG', FILES.png, 'image/jpeg', 'declared-mismatch'],
    ['a PDF declared as PNG', FILES.pdf, 'image/png', 'declared-mismatch'],
    ['a PNG declared as text/html', FILES.png, 'text/html', 'declared-mismatch'],
    ['nothing at all', Buffer.alloc(0), 'image/png', 'unknown-content'],
  ])('when %s arrives, then it is refused (%s)', (_case, bytes, declared, reason) => {
    const got = checkFileType(bytes, declared);
    expect(got.ok ? 'accepted' : got.reason).toBe(reason);
  });

  test('when the declared type disagrees, then the message names both', () => {
    const got = checkFileType(FILES.png, 'image/jpeg');
    expect(!got.ok && got.message).toBe('declared as image/jpeg but the content is image/png');
  });
});

describe('safeFileName', () => {
  test.each([
    ['C:\\fakepath\\receipt.pdf', 'receipt.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['label\u0000\u202e.png', 'label.png'],
    ['"quoted";name.png', 'quotedname.png'],
    ['  spaced   out .jpg ', 'spaced out .jpg'],
    ['...hidden.png', 'hidden.png'],
    ['colis abîmé.jpg', 'colis abîmé.jpg'],
    ['', 'attachment-1.png'],
    ['///', 'attachment-1.png'],
    [undefined, 'attachment-1.png'],
  ])('when the name is %j, then it is kept as %j', (raw, expected) => {
    expect(safeFileName(raw, 'attachment-1.png')).toBe(expected);
  });

  test('when the name is very long, then it is cut to 120 characters and keeps its extension', () => {
    const got = safeFileName(`${'x'.repeat(300)}.jpeg`, 'f');
    expect(got).toHaveLength(120);
    expect(got.endsWith('.jpeg')).toBe(true);
  });
});

test('contentDisposition: an ASCII fallback with no quotes or percent signs, and the UTF-8 name', () => {
  expect(contentDisposition('inline', 'colis abîmé 100%.jpg')).toBe(
    `inline; filename="colis ab_m_ 100_.jpg"; filename*=UTF-8''colis%20ab%C3%AEm%C3%A9%20100%25.jpg`,
  );
  expect(contentDisposition('attachment', "it's (1).pdf")).toBe(
    `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`,
  );
});
