/** Serves the insights page's static files (HTML, JS, CSS) from adapters/insights/public. */
import type { Server } from 'restify';
import { mountStaticPages, publicDir } from '../http/staticPages';

/** Mounts the page routes. The files hold no data: the page asks the API, which checks the session. */
export function mountInsightsPage(server: Server): void {
  mountStaticPages(server, {
    dir: publicDir(__dirname, 'insights', 'insights.html'),
    // Under /agent, so the agent session cookie (Path=/agent) reaches the page's API calls.
    files: {
      '/agent/insights': 'insights.html',
      '/agent/insights/': 'insights.html',
      '/agent/insights.js': 'insights.js',
      '/agent/insights.css': 'insights.css',
    },
    csp: "default-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  });
}
