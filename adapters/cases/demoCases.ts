import type { CaseFacts } from '../../knowledge/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `now` minus `n` calendar days. */
function daysAgo(now: Date, n: number): string {
  return new Date(now.getTime() - n * DAY_MS).toISOString();
}

/**
 * `now` minus `n` business days, skipping Saturdays and Sundays (UTC). Holidays are ignored on
 * purpose: every demo record sits several days away from its timeline's limit, so a holiday
 * cannot flip it between "wait" and "overdue".
 */
function businessDaysAgo(now: Date, n: number): string {
  const d = new Date(now.getTime());
  let left = n;
  while (left > 0) {
    d.setTime(d.getTime() - DAY_MS);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString();
}

/**
 * Demo orders and cases, ids `DEMO-…`, all marked `demo: true`, dated relative to `now` so each
 * keeps its meaning on any day. Processes are keys of policy.yaml's `timelines`.
 */
export function demoCases(now: Date): CaseFacts[] {
  const base = { demo: true } as const;
  return [
    {
      // Inside the 10-business-day dispute review: the answer is to wait.
      ...base,
      id: 'DEMO-1001',
      kind: 'case',
      process: 'dispute-review',
      status: 'under_review',
      closed: false,
      openedAt: businessDaysAgo(now, 3),
      lastUpdateAt: businessDaysAgo(now, 1),
      dispatchedByKx: false,
    },
    {
      // Seven weeks without an update: far past the review timeline, stalled.
      ...base,
      id: 'DEMO-1002',
      kind: 'case',
      process: 'dispute-review',
      status: 'under_review',
      closed: false,
      openedAt: daysAgo(now, 49),
      lastUpdateAt: daysAgo(now, 49),
      dispatchedByKx: false,
    },
    {
      // Shipped from a Kingston Express warehouse yesterday: in transit, inside 3 business days.
      ...base,
      id: 'DEMO-1003',
      kind: 'order',
      process: 'delivery-dispatched',
      status: 'in_transit',
      closed: false,
      openedAt: businessDaysAgo(now, 1),
      lastUpdateAt: businessDaysAgo(now, 1),
      dispatchedByKx: true,
    },
    {
      // Refund approved 12 business days ago against a 7-day timeline: overdue.
      ...base,
      id: 'DEMO-1004',
      kind: 'case',
      process: 'refund-processing',
      status: 'refund_processing',
      closed: false,
      openedAt: businessDaysAgo(now, 12),
      lastUpdateAt: businessDaysAgo(now, 12),
      dispatchedByKx: false,
    },
    {
      // Return delivered back 2 business days ago; inspection takes up to 5.
      ...base,
      id: 'DEMO-1005',
      kind: 'case',
      process: 'return-inspection',
      status: 'inspection_pending',
      closed: false,
      openedAt: businessDaysAgo(now, 2),
      lastUpdateAt: businessDaysAgo(now, 2),
      dispatchedByKx: false,
    },
    {
      // Bank review of a chargeback, 20 of 75 calendar days in.
      ...base,
      id: 'DEMO-1006',
      kind: 'case',
      process: 'chargeback-bank-review',
      status: 'bank_review',
      closed: false,
      openedAt: daysAgo(now, 20),
      lastUpdateAt: daysAgo(now, 20),
      dispatchedByKx: false,
    },
    {
      // Delivered last week: nothing is running any more.
      ...base,
      id: 'DEMO-1007',
      kind: 'order',
      process: null,
      status: 'delivered',
      closed: true,
      openedAt: daysAgo(now, 9),
      lastUpdateAt: daysAgo(now, 6),
      dispatchedByKx: false,
    },
  ];
}
