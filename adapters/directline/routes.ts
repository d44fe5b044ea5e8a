import type { Request, Response, Server, Next } from 'restify';
import { ATTACHMENT_PATH } from './attachmentUrls';
import { clientAddress, viaTrustedProxy, type TrustedProxies } from '../http/clientAddress';
import { httpBase, originAllowed, readJsonBody, readRawBody, sendReply, streamBase } from './http';
import type { QuotaGuard } from './quotas';
import { errorReply, type Caller, type DirectLineService, type Reply } from './service';
import type { HostPolicy } from './trustedHost';

export interface RouteOptions {
  allowedOrigins: readonly string[];
  maxBodyBytes: number;
  /** Reverse proxies whose X-Forwarded-For and -Proto are believed (TRUST_PROXY). */
  proxies: TrustedProxies;
  quotas: QuotaGuard;
  publicBaseUrl?: string;
  /** Which Host headers may be reflected when publicBaseUrl is unset; loopback only by default. */
  hosts?: HostPolicy;
}

const PREFIX = '/v3/directline';
const CORS_PATHS = /^\/(v3\/directline|api\/webchat)(\/|$)/;

/** Registers the Direct Line REST routes of directline.md §3, the widget token route and CORS. */
export function mountRoutes(server: Server, service: DirectLineService, opts: RouteOptions): void {
  server.pre((req: Request, res: Response, next: Next) => {
    const path = (req.url ?? '').split('?')[0];
    if (!CORS_PATHS.test(path)) return next();
    if (!originAllowed(req, opts.allowedOrigins)) {
      sendReply(res, errorReply(403, 'Forbidden', 'origin not allowed'));
      return next(false);
    }
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
      res.setHeader('Access-Control-Max-Age', '600');
      res.writeHead(204);
      res.end();
      return next(false);
    }
    return next();
  });

  const address = (req: Request) => clientAddress(req, opts.proxies);
  const proxied = (req: Request) => viaTrustedProxy(req, opts.proxies);
  const base = (req: Request) => streamBase(req, opts.publicBaseUrl, proxied(req), opts.hosts);
  const query = (req: Request, key: string) =>
    new URL(req.url ?? '/', 'http://localhost').searchParams.get(key) ?? '';
  const id = (req: Request) => String((req.params as Record<string, string>).id ?? '');

  /** Authenticates, reads the body when asked, and runs `act`; every path ends in one reply. */
  const route =
    (withBody: boolean, act: (caller: Caller, req: Request, body: unknown) => Reply | Promise<Reply>) =>
    async (req: Request, res: Response): Promise<void> => {
      const caller = service.authenticate(req.headers.authorization);
      if ('status' in caller) {
        req.resume();
        return sendReply(res, caller);
      }
      let body: unknown;
      if (withBody) {
        const read = await readJsonBody(req, opts.maxBodyBytes);
        if (!read.ok) return sendReply(res, read.reply);
        body = read.value;
      }
      sendReply(res, await act(caller, req, body));
    };

  server.post(
    `${PREFIX}/tokens/generate`,
    route(
      true,
      async (c, req, body) => (await opts.quotas.conversation(address(req))) ?? service.generate(c, body),
    ),
  );
  server.post(
    `${PREFIX}/tokens/refresh`,
    route(false, (c) => service.refresh(c)),
  );
  server.post(
    `${PREFIX}/conversations`,
    route(
      true,
      async (c, req, body) => (await opts.quotas.start(address(req))) ?? service.start(c, body, base(req)),
    ),
  );
  server.get(
    `${PREFIX}/conversations/:id`,
    route(false, (c, req) => service.reconnect(c, id(req), query(req, 'watermark'), base(req))),
  );
  server.get(`${PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
    // Polling clients die silently on anything but 200, 403 and 404 (directline.md §8).
    try {
      await route(false, (c) => service.activities(c, id(req), query(req, 'watermark')))(req, res);
    } catch {
      sendReply(res, { status: 200, body: { activities: [], watermark: query(req, 'watermark') } });
    }
  });
  server.post(
    `${PREFIX}/conversations/:id/activities`,
    route(true, async (c, req, body) => {
      const refused = await opts.quotas.message(usable(c, id(req)), address(req), isTyping(body));
      return refused ?? service.post(c, id(req), body);
    }),
  );

  server.post(`${PREFIX}/conversations/:id/upload`, async (req: Request, res: Response) => {
    // `userId` in the query is DirectLineJS's copy of from.id: the token's user is the sender, as for posts.
    let read = false;
    const markRead = () => void (read = true);
    const reply = await route(false, async (c) => {
      const conversationId = usable(c, id(req));
      const from = address(req);
      const refused = await opts.quotas.message(conversationId, from);
      if (refused) return refused;
      // A stranger's upload is refused by the service before its body is read.
      if (conversationId === undefined) return service.upload(c, id(req), uploadRequest(req, markRead));
      const declared = Number(req.headers['content-length'] ?? NaN);
      const early = await opts.quotas.uploadMayFit(conversationId, from, declared);
      if (early) return early;
      let taken = 0;
      const answer = await service.upload(
        c,
        id(req),
        uploadRequest(req, markRead, async (bytes) => {
          const over = await opts.quotas.takeUpload(conversationId, from, bytes);
          if (!over) taken = bytes;
          return over;
        }),
      );
      // Refused after the budget was spent (a bad file): nothing was stored, so nothing is spent.
      if (answer.status >= 300 && taken > 0) await opts.quotas.returnUpload(conversationId, from, taken);
      return answer;
    })(req, res);
    // Refused before the body was read: drop it, so the connection can serve the next request.
    if (!read) req.resume();
    return reply;
  });

  const serveFile = async (req: Request, res: Response): Promise<void> => {
    const found = await service.attachment(id(req), query(req, 'e'), query(req, 's'));
    if (!('bytes' in found)) return sendReply(res, found);
    res.writeHead(200, found.headers);
    res.end(req.method === 'HEAD' ? undefined : found.bytes);
  };
  server.get(`${ATTACHMENT_PATH}/:id`, serveFile);
  server.head(`${ATTACHMENT_PATH}/:id`, serveFile);

  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    req.resume();
    sendReply(res, (await opts.quotas.conversation(address(req))) ?? service.widgetToken());
  });

  /** The upload's body, read with the size cap, then charged to the byte budgets by `charge`. */
  const uploadRequest = (
    req: Request,
    markRead: () => void,
    charge: (bytes: number) => Promise<Reply | undefined> = async () => undefined,
  ) => ({
    contentType: req.headers['content-type'],
    readBody: async (max: number) => {
      markRead();
      const body = await readRawBody(req, max);
      if (!body.ok) return body;
      const over = await charge(body.body.length);
      return over ? { ok: false as const, reply: over } : body;
    },
    base: httpBase(req, opts.publicBaseUrl, proxied(req), opts.hosts),
  });
}

/** The conversation a caller may spend quota on: the token's own, or any for the secret. */
function usable(caller: Caller, conversationId: string): string | undefined {
  return caller.kind === 'secret' || caller.claims.conv === conversationId ? conversationId : undefined;
}

function isTyping(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'typing';
}
