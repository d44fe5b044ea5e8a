/** Reads a yes or a no from a button press or free text; null when it is neither. */
export function yesNo(text: string | undefined): boolean | null {
  const t = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (
    /^(y|yes|yeah|yep|yup|sure|correct|it did|it does|that helped|helpful|ok(ay)?,? thanks?|thanks?|thank you|right)\b/.test(
      t,
    )
  )
    return true;
  if (/^(n|no|nope|nah|not really|it didn'?t|not helpful|wrong)\b/.test(t)) return false;
  return null;
}

/**
 * A deliberate "yes, send it" for a confirmation that opens a ticket: stricter than {@link yesNo},
 * so a stray "thanks" or "that helped" never files a request.
 */
export function confirmed(text: string | undefined): boolean {
  const t = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return /^(y|yes|yeah|yep|yup|sure|ok|okay|correct|please|yes please|send it|please send it|go ahead|do it)$/.test(
    t,
  );
}
