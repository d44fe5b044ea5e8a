/** Phrase lists a support lead edits (lower-case words, single spaces) as one whole-word pattern. */
export const anyPhraseOf = (phrases: readonly string[], flags = ''): RegExp =>
  new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, flags);
