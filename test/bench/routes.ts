/** The bench server's own routes beside the app's: the echo floor and two steps above it. */
export const FLOOR_ROUTES = {
  echo: '/api/echo',
  echoState: '/api/echo-state',
  echoDialog: '/api/echo-dialog',
} as const;
