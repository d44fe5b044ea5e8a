/** Dialog ids, one place, so flows can start each other without importing each other. */
export const DIALOG = {
  main: 'main',
  walkthrough: 'walkthrough',
  caseCheck: 'caseCheck',
  intake: 'intake',
} as const;
