import type { CaseFacts } from '../../knowledge/types';
import { CaseLookupError, normaliseCaseId, type CaseLookup } from './port';
import { checkCaseRecord } from './schema';

/** Options of {@link HttpCaseLookup}. */
export interface HttpCaseLookupOptions {
  /** e.g. `https://marketplace.example/api/support`; the lookup calls `{baseUrl}/cases/{id}`. */
  baseUrl: string;
  /** Abort a lookup after this long; the bot then asks the person instead. */
  timeoutMs: number;
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Known process ids (policy.yaml `timelines` keys); a record naming another is rejected. */
  processes?: readonly string[];
  /** Extra request headers, e.g. an API key from the environment. */
  headers?: Record<string, string>;
}

/** {@link CaseLookup} over the marketplace's HTTP JSON API (README.md). */
export class HttpCaseLookup implements CaseLookup {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: HttpCaseLookupOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.fetchFn = options.fetch ?? fetch;
  }

  async find(id: string): Promise<CaseFacts | null> {
    // Sent as typed (trimmed): the marketplace decides whether its ids are case-sensitive.
    const wanted = id.trim();
    const url = `${this.base}/cases/${encodeURIComponent(wanted)}`;
    // One deadline for the whole exchange, body included: a server that stalls mid-body times out too.
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let status: number;
    let text: string;
    try {
      const res = await this.fetchFn(url, {
        headers: { accept: 'application/json', ...this.options.headers },
        signal,
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      // Checked on the signal, not the error class: fetch's DOMException is not always an Error here.
      throw signal.aborted
        ? new CaseLookupError(
            'timeout',
            `case lookup: no answer from ${url} within ${this.options.timeoutMs} ms`,
            undefined,
            {
              cause: err,
            },
          )
        : new CaseLookupError('network', `case lookup: ${url} unreachable`, undefined, { cause: err });
    }
    if (status === 404) return null;
    if (status < 200 || status > 299)
      throw new CaseLookupError('http-status', `case lookup: ${url} answered ${status}`);
    return this.facts(url, wanted, text);
  }

  private facts(url: string, wanted: string, text: string): CaseFacts {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new CaseLookupError('invalid-json', `case lookup: ${url} did not return JSON`, undefined, {
        cause: err,
      });
    }
    const checked = checkCaseRecord(body, this.options.processes);
    if (!checked.ok) {
      throw new CaseLookupError(
        'invalid-record',
        `case lookup: field "${checked.field}" ${checked.message}`,
        checked.field,
      );
    }
    if (normaliseCaseId(checked.facts.id) !== normaliseCaseId(wanted)) {
      throw new CaseLookupError(
        'invalid-record',
        `case lookup: field "id" is "${checked.facts.id}", asked for "${wanted}"`,
        'id',
      );
    }
    return checked.facts;
  }
}
