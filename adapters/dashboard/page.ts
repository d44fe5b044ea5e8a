/**
 * Serves the dashboard's static files and Chart.js, from the bot itself (no CDN): the page's CSP
 * allows scripts from this origin only. Chart.js comes from the npm package (chart.js/dist).
 */
import path from 'node:path';
import type { Server } from 'restify';
import { mountStaticPages, publicDir } from '../http/staticPages';

const CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

/** The folder of Chart.js's browser build, found through the package's own entry point. */
export function chartJsDir(): string {
  return path.dirname(require.resolve('chart.js'));
}

/** Mounts the page routes. The files hold no data: the page asks the API, which checks the session. */
export function mountDashboardPage(server: Server): void {
  mountStaticPages(server, {
    dir: publicDir(__dirname, 'dashboard', 'dashboard.html'),
    // Under /agent, so the agent session cookie (Path=/agent) reaches the page's API calls.
    files: {
      '/agent/dashboard': 'dashboard.html',
      '/agent/dashboard/': 'dashboard.html',
      '/agent/dashboard.js': 'dashboard.js',
      '/agent/dashboard.css': 'dashboard.css',
    },
    csp: CSP,
  });
  mountStaticPages(server, {
    dir: chartJsDir(),
    files: { '/agent/vendor/chart.umd.min.js': 'chart.umd.min.js' },
    csp: CSP,
  });
}
