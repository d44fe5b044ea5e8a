/** The three-question rule: (understanding, case facts, policy, now) → a decision with its reason. */
export { decide, readsAsSecurity } from './decide';
export type { DecideContext } from './context';
export type { Decision, DecisionKind } from './decision';
export { REASONS, isReason, type Reason } from './reasons';
export { CONFIDENCE, THRESHOLDS } from './thresholds';
export { toTriageView } from './view';
