/** A data file copied to a temporary folder with one edit, for tests of what its loader names. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Path of a copy of `file`, under its own name, with `edit` applied to its text. */
export function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edited-'));
  const copy = path.join(dir, path.basename(file));
  fs.writeFileSync(copy, edit(fs.readFileSync(file, 'utf8')));
  return copy;
}
