/**
 * What a Direct Line upload body means (`POST …/conversations/:id/upload`): the parts that
 * botframework-directlinejs's `postMessageWithAttachments` sends — one `file` part per file
 * (with a filename and the type Web Chat guessed from the extension) and an optional
 * `activity` part holding the message as JSON (`application/vnd.microsoft.activity`) — checked
 * against the limits before anything is stored.
 */
import { checkFileType, safeFileName, ALLOWED_TYPES_TEXT, type FileType } from './fileTypes';
import type { MultipartPart } from './multipart';
import { nestsDeeperThan, tooDeepMessage } from '../http/jsonDepth';

/** Upload limits; defaults in DEFAULT_LIMITS (service.ts). */
export interface UploadLimits {
  /** Files in one upload. */
  maxUploadFiles: number;
  /** Bytes of one file. */
  maxUploadFileBytes: number;
  /** Bytes of the whole request body (413 above, before it is parsed). */
  maxUploadBytes: number;
  /** Bytes of the `activity` part (Web Chat may put image thumbnails in it, which we drop). */
  maxUploadActivityBytes: number;
  /** How long a signed attachment URL works. */
  attachmentUrlSeconds: number;
}

/** A file that passed every check, ready to store. */
export interface AcceptedFile {
  name: string;
  type: FileType;
  bytes: Buffer;
}

export interface UploadProblem {
  status: 400 | 413 | 415;
  code: 'BadArgument' | 'MessageSizeTooBig' | 'UnsupportedMediaType';
  message: string;
}

type Refusal = { ok: false; problem: UploadProblem };

export type UploadContent = { ok: true; files: AcceptedFile[]; template: unknown } | Refusal;

const ACTIVITY_PART = 'activity';
const ACTIVITY_TYPES = new Set(['application/vnd.microsoft.activity', 'application/json']);

const badArgument = (message: string): Refusal => ({
  ok: false,
  problem: { status: 400, code: 'BadArgument', message },
});
const tooBig = (message: string): Refusal => ({
  ok: false,
  problem: { status: 413, code: 'MessageSizeTooBig', message },
});

/**
 * Sorts the parts into the files and the activity template and checks each file; the first
 * problem wins, so nothing is stored unless every file is acceptable.
 */
export function interpretUpload(parts: readonly MultipartPart[], limits: UploadLimits): UploadContent {
  const activityParts = parts.filter((p) => p.name === ACTIVITY_PART);
  const fileParts = parts.filter((p) => p.name !== ACTIVITY_PART);
  if (activityParts.length > 1) return badArgument('activity: more than one activity part');
  const stray = fileParts.find((p) => p.filename === undefined);
  if (stray) return badArgument(`${stray.name.slice(0, 64)}: a form field that is not a file`);
  if (fileParts.length === 0) return badArgument('file: the upload holds no file');
  if (fileParts.length > limits.maxUploadFiles)
    return tooBig(`file: ${fileParts.length} files; at most ${limits.maxUploadFiles} per message`);

  const template = readTemplate(activityParts[0], limits);
  if (!template.ok) return template;

  const files: AcceptedFile[] = [];
  for (const [i, part] of fileParts.entries()) {
    const label = `file ${i + 1} (${safeFileName(part.filename, 'unnamed')})`;
    if (part.data.length === 0) return badArgument(`${label}: the file is empty`);
    if (part.data.length > limits.maxUploadFileBytes)
      return tooBig(`${label}: ${part.data.length} bytes; at most ${limits.maxUploadFileBytes} per file`);
    const check = checkFileType(part.data, part.contentType);
    if (!check.ok)
      return {
        ok: false,
        problem: {
          status: 415,
          code: 'UnsupportedMediaType',
          message: `${label}: ${check.message}; send ${ALLOWED_TYPES_TEXT}`,
        },
      };
    const fallback = `attachment-${i + 1}.${check.type.extension}`;
    files.push({ name: safeFileName(part.filename, fallback), type: check.type, bytes: part.data });
  }
  return { ok: true, files, template: template.value };
}

function readTemplate(
  part: MultipartPart | undefined,
  limits: UploadLimits,
): { ok: true; value: unknown } | Refusal {
  if (!part) return { ok: true, value: undefined };
  if (part.data.length > limits.maxUploadActivityBytes)
    return tooBig(`activity: ${part.data.length} bytes; at most ${limits.maxUploadActivityBytes}`);
  if (part.contentType !== undefined && !ACTIVITY_TYPES.has(part.contentType))
    return badArgument(`activity: content type ${part.contentType.slice(0, 80)} is not JSON`);
  let value: unknown;
  try {
    value = JSON.parse(part.data.toString('utf8'));
  } catch {
    return badArgument('activity: not valid JSON');
  }
  return nestsDeeperThan(value) ? badArgument(tooDeepMessage('activity')) : { ok: true, value };
}
