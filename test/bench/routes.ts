/** The bench server's own routes beside the app's: the echo floor, two steps above it, and the full bot unobserved. */
export const FLOOR_ROUTES = {
  echo: '/api/echo',
  echoState: '/api/echo-state',
  echoDialog: '/api/echo-dialog',
  /** The full bot without its per-turn log line, decision record and metrics: prices them. */
  quiet: '/api/messages-quiet',
} as const;
