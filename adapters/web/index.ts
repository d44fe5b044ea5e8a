import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Next, Request, Response, Server } from 'restify';
import { assetCsp, widgetPageCsp } from '../http/contentSecurity';
import { findRepoRoot } from '../../knowledge/kb/paths';

/** The Web Chat version we pin and serve; scripts/fetch-webchat.js fetches the same one. */
export const WEBCHAT_VERSION = '4.18.1';
/** Static files live beside this module in the source tree; the compiled server (dist/server.js) looks there. */
const PUBLIC_DIR =
  [path.join(__dirname, 'public'), path.join(findRepoRoot(__dirname), 'adapters', 'web', 'public')].find(
    (dir) => fs.existsSync(path.join(dir, 'index.html')),
  ) ?? path.join(__dirname, 'public');
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface WidgetOptions {
  /** Public base URL of the bot (https://bot.example); embed.js then talks to it wherever it is pasted. */
  publicBaseUrl?: string;
  /** Folder holding webchat.js and webchat.js.LICENSE.txt (vendor/webchat/4.18.1). */
  vendorDir: string;
  /** CSP `frame-ancestors`: who may frame `/` (frameAncestorsFor(ALLOWED_ORIGINS)); default only us. */
  frameAncestors?: string;
}

interface Asset {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  cache: string;
  csp: string;
}

/**
 * Serves the stand-in marketplace page at `/`, the widget (`/embed.js`, `/widget.css`), our
 * `/favicon.ico` and the pinned Web Chat bundle at `/webchat/4.18.1/webchat.js`. Files are read
 * once at mount; the bundle is gzipped once, off the request path. A missing bundle leaves `/` working and makes
 * the bundle route answer 503 with what to run.
 */
export interface MountedWidget {
  /** Settles once the bundle's gzip copy is in place (or there is no bundle, or it failed). */
  compressed: Promise<void>;
}

export function mountWidget(server: Server, opts: WidgetOptions): MountedWidget {
  const read = (file: string) => fs.readFileSync(path.join(PUBLIC_DIR, file));
  // Behind a tag manager document.currentScript is null: the configured base is then the only clue.
  const basePrefix = opts.publicBaseUrl
    ? `window.KX_SUPPORT_BASE = ${JSON.stringify(opts.publicBaseUrl.replace(/\/+$/, ''))};\n`
    : '';
  const short = 'public, max-age=300';
  const frameAncestors = opts.frameAncestors ?? "'self'";
  const csp = assetCsp(frameAncestors);
  const assets: Record<string, Asset> = {
    '/': {
      body: read('index.html'),
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
      csp: widgetPageCsp({ frameAncestors, publicBaseUrl: opts.publicBaseUrl }),
    },
    '/site.css': { body: read('site.css'), type: 'text/css; charset=utf-8', cache: short, csp },
    '/widget.css': { body: read('widget.css'), type: 'text/css; charset=utf-8', cache: short, csp },
    // Browsers ask every page's origin for it; without it each page logs a 404 in the console.
    '/favicon.ico': { body: read('favicon.ico'), type: 'image/x-icon', cache: 'public, max-age=86400', csp },
    '/embed.js': {
      body: Buffer.concat([Buffer.from(basePrefix), read('widget.js')]),
      type: 'application/javascript; charset=utf-8',
      cache: short,
      csp,
    },
  };
  for (const asset of Object.values(assets)) asset.gzip = zlib.gzipSync(asset.body);

  const bundle = loadBundle(opts.vendorDir, csp);
  const serve = (pick: () => Asset | undefined) => (req: Request, res: Response, next: Next) => {
    const asset = pick();
    if (asset) send(req, res, asset);
    else missing(res);
    next();
  };
  for (const [route, asset] of Object.entries(assets))
    server.get(
      route,
      serve(() => asset),
    );
  server.get(
    `/webchat/${WEBCHAT_VERSION}/webchat.js`,
    serve(() => bundle.js),
  );
  server.get(
    `/webchat/${WEBCHAT_VERSION}/webchat.js.LICENSE.txt`,
    serve(() => bundle.license),
  );
  return { compressed: bundle.compressed };
}

function loadBundle(
  vendorDir: string,
  csp: string,
): { js?: Asset; license?: Asset; compressed: Promise<void> } {
  const jsFile = path.join(vendorDir, 'webchat.js');
  const licenseFile = path.join(vendorDir, 'webchat.js.LICENSE.txt');
  if (!fs.existsSync(jsFile)) return { compressed: Promise.resolve() };
  const js: Asset = {
    body: fs.readFileSync(jsFile),
    type: 'application/javascript; charset=utf-8',
    cache: IMMUTABLE,
    csp,
  };
  // 3.9 MB → ~0.94 MB; served plain until the gzip copy is ready. scripts/fetch-webchat.js leaves
  // one beside the bundle: checking it (gunzip, compare) costs a tenth of compressing at level 9,
  // which otherwise takes a core for a few hundred ms while the server starts.
  const compress = (done: () => void) =>
    zlib.gzip(js.body, { level: 9 }, (err, gz) => {
      if (!err) js.gzip = gz;
      done();
    });
  const gzFile = `${jsFile}.gz`;
  const compressed = new Promise<void>((resolve) => {
    if (!fs.existsSync(gzFile)) return compress(resolve);
    const gz = fs.readFileSync(gzFile);
    zlib.gunzip(gz, (err, plain) => {
      if (!err && plain.equals(js.body)) {
        js.gzip = gz;
        resolve();
      } else compress(resolve);
    });
  });
  const license = fs.existsSync(licenseFile)
    ? { body: fs.readFileSync(licenseFile), type: 'text/plain; charset=utf-8', cache: IMMUTABLE, csp }
    : undefined;
  return { js, license, compressed };
}

function send(req: Request, res: Response, asset: Asset): void {
  const gzip = asset.gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip && asset.gzip ? asset.gzip : asset.body;
  const headers: Record<string, string | number> = {
    'Content-Type': asset.type,
    'Content-Length': body.length,
    'Cache-Control': asset.cache,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': asset.csp,
  };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function missing(res: Response): void {
  const message = `Web Chat ${WEBCHAT_VERSION} is not installed on this server: run \`npm run webchat:fetch\` and restart.`;
  res.writeHead(503, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Retry-After': '60',
  });
  res.end(message + '\n');
}
