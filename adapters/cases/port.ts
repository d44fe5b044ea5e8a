import type { CaseFacts } from '../../knowledge/types';

/**
 * The marketplace's order and case records, looked up by the id a person gives. The bot uses the
 * record instead of asking (how old, which process, Dispatched by Kingston Express or not).
 */
export interface CaseLookup {
  /**
   * The record, or null when the marketplace has no such id. Rejects with a
   * {@link CaseLookupError} when the source cannot answer; callers fall back to asking.
   */
  find(id: string): Promise<CaseFacts | null>;
}

/** Why a lookup failed; logged and counted, never shown to the person. */
export type CaseLookupFailure = 'timeout' | 'network' | 'http-status' | 'invalid-json' | 'invalid-record';

/** The one error a {@link CaseLookup} rejects with. */
export class CaseLookupError extends Error {
  override readonly name = 'CaseLookupError';

  constructor(
    readonly reason: CaseLookupFailure,
    message: string,
    /** The offending field of the record (`invalid-record`), e.g. "openedAt". */
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Normalises what a person typed ("  demo-1001 ") to the id form we store and send. */
export function normaliseCaseId(id: string): string {
  return id.trim().toUpperCase();
}
