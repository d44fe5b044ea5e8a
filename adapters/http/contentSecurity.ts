/**
 * Content-Security-Policy values for the pages we serve. The policies are built here, in one
 * place, because what the widget page must allow (Web Chat's inline styles, blob: previews,
 * the stream socket) is easy to break by tightening one page at a time.
 */

/**
 * `frame-ancestors` for pages a shop may embed (the stand-in page, the Help Center): ourselves
 * and the ALLOWED_ORIGINS that may call the widget's API; `*` there means anyone.
 */
export function frameAncestorsFor(allowedOrigins: readonly string[]): string {
  if (allowedOrigins.includes('*')) return '*';
  const origins = allowedOrigins.map(originOf).filter((o): o is string => o !== undefined);
  return ["'self'", ...new Set(origins)].join(' ');
}

/** Pages nobody may frame: the agent console, the insights page. */
export const NO_FRAMING = "'none'";

/**
 * The widget page (`/`) and what embed.js loads into it: scripts, styles and the Direct Line API
 * from the bot (`'self'`, or PUBLIC_BASE_URL's origin when the page is reached by another name);
 * Web Chat adds inline styles, shows uploads as blob: and icons as data: URLs, and makes upload
 * thumbnails in a blob: worker.
 */
export function widgetPageCsp(opts: { frameAncestors: string; publicBaseUrl?: string }): string {
  const bot = opts.publicBaseUrl ? originOf(opts.publicBaseUrl) : undefined;
  const self = bot ? `'self' ${bot}` : "'self'";
  const socket = bot ? ` ${bot.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `media-src ${self} data: blob:`,
    `font-src ${self} data:`,
    // Web Chat reads attached files back as blob: and makes their thumbnails in a blob: worker.
    `connect-src ${self}${socket} blob:`,
    `worker-src ${self} blob:`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${opts.frameAncestors}`,
  ].join('; ');
}

/**
 * Help Center pages: static HTML with one inline stylesheet, a GET search form to `/help`, and
 * the support widget from /embed.js, so they need exactly what the widget page needs.
 */
export function helpPageCsp(opts: { frameAncestors: string; publicBaseUrl?: string }): string {
  return widgetPageCsp(opts);
}

/** Scripts and stylesheets: no document of their own, so only framing and plugins matter. */
export function assetCsp(frameAncestors: string): string {
  return `default-src 'none'; frame-ancestors ${frameAncestors}`;
}

function originOf(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
