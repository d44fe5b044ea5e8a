/** Plain-text tables for the benchmark's report. */

export type Cell = string | number | null | undefined;

function show(c: Cell): string {
  if (c === null || c === undefined) return '—';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '—';
  return c;
}

/** Renders a titled table with left-aligned first column and right-aligned others. */
export function renderTable(title: string, header: string[], rows: Cell[][]): string {
  const bad = rows.find((r) => r.length !== header.length);
  if (bad) throw new Error(`table "${title}": a row has ${bad.length} cells for ${header.length} columns`);
  const cells = [header, ...rows.map((r) => r.map(show))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n${title}`, line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** PASS / FAIL against a bar, or a dash when there is no bar or no number. */
export function bar(ok: boolean | null): string {
  return ok === null ? '—' : ok ? 'PASS' : 'FAIL';
}
