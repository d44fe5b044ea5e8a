import type { Logger } from '../../adapters/logger';
import type { StorageBundle } from '../../adapters/storage/createStorage';
import type { CaseLookup } from '../../dialogs/ports';
import type { Config } from '../config';
import { HttpCaseLookup } from '../../adapters/cases/httpCaseLookup';
import { SqliteCaseLookup } from '../../adapters/cases/sqliteCaseLookup';

/** The marketplace's API when CASES_API_URL is set; else the embedded table (demo records). */
export function createCaseLookup(
  config: Config,
  storage: StorageBundle,
  processes: Record<string, unknown>,
): CaseLookup {
  if (config.cases.apiUrl)
    return new HttpCaseLookup({
      baseUrl: config.cases.apiUrl,
      timeoutMs: config.cases.timeoutMs,
      processes: Object.keys(processes),
    });
  if (storage.db) return new SqliteCaseLookup(storage.db);
  return { find: async () => null };
}

/**
 * The lookup with its failures logged. The case check treats a failed lookup like an unknown id
 * (it asks the person when the process started), so without this the reason (a timeout, a 500,
 * a record that does not match the schema) would be seen nowhere.
 */
export function loggingCaseLookup(inner: CaseLookup, logger: Logger): CaseLookup {
  const log = logger.child({ component: 'case-lookup' });
  return {
    find: async (id) => {
      try {
        return await inner.find(id);
      } catch (err) {
        log.warn('case lookup failed; the person is asked for the start date instead', {
          caseId: id,
          error: err instanceof Error ? err.message : String(err),
        });
        throw err;
      }
    },
  };
}
