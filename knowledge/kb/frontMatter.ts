/** Splits a Markdown file into YAML front matter and body. */
import { parse as parseYaml } from 'yaml';

export type SplitResult = { ok: true; data: unknown; body: string } | { ok: false; message: string };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses `---\n<yaml>\n---\n<markdown>`; a missing fence or bad YAML is reported, not thrown. */
export function splitFrontMatter(source: string): SplitResult {
  const m = FENCE.exec(source.replace(/^\uFEFF/, ''));
  if (!m)
    return { ok: false, message: 'missing front matter (the file must start with a --- fenced YAML block)' };
  try {
    return { ok: true, data: parseYaml(m[1]), body: m[2] };
  } catch (err) {
    return { ok: false, message: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
}
