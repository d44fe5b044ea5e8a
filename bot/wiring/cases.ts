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
