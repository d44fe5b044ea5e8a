/**
 * The numbered steps under the first "Do this now" heading of an article body, without Markdown
 * emphasis. The security intake quotes them, so the Help Center stays their one source.
 */
export function safetyStepsFrom(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#+\s*do this now/i.test(l.trim()));
  if (start < 0) return [];
  const steps: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#+\s/.test(line.trim())) break;
    const m = /^\s*\d+\.\s+(.*)$/.exec(line);
    if (m) steps.push(m[1].replace(/\*\*|__/g, '').trim());
    else if (steps.length && line.trim() && /^\s{2,}/.test(line))
      steps[steps.length - 1] += ` ${line.trim()}`;
  }
  return steps;
}
