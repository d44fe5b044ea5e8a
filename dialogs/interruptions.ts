/** Commands that work at any point of any flow. Pure, so the router and the base dialog agree. */
export type Interruption = 'help' | 'cancel' | 'start_over';

const PATTERNS: Array<[Interruption, RegExp]> = [
  ['help', /^(help|\?|what can you do\??|menu)$/],
  ['cancel', /^(cancel|stop|quit|exit|never ?mind|forget it)$/],
  ['start_over', /^(start over|restart|reset|start again|begin again)$/],
];

/** Recognises a bare command; a sentence that merely contains the word is not one. */
export function interruptionOf(text: string | undefined): Interruption | null {
  const t = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  for (const [kind, re] of PATTERNS) if (re.test(t)) return kind;
  return null;
}
