/**
 * How deep a request's JSON may nest. Activities and cards nest a handful of levels; JSON.parse
 * itself copes with far more, but serialising such a value again (storing it, streaming it)
 * overflows the stack, so depth is refused at the door with a 400 instead.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * True when `value` nests objects or arrays deeper than `max` levels (the top-level object is
 * level 1). Walks with its own stack, so the check cannot overflow on the input it refuses.
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** The 400 message for a body refused by {@link nestsDeeperThan}. */
export function tooDeepMessage(what: string, max: number = MAX_JSON_DEPTH): string {
  return `${what}: JSON nested deeper than ${max} levels`;
}
