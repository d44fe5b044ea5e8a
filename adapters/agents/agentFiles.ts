/**
 * Reading the file an agent sends from the console (`POST /agent/api/tickets/:id/files`): one
 * multipart form with a `file` part and an optional `text` part. The file's type and size are
 * checked where it is stored (the Direct Line's file store, as for a customer's upload).
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { boundaryOf, parseMultipart } from '../directline/multipart';
import { readRawBody } from '../directline/http';
import type { OutgoingFile } from '../directline';

/** The body's cap: one file at the upload limit (4 MiB) plus the form's own bytes. */
export const MAX_AGENT_FILE_BODY = 4 * 1024 * 1024 + 64 * 1024;

const textSchema = z.string().trim().max(4000, 'text may be at most 4000 characters');

export type AgentFileForm =
  | { ok: true; file: OutgoingFile; text: string }
  | { ok: false; status: 400 | 413 | 415; field: string; message: string };

/** Reads and parses the form; every refusal names the field at fault. */
export async function readAgentFileForm(req: IncomingMessage): Promise<AgentFileForm> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary.ok) {
    req.resume();
    return { ok: false, status: 415, field: 'body', message: 'expected multipart/form-data with a file' };
  }
  const body = await readRawBody(req, MAX_AGENT_FILE_BODY);
  if (!body.ok)
    return {
      ok: false,
      status: 413,
      field: 'file',
      message: `larger than ${MAX_AGENT_FILE_BODY} bytes in all`,
    };
  const parsed = parseMultipart(body.body, boundary.boundary, { maxParts: 3, maxHeaderBytes: 8 * 1024 });
  if (!parsed.ok) return { ok: false, status: 400, field: 'body', message: parsed.message };
  const files = parsed.parts.filter((p) => p.name === 'file' && p.filename !== undefined);
  if (files.length !== 1) return { ok: false, status: 400, field: 'file', message: 'send exactly one file' };
  const text = textSchema.safeParse(parsed.parts.find((p) => p.name === 'text')?.data.toString('utf8') ?? '');
  if (!text.success) return { ok: false, status: 400, field: 'text', message: text.error.issues[0].message };
  const [file] = files;
  return {
    ok: true,
    file: { name: file.filename, contentType: file.contentType, bytes: file.data },
    text: text.data,
  };
}
