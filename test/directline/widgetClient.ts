/** A widget's side of the Direct Line, over HTTP against a running app: token, start, post, upload. */
import { encodeForm, uploadForm, type UploadFile } from './files';

export const DL = '/v3/directline';

export interface WidgetConversation {
  conversationId: string;
  token: string;
}

export interface Answer {
  status: number;
  retryAfter: string | null;
  body: { id?: string; error?: { code: string; message: string } };
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: text ? JSON.parse(text) : {},
  };
}

/** POST /api/webchat/token, optionally as a client behind a proxy (X-Forwarded-For). */
export async function widgetToken(
  base: string,
  headers: Record<string, string> = {},
): Promise<Answer & { token?: string }> {
  const res = await fetch(`${base}/api/webchat/token`, { method: 'POST', headers });
  const a = await answer(res);
  return { ...a, token: (a.body as { token?: string }).token };
}

/** A widget token, then the conversation started with it. */
export async function startWidgetConversation(base: string): Promise<WidgetConversation> {
  const issued = await widgetToken(base);
  if (!issued.token) throw new Error(`widget token: ${issued.status}`);
  const res = await fetch(`${base}${DL}/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${issued.token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const started = (await res.json()) as { conversationId: string; token: string };
  return { conversationId: started.conversationId, token: started.token };
}

/** Posts an activity as the widget does. */
export async function postActivity(
  base: string,
  c: WidgetConversation,
  activity: Record<string, unknown>,
  bearer = c.token,
): Promise<Answer> {
  const res = await fetch(`${base}${DL}/conversations/${encodeURIComponent(c.conversationId)}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from: { id: 'ignored' }, ...activity }),
  });
  return answer(res);
}

/** Uploads files as DirectLineJS's postMessageWithAttachments does. */
export async function uploadFiles(base: string, c: WidgetConversation, files: UploadFile[]): Promise<Answer> {
  const encoded = await encodeForm(uploadForm(files, { type: 'message', from: { id: 'ignored' } }));
  const res = await fetch(`${base}${DL}/conversations/${encodeURIComponent(c.conversationId)}/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}`, 'content-type': encoded.contentType },
    body: encoded.body,
  });
  return answer(res);
}

/** A PDF of `bytes` bytes (only its head is sniffed). */
export function pdfOf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length, 7)]);
}

/** Runs `tasks` with at most `limit` at once, in order of start; resolves with every result. */
export async function withConcurrency<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
