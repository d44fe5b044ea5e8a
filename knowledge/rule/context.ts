/** What the rule reads besides the message: policy, clock, retrieval, and the person's zone. */
import type { Policy } from '../kb/policySchema';
import type { SearchResult } from '../search/types';

export interface DecideContext {
  policy: Policy;
  now: Date;
  /** Retrieval over the Help Center for this message; absent when the caller has none. */
  search?: SearchResult;
  /** Article ids that exist; topics outside it are never answered. Absent: trust the cue data. */
  articleIds?: ReadonlySet<string>;
}
