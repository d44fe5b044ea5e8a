/**
 * Trained weights kept on disk, keyed by a hash of everything that shapes them (the examples,
 * the options, the feature layout and the word vectors), so a restart with unchanged data reads
 * the model in milliseconds instead of training it again. Training is deterministic, so a cached
 * model is exactly the one training would give. A cache that cannot be read or written is skipped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HASH_BITS } from './features';
import { softmaxFromWeights, type SoftmaxModel } from './softmax';

/** Bump when the features or the training change in a way the options do not show. */
const LAYOUT_VERSION = 2;

/** `vectors`: the word-vector table's bytes, or null without vectors. */
export function cacheKey(parts: readonly unknown[], vectors: Buffer | null): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([LAYOUT_VERSION, HASH_BITS, parts]));
  if (vectors) h.update(vectors);
  return h.digest('hex').slice(0, 32);
}

export function readCachedSoftmax(dir: string, key: string): SoftmaxModel | null {
  try {
    const buf = fs.readFileSync(path.join(dir, `${key}.bin`));
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + headerLength)) as {
      classes: string[];
      w: number;
      v: number;
      b: number;
    };
    let at = 4 + headerLength;
    const copy = (bytes: number) => {
      const out = new Uint8Array(bytes);
      out.set(buf.subarray(at, at + bytes));
      at += bytes;
      return out.buffer;
    };
    const W = new Float32Array(copy(header.w * 4));
    const V = new Float32Array(copy(header.v * 4));
    const b = new Float64Array(copy(header.b * 8));
    if (at !== buf.length) return null;
    return softmaxFromWeights(header.classes, { W, V, b });
  } catch {
    return null;
  }
}

export function writeCachedSoftmax(dir: string, key: string, model: SoftmaxModel): void {
  try {
    const { W, V, b } = model.weights;
    const header = Buffer.from(
      JSON.stringify({ classes: model.classes, w: W.length, v: V.length, b: b.length }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    fs.mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const tmp = path.join(dir, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(
      tmp,
      Buffer.concat([
        length,
        header,
        Buffer.from(W.buffer, W.byteOffset, W.byteLength),
        Buffer.from(V.buffer, V.byteOffset, V.byteLength),
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      ]),
    );
    fs.renameSync(tmp, path.join(dir, `${key}.bin`));
  } catch {
    // A read-only tree still works: the next start trains again.
  }
}
