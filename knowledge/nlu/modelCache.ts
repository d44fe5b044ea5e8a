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
import { softmaxFromWeights, type SoftmaxModel, type SoftmaxWeights } from './softmax';

/** Bump when the features or the training change in a way the options do not show. */
const LAYOUT_VERSION = 3;

/** `vectors`: the word-vector table's bytes, or null without vectors. */
export function cacheKey(parts: readonly unknown[], vectors: Buffer | null): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([LAYOUT_VERSION, HASH_BITS, parts]));
  if (vectors) h.update(vectors);
  return h.digest('hex').slice(0, 32);
}

/** The weight arrays in file order; the hidden part's only when the model has one. */
const PARTS = ['W', 'V', 'b', 'E', 'F', 'c', 'U'] as const;
type Part = (typeof PARTS)[number];
const DOUBLE: ReadonlySet<Part> = new Set(['b']);

export function readCachedSoftmax(dir: string, key: string): SoftmaxModel | null {
  try {
    const buf = fs.readFileSync(path.join(dir, `${key}.bin`));
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + headerLength)) as {
      classes: string[];
      lengths: Partial<Record<Part, number>>;
    };
    let at = 4 + headerLength;
    const arrays: Partial<Record<Part, Float32Array | Float64Array>> = {};
    for (const part of PARTS) {
      const n = header.lengths[part];
      if (n === undefined) continue;
      const bytes = n * (DOUBLE.has(part) ? 8 : 4);
      const out = new Uint8Array(bytes);
      out.set(buf.subarray(at, at + bytes));
      at += bytes;
      arrays[part] = DOUBLE.has(part) ? new Float64Array(out.buffer) : new Float32Array(out.buffer);
    }
    if (at !== buf.length || !arrays.W || !arrays.V || !arrays.b) return null;
    return softmaxFromWeights(header.classes, arrays as SoftmaxWeights);
  } catch {
    return null;
  }
}

export function writeCachedSoftmax(dir: string, key: string, model: SoftmaxModel): void {
  try {
    const present = PARTS.filter((p) => model.weights[p] !== undefined);
    const lengths = Object.fromEntries(present.map((p) => [p, model.weights[p]!.length]));
    const header = Buffer.from(JSON.stringify({ classes: model.classes, lengths }));
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
        ...present.map((p) => {
          const a = model.weights[p]!;
          return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
        }),
      ]),
    );
    fs.renameSync(tmp, path.join(dir, `${key}.bin`));
  } catch {
    // A read-only tree still works: the next start trains again.
  }
}
