/**
 * Files for the upload tests, made here: a real PNG (a browser can show it), and the first bytes
 * of the other allowed types (enough for sniffing), plus things we refuse.
 */
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid RGB PNG of one colour. */
export function pngImage(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const padded = (head: Buffer, size = 64) =>
  Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)]);

export const FILES = {
  png: pngImage(4, 3, [200, 40, 40]),
  jpeg: padded(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])),
  gif: padded(Buffer.from('GIF89a', 'latin1')),
  webp: padded(Buffer.concat([Buffer.from('RIFF'), Buffer.from([56, 0, 0, 0]), Buffer.from('WEBPVP8 ')])),
  heic: padded(
    Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0])]),
  ),
  pdf: padded(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')),
  text: Buffer.from('my order never arrived\n'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  html: Buffer.from('<!doctype html><script>alert(1)</script>'),
  avif: padded(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypavif')])),
};

export interface UploadFile {
  bytes: Buffer;
  name: string;
  type?: string;
}

/** An upload body as DirectLineJS builds it: an optional `activity` part, then one `file` part per file. */
export function uploadForm(files: UploadFile[], activity?: Record<string, unknown>): FormData {
  const form = new FormData();
  if (activity)
    form.append(
      'activity',
      new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }),
    );
  for (const f of files) form.append('file', new Blob([f.bytes], { type: f.type ?? '' }), f.name);
  return form;
}

/** A FormData body as bytes plus its Content-Type (with the boundary), as a browser would send it. */
export async function encodeForm(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type') ?? '' };
}
