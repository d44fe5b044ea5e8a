/** Errors of the knowledge layer: every problem names the file and, where known, the field. */

/** One problem found while loading policy or articles. */
export interface KnowledgeIssue {
  /** File as shown to people (relative to the repository when inside it). */
  file: string;
  /** Dotted field path or placeholder, when the problem is about one. */
  field?: string;
  /** How the field is named in the message, when not just its path (e.g. `front matter field "audience"`). */
  fieldLabel?: string;
  message: string;
}

/** Formats an issue as one line: `file: field: message`. */
export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.fieldLabel ?? issue.field;
  return where ? `${issue.file}: ${where}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/**
 * Thrown when policy or articles are invalid. Loading collects every problem before throwing,
 * so a support lead fixes them in one pass; `file` and `field` describe the first one.
 */
export class KnowledgeError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly issues: readonly KnowledgeIssue[];

  constructor(issues: readonly KnowledgeIssue[]) {
    const first = issues[0] ?? { file: 'knowledge', message: 'unknown error' };
    const message =
      issues.length <= 1
        ? formatIssue(first)
        : `${issues.length} knowledge base errors:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`;
    super(message);
    this.name = 'KnowledgeError';
    this.file = first.file;
    this.field = first.field;
    this.issues = issues;
  }
}
