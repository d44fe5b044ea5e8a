/**
 * The word-vector table on disk: a small binary file instead of JSON, so loading 50k vectors is one
 * read and no parse. Layout: "KXV1", u32 word count, u32 dimensions, u32 byte length of the
 * newline-joined words, the words (UTF-8), then count × dimensions int8 components of unit vectors
 * scaled by 127.
 */
import fs from 'node:fs';

const MAGIC = 'KXV1';

export interface VectorTable {
  dimensions: number;
  /** Word → row. */
  index: ReadonlyMap<string, number>;
  /** Row-major int8 components; row r starts at r × dimensions. */
  data: Int8Array;
}

export function writeVectorTable(
  file: string,
  words: string[],
  vectors: number[][],
  dimensions: number,
): void {
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, 'ascii');
  header.writeUInt32LE(words.length, 4);
  header.writeUInt32LE(dimensions, 8);
  header.writeUInt32LE(wordBytes.length, 12);
  const data = Buffer.alloc(words.length * dimensions);
  vectors.forEach((v, row) => {
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    for (let d = 0; d < dimensions; d++)
      data.writeInt8(Math.round((v[d] / norm) * 127), row * dimensions + d);
  });
  fs.writeFileSync(file, Buffer.concat([header, wordBytes, data]));
}

export function readVectorTable(file: string): VectorTable {
  return vectorTableFrom(fs.readFileSync(file), file);
}

/** Parses a table already in memory (the model loader hashes the same bytes for its cache key). */
export function vectorTableFrom(buf: Buffer, file: string): VectorTable {
  if (buf.toString('ascii', 0, 4) !== MAGIC) throw new Error(`${file}: not a word-vector table`);
  const count = buf.readUInt32LE(4);
  const dimensions = buf.readUInt32LE(8);
  const wordLength = buf.readUInt32LE(12);
  const words = buf.toString('utf8', 16, 16 + wordLength).split('\n');
  if (words.length !== count) throw new Error(`${file}: ${words.length} words, header says ${count}`);
  const start = 16 + wordLength;
  if (buf.length !== start + count * dimensions) throw new Error(`${file}: truncated`);
  const data = new Int8Array(buf.buffer, buf.byteOffset + start, count * dimensions);
  return { dimensions, index: new Map(words.map((w, i) => [w, i])), data };
}
